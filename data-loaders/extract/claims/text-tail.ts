/**
 * Shorter texts for end-anchored patterns. A pattern like
 * `(\p{L}+)\s+of\s+$` has no anchor at its start, so the regex engine tries
 * it at every position of its text. When a match begins with a non-space
 * character and holds at most `runs` maximal runs of white space, it cannot
 * begin before the (runs + 1)-th run from the end: running the pattern on
 * the text after that run gives the same match and groups (at offsets
 * shifted by the cut). Only for patterns with no `^`, `\b` or lookbehind at
 * their start, and no `m` flag.
 */

/** Is the UTF-16 code unit white space as `/\s/` has it? */
export function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The text after its (runs + 1)-th maximal run of white space from the end (the whole text when it has fewer). */
export function tailAfterRuns(text: string, runs: number): string {
  let seen = 0;
  let inRun = false;
  for (let i = text.length - 1; i >= 0; i--) {
    const space = isJsSpace(text.charCodeAt(i));
    if (space && !inRun && ++seen > runs) {
      return text.slice(i + 1);
    }
    inRun = space;
  }
  return text;
}
