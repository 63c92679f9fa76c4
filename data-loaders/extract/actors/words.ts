/**
 * Words of a sentence for name finding: letter/number runs with inner hyphens,
 * apostrophes and ampersands, dotted acronyms ("U.S."), and a possessive flag
 * ("Russia’s" is the word "Russia" with `poss`). `sep` is the text between a
 * word and the next one, so scanners can tell "Putin said" from "Putin, said".
 * A hand-written character scan (no regex per word) keeps this linear and fast.
 */
import { fold } from './canonical.ts';

export interface Word {
  start: number;
  /** End of the word without a possessive `’s`. */
  end: number;
  /** End including a possessive `’s`. */
  tail: number;
  text: string;
  /** Folded text (lower case, no diacritics). */
  fold: string;
  /** Trie key: the folded text, plus `'s` when possessive. */
  key: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Written in capitals, two letters or more ("NATO", "MOSCOW"). */
  upper: boolean;
  poss: boolean;
  /** Text between this word's tail and the next word (trimmed), '' at the end. */
  sep: string;
  /** Phrase matches starting here, memoised by trie: slot 0 holds the tries' family, then one slot per trie (see trie.ts). */
  memo?: unknown[];
  /** The word bits of a trie family for this word's key and fold (see TrieFamily.read), and the family's state they were read in. */
  bitsOf?: object;
  keyBits?: number;
  foldBits?: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * For each UTF-16 code unit: 1 when it is a letter, mark or digit. Built once
 * from WORD_CHAR, so a non-ASCII character (curly quotes, dashes, accented
 * letters) costs a table read instead of a one-character string and a regex
 * test. A lone surrogate is no word character, as WORD_CHAR says of it too.
 */
const WORD_CHAR_TABLE: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (WORD_CHAR.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

/** Is the UTF-16 code unit `c` a letter, mark or digit? (WORD_CHAR's answer for that one unit) */
export function isWordCode(c: number): boolean {
  return WORD_CHAR_TABLE[c] === 1;
}

/** Letter, mark or digit? (`c` is `text.charCodeAt(i)`; past the text's end, NaN, the regex answers as before) */
function isWordChar(c: number, text: string, i: number): boolean {
  if (c >= 0) return isWordCode(c);
  return WORD_CHAR.test(text[i]);
}

/** An ASCII capital letter? */
function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Inner joiners: hyphen, apostrophes, ampersand. */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 38;
}

/** The words of `text` between `start` and `end`. */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c, text, i)) {
      i++;
      continue;
    }
    const s = i;
    i++;
    for (;;) {
      while (i < end && isWordChar(text.charCodeAt(i), text, i)) i++;
      if (i + 1 < end && isJoiner(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
        i += 2;
        continue;
      }
      break;
    }
    // a plural possessive inside a name keeps its apostrophe: "Renters' Union", "Farmers’ Party"
    if (i + 2 < end && text.charCodeAt(i - 1) === 115 && isJoiner(text.charCodeAt(i)) && text.charCodeAt(i) !== 45 && text.charCodeAt(i) !== 38 && text.charCodeAt(i + 1) === 32) {
      const c2 = text.charCodeAt(i + 2);
      if (c2 >= 65 && c2 <= 90) i++;
    }
    // slashed legal forms: "A/S", "A/B" (one capital, a slash, one capital)
    if (i - s === 1 && i + 1 < end && text.charCodeAt(i) === 47 && isCapital(text.charCodeAt(s)) && isCapital(text.charCodeAt(i + 1)) && !(i + 2 < end && isWordChar(text.charCodeAt(i + 2), text, i + 2))) i += 2;
    // dotted acronyms: "U.S.", "U.K."
    if (i - s === 1 && i + 2 < end && text.charCodeAt(i) === 46 && text.charCodeAt(i + 2) === 46 && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
      while (i + 2 < end && text.charCodeAt(i) === 46 && text.charCodeAt(i + 2) === 46 && isWordChar(text.charCodeAt(i + 1), text, i + 1)) i += 2;
      i++; // the final full stop
    }
    out.push(makeWord(text, s, i));
  }
  for (let k = 0; k < out.length; k++) {
    const from = out[k].tail;
    const next = k + 1 < out.length ? out[k + 1].start : Math.min(end, text.length);
    out[k].sep = gapText(text, from, next);
  }
  return out;
}

