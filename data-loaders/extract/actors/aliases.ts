/**
 * Names the article itself declares to be one body's:
 *
 * - a dual name joined by a spaced dash, as bilingual bodies are written
 *   ("Natural Resources Wales – Cyfoeth Naturiol Cymru", "Natural Resources Wales – Cyfoeth
 *   Naturiol Cymru"): the second name is the same organisation, and the mention
 *   spans both;
 * - "known as" after a body ("The agency, known as Kystvern, said",
 *   "the Kavala Port Authority, also known as KPA,"): the name after it is an
 *   alias of that body.
 *
 * Both work on the mentions already resolved and only move a name to the body
 * it names; they never create an actor.
 */
import type { DocActor } from './registry.ts';
import type { Candidate } from './scan.ts';
import type { Word } from './words.ts';

export interface AliasMention {
  cand: Candidate;
  actor: DocActor;
  sentence: number;
}

const DASHES = new Set(['–', '—']);
/** "also known as", "formerly known as" (grammar words, not vocabulary of a beat). */
const KNOWN_AS_ADVERBS = new Set(['also', 'better', 'formally', 'formerly', 'commonly', 'locally', 'widely']);

/** Join "A – B" dual names; returns the mentions left (the second name's own mention is dropped). */
export function linkDualNames<R extends AliasMention>(resolved: R[], allWords: Word[][], firstNames: { has(fold: string): boolean }): R[] {
  const byStart = new Map<string, R>();
  for (const r of resolved) if (r.cand.type === 'name') byStart.set(`${r.sentence}:${r.cand.w0}`, r);
  const dropped = new Set<R>();
  for (const r of resolved) {
    if (r.cand.type !== 'name' || r.actor.kind !== 'organisation' || dropped.has(r)) continue;
    const words = allWords[r.sentence];
    const last = words[r.cand.w1 - 1];
    if (!last || !DASHES.has(last.sep) || last.poss) continue;
    const second = byStart.get(`${r.sentence}:${r.cand.w1}`);
    if (!second || second.cand.type !== 'name' || second.actor === r.actor || second.actor.known) continue;
    // the second name closes the clause: "… – Cyfoeth Naturiol Cymru." / "… – Cyfoeth Naturiol Cymru, said"; not "Acme Corp – Jane Doe said"
    const end = words[second.cand.w1 - 1];
    const closes = second.cand.w1 === words.length || /^[,.;:)]/.test(end.sep);
    if (!closes || end.poss || second.actor.role) continue;
    // "… Brenmark Holdings – Ana Lopez.": a person named after the dash stays a person
    if (second.actor.kind === 'person' && (second.actor.gender || second.cand.w1 - second.cand.w0 < 2 || firstNames.has(words[second.cand.w0].fold))) continue;
    r.cand.end = second.cand.end;
    r.cand.w1 = second.cand.w1;
    dropped.add(second);
  }
  return dropped.size === 0 ? resolved : resolved.filter((r) => !dropped.has(r));
}

/** "X, known as Y," / "X (also known as Y)": Y's mention goes to X's actor. */
export function linkKnownAs(resolved: AliasMention[], allWords: Word[][]): void {
  const bySentence = new Map<number, AliasMention[]>();
  for (const r of resolved) {
    const list = bySentence.get(r.sentence) ?? [];
    list.push(r);
    bySentence.set(r.sentence, list);
  }
  const merged = new Map<DocActor, DocActor>();
  for (const [s, list] of bySentence) {
    const words = allWords[s];
    for (const r of list) {
      if (r.cand.type !== 'name' || r.actor.known) continue;
      const w0 = r.cand.w0;
      if (w0 < 3 || words[w0 - 1].fold !== 'as' || words[w0 - 2].fold !== 'known' || words[w0 - 1].sep !== '') continue;
      let k = w0 - 3;
      if (KNOWN_AS_ADVERBS.has(words[k].fold)) k--;
      if (k < 0 || !/^[,(]$/.test(words[k].sep)) continue;
      // the body the words before the comma name
      const owner = list.find((o) => o !== r && o.cand.w1 === k + 1 && o.actor.kind !== 'person' && o.actor.kind !== 'country');
      if (owner && owner.actor !== r.actor) merged.set(r.actor, owner.actor);
    }
  }
  // every mention of the alias ("Kystvern said more would follow") is the body's
  if (merged.size > 0) for (const r of resolved) r.actor = merged.get(r.actor) ?? r.actor;
}
