/**
 * The numbers behind the "Numbers over time" page: which metrics to offer,
 * their plotted points (capped per metric so a page stays small on a huge
 * corpus), disputed figures (the same metric and date stated differently by
 * different claimants) and unit conversions checked against each other.
 */
import { cmp, countBy, groupBy, label, topKeys, type ClaimRow } from './rows.ts';

export interface NumbersCaps {
  /** Metrics offered in the picker (most claimed first). */
  metrics: number;
  /** Points kept per metric, and in all. */
  pointsPerMetric: number;
  totalPoints: number;
  /** Rows of the disputes and conversions tables. */
  rows: number;
}

/** One plotted claim, with short keys to keep the file small. */
export interface Point {
  id: string; a: string; m: string; as_of: string | null; p: string | null;
  v: number | null; lo: number | null; hi: number | null; q: string; u: string | null;
  c: string | null; side: string | null; o: string | null; t: string; s: number; e: number; src: string | null;
}

export interface Dispute {
  metric: string; as_of: string; claimants: number; low: number; high: number;
  claim_id: string; article_id: string; claimant: string; side: string | null; outlet: string | null;
  text: string; qualifier: string; value: number | null; start: number; end: number;
}

export interface Conversion {
  claim_id: string; article_id: string; outlet: string | null; start: number; end: number;
  original: string; converted: string; original_canonical: number | null; converted_canonical: number | null;
  unit_canonical: string | null; difference: number | null; tolerance: number | null; status: 'ok' | 'mismatch' | 'not comparable';
}

/**
 * Claims usable on a value axis: a metric and a value, and not a conversion of
 * another claim (`(425 square miles)` restates its neighbour; it is checked in
 * the conversions table instead of counted twice).
 */
const plottable = (c: ClaimRow) => c.metric !== null && c.metric !== '' && c.value !== null && Number.isFinite(c.value) && !c.conversion_of;

/**
 * A claim as a point, in the canonical unit of its kind when known (so 425 sq mi
 * and 1,100 km² share an axis); bounds are scaled alike.
 */
export function toPoint(c: ClaimRow): Point {
  const scale = c.value_canonical !== null && c.value !== null && c.value !== 0 ? c.value_canonical / c.value : 1;
  const scaled = (x: number | null) => (x === null ? null : x * scale);
  return {
    id: c.claim_id, a: c.article_id, m: c.metric as string, as_of: c.as_of, p: c.published,
    v: scaled(c.value), lo: scaled(c.value_low), hi: scaled(c.value_high), q: c.qualifier, u: scale !== 1 || c.unit_canonical ? c.unit_canonical ?? c.unit : c.unit,
    c: c.claimant, side: c.claimant_side, o: c.outlet, t: c.text, s: c.start, e: c.end, src: c.cited_source,
  };
}

/**
 * The metrics to offer, most informative first: those several outlets report,
 * then those several claimants state, then those with dated claims, then by
 * number of claims. The first is the page's default measure, so it is the one
 * best suited to comparing outlets and claimants over time.
 */
export function metricList(claims: ClaimRow[], caps: NumbersCaps) {
  const usable = claims.filter(plottable);
  const byMetric = groupBy(usable, (c) => c.metric as string);
  const distinct = (cs: ClaimRow[], key: (c: ClaimRow) => unknown) => new Set(cs.map(key)).size;
  const stats = [...byMetric].map(([metric, cs]) => ({
    metric,
    cs,
    outlets: distinct(cs, (c) => label(c.outlet)),
    claimants: distinct(cs, (c) => c.claimant ?? null),
    dated: cs.some((c) => c.as_of) ? 1 : 0,
  }));
  stats.sort((x, y) => y.outlets - x.outlets || y.claimants - x.claimants || y.dated - x.dated || y.cs.length - x.cs.length || cmp(x.metric, y.metric));
  return stats.slice(0, caps.metrics).map(({ metric, cs, outlets }) => {
    const units = topKeys(countBy(cs, (c) => label(c.unit_canonical ?? c.unit, '')), 3).filter(Boolean);
    return { metric, claims: cs.length, units, outlets };
  });
}

/** Points of the offered metrics, at most `pointsPerMetric` each and `totalPoints` in all (dated first, then by date and id). */
export function metricPoints(claims: ClaimRow[], metrics: string[], caps: NumbersCaps): Point[] {
  const wanted = new Set(metrics);
  const byMetric = groupBy(claims.filter((c) => plottable(c) && wanted.has(c.metric as string)), (c) => c.metric as string);
  const out: Point[] = [];
  const perMetric = Math.max(1, Math.min(caps.pointsPerMetric, Math.floor(caps.totalPoints / Math.max(1, metrics.length))));
  for (const m of metrics) {
    const cs = (byMetric.get(m) ?? []).slice().sort((x, y) => Number(y.as_of !== null) - Number(x.as_of !== null) || cmp(x.as_of, y.as_of) || cmp(x.claim_id, y.claim_id));
    out.push(...cs.slice(0, perMetric).map(toPoint));
  }
  return out;
}

