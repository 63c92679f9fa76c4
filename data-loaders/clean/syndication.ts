/** Passages shared between articles (wire copy reprinted by several outlets). */
export interface Overlap {
  /** The pair, ordered so that `a_id < b_id`. */
  a_id: string;
  b_id: string;
  /** Offsets of the shared passage in each article's cleaned text. */
  a_start: number;
  a_end: number;
  b_start: number;
  b_end: number;
  /** The passage as it reads in article a. */
  text: string;
  /** Similarity of the two passages, 0..1. */
  similarity: number;
}

import type { CleanArticle } from '../types.ts';

/** Shared passages between every pair of articles (filled in by the syndication work). */
export function findOverlaps(_articles: CleanArticle[]): Overlap[] {
  return [];
}
