/**
 * Resolving relative calendar references against a publication date, with
 * the conventions of news writing: an unmarked reference points back in time
 * ("on Wednesday" is the latest Wednesday on or before publication, "in
 * December" read in January is last December), unless the words just before
 * it look forward ("will meet on Friday", "next March").
 *
 * This is also where chrono-node's year roll-over (its issue #469: a month
 * read in a January article landing in the coming December) is avoided: the
 * year of a month without one is always chosen here, never by the parser.
 */
import { addDays, addMonths, daysInMonth, isValid, monthCompare, weekday, type Ymd } from './calendar.ts';

/** Which way an unmarked reference points. `last`/`next` are explicit modifiers (strictly before/after). */
export type Direction = 'past' | 'future' | 'last' | 'next' | 'this';

/** Year for month `m` (and day `d` when known) seen from `pub`. */
export function yearFor(m: number, d: number | null, pub: Ymd, dir: Direction): number {
  if (dir === 'this') return pub.y;
  const here = { y: pub.y, m, d: d ?? 1 };
  // Compare by month only when no day is given.
  const cmp = d === null ? monthCompare(here, pub) : monthCompare(here, pub) || here.d - pub.d;
  switch (dir) {
    case 'past':
      return cmp <= 0 ? pub.y : pub.y - 1;
    case 'last':
      return cmp < 0 ? pub.y : pub.y - 1;
    case 'future':
      return cmp >= 0 ? pub.y : pub.y + 1;
    case 'next':
      return cmp > 0 ? pub.y : pub.y + 1;
  }
}

/** The day with weekday `wd` (0 = Sunday) seen from `pub`. */
export function weekdayFrom(wd: number, pub: Ymd, dir: Direction): Ymd {
  const back = (weekday(pub) - wd + 7) % 7; // 0..6 days back to the latest such day
  switch (dir) {
    case 'past':
    case 'this':
      return addDays(pub, -back);
    case 'last':
      return addDays(pub, back === 0 ? -7 : -back);
    case 'future':
      return addDays(pub, (7 - back) % 7);
    case 'next':
      return addDays(pub, back === 0 ? 7 : 7 - back);
  }
}

/** "the 12th": the day of month `d` seen from `pub`; null when no month has that day. */
export function dayOfMonthFrom(d: number, pub: Ymd, dir: Direction, monthOffset: number | null): Ymd | null {
  let month: Ymd;
  if (monthOffset !== null) month = addMonths({ ...pub, d: 1 }, monthOffset);
  else if (dir === 'future' || dir === 'next') month = d >= pub.d ? pub : addMonths({ ...pub, d: 1 }, 1);
  else month = d <= pub.d ? pub : addMonths({ ...pub, d: 1 }, -1);
  const out = { y: month.y, m: month.m, d };
  return d <= daysInMonth(out.y, out.m) && isValid(out) ? out : null;
}

/**
 * The year a season (starting in month `start`) is named by, seen from `pub`.
 * A season "has passed" once all three of its months are over.
 */
export function seasonYear(start: number, pub: Ymd, dir: Direction): number {
  const startIndex = (y: number) => y * 12 + (start - 1);
  const now = pub.y * 12 + (pub.m - 1);
  // The occurrence that starts in the latest year whose start is not after now.
  let y = startIndex(pub.y) <= now ? pub.y : pub.y - 1;
  const inProgress = now <= startIndex(y) + 2;
  switch (dir) {
    case 'last':
      return inProgress ? y - 1 : y;
    case 'next':
      return y + 1;
    case 'future':
      return inProgress ? y : y + 1;
    default:
      return y;
  }
}
