/**
 * Sentence splitting over the kept lines of a cleaned article. A line is a
 * paragraph; inside it a sentence ends at `.`, `!` or `?` (and any closing
 * quotes or brackets after it) followed by white space and something that can
 * start a sentence — unless the word before the stop is an abbreviation or an
 * initial ("Gen.", "U.S.", "J.").
 */
import type { CleanArticle } from '../types.ts';
import { getKnowledge, type Knowledge } from '../knowledge/index.ts';
import type { Sentence } from './doc.ts';

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
const OPENERS = /["'\u201c\u2018\u00ab(\[\u2013\u2014-]|[\p{Lu}\p{N}]/u;

function abbreviations(kb: Knowledge): Set<string> {
  return kb.derive('abbreviations', (kb) => {
    const list = kb.get<{ abbreviations: string[] }>('abbreviations').abbreviations;
    return new Set(list.map((a) => a.toLowerCase()));
  });
}

/** Sentences of one paragraph `text` starting at `offset`, as [start, end) pairs (trimmed). */
export function sentenceBounds(text: string, offset = 0, kb: Knowledge = getKnowledge()): Array<[number, number]> {
  const abbr = abbreviations(kb);
  const out: Array<[number, number]> = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    // the stops ".", "!", "?" and "…", tested on the character code (no one-letter string per character)
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
    const c = text[i];
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < n && CLOSERS.has(text[j])) j++;
    if (j < n && !/\s/.test(text[j])) continue; // "1.5", "U.S.", "word.Next" (no space)
    let k = j;
    while (k < n && /\s/.test(text[k])) k++;
    if (k >= n) break; // end of paragraph closes the sentence anyway
    if (!OPENERS.test(text[k])) continue; // "e.g. lower-case continuation"
    if (c === '.') {
      // The word before the stop: an abbreviation or a single initial does not end a sentence.
      let w = i;
      while (w > 0 && /[\p{L}.]/u.test(text[w - 1])) w--;
      const word = text.slice(w, i).toLowerCase();
      if (abbr.has(word) || /^\p{L}$/u.test(word)) continue;
    }
    pushTrimmed(text, start, j, offset, out);
    start = k;
    i = k - 1;
  }
  pushTrimmed(text, start, n, offset, out);
  return out;
}

/**
 * Longest sentence kept whole (characters). No real sentence comes near it;
 * a run of text without stops (a table flattened to one line, hostile input)
 * is cut at white space into pieces of at most this size, so that work done
 * per sentence stays bounded and extraction stays linear in the text length.
 */
export const MAX_SENTENCE_CHARS = 2000;

function pushTrimmed(text: string, s: number, e: number, offset: number, out: Array<[number, number]>) {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  while (e - s > MAX_SENTENCE_CHARS) {
    let cut = s + MAX_SENTENCE_CHARS;
    while (cut > s + MAX_SENTENCE_CHARS / 2 && !/\s/.test(text[cut])) cut--;
    if (!/\s/.test(text[cut])) {
      // no white space near the limit: cut inside the run, never inside a surrogate pair
      cut = s + MAX_SENTENCE_CHARS;
      if (/[\uDC00-\uDFFF]/.test(text[cut]) && /[\uD800-\uDBFF]/.test(text[cut - 1])) cut--;
    }
    let pieceEnd = cut;
    while (pieceEnd > s && /\s/.test(text[pieceEnd - 1])) pieceEnd--;
    if (pieceEnd > s) out.push([s + offset, pieceEnd + offset]);
    s = cut;
    while (s < e && /\s/.test(text[s])) s++;
  }
  if (e > s) out.push([s + offset, e + offset]);
}

/** Sentences of a cleaned article, in text order, each within one kept line. */
export function splitSentences(article: CleanArticle, kb: Knowledge = getKnowledge()): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const kept = article.lines.filter((l) => l.start !== null && l.end !== null);
  if (kept.length === 0 && article.text.length > 0) {
    // No line log (a hand-built article): treat each text line as a paragraph.
    let pos = 0;
    for (const line of article.text.split('\n')) {
      for (const [s, e] of sentenceBounds(line, pos, kb)) {
        sentences.push({ start: s, end: e, text: article.text.slice(s, e), index: sentences.length, paragraph, caption: false });
      }
      pos += line.length + 1;
      paragraph++;
    }
    return sentences;
  }
  for (const line of kept) {
    const start = line.start as number;
    const end = line.end as number;
    for (const [s, e] of sentenceBounds(article.text.slice(start, end), start, kb)) {
      sentences.push({
        start: s,
        end: e,
        text: article.text.slice(s, e),
        index: sentences.length,
        paragraph,
        caption: line.kind === 'caption',
      });
    }
    paragraph++;
  }
  return sentences;
}
