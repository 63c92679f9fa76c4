/**
 * The words of every sentence of a Doc (see words.ts), computed once and
 * shared by the actors and quotes stages.
 */
import type { Doc } from '../../doc/doc.ts';
import { type Word, wordsIn } from './words.ts';
import { firstAt } from '../../doc/first-at.ts';

const cache = new WeakMap<Doc, Word[][]>();

export function sentenceWords(doc: Doc): Word[][] {
  let ws = cache.get(doc);
  if (!ws) {
    ws = doc.sentences.map((s) => wordsIn(doc.text, s.start, s.end));
    cache.set(doc, ws);
  }
  return ws;
}

/** Index of the word of `words` that starts at or after character `pos`. */
export function wordAt(words: Word[], pos: number): number {
  return firstAt(words, pos);
}
