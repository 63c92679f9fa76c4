/**
 * A prefilter for the regexes that look for a listed phrase at the very end
 * of a short window before a number ("more than ", "Article "): of the form
 * `(?:^|[^\p{L}])(?:phrase|…)` followed by white space or a hyphen up to the
 * window end. Such a regex runs its whole alternation at every position of
 * the window, yet it can only match when the window — cut of its trailing
 * white space and hyphens — ends with the last word of a phrase ("than",
 * "Article"), or with the sign a phrase ends in ("~", "approx.").
 *
 * `mayEndWith` tells whether that is so, so the regex is run only then. For
 * a phrase of several words it also checks the word before the last one
 * ("rose to" cannot end with "up to").
 * Words are compared in ASCII lower case (the regexes are `iu`; the two
 * non-ASCII characters folding onto ASCII letters, U+017F long s and U+212A
 * Kelvin sign, are folded too). When a phrase ends in a non-ASCII character
 * the filter cannot decide and lets every window through.
 *
 * `startWords` / `mayStartWith` are the mirror image, for sticky regexes of
 * the form `\s*(?:phrase|…)` right after a number ("GMT", "local time"):
 * the first word after the white space must be the first word of a phrase.
 */

export interface EndWords {
  /**
   * Last words of the phrases (folded, see `fold`) → the words that may stand
   * before them (the phrases' second-to-last words), or null when any may
   * (a one-word phrase, or words not joined by a plain space).
   */
  words: Map<string, Set<string> | null>;
  /** Last characters of the phrases that end in an ASCII sign rather than a letter ("~", "."). */
  signs: Set<number>;
  /** True when the filter cannot decide (every window passes). */
  always: boolean;
  /** Length of the longest word. */
  longest: number;
}

const LONG_S = 0x17f;
const KELVIN = 0x212a;

/** Is `c` white space for a regex `\s` (ECMAScript WhiteSpace and LineTerminator)? */
export function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Does `c` match an ASCII letter under case folding (ASCII letters, long s, Kelvin sign)? */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === LONG_S || c === KELVIN;
}

/** A word of such letters folded to ASCII lower case (the Kelvin sign lower-cases to "k" by itself). */
function fold(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u017f') ? lower.replaceAll('\u017f', 's') : lower;
}

/** End of `s[from, to)` without its trailing white space and hyphens. */
function trimmedEnd(s: string, from: number, to: number): number {
  while (to > from && (isSpace(s.charCodeAt(to - 1)) || s.charCodeAt(to - 1) === 45)) to--;
  return to;
}

/** Start of the run of letters ending at `end` (not before `from`). */
function wordStart(s: string, from: number, end: number): number {
  let start = end;
  while (start > from && isLetter(s.charCodeAt(start - 1))) start--;
  return start;
}

/** The filter for a list of phrases. */
export function endWords(phrases: Iterable<string>): EndWords {
  const words = new Map<string, Set<string> | null>();
  const signs = new Set<number>();
  let always = false;
  let longest = 0;
  for (const phrase of phrases) {
    const end = trimmedEnd(phrase, 0, phrase.length);
    if (end === 0) {
      always = true;
      continue;
    }
    const last = phrase.charCodeAt(end - 1);
    if (!isLetter(last)) {
      if (last < 128) signs.add(last);
      else always = true;
      continue;
    }
    const start = wordStart(phrase, 0, end);
    const word = fold(phrase.slice(start, end));
    longest = Math.max(longest, end - start);
    // The word before, when joined to the last one by plain spaces (white space in the regex).
    let gap = start;
    while (gap > 0 && phrase[gap - 1] === ' ') gap--;
    const prevStart = wordStart(phrase, 0, gap);
    const before = gap < start && prevStart < gap && (prevStart === 0 || !isLetter(phrase.charCodeAt(prevStart - 1))) ? fold(phrase.slice(prevStart, gap)) : null;
    if (before === null || words.get(word) === null) {
      words.set(word, null);
    } else {
      const set = words.get(word) ?? new Set<string>();
      set.add(before);
      words.set(word, set);
    }
  }
  return { words, signs, always, longest };
}

/** Can a phrase of `f` end the window `text[from, to)` (before trailing white space and hyphens)? */
export function mayEndWith(text: string, from: number, to: number, f: EndWords): boolean {
  if (f.always) return true;
  const end = trimmedEnd(text, from, to);
  if (end === from) return false;
  const last = text.charCodeAt(end - 1);
  if (!isLetter(last)) return f.signs.has(last);
  const start = wordStart(text, Math.max(from, end - f.longest - 1), end);
  if (end - start > f.longest) return false;
  const before = f.words.get(fold(text.slice(start, end)));
  if (before === undefined) return false;
  if (before === null) return true;
  // The word before the last one, after at least one white-space character.
  let gap = start;
  while (gap > from && isSpace(text.charCodeAt(gap - 1))) gap--;
  if (gap === start) return false;
  return before.has(fold(text.slice(wordStart(text, from, gap), gap)));
}

/** First words of phrases (folded), for `mayStartWith`. */
export interface StartWords {
  words: Set<string>;
  /** First characters of the phrases that begin with a sign rather than a letter ("%", "°"). */
  signs: Set<number>;
  always: boolean;
  longest: number;
  /** Hyphens before the phrase are skipped like white space (`(?:\s*|-)` before unit forms). */
  hyphen: boolean;
}

/** Has the character no case variants (so under `iu` it matches only itself)? */
function caseless(c: number): boolean {
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() === ch && ch.toUpperCase() === ch;
}

/** Start of `s` from `pos` without leading white space (and hyphens, with `hyphen`). */
function trimmedStart(s: string, pos: number, hyphen: boolean): number {
  while (pos < s.length && (isSpace(s.charCodeAt(pos)) || (hyphen && s.charCodeAt(pos) === 45))) pos++;
  return pos;
}

/** The forward filter for a list of phrases. */
export function startWords(phrases: Iterable<string>, hyphen = false): StartWords {
  const words = new Set<string>();
  const signs = new Set<number>();
  let always = false;
  let longest = 0;
  for (const phrase of phrases) {
    const start = trimmedStart(phrase, 0, hyphen);
    if (start === phrase.length) {
      always = true;
      continue;
    }
    const first = phrase.charCodeAt(start);
    if (!isLetter(first)) {
      if (first < 128 || caseless(first)) signs.add(first);
      else always = true;
      continue;
    }
    let end = start;
    while (end < phrase.length && isLetter(phrase.charCodeAt(end))) end++;
    words.add(fold(phrase.slice(start, end)));
    longest = Math.max(longest, end - start);
  }
  return { words, signs, always, longest, hyphen };
}

/** Can a phrase of `f` start at `pos` of `text`, after optional white space (and hyphens)? */
export function mayStartWith(text: string, pos: number, f: StartWords): boolean {
  if (f.always) return true;
  pos = trimmedStart(text, pos, f.hyphen);
  if (pos === text.length) return false;
  const first = text.charCodeAt(pos);
  if (!isLetter(first)) return f.signs.has(first);
  let end = pos;
  while (end < text.length && end - pos <= f.longest && isLetter(text.charCodeAt(end))) end++;
  return end - pos <= f.longest && f.words.has(fold(text.slice(pos, end)));
}
