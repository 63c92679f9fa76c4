/**
 * Normalisation for comparing gold with extraction: names (case, diacritics,
 * punctuation, a leading "the"), quotations (quote marks, dashes, whitespace,
 * edge punctuation), raw lines (whitespace) and units (case, plurals).
 */

/**
 * `Micheál Martin` → `micheal martin`; `The Kremlin` → `kremlin`; `People's` → `peoples`;
 * an unnamed source with or without its article: `A source at the clinic` → `source at the clinic`.
 */
export function normName(s: string | null | undefined): string {
  if (s === null || s === undefined) return '';
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:the|an?) /, '')
    // "Ministry of the Interior" and "Ministry of Interior" name one body
    .replace(/ (of|for|in|on) the /g, ' $1 ');
}

/** Quotation text for containment tests: straight quotes, plain dashes, one space, no edge punctuation, lower case. */
export function normQuote(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/^[\s"'.,;:!?()[\]-]+|[\s"'.,;:!?()[\]-]+$/g, '');
}

/** A raw line compared by content: NFC, non-breaking spaces as spaces, runs of whitespace as one, trimmed. */
export function normLine(s: string): string {
  return s.normalize('NFC').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** `Drones` → `drone`, `square km` → `squarekm`, `Casualties` → `casualty`. */
export function normUnit(s: string | null | undefined): string {
  if (s === null || s === undefined) return '';
  let u = s.toLowerCase().replace(/[\s_-]+/g, '');
  if (u.length > 3 && u.endsWith('ies')) u = u.slice(0, -3) + 'y';
  else if (u.length > 3 && u.endsWith('s') && !u.endsWith('ss')) u = u.slice(0, -1);
  return u;
}

/** Exact equality of two nullable strings after `f`; null equals null. */
export function sameNullable(a: string | null | undefined, b: string | null | undefined, f: (s: string) => string = (s) => s.trim()): boolean {
  const an = a === null || a === undefined || a.trim() === '';
  const bn = b === null || b === undefined || b.trim() === '';
  if (an || bn) return an && bn;
  return f(a) === f(b);
}
