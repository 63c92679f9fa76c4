/**
 * Sentence cues: a prefilter telling which date rules can match a sentence
 * at all, so the others are not run. One pass over the sentence collects a
 * bit set: does it hold a digit, a year-like number, an ordinal ("4th"), a
 * digit before "/" or ".", a month name, a full month name, a season, a day
 * word ("yesterday"), a full weekday name, a calendar unit ("week"), "ago", a
 * word of a phrase pointing back ("the same day")?
 *
 * A rule lists the cues it needs (`Rule.needs` in grammar.ts); every word it
 * needs is bounded by `\b` (or white space) in its regex, so it can only
 * match when that word is a whole word of the sentence. For a phrase, its
 * last word stands for it. Words are compared folded to ASCII lower case;
 * the two non-ASCII characters that case-fold onto ASCII letters under the
 * rules' `iu` flags (U+017F long s, U+212A Kelvin sign) make the sentence
 * report every cue, so such a sentence runs every rule as before.
 */

export const CUE_DIGIT = 1;
export const CUE_MONTH = 2;
export const CUE_FULL_MONTH = 4;
export const CUE_SEASON = 8;
export const CUE_DAY_WORD = 16;
export const CUE_WEEKDAY = 32;
export const CUE_UNIT = 64;
export const CUE_AGO = 128;
export const CUE_ANAPHORA = 256;
/** A run of exactly four digits starting 18, 19 or 20 ("2024"). */
export const CUE_YEAR = 512;
/** Digits followed by st, nd, rd or th ("4th"). */
export const CUE_ORDINAL = 1024;
/** Digits followed by "/" or "." (a numeric date such as "3/12/2025" starts so). */
export const CUE_NUMERIC_DATE = 2048;
/** Every cue: what a sentence reports when the filter cannot tell. */
export const ALL_CUES = 4095;

/** A trie over lower-case ASCII letters (char code − 97) of the cue words. */
interface TrieNode {
  next: Array<TrieNode | undefined>;
  /** Cues of the word ending here. */
  cues: number;
}

export interface CueWords {
  root: TrieNode;
  /** Cues reported for every sentence: their vocabulary has a word the trie cannot hold. */
  always: number;
}

const LONG_S = 0x17f;
const KELVIN = 0x212a;

function node(): TrieNode {
  return { next: new Array(26), cues: 0 };
}

/** 0–25 for an ASCII letter (either case), else −1. */
function letter(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  return -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The cues of the run of digits starting at `p`. */
function digitCues(text: string, p: number, end: number): number {
  let q = p;
  while (q < end && isDigit(text.charCodeAt(q))) q++;
  let cues = CUE_DIGIT;
  if (q - p === 4) {
    const century = (text.charCodeAt(p) - 48) * 10 + text.charCodeAt(p + 1) - 48;
    if (century >= 18 && century <= 20) cues |= CUE_YEAR;
  }
  if (q < end) {
    const next = text.charCodeAt(q);
    if (next === 47 || next === 46) cues |= CUE_NUMERIC_DATE; // "/" "."
    else if (q + 1 < end) {
      const suffix = text.slice(q, q + 2).toLowerCase();
      if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') cues |= CUE_ORDINAL;
    }
  }
  return cues;
}

/**
 * The cue words: each entry is a cue and the words or phrases that show it
 * (the last word of a phrase is the one looked for).
 */
export function buildCueWords(entries: Array<[cue: number, words: Iterable<string>]>): CueWords {
  const root = node();
  let always = 0;
  for (const [cue, words] of entries) {
    for (const phrase of words) {
      const parts = phrase.toLowerCase().trim().split(/\s+/);
      const w = parts[parts.length - 1];
      if (!/^[a-z]+$/.test(w)) {
        always |= cue;
        continue;
      }
      let n = root;
      for (let k = 0; k < w.length; k++) n = n.next[w.charCodeAt(k) - 97] ??= node();
      n.cues |= cue;
    }
  }
  return { root, always };
}

/** The cues of `text[start, end)`. */
export function sentenceCues(text: string, start: number, end: number, words: CueWords): number {
  let cues = words.always;
  let p = start;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c >= 48 && c <= 57) {
      cues |= digitCues(text, p, end);
      while (p < end && isDigit(text.charCodeAt(p))) p++;
      continue;
    }
    if (letter(c) < 0) {
      if (c === LONG_S || c === KELVIN) return ALL_CUES;
      p++;
      continue;
    }
    // A run of letters: look it up whole.
    let n: TrieNode | undefined = words.root;
    let x: number;
    while (p < end && (x = letter(text.charCodeAt(p))) >= 0) {
      n = n?.next[x];
      p++;
    }
    if (n) cues |= n.cues;
  }
  return cues;
}