/** The trimmed text between two words; the common gaps (" ", ", ", ". ") without building and trimming a substring. */
function gapText(text: string, from: number, next: number): string {
  const n = next - from;
  // most gaps are one space
  if (n === 1 && text.charCodeAt(from) === 32) return '';
  // a printable ASCII character, then a space
  if (n === 2 && text.charCodeAt(from + 1) === 32) {
    const c = text.charCodeAt(from);
    if (c > 32 && c < 127) return text[from];
  }
  return text.slice(from, next).trim();
}

/** Lower-case particles written joined to a name by a hyphen. */
const JOINED_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'bin', 'ibn', 'abu', 'bou', 'ben', 'ould']);

/** "al-Burhan": a particle, a hyphen and a capital letter. */
function particleName(raw: string): boolean {
  const h = raw.indexOf('-');
  if (h < 2 || h > 4 || h + 1 >= raw.length) return false;
  const c = raw.charCodeAt(h + 1);
  return c >= 65 && c <= 90 && JOINED_PARTICLES.has(raw.slice(0, h));
}

function makeWord(text: string, s: number, tail: number): Word {
  let e = tail;
  let poss = false;
  if (tail - s > 3) {
    const a = text.charCodeAt(tail - 2);
    const z = text.charCodeAt(tail - 1);
    if ((a === 39 || a === 0x2019) && (z === 115 || z === 83)) {
      poss = true;
      e -= 2;
    }
  }
  const raw = text.slice(s, e);
  // one pass over the characters: plain ASCII (the common case) needs no Unicode case functions
  let ascii = true;
  let uppers = 0;
  let lowers = 0;
  let hyphen = false;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) {
      ascii = false;
      break;
    }
    if (c >= 65 && c <= 90) uppers++;
    else if (c >= 97 && c <= 122) lowers++;
    else if (c === 45) hyphen = true;
  }
  if (!ascii) return unicodeWord(raw, s, e, tail, poss);
  const f = uppers === 0 ? raw : raw.toLowerCase();
  const c0 = raw.charCodeAt(0);
  // "al-Burhan", "el-Sisi", "bin-Salman": a lower-case Arabic particle joined to a capitalised name counts as capitalised
  const cap = (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57 && uppers > 0) || (hyphen && particleName(raw));
  // all capitals with at least two letters ("NATO", "MOSCOW"; not "G7")
  const upper = cap && raw.length >= 2 && lowers === 0 && uppers >= 2;
  return { start: s, end: e, tail, text: raw, fold: f, key: poss ? `${f}'s` : f, cap, upper, poss, sep: '', memo: undefined, bitsOf: undefined, keyBits: 0, foldBits: 0 };
}

/** `makeWord` for a word with non-ASCII characters: Unicode case rules. */
function unicodeWord(raw: string, s: number, e: number, tail: number, poss: boolean): Word {
  const f = fold(raw);
  const c0 = raw.charCodeAt(0);
  const cap = c0 < 128 ? (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57 && raw !== raw.toLowerCase()) || particleName(raw) : raw[0] !== raw[0].toLowerCase();
  let upper = false;
  if (cap && raw.length >= 2) {
    let letters = 0;
    upper = true;
    for (let k = 0; k < raw.length; k++) {
      const ch = raw[k];
      if (ch !== ch.toUpperCase()) {
        upper = false;
        break;
      }
      if (ch !== ch.toLowerCase()) letters++;
    }
    upper = upper && letters >= 2;
  }
  return { start: s, end: e, tail, text: raw, fold: f, key: poss ? `${f}'s` : f, cap, upper, poss, sep: '', memo: undefined, bitsOf: undefined, keyBits: 0, foldBits: 0 };
}

/** Folded trie keys of a phrase, tokenised exactly as text is. */
export function phraseKeys(phrase: string): { keys: string[]; caps: boolean[] } {
  const ws = wordsIn(phrase, 0, phrase.length);
  return { keys: ws.map((w) => w.key), caps: ws.map((w) => w.cap) };
}
