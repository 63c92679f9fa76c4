/**
 * Canonical forms of names: folding (case, diacritics, curly apostrophes),
 * transliteration-tolerant keys (Syrsky / Syrskyi / Syrskii, Zelensky /
 * Zelenskyy, Sergei / Sergey) and display casing ("VLADIMIR Putin" → "Vladimir
 * Putin"). Pure string functions, no knowledge needed.
 */

const MARKS = /\p{M}+/gu;

/** Lower-case, strip diacritics, straighten apostrophes: the form every lookup uses. */
export function fold(s: string): string {
  // fast path: plain ASCII needs only lower-casing
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || c === 96) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  return s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/[\u2019\u2018`]/g, "'");
}

/**
 * A folded word with the endings that vary between romanisations collapsed:
 * -skyi/-skyy/-skiy/-skii/-sky → -ski; final -yi/-iy/-ii/-yy/-y → -i; -ey → -ei.
 */
export function translitWord(word: string): string {
  let w = TRANSLIT_CACHE.get(word);
  if (w !== undefined) return w;
  w = fold(word).replace(/[^\p{L}\p{N}']/gu, '');
  if (w.length >= 4) {
    w = w.replace(/sk(?:yi|yy|iy|ii|y|i)$/, 'ski');
    w = w.replace(/(?:yi|iy|ii|yy)$/, 'i');
    w = w.replace(/([^aeiou])y$/, '$1i');
    w = w.replace(/ey$/, 'ei');
  }
  if (TRANSLIT_CACHE.size > 50_000) TRANSLIT_CACHE.clear();
  TRANSLIT_CACHE.set(word, w);
  return w;
}

/** Names repeat across a corpus: remember their keys (bounded). */
const TRANSLIT_CACHE = new Map<string, string>();

/** A transliteration-tolerant key for a whole name: words folded and collapsed. */
export function translitKey(name: string): string {
  return name
    .split(/[\s\-]+/)
    .filter(Boolean)
    .map(translitWord)
    .join(' ');
}

/** The stable key of an actor: its canonical name folded, punctuation reduced to single spaces. */
export function actorKey(name: string): string {
  const f = fold(name);
  if (plainKey(f)) return f;
  return f.replace(/[^\p{L}\p{N}'&+]+/gu, ' ').trim();
}

/**
 * Is the folded `f` a key already: ASCII letters, digits and `'&+` in words
 * joined by single spaces? (most names; then the regex would change nothing)
 */
function plainKey(f: string): boolean {
  if (f.length === 0) return false;
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 38 || c === 43) continue;
    // a single space between two kept characters
    if (c === 32 && i > 0 && i < f.length - 1 && f.charCodeAt(i - 1) !== 32 && f.charCodeAt(i + 1) !== 32) continue;
    return false;
  }
  return true;
}

/** Title-case words written in capitals ("VLADIMIR" → "Vladimir"); keeps short acronyms. */
export function displayName(name: string, person: boolean): string {
  if (noCapitalWord(name)) return name;
  return name
    .split(' ')
    .map((w) => {
      if (!allCapitals(w)) return w;
      if (!person && w.length <= 5) return w;
      return w[0] + w.slice(1).toLowerCase();
    })
    .join(' ');
}

/** Is `name` plain ASCII in which every space-separated word holds a lower-case letter or no capital? (then `displayName` changes nothing) */
function noCapitalWord(name: string): boolean {
  let lower = false;
  let upper = false;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 32;
    if (c >= 128) return false;
    if (c === 32) {
      if (upper && !lower) return false;
      lower = upper = false;
    } else if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) upper = true;
  }
  return true;
}

/** Does `w` hold an upper-case letter and no lower-case one? (ASCII answered without the regexes) */
function allCapitals(w: string): boolean {
  let upper = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}
