/**
 * Text normalisation for cleaning.
 *
 * `normalizeLine` turns one raw line into the form that goes into
 * `CleanArticle.text` (so every downstream offset indexes normalised text):
 * Unicode NFC, non-breaking and other exotic spaces become a plain space,
 * zero-width and control characters disappear, runs of spaces collapse, and
 * the line is trimmed. Curly quotes, apostrophes and dashes are kept exactly as
 * written: quote extraction relies on them.
 *
 * `lineKey` is a comparison key (never shown to anyone): lower case, quotes and
 * dashes folded to ASCII, so that the same furniture line written with
 * different quote marks or spacing compares equal across articles.
 */

// Zero-width characters, soft hyphen, BOM, word joiner, bidi marks, and C0/C1 controls except tab.
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u202A-\u202E\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Tabs, NBSP, narrow NBSP, ideographic space, en/em/thin/hair spaces and friends.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const RUNS = / {2,}/g;

/** Anything but printable ASCII, or two spaces in a row: the line needs the full treatment. */
const NEEDS_WORK = /[^\x20-\x7e]| {2}/;

/** The cleaned form of one raw line (no newline inside). */
export function normalizeLine(raw: string): string {
  if (!NEEDS_WORK.test(raw)) return raw.trim();
  let s = raw.normalize('NFC');
  s = s.replace(INVISIBLE, '').replace(SPACES, ' ').replace(RUNS, ' ');
  return s.trim();
}

const QUOTES_SINGLE = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const QUOTES_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * Recent `lineKey` results: cleaning asks for the key of the same line in
 * several passes (repeats across a site, duplicates, mastheads). Cleared when full.
 */
const LINE_KEYS = new Map<string, string>();
const LINE_KEYS_MAX = 100_000;

/** A key for comparing lines: normalised, lower case, quotes and dashes folded. */
export function lineKey(line: string): string {
  let key = LINE_KEYS.get(line);
  if (key === undefined) {
    if (LINE_KEYS.size >= LINE_KEYS_MAX) LINE_KEYS.clear();
    key = foldKey(normalizeLine(line));
    LINE_KEYS.set(line, key);
  }
  return key;
}

/** `lineKey` of a line that is already normalised. */
export function foldKey(normalized: string): string {
  const lower = normalized.toLowerCase();
  if (!NEEDS_WORK.test(lower)) return lower;
  return lower.replace(QUOTES_SINGLE, "'").replace(QUOTES_DOUBLE, '"').replace(DASHES, '-');
}

/**
 * `wordCount(line) <= n`, counting only as far as needed: a long paragraph
 * tested against a short limit is read up to its (n + 1)th word.
 */
export function wordsAtMost(line: string, n: number): boolean {
  if (line === '') return n >= 0;
  let words = 1;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 32 && ++words > n) return false;
  return words <= n;
}

/** Number of white-space separated words in a (normalised) line. */
export function wordCount(line: string): number {
  if (line === '') return 0;
  let n = 1;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 32) n++;
  return n;
}
