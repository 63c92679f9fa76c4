/**
 * Second look with chrono-node at date-like words the grammar did not take
 * (numeric dates such as "3/12/2025", unusual orders). chrono is slow on long
 * text, so it only ever sees a short window around the leftover cue.
 *
 * chrono picks a year for a month-day without one by itself and gets year
 * boundaries wrong with past references (chrono issue #469): whenever the
 * year was implied rather than written, it is recomputed here with the
 * news conventions of resolve.ts.
 */
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../../doc/doc.ts';
import type { Ymd } from './calendar.ts';
import { yearFor } from './resolve.ts';

export interface ChronoHit {
  start: number;
  end: number;
  date: Ymd;
  precision: DatePrecision;
  relative: boolean;
}

const WINDOW = 32;

/**
 * Dates chrono finds in `text` within `WINDOW` characters of `[cueStart, cueEnd)`
 * that overlap the cue. Offsets are into `text`. Without a publication date,
 * only dates with a written year are kept.
 */
export function chronoAround(text: string, cueStart: number, cueEnd: number, lo: number, hi: number, pub: Ymd | null, future: boolean): ChronoHit[] {
  const from = Math.max(lo, cueStart - WINDOW);
  const to = Math.min(hi, cueEnd + WINDOW);
  const ref = pub ? new Date(Date.UTC(pub.y, pub.m - 1, pub.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: ChronoHit[] = [];
  for (const r of chrono.en.casual.parse(text.slice(from, to), { instant: ref, timezone: 0 }, { forwardDate: false })) {
    // chrono keeps a leading preposition ("on 30-Dec"); mentions do not.
    const lead = /^(?:on|in|at|since|by|from|until)\s+/i.exec(r.text)?.[0].length ?? 0;
    const start = from + r.index + lead;
    const end = from + r.index + r.text.length;
    if (end <= cueStart || start >= cueEnd) continue;
    const c = r.start;
    const hasYear = c.isCertain('year');
    if (!hasYear && !pub) continue;
    const m = c.get('month');
    const d = c.get('day');
    if (m === null || d === null) continue;
    const precision: DatePrecision = c.isCertain('day') || c.isCertain('weekday') ? 'day' : c.isCertain('month') ? 'month' : 'year';
    // Correct chrono's year roll-over: an implied year is re-chosen from the publication date.
    const y = hasYear ? c.get('year')! : yearFor(m, precision === 'day' ? d : null, pub!, future ? 'future' : 'past');
    out.push({ start, end, date: { y, m, d: precision === 'day' ? d : 1 }, precision, relative: !hasYear });
  }
  return out;
}