/** Who states the number: the claimant, else the outlet speaking in its own voice. */
const voice = (c: ClaimRow) => c.claimant ?? `${label(c.outlet)} (own voice)`;

/**
 * Disputed figures: for one metric and one `as_of` date, claims by two or more
 * different claimants whose values (or bounds) differ.
 */
export function disputes(claims: ClaimRow[], caps: NumbersCaps): Dispute[] {
  const groups = groupBy(claims.filter((c) => plottable(c) && c.as_of), (c) => `${c.metric}\0${c.as_of}`);
  const canonical = (c: ClaimRow) => toPoint(c);
  const out: Dispute[] = [];
  for (const cs of groups.values()) {
    const claimants = new Set(cs.map(voice));
    const stated = new Set(cs.map(canonical).map((p) => `${p.v}|${p.lo}|${p.hi}|${p.q}`));
    if (claimants.size < 2 || stated.size < 2) continue;
    const values = cs.map((c) => canonical(c).v as number);
    const low = Math.min(...values);
    const high = Math.max(...values);
    for (const c of cs) {
      out.push({
        metric: c.metric as string, as_of: c.as_of as string, claimants: claimants.size, low, high,
        claim_id: c.claim_id, article_id: c.article_id, claimant: voice(c), side: c.claimant_side, outlet: c.outlet,
        text: c.text, qualifier: c.qualifier, value: c.value, start: c.start, end: c.end,
      });
    }
  }
  out.sort((x, y) => cmp(x.metric, y.metric) || cmp(x.as_of, y.as_of) || cmp(x.claimant, y.claimant) || cmp(x.claim_id, y.claim_id));
  return out.slice(0, caps.rows);
}

/** Half the rounding step of a stated number: 1,100 → 50; 425 → 0.5; 2.5 → 0.05. */
export function roundingSlack(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 0.5;
  const abs = Math.abs(value);
  if (Number.isInteger(abs)) {
    let step = 1;
    while (abs % (step * 10) === 0 && step < 1e12) step *= 10;
    return step / 2;
  }
  const decimals = (String(abs).split('.')[1] ?? '').length;
  return 0.5 * 10 ** -decimals;
}

/**
 * A converted figure (`(425 square miles)`) against the number it converts:
 * within tolerance when the canonical values differ by no more than the
 * rounding slack of both stated numbers (scaled to the canonical unit), or 2%.
 */
export function checkConversion(converted: ClaimRow, original: ClaimRow | undefined): Conversion {
  const base = {
    claim_id: converted.claim_id, article_id: converted.article_id, outlet: converted.outlet,
    start: converted.start, end: converted.end, original: original?.text ?? '(missing)', converted: converted.text,
    original_canonical: original?.value_canonical ?? null, converted_canonical: converted.value_canonical,
    unit_canonical: converted.unit_canonical,
  };
  const a = original?.value_canonical;
  const b = converted.value_canonical;
  const comparable = original && a !== null && a !== undefined && b !== null && original.unit_canonical === converted.unit_canonical;
  if (!comparable) return { ...base, difference: null, tolerance: null, status: 'not comparable' };
  const scale = (c: ClaimRow) => (c.value && c.value_canonical ? Math.abs(c.value_canonical / c.value) : 1);
  const slack = roundingSlack(original.value ?? a) * scale(original) + roundingSlack(converted.value ?? b) * scale(converted);
  const tolerance = Math.max(slack, 0.02 * Math.max(Math.abs(a), Math.abs(b)));
  const difference = Math.abs(a - b);
  return { ...base, difference, tolerance, status: difference <= tolerance ? 'ok' : 'mismatch' };
}

export function conversions(claims: ClaimRow[], caps: NumbersCaps): Conversion[] {
  const byId = new Map(claims.map((c) => [c.claim_id, c]));
  const out = claims.filter((c) => c.conversion_of).map((c) => checkConversion(c, byId.get(c.conversion_of as string)));
  const rank = { mismatch: 0, 'not comparable': 1, ok: 2 } as const;
  out.sort((x, y) => rank[x.status] - rank[y.status] || cmp(x.claim_id, y.claim_id));
  return out.slice(0, caps.rows);
}
