/**
 * A prefilter for the regexes that look for a listed phrase at the very end
 * of a short window before a number ("more than ", "Article "): of the form
 * `(?:^|[^\p{L}])(?:phrase|…)` followed by white space or a hyphen up to the
 * window end. Such a regex runs its whole alternation at every position of
 * the window, yet it can only match when the window — cut of its trailing
 * white space and hyphens — ends with the last word of a phrase ("than",
 * "Article"), or with the sign a phrase ends in ("~", "approx.").
 *
 * `mayEndWith` tells whether that is so, so the regex is run only then.
 * Words are compared in ASCII lower case (the regexes are `iu`; the two
 * non-ASCII characters folding onto ASCII letters, U+017F long s and U+212A
 * Kelvin sign, are folded too). When a phrase ends in a non-ASCII character
 * the filter cannot decide and lets every window through.
 */

export interface EndWords {
  /** Last words of the phrases, lower case. */
  words: Set<string>;
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
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The lower-case ASCII letter `c` stands for under case folding, or "" when it is none. */
function foldedLetter(c: number): string {
  if (c >= 97 && c <= 122) return String.fromCharCode(c);
  if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
  if (c === LONG_S) return 's';
  if (c === KELVIN) return 'k';
  return '';
}

/** End of `s[from, to)` without its trailing white space and hyphens. */
function trimmedEnd(s: string, from: number, to: number): number {
  while (to > from && (isSpace(s.charCodeAt(to - 1)) || s.charCodeAt(to - 1) === 45)) to--;
  return to;
}

/** The filter for a list of phrases. */
export function endWords(phrases: Iterable<string>): EndWords {
  const words = new Set<string>();
  const signs = new Set<number>();
  let always = false;
  for (const phrase of phrases) {
    const end = trimmedEnd(phrase, 0, phrase.length);
    if (end === 0) {
      always = true;
      continue;
    }
    const last = phrase.charCodeAt(end - 1);
    if (foldedLetter(last) !== '') {
      let start = end;
      while (start > 0 && foldedLetter(phrase.charCodeAt(start - 1)) !== '') start--;
      words.add(phrase.slice(start, end).toLowerCase());
    } else if (last < 128) {
      signs.add(last);
    } else {
      always = true;
    }
  }
  const longest = Math.max(0, ...[...words].map((w) => w.length));
  return { words, signs, always, longest };
}

/** Can a phrase of `f` end the window `text[from, to)` (before trailing white space and hyphens)? */
export function mayEndWith(text: string, from: number, to: number, f: EndWords): boolean {
  if (f.always) return true;
  const end = trimmedEnd(text, from, to);
  if (end === from) return false;
  const last = text.charCodeAt(end - 1);
  if (foldedLetter(last) === '') return f.signs.has(last);
  let start = end;
  let folds = false;
  while (start > from && end - start <= f.longest) {
    const c = text.charCodeAt(start - 1);
    if (foldedLetter(c) === '') break;
    folds ||= c === LONG_S;
    start--;
  }
  if (end - start > f.longest) return false;
  const word = text.slice(start, end).toLowerCase(); // the Kelvin sign lower-cases to "k"
  return f.words.has(folds ? word.replaceAll('\u017f', 's') : word);
}
