/**
 * Quotes: a gold quote is found when its excerpt lies inside an extracted
 * quote of the same article (after normalising quote marks, dashes, spaces,
 * case and edge punctuation). An extracted quote may hold several different
 * gold excerpts (a long quotation annotated in parts), but a gold excerpt
 * annotated twice needs two extracted quotes. Speaker accuracy is judged over
 * found quotes; an extracted quote that holds no gold excerpt is a false hit.
 */
import type { ExtractedQuote } from './extracted.ts';
import type { GoldQuote } from './gold.ts';
import { normName, normQuote } from './normalize.ts';

export interface QuotesResult {
  gold: number;
  extracted: number;
  /** Gold quotes found. */
  matched: number;
  /** Extracted quotes holding at least one gold excerpt. */
  matchedExtracted: number;
  speaker: { judged: number; correct: number };
  misses: GoldQuote[];
  falseHits: ExtractedQuote[];
  wrongSpeaker: Array<{ quote: string; gold: string | null; got: string | null }>;
}

export function speakerCorrect(g: GoldQuote, e: ExtractedQuote): boolean {
  if (g.speaker === null || g.speaker.trim() === '') return e.speaker === null || e.speaker.trim() === '';
  return e.speaker !== null && e.speakerNames.concat(e.speaker).some((n) => normName(n) === normName(g.speaker));
}

export function scoreQuotes(gold: GoldQuote[], extracted: ExtractedQuote[]): QuotesResult {
  const texts = extracted.map((e) => normQuote(e.text));
  /** Normalised gold excerpts already assigned to each extracted quote. */
  const held: Array<Set<string>> = extracted.map(() => new Set());
  const speaker = { judged: 0, correct: 0 };
  const misses: GoldQuote[] = [];
  const wrongSpeaker: QuotesResult['wrongSpeaker'] = [];
  let matched = 0;
  for (const g of gold) {
    const x = normQuote(g.quote_excerpt);
    let best = -1;
    if (x !== '') {
      for (let i = 0; i < extracted.length; i++) {
        if (!texts[i].includes(x) || held[i].has(x)) continue;
        // Prefer a quote holding nothing yet, then one whose speaker is right, then the tightest.
        if (best < 0 || rank(i) < rank(best)) best = i;
      }
    }
    function rank(i: number): number {
      return (held[i].size > 0 ? 2e9 : 0) + (speakerCorrect(g, extracted[i]) ? 0 : 1e9) + texts[i].length;
    }
    if (best < 0) {
      misses.push(g);
      continue;
    }
    matched++;
    held[best].add(x);
    speaker.judged++;
    if (speakerCorrect(g, extracted[best])) speaker.correct++;
    else wrongSpeaker.push({ quote: g.quote_excerpt, gold: g.speaker, got: extracted[best].speaker });
  }
  const falseHits = extracted.filter((_, i) => held[i].size === 0);
  return {
    gold: gold.length,
    extracted: extracted.length,
    matched,
    matchedExtracted: extracted.length - falseHits.length,
    speaker,
    misses,
    falseHits,
    wrongSpeaker,
  };
}
