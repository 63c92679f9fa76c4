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
/** A word of a list of the caller's own (the numbers stage's furniture and promo words). */
export const CUE_LISTED = 4096;
/** Every cue: what a sentence reports when the filter cannot tell. */
export const ALL_CUES = 8191;

/**
 * The trie of cue words, flat: node `n` has child `next[n * 26 + letter]`
 * (0: none; the root is node 0), and `cues[n]` holds the cues of the word
 * ending there.
 */
export interface CueWords {
  next: Int32Array;
  cues: Int32Array;
  /** Cues reported for every sentence: their vocabulary has a word the trie cannot hold. */
  always: number;
}

/** Letter index 0–25 of an ASCII letter (either case); NO_LETTER for any other character. */
const NO_LETTER = 255;
const LETTER = new Uint8Array(65536).fill(NO_LETTER);
for (let i = 0; i < 26; i++) LETTER[65 + i] = LETTER[97 + i] = i;

const LONG_S = 0x17f;
const KELVIN = 0x212a;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The cues of the run of digits `text[p, q)` (`q` is where the run ends). */
function digitCues(text: string, p: number, q: number, end: number): number {
  let cues = CUE_DIGIT;
  if (q - p === 4) {
    const century = (text.charCodeAt(p) - 48) * 10 + text.charCodeAt(p + 1) - 48;
    if (century >= 18 && century <= 20) cues |= CUE_YEAR;
  }
  if (q < end) {
    const next = text.charCodeAt(q);
    if (next === 47 || next === 46) cues |= CUE_NUMERIC_DATE; // "/" "."
    else if (q + 1 < end && isOrdinalSuffix(LETTER[next], LETTER[text.charCodeAt(q + 1)])) cues |= CUE_ORDINAL;
  }
  return cues;
}

const S = 18;
const T = 19;
const N = 13;
const D = 3;
const R = 17;
const H = 7;

/** st, nd, rd, th (letter indices, any case). */
function isOrdinalSuffix(a: number, b: number): boolean {
  return (a === S && b === T) || (a === N && b === D) || (a === R && b === D) || (a === T && b === H);
}

/**
 * The cue words: each entry is a cue and the words or phrases that show it
 * (the last word of a phrase is the one looked for).
 */
export function buildCueWords(entries: Array<[cue: number, words: Iterable<string>]>): CueWords {
  const next: number[] = new Array(26).fill(0);
  const cues: number[] = [0];
  let always = 0;
  for (const [cue, words] of entries) {
    for (const phrase of words) {
      const parts = phrase.toLowerCase().trim().split(/\s+/);
      const w = parts[parts.length - 1];
      if (!/^[a-z]+$/.test(w)) {
        always |= cue;
        continue;
      }
      let n = 0;
      for (let k = 0; k < w.length; k++) {
        const slot = n * 26 + w.charCodeAt(k) - 97;
        if (next[slot] === 0) {
          next[slot] = cues.length;
          cues.push(0);
          for (let j = 0; j < 26; j++) next.push(0);
        }
        n = next[slot];
      }
      cues[n] |= cue;
    }
  }
  return { next: Int32Array.from(next), cues: Int32Array.from(cues), always };
}

/** The cues of `text[start, end)`. */
export function sentenceCues(text: string, start: number, end: number, words: CueWords): number {
  let cues = words.always;
  let p = start;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (isDigit(c)) {
      let q = p + 1;
      while (q < end && isDigit(text.charCodeAt(q))) q++;
      cues |= digitCues(text, p, q, end);
      p = q;
      continue;
    }
    let x = LETTER[c];
    if (x === NO_LETTER) {
      if (c === LONG_S || c === KELVIN) return ALL_CUES;
      p++;
      continue;
    }
    // A run of letters: look it up whole (-1: not a prefix of any cue word).
    let n = 0;
    while (true) {
      if (n >= 0) n = words.next[n * 26 + x] || -1;
      p++;
      if (p >= end) break;
      x = LETTER[text.charCodeAt(p)];
      if (x === NO_LETTER) break;
    }
    if (n > 0) cues |= words.cues[n];
  }
  return cues;
}
