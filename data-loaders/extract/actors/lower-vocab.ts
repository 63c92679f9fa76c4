/**
 * The words an article writes in lower case somewhere ("lowerVocab"): a
 * capitalised word the article also writes in lower case is probably a
 * sentence start, not a name.
 *
 * The scanners ask this only about words written capitalised somewhere, so
 * instead of putting every lower-case word of the article in a set (a set
 * insertion per word, the hottest line of the stage) it keeps the folds of
 * the capitalised words (few) and, after one pass over the lower-case words
 * (a lookup each in that small set), those of them also written in lower
 * case. A question about any other fold builds the full set once.
 */
import type { Word } from './words.ts';

/** What the scanners ask of a set of folded words. */
export interface WordSet {
  has(fold: string): boolean;
}

export class LowerVocab implements WordSet {
  /** Folds of the words written capitalised (or in capitals). */
  private readonly capitalised = new Set<string>();
  /** Folds of `capitalised` that are also written in lower case. */
  private readonly both = new Set<string>();
  /** Every fold written in lower case, built on the first question about a fold never capitalised. */
  private all: Set<string> | null = null;

  constructor(private readonly allWords: readonly Word[][]) {
    for (const words of allWords) for (const w of words) if (w.cap || w.upper) this.capitalised.add(w.fold);
    if (this.capitalised.size === 0) return;
    for (const words of allWords) for (const w of words) if (!w.cap && !w.upper && this.capitalised.has(w.fold)) this.both.add(w.fold);
  }

  has(fold: string): boolean {
    if (this.capitalised.has(fold)) return this.both.has(fold);
    if (!this.all) {
      this.all = new Set<string>();
      for (const words of this.allWords) for (const w of words) if (!w.cap && !w.upper) this.all.add(w.fold);
    }
    return this.all.has(fold);
  }
}
