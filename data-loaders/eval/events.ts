/**
 * Events: a gold event matches an extracted event report of the same article
 * when their dates agree up to the shorter one's precision (`2025-03` agrees
 * with `2025-03-12`; no date agrees only with no date) and they share an actor
 * (any name of a linked actor counts). A gold event listing no actors needs
 * the date only. More shared actors, the exact date and the same place are
 * preferred; matching is one-to-one.
 */
import { assign, tally } from './assign.ts';
import type { ExtractedEvent } from './extracted.ts';
import type { GoldEvent } from './gold.ts';
import { normName } from './normalize.ts';

export interface EventsResult {
  gold: number;
  extracted: number;
  matched: number;
  misses: GoldEvent[];
  falseHits: ExtractedEvent[];
}

export function datesAgree(a: string | null, b: string | null): boolean {
  if (!a || !b) return !a && !b;
  return a.startsWith(b) || b.startsWith(a);
}

export function eventScore(g: GoldEvent, e: ExtractedEvent): number | null {
  if (!datesAgree(g.date, e.date)) return null;
  const names = e.actors.map((list) => new Set(list.map(normName)));
  const shared = g.actors.filter((a) => names.some((s) => s.has(normName(a)))).length;
  if (g.actors.length > 0 && shared === 0) return null;
  const place = g.place && e.place && normName(g.place) === normName(e.place) ? 1 : 0;
  return 2 * shared + (g.date === e.date ? 1 : 0) + place;
}

export function scoreEvents(gold: GoldEvent[], extracted: ExtractedEvent[]): EventsResult {
  const pairs = assign(gold, extracted, eventScore);
  return {
    ...tally(gold, extracted, pairs),
  };
}
