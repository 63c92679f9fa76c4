/**
 * The counted noun of a bare count, read from the rest of its sentence when
 * nothing follows the number:
 *
 *   - an ordinal after a copula counts its subject ("The strike was the 9th
 *     in the sector" → strike);
 *   - a word before it implies the noun ("put the death toll at 57" →
 *     person; counted-nouns.yaml `implied_units`), as does "the number of
 *     migrants … has climbed to 640" → migrant;
 *   - a bare count takes the noun of the count before it in the same
 *     sentence ("won 19 seats, four short of the 23 needed" → seat), however
 *     far back when it says "others" ("rescued 140 migrants … at least 25
 *     others were missing" → migrant);
 *   - a bare count after a verb whose object is people ("rescued 86",
 *     "killing 12") or before a word saying what befell them ("12 missing")
 *     counts people (counted-nouns.yaml `people_verbs`, `people_after`);
 *   - a bare count after a noun pointing back ("put the figure at 2,000")
 *     or followed by "of them" takes the noun of the last count before
 *     (`anaphoricNoun`, called by the stage across sentences).
 */
import type { NumberSpan, Sentence } from '../../doc/doc.ts';
import type { NumberLexicon } from './lexicon.ts';
import { countedNounAfter, singular, type CountedNoun } from './nouns.ts';
import { norm } from './lexicon.ts';
import { mayEndWith, mayStartWith } from './end-words.ts';

const PRONOUN_SUBJECTS = new Set(['it', 'this', 'that', 'which', 'who', 'he', 'she', 'they', 'there', 'what', 'these', 'those', 'one']);
const IMPLIED_WINDOW = 80;
const MAX_INHERIT_GAP = 120;
/** "25 others", "12 more": a count of the same kind as one before. */
const OTHERS_AFTER = /^\s+(?:others|more)\b/i;
/** Cheap test before looking for `lex.numberOf` ("number of", matched `iu`: only ASCII letters fold onto these). */
const NUMBER_WORD = /number/i;
/** "12,600 of them": a part of a group counted before. */
const OF_THEM = /^\s+of\s+(?:them|these|those)\b/i;

/** "X was the 9th": the subject noun X of a copula before an ordinal. */
export function copulaNoun(text: string, sentence: Sentence, start: number, lex: NumberLexicon): CountedNoun | null {
  const from = Math.max(sentence.start, start - 40);
  const m = lex.copulaOrdinal.exec(text.slice(from, start));
  if (!m) return null;
  const word = m[1];
  const lower = word.toLowerCase();
  if (PRONOUN_SUBJECTS.has(lower) || lex.nounStops.has(lower)) return null;
  const wStart = from + m.index + m[0].indexOf(word);
  const sp = { start: wStart, end: wStart + word.length, text: word };
  return { ...sp, unit: lex.counted.get(lower) ?? singular(lower, lex), known: lex.counted.has(lower), phrase: sp };
}

/** The last sentence asked about and whether it holds an implied-unit phrase anywhere. */
let impliedMemo: { sentence: Sentence; has: boolean } | null = null;

/** Does the sentence hold an implied-unit phrase at all (`lex.impliedAnywhere`, tested once per sentence)? */
function sentenceHasImplied(sentence: Sentence, lex: NumberLexicon): boolean {
  if (impliedMemo?.sentence !== sentence) impliedMemo = { sentence, has: lex.impliedAnywhere.test(sentence.text) };
  return impliedMemo.has;
}

/** The unit a bare count at `start` takes from a word before it in its sentence, or null. */
export function impliedUnit(text: string, sentence: Sentence, start: number, lex: NumberLexicon): string | null {
  if (sentenceHasImplied(sentence, lex)) {
    const window = text.slice(Math.max(sentence.start, start - IMPLIED_WINDOW), start);
    const m = lex.impliedUnitBefore.exec(window);
    if (m) return lex.impliedUnits.get(norm(m[1])) ?? null;
  }
  // "the number of <noun> …": the last such phrase before the number, with no other number between.
  if (!NUMBER_WORD.test(sentence.text)) return null;
  const prefix = text.slice(sentence.start, start);
  const re = lex.numberOf;
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let hit: RegExpExecArray | null;
  while ((hit = re.exec(prefix)) !== null) last = hit;
  if (!last) return null;
  const after = sentence.start + last.index + last[0].length;
  if (/\d/.test(text.slice(after, start))) return null;
  const noun = countedNounAfter(text, after, start, lex);
  return noun ? noun.unit : null;
}

/** A bare count takes the counted noun of the count before it in the same sentence. */
export function inheritCountedNoun(text: string, spans: NumberSpan[]): void {
  let last: NumberSpan | null = null;
  for (const s of spans) {
    if (s.excluded) continue;
    if (s.quantity !== 'count') continue;
    if (s.unit !== null) {
      if (s.noun) last = s;
      continue;
    }
    const others = OTHERS_AFTER.test(text.slice(s.end, s.end + 12));
    if (last && !s.ordinal && (others || s.start - last.end <= MAX_INHERIT_GAP) && !/[;:]/.test(text.slice(last.end, s.start))) {
      s.unit = last.unit;
      s.canonicalUnit = last.canonicalUnit;
      s.canonicalValue = s.value;
    }
  }
}

/** A bare count that a verb before it or a word after it says is people: unit `person`. */
export function peopleByContext(text: string, sentence: Sentence, spans: NumberSpan[], lex: NumberLexicon): void {
  for (const s of spans) {
    if (s.excluded || s.unit !== null || s.quantity !== 'count' || s.ordinal) continue;
    lex.peopleAfter.lastIndex = s.end;
    const from = Math.max(sentence.start, s.start - 40);
    const people =
      (mayStartWith(text, s.end, lex.peopleAfterStarts) && lex.peopleAfter.test(text)) || (mayEndWith(text, from, s.start, lex.peopleVerbBeforeEnds) && lex.peopleVerbBefore.test(text.slice(from, s.start)));
    if (!people) continue;
    s.unit = 'person';
    s.canonicalUnit = 'person';
    s.canonicalValue = s.value;
  }
}

/**
 * "Management put the figure at fewer than 2,000": the counted noun (unit)
 * of a bare count after a noun pointing back at an earlier count, taken from
 * `previous` (the last count with a noun in the sentences before), or null.
 */
export function anaphoricNoun(text: string, sentence: Sentence, s: NumberSpan, previous: NumberSpan | null, lex: NumberLexicon): string | null {
  if (!previous || s.excluded || s.unit !== null || s.quantity !== 'count' || s.ordinal) return null;
  if (OF_THEM.test(text.slice(s.end, s.end + 14))) return previous.unit;
  return lex.anaphoricBefore.test(text.slice(Math.max(sentence.start, s.start - 80), s.start)) ? previous.unit : null;
}
