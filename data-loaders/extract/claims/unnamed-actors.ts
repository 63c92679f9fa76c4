/**
 * Unnamed sources as actors. A claim the article credits to a group it does
 * not name ("officials said", "economists polled by Reuters expected", "a
 * volunteer at the hospital told Reuters") has a claimant but no actor from
 * the actors stage, which only finds names. Such a source still acts in the
 * story, so it becomes an actor of kind `group`, under the words the article
 * uses, with a mention where the sentence names it.
 *
 * Its key holds the article id: "officials" in one story are not the
 * "officials" of another, so the corpus-level merge keeps them apart.
 */
import type { Claim, Doc } from '../../doc/doc.ts';
import { actorKey } from '../actors/canonical.ts';
import type { ClaimsLexicon } from './lexicon.ts';
import type { Speaker } from './speakers.ts';

/** A claim and the speaker `attribute` found for it. */
export interface AttributedClaim {
  claim: Claim;
  speaker: Speaker | null;
}

/** Give each unnamed group claimant an actor of its own and link its claims to it. */
export function addUnnamedSources(doc: Doc, attributed: AttributedClaim[], lex: ClaimsLexicon): void {
  const byName = new Map<string, string>();
  for (const { claim, speaker } of attributed) {
    if (!unnamedGroup(speaker, lex)) continue;
    const name = speaker.name;
    let key = byName.get(name);
    if (!key) {
      key = `unnamed ${doc.article.id} ${actorKey(name)}`;
      byName.set(name, key);
      if (!doc.actors.has(key)) doc.actors.set(key, { key, name, kind: 'group', side: speaker.side, role: null, known: false });
    }
    claim.claimantKey = key;
    addMention(doc, claim.sentence, speaker.written ?? name, key);
  }
}

/** A group the sentence describes without naming it: no actor, no outlet, no pronoun, no statement ("some estimates"). */
function unnamedGroup(sp: Speaker | null, lex: ClaimsLexicon): sp is Speaker {
  if (!sp || sp.key !== null || sp.kind !== 'group' || sp.media || sp.pronoun) return false;
  const words = sp.name.toLowerCase().split(/\s+/);
  if (words.length === 0 || words.length > 8) return false;
  // "the agency" the article never names: a body not found, not a group of people
  if (words.length === 1 && lex.institutionHeads.has(words[0])) return false;
  return !words.some((w) => lex.statementNouns.has(w));
}

/** A mention of the group where sentence `s` writes it, as a whole phrase (once per sentence and name; none over another mention). */
function addMention(doc: Doc, s: number, written: string, key: string): void {
  const sentence = doc.sentences[s];
  const escaped = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const hit = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(sentence.text);
  if (!hit) return;
  const start = sentence.start + hit.index;
  const end = start + hit[0].length;
  const mentions = doc.layers.mentions;
  // (a mention the actors stage made inside it, "economists polled by Reuters", keeps its place)
  if (mentions.some((m) => m.start < end && m.end > start)) return;
  const m = { start, end, text: doc.text.slice(start, end), actorKey: key, sentence: s, how: 'unnamed' };
  // a new array, sorted by start (then longest first) as the actors stage leaves it: per-sentence views keyed on the old one stay valid
  let k = mentions.length;
  while (k > 0 && (mentions[k - 1].start > start || (mentions[k - 1].start === start && mentions[k - 1].end < end))) k--;
  doc.layers.mentions = [...mentions.slice(0, k), m, ...mentions.slice(k)];
}
