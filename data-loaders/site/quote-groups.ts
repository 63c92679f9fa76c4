/**
 * The same quotation across outlets: quotes of one speaker are grouped when
 * their normalized words overlap enough (Jaccard of word sets, or the shorter
 * one mostly contained in the longer: partial quotes, trimmed wordings).
 * Each quote is compared with the groups of its speaker only, so the work is
 * bounded by the largest speaker's quote count times its group count.
 */
import { cmp, groupBy, label, type QuoteRow } from './rows.ts';

export interface QuoteVariant { quote_id: string; article_id: string; outlet: string | null; text: string; start: number; end: number }

export interface QuoteGroup {
  group: number;
  speaker: string;
  actor_id: string | null;
  /** The longest wording. */
  text: string;
  outlets: string[];
  wordings: number;
  variants: QuoteVariant[];
}

/** Lower-case words without punctuation (curly quotes and dashes included). */
export function normalizeQuote(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}\s']+/gu, ' ').replace(/'/g, '').split(/\s+/).filter(Boolean);
}

/** Similarity of two word sets: max of Jaccard and containment of the smaller in the larger. */
export function quoteSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) inter++;
  const jaccard = inter / (a.size + b.size - inter);
  const containment = small.size >= 4 ? inter / small.size : 0;
  return Math.max(jaccard, containment);
}

export const SAME_QUOTE = 0.6;

export function groupQuotes(quotes: QuoteRow[], maxPerSpeaker = 3000): QuoteGroup[] {
  const bySpeaker = groupBy(quotes, (q) => q.actor_id ?? `name:${label(q.speaker)}`);
  const groups: QuoteGroup[] = [];
  for (const qs of bySpeaker.values()) {
    const local: { words: Set<string>; g: QuoteGroup }[] = [];
    const sorted = qs.slice().sort((x, y) => y.text.length - x.text.length || cmp(x.quote_id, y.quote_id)).slice(0, maxPerSpeaker);
    for (const q of sorted) {
      const words = new Set(normalizeQuote(q.text));
      const variant = { quote_id: q.quote_id, article_id: q.article_id, outlet: q.outlet, text: q.text, start: q.start, end: q.end };
      const hit = local.find((l) => quoteSimilarity(words, l.words) >= SAME_QUOTE);
      if (hit) hit.g.variants.push(variant);
      else {
        const g: QuoteGroup = { group: 0, speaker: label(q.speaker), actor_id: q.actor_id, text: q.text, outlets: [], wordings: 0, variants: [variant] };
        local.push({ words, g });
        groups.push(g);
      }
    }
  }
  for (const g of groups) {
    g.outlets = [...new Set(g.variants.map((v) => label(v.outlet)))].sort(cmp);
    g.wordings = new Set(g.variants.map((v) => normalizeQuote(v.text).join(' '))).size;
    g.variants.sort((x, y) => cmp(x.outlet, y.outlet) || cmp(x.quote_id, y.quote_id));
  }
  groups.sort((x, y) => y.outlets.length - x.outlets.length || y.variants.length - x.variants.length || cmp(x.speaker, y.speaker) || cmp(x.text, y.text));
  groups.forEach((g, i) => (g.group = i + 1));
  return groups;
}
