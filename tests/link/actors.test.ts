import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../data-loaders/doc/make.ts';
import { runStages } from '../../data-loaders/extract/index.ts';
import type { ActorRef } from '../../data-loaders/doc/doc.ts';
import { actorId, actorIdsByKey, knownFirst, linkActors } from '../../data-loaders/link/actors.ts';
import type { ArticleExtraction } from '../../data-loaders/pipeline/result.ts';

function extraction(text: string, file: string): ArticleExtraction {
  const doc = runStages(makeDoc(text, { file }), ['actors', 'quotes']);
  return { article: doc.article, sentences: doc.sentences, actors: [...doc.actors.values()], layers: doc.layers };
}

describe('linkActors', () => {
  it('merges one actor across articles with every surface form', () => {
    const actors = linkActors([
      extraction('Russian troops crossed the river.', 'a.txt'),
      extraction("Moscow's forces held the bridge.", 'b.txt'),
    ]);
    expect(actors).toHaveLength(1);
    expect(actors[0]).toMatchObject({ name: 'Russian Armed Forces', known: true, aliases: ["Moscow’s forces", 'Russian troops'].map((s) => s.replace('’', "'")) });
  });

  it('joins transliteration variants of people found by discovery alone', () => {
    const actors = linkActors([
      extraction('Mayor Arkady Belinskiy opened the school.', 'a.txt'),
      extraction('Mayor Arkadiy Belinsky closed the road.', 'b.txt'),
      extraction('Belinsky said nothing.', 'c.txt'),
    ]);
    const people = actors.filter((a) => a.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0].keys).toHaveLength(3);
    const ids = actorIdsByKey(actors);
    expect(new Set(people[0].keys?.map((k) => ids.get(k)))).toEqual(new Set([people[0].actor_id]));
  });

  it('keeps different people with one surname apart', () => {
    const actors = linkActors([
      extraction('Senator Ruth Kessler spoke first.', 'a.txt'),
      extraction('Judge Anton Kessler ruled later.', 'b.txt'),
    ]);
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name).sort()).toEqual(['Anton Kessler', 'Ruth Kessler']);
  });

  it('gives a stable id from the key', () => {
    const [a] = linkActors([extraction('NATO met in Brussels.', 'a.txt')]);
    expect(a.actor_id).toBe(actorId(a.key));
    expect(a.actor_id).toMatch(/^[0-9a-f]{12}$/);
  });

  it('joins a lone word an article took for an organisation with the one person of the corpus bearing it', () => {
    const actors = linkActors([
      extraction('Senator Hedda Strom opened the session.', 'a.txt'),
      extraction('Strom said the bill would pass.', 'b.txt'),
    ]);
    const people = actors.filter((a) => a.kind === 'person');
    expect(people.map((p) => p.name)).toEqual(['Hedda Strom']);
    expect(people[0].keys).toHaveLength(2);
    expect(actors).toHaveLength(1);
  });
});

describe('knownFirst', () => {
  it('puts known groups first, each part in key order, as the pairwise comparison would', () => {
    const g = (known: boolean) => ({ refs: [{ known } as ActorRef] });
    const entries: Array<[string, ReturnType<typeof g>]> = [
      ['person:b', g(false)],
      ['person:Z', g(true)],
      ['person:a', g(true)],
      ['person:é', g(false)],
      ['person:A', g(false)],
    ];
    const pairwise = [...entries].sort(([a, ga], [b, gb]) => Number(gb.refs[0].known) - Number(ga.refs[0].known) || (a < b ? -1 : a > b ? 1 : 0));
    expect(knownFirst(entries)).toEqual(pairwise);
    expect(knownFirst(entries).map(([k]) => k)).toEqual(['person:Z', 'person:a', 'person:A', 'person:b', 'person:é']);
  });
});
