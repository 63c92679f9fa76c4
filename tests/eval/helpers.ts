/** Builders for hand-made gold and extracted items in the eval tests. */
import type { ExtractedArticle, ExtractedClaim, ExtractedQuote } from '../../data-loaders/eval/extracted.ts';
import type { GoldArticle, GoldClaim } from '../../data-loaders/eval/gold.ts';

export function goldClaim(c: Partial<GoldClaim> & { value: number }): GoldClaim {
  return { sentence_excerpt: '', text: String(c.value), unit: null, qualifier: 'exact', subject: null, claimant: null, cited_source: null, as_of: null, ...c };
}

export function exClaim(c: Partial<ExtractedClaim> & { value: number | null }): ExtractedClaim {
  return { sentence: '', text: String(c.value), low: null, high: null, unit: null, qualifier: 'exact', claimant: null, claimantNames: [], cited_source: null, as_of: null, ...c };
}

export function exQuote(text: string, speaker: string | null, speakerNames: string[] = []): ExtractedQuote {
  return { text, speaker, speakerNames };
}

export function goldArticle(g: Partial<GoldArticle> & { article: string }): GoldArticle {
  return { key: null, claims: [], quotes: [], actors: [], events: [], boilerplate_lines: [], caption_lines: [], ...g };
}

export function exArticle(e: Partial<ExtractedArticle> & { file: string }): ExtractedArticle {
  return { key: null, claims: [], quotes: [], actors: [], events: [], boilerplate_lines: [], caption_lines: [], ...e };
}
