/** Precision, recall and F1 from match counts (an empty side scores 1: nothing to find, nothing wrong). */

export interface Prf {
  /** Items in the gold annotation. */
  gold: number;
  /** Items the pipeline extracted. */
  extracted: number;
  /** Gold items found (one-to-one). */
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Accuracy {
  /** Matched items the attribute is judged on. */
  judged: number;
  correct: number;
  accuracy: number;
}

/** `matchedGold` gold items were found; `matchedExtracted` extractions were right (equal when matching is one-to-one). */
export function prf(gold: number, extracted: number, matchedGold: number, matchedExtracted: number = matchedGold): Prf {
  const precision = extracted === 0 ? 1 : matchedExtracted / extracted;
  const recall = gold === 0 ? 1 : matchedGold / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, extracted, matched: matchedGold, precision: round(precision), recall: round(recall), f1: round(f1) };
}

export function accuracy(judged: number, correct: number): Accuracy {
  return { judged, correct, accuracy: round(judged === 0 ? 1 : correct / judged) };
}

/** Four decimals: reports stay readable and byte-stable across platforms. */
export function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** Add the counts of per-article results. */
export function sumPrf(parts: Array<{ gold: number; extracted: number; matchedGold: number; matchedExtracted: number }>): Prf {
  let g = 0,
    e = 0,
    mg = 0,
    me = 0;
  for (const p of parts) {
    g += p.gold;
    e += p.extracted;
    mg += p.matchedGold;
    me += p.matchedExtracted;
  }
  return prf(g, e, mg, me);
}
