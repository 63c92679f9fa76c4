/**
 * Actors: the gold list of an article against the actors the pipeline found
 * in it, by canonical name (case, diacritics and punctuation ignored). A gold
 * name equal to one of an actor's surface forms in the article also matches,
 * at lower priority, so a spelling variant of a linked actor still counts.
 */
import { assign, unused } from './assign.ts';
import type { ExtractedActor } from './extracted.ts';
import { normName } from './normalize.ts';

export interface ActorsResult {
  gold: number;
  extracted: number;
  matched: number;
  misses: string[];
  falseHits: string[];
}

export function actorScore(g: string, e: ExtractedActor): number | null {
  const n = normName(g);
  if (n === '') return null;
  if (normName(e.name) === n) return 2;
  return e.aliases.some((a) => normName(a) === n) ? 1 : null;
}

export function scoreActors(gold: string[], extracted: ExtractedActor[]): ActorsResult {
  const pairs = assign(gold, extracted, actorScore);
  return {
    gold: gold.length,
    extracted: extracted.length,
    matched: pairs.length,
    misses: unused(gold.length, pairs.map((p) => p.gold)).map((i) => gold[i]),
    falseHits: unused(extracted.length, pairs.map((p) => p.extracted)).map((i) => extracted[i].name),
  };
}
