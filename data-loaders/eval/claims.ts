/**
 * Claims: a gold claim matches an extracted claim of the same article with
 * the same value (or, for a range, one of its bounds). Among candidates the
 * one in the same sentence is preferred, then the same text, then the same
 * unit; each extracted claim matches at most one gold claim. Matched claims
 * are then judged attribute by attribute: claimant, unit, qualifier, cited
 * source and as-of date (null equals null).
 */
import { assign, tally } from './assign.ts';
import type { ExtractedClaim } from './extracted.ts';
import type { GoldClaim } from './gold.ts';
import { normName, normQuote, normUnit, sameNullable } from './normalize.ts';

export const CLAIM_ATTRIBUTES = ['claimant', 'unit', 'qualifier', 'cited_source', 'as_of'] as const;
export type ClaimAttribute = (typeof CLAIM_ATTRIBUTES)[number];

export interface WrongAttribute {
  attribute: ClaimAttribute;
  text: string;
  sentence: string;
  gold: string | null;
  got: string | null;
}

export interface ClaimsResult {
  gold: number;
  extracted: number;
  matched: number;
  misses: GoldClaim[];
  falseHits: ExtractedClaim[];
  attributes: Record<ClaimAttribute, { judged: number; correct: number }>;
  wrong: WrongAttribute[];
}

function sameValue(a: number, b: number | null): boolean {
  if (b === null || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

export function valueMatches(g: GoldClaim, e: ExtractedClaim): boolean {
  if (sameValue(g.value, e.value)) return true;
  if (shareAsPercent(g, e)) return true;
  return e.qualifier === 'range' && (sameValue(g.value, e.low) || sameValue(g.value, e.high));
}

/** Shares written as a fraction (`unit: share`, "one in three" → 0.33) and as a percentage (33.3) are one quantity. */
const SHARE = 'share';
const PERCENT = new Set(['percent', '%', 'pct']);

/**
 * Does a gold share written as a fraction equal an extracted percentage?
 * The gold rounds ("one in three" → 0.33), so half a percentage point apart
 * is the same share.
 */
export function shareAsPercent(g: GoldClaim, e: ExtractedClaim): boolean {
  if (normUnit(g.unit) !== SHARE || !PERCENT.has(normUnit(e.unit)) || e.value === null) return false;
  return Math.abs(g.value * 100 - e.value) <= 0.5;
}

function overlaps(a: string, b: string): boolean {
  const x = normQuote(a);
  const y = normQuote(b);
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
}

export function claimScore(g: GoldClaim, e: ExtractedClaim): number | null {
  if (!valueMatches(g, e)) return null;
  return (overlaps(g.sentence_excerpt, e.sentence) ? 4 : 0) + (overlaps(g.text, e.text) ? 2 : 0) + (normUnit(g.unit) === normUnit(e.unit) ? 1 : 0);
}

/** Is the extracted attribute right? */
export function attributeCorrect(attr: ClaimAttribute, g: GoldClaim, e: ExtractedClaim): boolean {
  switch (attr) {
    case 'claimant':
      if (g.claimant === null || g.claimant.trim() === '') return e.claimant === null || e.claimant.trim() === '';
      return e.claimant !== null && e.claimantNames.concat(e.claimant).some((n) => normName(n) === normName(g.claimant));
    case 'unit':
      return sameNullable(g.unit, e.unit, normUnit) || shareAsPercent(g, e);
    case 'qualifier':
      return g.qualifier.trim().toLowerCase() === e.qualifier.trim().toLowerCase();
    case 'cited_source':
      return sameNullable(g.cited_source, e.cited_source, normName);
    case 'as_of':
      return sameNullable(g.as_of, e.as_of);
  }
}

/** Vague amounts ("dozens", "tens of thousands") are not scored, gold or extracted (docs/annotating.md). */
const scored = (c: { qualifier: string }) => c.qualifier.trim().toLowerCase() !== 'vague';

export function scoreClaims(allGold: GoldClaim[], allExtracted: ExtractedClaim[]): ClaimsResult {
  const gold = allGold.filter(scored);
  const extracted = allExtracted.filter(scored);
  const pairs = assign(gold, extracted, claimScore);
  const attributes = Object.fromEntries(CLAIM_ATTRIBUTES.map((a) => [a, { judged: 0, correct: 0 }])) as ClaimsResult['attributes'];
  const wrong: WrongAttribute[] = [];
  for (const p of pairs) {
    const g = gold[p.gold];
    const e = extracted[p.extracted];
    for (const attr of CLAIM_ATTRIBUTES) {
      attributes[attr].judged++;
      if (attributeCorrect(attr, g, e)) attributes[attr].correct++;
      else wrong.push({ attribute: attr, text: e.text, sentence: e.sentence, gold: g[attr], got: e[attr] });
    }
  }
  return {
    ...tally(gold, extracted, pairs),
    attributes,
    wrong,
  };
}
