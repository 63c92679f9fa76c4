/**
 * Where a number core can start: a prefilter for the core scanner
 * (lexicon.core). Running the big alternation of `core` at every character
 * of a sentence is the stage's main cost, yet a core only ever starts
 *
 *   - at a digit, "+" or "(" (phone numbers, dates, clock times, ordinals,
 *     digits), or
 *   - at the start of a word (`\b`) whose letters are the first word of one
 *     of the word alternatives: a number word ("twenty"), a vague amount
 *     ("tens" of thousands), a fraction ("three"-quarters), a length word
 *     ("week"-long), or "a" / "an" / "half" / "one" opening a number or a
 *     fraction ("a dozen", "half a million", "one-third").
 *
 * Every word alternative of the core begins with `\b`, and after its first
 * word comes white space, a hyphen or `\b`; so the run of letters at the
 * start must be exactly one of those first words. The scanner runs the
 * sticky core regex (lexicon.coreAt) only at such positions, which finds the
 * same matches as the global regex, in the same order.
 *
 * Matching is case-insensitive and Unicode-aware (`iu`): letters are folded
 * to ASCII lower case, and the two non-ASCII characters that fold onto ASCII
 * letters (U+017F long s, U+212A Kelvin sign) are folded too. When a word of
 * the vocabulary does not begin with a plain ASCII-letter first word, the
 * filter cannot reason about it and `exact` is false: callers then run the
 * global regex as before.
 */

/**
 * The trie of first words, flat: node `n` has child `next[n * 26 + letter]`
 * (0: none; the root is node 0), and `word[n]` is 1 where a first word ends.
 */
export interface CoreStarts {
  next: Int32Array;
  word: Uint8Array;
  /** False when some vocabulary word defeats the filter (see the module comment). */
  exact: boolean;
}

/** Character classes for the scan: a possible start, a letter, another word character, or nothing. */
const START = 1;
const LETTER = 2;
const WORD_CHAR = 3;
const CLASS = new Uint8Array(65536);
/** Letter index 0–25 of a character, folded to ASCII lower case; NO_LETTER for any other. */
const NO_LETTER = 255;
const FOLD = new Uint8Array(65536).fill(NO_LETTER);
for (let c = 48; c <= 57; c++) CLASS[c] = START; // digits
CLASS[43] = START; // "+"
CLASS[40] = START; // "("
CLASS[95] = WORD_CHAR; // "_"
for (let i = 0; i < 26; i++) {
  CLASS[65 + i] = CLASS[97 + i] = LETTER;
  FOLD[65 + i] = FOLD[97 + i] = i;
}
CLASS[0x17f] = LETTER; // long s
FOLD[0x17f] = 18; // s
CLASS[0x212a] = LETTER; // Kelvin sign
FOLD[0x212a] = 10; // k

/**
 * Build the filter from every literal a word alternative of the core can
 * begin with (number words, vague amounts, fractions, length words, and the
 * openers "a", "an", "half", "one").
 */
export function buildCoreStarts(literals: Iterable<string>): CoreStarts {
  const next: number[] = new Array(26).fill(0);
  const word: number[] = [0];
  let exact = true;
  for (const literal of literals) {
    const w = literal.toLowerCase();
    let i = 0;
    while (i < w.length && w.charCodeAt(i) >= 97 && w.charCodeAt(i) <= 122) i++;
    // The first word must be plain ASCII letters, ended by the literal's end, white space or a hyphen.
    if (i === 0 || (i < w.length && !/[\s-]/.test(w[i]))) {
      exact = false;
      continue;
    }
    let n = 0;
    for (let k = 0; k < i; k++) {
      const slot = n * 26 + w.charCodeAt(k) - 97;
      if (next[slot] === 0) {
        next[slot] = word.length;
        word.push(0);
        for (let j = 0; j < 26; j++) next.push(0);
      }
      n = next[slot];
    }
    word[n] = 1;
  }
  return { next: Int32Array.from(next), word: Uint8Array.from(word), exact };
}

/**
 * The first position in `[from, end)` of `text` where a number core may start,
 * or −1. A superset of the positions where `lexicon.core`, run on the text
 * cut at `end`, matches.
 */
export function nextCoreStart(text: string, from: number, end: number, starts: CoreStarts): number {
  // Is the character before `p` a word character (so `\b` cannot hold before a letter at `p`)?
  let afterWordChar = from > 0 && CLASS[text.charCodeAt(from - 1)] !== 0 && !isStartSign(text.charCodeAt(from - 1));
  for (let p = from; p < end; p++) {
    const cls = CLASS[text.charCodeAt(p)];
    if (cls === START) return p;
    if (cls === 0) {
      afterWordChar = false;
      continue;
    }
    if (cls === WORD_CHAR || afterWordChar) {
      afterWordChar = true;
      continue;
    }
    // A letter after a non-word character: walk the trie along the run of letters.
    let n = 0;
    let q = p;
    while (q < end) {
      const x = FOLD[text.charCodeAt(q)];
      if (x === NO_LETTER) break;
      if (n >= 0) n = starts.next[n * 26 + x] || -1;
      q++;
    }
    if (n > 0 && starts.word[n] === 1) return p;
    // The rest of this word cannot start a core (no `\b` inside it).
    p = q - 1;
    afterWordChar = true;
  }
  return -1;
}

/** "+" and "(" start a core but are not word characters. */
function isStartSign(c: number): boolean {
  return c === 43 || c === 40;
}
