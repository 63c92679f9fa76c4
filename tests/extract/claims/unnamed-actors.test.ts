/** Unnamed group sources become actors of the article (claims/unnamed-actors.ts). */
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../data-loaders/doc/make.ts';
import { runStages } from '../../../data-loaders/extract/index.ts';

function run(text: string) {
  const doc = runStages(makeDoc(text, { file: 'a.txt' }));
  return { doc, actors: [...doc.actors.values()], claims: doc.layers.claims };
}

describe('unnamed sources as actors', () => {
  it('makes "officials" and "economists polled by Reuters" group actors linked to their claims', () => {
    const { doc, actors, claims } = run('Local officials said 14 homes were destroyed. Economists polled by Reuters had expected inflation of 2.6%.');
    const names = actors.filter((a) => a.kind === 'group').map((a) => a.name);
    expect(names.some((n) => /officials/i.test(n))).toBe(true);
    const homes = claims.find((c) => c.text.startsWith('14'))!;
    expect(homes.claimantKey).not.toBeNull();
    expect(doc.actors.get(homes.claimantKey!)?.kind).toBe('group');
    expect(doc.layers.mentions.some((m) => m.actorKey === homes.claimantKey && /officials/i.test(m.text))).toBe(true);
  });

  it('keeps the key of an unnamed group local to its article', () => {
    const a = run('Officials said 14 homes were destroyed.').claims[0].claimantKey;
    const b = runStages(makeDoc('Officials said 14 homes were destroyed.', { file: 'b.txt' })).layers.claims[0].claimantKey;
    expect(a).not.toBeNull();
    expect(a).not.toBe(b);
  });

  it('does not make a statement ("some estimates") or a named body an unnamed actor', () => {
    const { actors } = run('Some estimates put the crowd at 40,000. The Tarvel Water Board said 12 pipes burst. The agency put the toll at 860.');
    expect(actors.filter((a) => a.key.startsWith('unnamed')).map((a) => a.name)).toEqual([]);
  });
});

describe('the mention of an unnamed source', () => {
  it('marks the whole phrase, not a word that contains it', () => {
    const { doc, claims } = run('Energy resources fell 4% last year, sources said.');
    const key = claims.find((c) => c.text === '4%')?.claimantKey;
    const m = doc.layers.mentions.find((x) => x.actorKey === key);
    if (m) expect(doc.text.slice(m.start, m.end).toLowerCase()).toBe('sources');
  });
});
