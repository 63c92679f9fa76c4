/**
 * Qualifiers turn a number into a bound or an estimate: "more than 400"
 * (more_than: lower bound), "less than 200" (less_than: upper bound), "up to
 * 50", "within 30 days" (at_most), "at least 12" (at_least), "nearly 200"
 * (approx), "400 or more" (at_least), verbs of passing a mark ("topped 40C":
 * more_than) and negated bounds ("never fell below 25C": at_least).
 * Phrases live in knowledge/qualifiers.yaml.
 */
import type { Qualifier } from '../../doc/doc.ts';
import type { NumberLexicon } from './lexicon.ts';
import { norm } from './lexicon.ts';
import { mayEndWith } from './end-words.ts';

export interface QualifierMatch {
  qualifier: Qualifier;
  /** The phrase as written. */
  text: string;
  start: number;
  end: number;
}

const WINDOW = 32;

/**
 * Answers of `qualifierBefore` for the last text asked about, by `start`:
 * the claims stage asks again about every number the numbers stage read.
 */
let memo: { text: string; lex: NumberLexicon; answers: Map<number, { floor: number; match: QualifierMatch | null }> } | null = null;

/** The qualifier phrase ending just before `start` (not before `floor`). */
export function qualifierBefore(text: string, start: number, floor: number, lex: NumberLexicon): QualifierMatch | null {
  if (memo === null || memo.text !== text || memo.lex !== lex) memo = { text, lex, answers: new Map() };
  const hit = memo.answers.get(start);
  if (hit !== undefined && hit.floor === floor) return hit.match;
  const match = findQualifierBefore(text, start, floor, lex);
  memo.answers.set(start, { floor, match });
  return match;
}

function findQualifierBefore(text: string, start: number, floor: number, lex: NumberLexicon): QualifierMatch | null {
  const from = Math.max(floor, start - WINDOW);
  if (!mayEndWith(text, from, start, lex.qualifierBeforeEnds)) return null;
  const window = text.slice(from, start);
  const m = lex.qualifierBefore.exec(window);
  if (!m) return null;
  const phrase = m[1];
  const qualifier = lex.qualifierBeforeMap.get(norm(phrase));
  if (!qualifier) return null;
  const phraseStart = from + m.index + m[0].indexOf(phrase);
  return { qualifier, text: phrase, start: phraseStart, end: phraseStart + phrase.length };
}

/** A qualifier phrase right after `pos` ("or more", "-odd"). */
export function qualifierAfter(text: string, pos: number, lex: NumberLexicon): QualifierMatch | null {
  lex.qualifierAfter.lastIndex = pos;
  const m = lex.qualifierAfter.exec(text);
  if (!m) return null;
  const qualifier = lex.qualifierAfterMap.get(norm(m[1]));
  if (!qualifier) return null;
  const start = pos + m[0].length - m[1].length;
  return { qualifier, text: m[1], start, end: pos + m[0].length };
}

const FLIPPED: Partial<Record<Qualifier, Qualifier>> = { less_than: 'at_least', more_than: 'at_most' };

/**
 * The bound a negation before the qualifier turns it into ("never fell below
 * 25C" → at_least, "did not rise above 3%" → at_most), or null when the
 * qualifier is not negated.
 */
export function negated(text: string, q: QualifierMatch, floor: number, lex: NumberLexicon): Qualifier | null {
  const flip = FLIPPED[q.qualifier];
  if (!flip) return null;
  return lex.negationBefore.test(text.slice(Math.max(floor, q.start - 40), q.start)) ? flip : null;
}

/** Lower and upper bounds implied by a qualifier on `value`. */
export function bounds(qualifier: Qualifier, value: number | null): { low: number | null; high: number | null } {
  if (value === null) return { low: null, high: null };
  switch (qualifier) {
    case 'exact':
      return { low: value, high: value };
    case 'more_than':
    case 'at_least':
      return { low: value, high: null };
    case 'less_than':
    case 'at_most':
      return { low: null, high: value };
    default:
      return { low: null, high: null };
  }
}
