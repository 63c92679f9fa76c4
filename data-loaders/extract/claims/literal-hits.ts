/**
 * An exact prefilter for the big case-sensitive alternations of the claims
 * lexicon (the agency spellings of `agencyRe`), which are slow to run over
 * every sentence: every match of such a pattern contains, as written, one
 * word of the alternative it matched (we keep its longest word: "Canadian"
 * for "The Canadian Press"). So a stretch of text holding none of these
 * words cannot match, and the pattern need not run there. The words'
 * occurrences are found once per Doc (one indexOf scan per word) and asked
 * for by offset range.
 */
import type { Doc } from '../../doc/doc.ts';

/**
 * The words one of which every match of an alternation of `alternatives`
 * contains (alternatives whose words are separated by single spaces, as
 * `alternation` turns them into `\s+`): the longest word of each; a word
 * holding another one is dropped, the shorter one is found wherever it is.
 */
export function requiredWords(alternatives: Iterable<string>): string[] {
  const longest = new Set<string>();
  for (const alt of alternatives) {
    const words = alt.split(' ').filter(Boolean);
    if (words.length === 0) continue;
    longest.add(words.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  const all = [...longest];
  return all.filter((w) => !all.some((o) => o !== w && w.includes(o)));
}

/**
 * The same for a case-insensitive (/iu) alternation, in lower case, to be
 * looked for in a folded text (`foldText`); null (no prefilter) when a word
 * is not plain ASCII, whose case variants the folding does not cover.
 */
export function requiredFoldedWords(alternatives: Iterable<string>): string[] | null {
  const words = requiredWords([...alternatives].map((a) => a.toLowerCase()));
  return words.every((w) => /^[\x20-\x7e]+$/.test(w)) ? words : null;
}

/**
 * A text folded for those words: lower case, and "ſ" (long s, which /iu
 * patterns match as "s") as "s". Wherever a /iu pattern matches an ASCII
 * word, the folded text holds that word as written in lower case (checked
 * for every character in tests/extract/claims/prefilters.test.ts). Offsets
 * may shift (lower-casing can lengthen a string): ask whether a word is
 * there, not where.
 */
export function foldText(text: string): string {
  const low = text.toLowerCase();
  return low.includes('ſ') ? low.replaceAll('ſ', 's') : low;
}

/** Does the folded text hold one of `words` (null: no prefilter, so yes)? */
export function holdsAny(folded: string, words: string[] | null): boolean {
  return words === null || words.some((w) => folded.includes(w));
}

/** Where the words of one list occur in a Doc's text, sorted by start. */
interface Hits {
  words: string[];
  starts: number[];
  ends: number[];
}

const cache = new WeakMap<Doc, Hits>();

function hitsOf(doc: Doc, words: string[]): Hits {
  const hit = cache.get(doc);
  if (hit && hit.words === words) return hit;
  const found: Array<[number, number]> = [];
  const text = doc.text;
  for (const w of words) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) found.push([at, at + w.length]);
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const hits = { words, starts: found.map((f) => f[0]), ends: found.map((f) => f[1]) };
  cache.set(doc, hits);
  return hits;
}

/** Does one of `words` (from `requiredWords`) occur entirely inside [from, to) of the Doc's text? */
export function anyWordWithin(doc: Doc, words: string[], from: number, to: number): boolean {
  const { starts, ends } = hitsOf(doc, words);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < starts.length && starts[i] < to; i++) if (ends[i] <= to) return true;
  return false;
}
