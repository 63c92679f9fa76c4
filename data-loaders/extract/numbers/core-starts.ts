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

/** A trie over lower-case ASCII letters (char code − 97) of the first words. */
interface TrieNode {
  next: Array<TrieNode | undefined>;
  /** A first word ends here. */
  word: boolean;
}

export interface CoreStarts {
  /** The trie of first words. */
  root: TrieNode;
  /** False when some vocabulary word defeats the filter (see the module comment). */
  exact: boolean;
}

const LONG_S = 0x17f;
const KELVIN = 0x212a;

function node(): TrieNode {
  return { next: new Array(26), word: false };
}

/** Lower-case ASCII letter index (0–25) of char code `c`, or −1 when `c` is not a letter the core's literals can match. */
function letterIndex(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c === LONG_S) return 18; // 's'
  if (c === KELVIN) return 10; // 'k'
  return -1;
}

/** Is `c` a word character for `\b` of a `iu` regex ([A-Za-z0-9_], long s, Kelvin sign)? */
function isWordChar(c: number): boolean {
  return letterIndex(c) >= 0 || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Build the filter from every literal a word alternative of the core can
 * begin with (number words, vague amounts, fractions, length words, and the
 * openers "a", "an", "half", "one").
 */
export function buildCoreStarts(literals: Iterable<string>): CoreStarts {
  const root = node();
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
    let n = root;
    for (let k = 0; k < i; k++) {
      const x = w.charCodeAt(k) - 97;
      n = n.next[x] ??= node();
    }
    n.word = true;
  }
  return { root, exact };
}

/**
 * The first position in `[from, end)` of `text` where a number core may start,
 * or −1. A superset of the positions where `lexicon.core` matches.
 */
export function nextCoreStart(text: string, from: number, end: number, starts: CoreStarts): number {
  for (let p = from; p < end; p++) {
    const c = text.charCodeAt(p);
    // Digits, "+" and "(": phone numbers, calendar dates, clock times, ordinals, digits.
    if ((c >= 48 && c <= 57) || c === 43 || c === 40) return p;
    let x = letterIndex(c);
    if (x < 0) continue;
    // Inside a word: no `\b` here; skip to the end of the word.
    if (p > 0 && isWordChar(text.charCodeAt(p - 1))) continue;
    let n: TrieNode | undefined = starts.root;
    let q = p;
    while (n && x >= 0) {
      n = n.next[x];
      q++;
      x = q < end ? letterIndex(text.charCodeAt(q)) : -1; // the core runs on the text cut at `end`
    }
    if (n?.word) return p;
    // The rest of this word cannot start a core either (no `\b` inside it).
    while (q < end && letterIndex(text.charCodeAt(q)) >= 0) q++;
    p = q - 1;
  }
  return -1;
}
