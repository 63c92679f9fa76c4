/**
 * "He" and "she" as speakers: a pronoun right before a speech verb ("he said",
 * "she added") or right after one that follows a quotation (`,” said he`)
 * refers to the most salient person before it — in the same sentence or the
 * nearest sentence before that names one: a person who speaks there, else the
 * clause subject (the first person not after a preposition), else the last.
 */
import type { Lexicon } from './lexicon.ts';
import type { DocActor } from './registry.ts';
import { speechVerbAfter } from './scan.ts';
import { GENDERED_PRONOUN, hasClass, SPEECH_VERB } from './word-classes.ts';
import type { Word } from './words.ts';

/** A person mention placed in its sentence, for salience. */
export interface PersonSlot {
  actor: DocActor;
  /** Word indexes in its sentence. */
  w0: number;
  w1: number;
  speaks: boolean;
  afterPreposition: boolean;
}

const LOOKBACK = 4;

/** Is the pronoun at word `k` the subject of a speech verb? */
export function attributionPronoun(words: Word[], k: number, lex: Lexicon): 'male' | 'female' | null {
  // (asked of every word: most are no pronoun, which their class bits tell without a map lookup)
  if (!hasClass(words[k], lex, GENDERED_PRONOUN)) return null;
  const g = lex.pronouns.get(words[k].fold) as 'male' | 'female';
  if (speechVerbAfter(words, k + 1, lex) >= 0) return g;
  if (k > 0 && hasClass(words[k - 1], lex, SPEECH_VERB)) return g;
  return null;
}

/** Resolve a pronoun at word `k` of sentence `s` to a person, or null. */
export function resolvePronoun(
  slots: PersonSlot[][],
  s: number,
  k: number,
  gender: 'male' | 'female',
): DocActor | null {
  for (let t = s; t >= 0 && t > s - LOOKBACK; t--) {
    const here = (slots[t] ?? []).filter((p) => (!p.actor.gender || p.actor.gender === gender) && (t < s || p.w1 <= k));
    if (here.length === 0) continue;
    const speaker = t === s ? [...here].reverse().find((p) => p.speaks) : here.find((p) => p.speaks);
    if (speaker) return speaker.actor;
    const subject = here.find((p) => !p.afterPreposition);
    return (subject ?? here[here.length - 1]).actor;
  }
  return null;
}

/** Is word `k` an "it" that is the subject of a verb of saying ("It said …", "…, it said")? */
export function attributionIt(words: Word[], k: number, lex: Lexicon): boolean {
  if (words[k].fold !== 'it' || words[k].poss) return false;
  // (not "X said it would …": there "it" is X itself, the subject of the reported clause)
  if (k > 0 && words[k - 1].sep === '' && lex.speechVerbs.has(words[k - 1].fold)) return false;
  const v = speechVerbAfter(words, k + 1, lex);
  return v >= 0 && lex.itSpeechVerbs.has(words[v].fold);
}

/**
 * Resolve an "it" that speaks to the organisation that last spoke or last
 * opened a sentence as its subject ("The council disputed that figure. In a
 * statement, it said …"): earlier in its sentence, else in the nearest of the
 * previous sentences that has one. A body merely named elsewhere in a
 * sentence does not count; null when there is none.
 */
export function resolveIt(slots: PersonSlot[][], s: number, k: number): DocActor | null {
  for (let t = s; t >= 0 && t > s - LOOKBACK; t--) {
    const here = (slots[t] ?? []).filter((p) => p.speaks && (t < s || p.w1 <= k));
    if (here.length > 0) return here[here.length - 1].actor;
  }
  return null;
}
