/**
 * Calendar arithmetic on plain (year, month, day) triples, in UTC so results
 * never depend on the machine's time zone. Months are 1–12, weekdays 0 = Sunday.
 */
import type { DatePrecision } from '../../doc/doc.ts';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Parse `YYYY-MM-DD` (the publication date format); null when malformed. */
export function parseYmd(iso: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return null;
  const out = { y: +m[1], m: +m[2], d: +m[3] };
  return isValid(out) ? out : null;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // The usual case by arithmetic (the Gregorian calendar, as Date has it); Date for the rest:
  // months out of 1–12, and years 0–99, which Date.UTC reads as 1900–1999.
  if (Number.isInteger(y) && Number.isInteger(m) && m >= 1 && m <= 12 && y >= 100 && y <= 200_000) {
    if (m !== 2) return MONTH_DAYS[m - 1];
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValid({ y, m, d }: Ymd): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toTime({ y, m, d }: Ymd): number {
  return Date.UTC(y, m - 1, d);
}

function fromTime(t: number): Ymd {
  const date = new Date(t);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(x: Ymd, n: number): Ymd {
  return fromTime(toTime(x) + n * 86_400_000);
}

/** Same day `n` months later (clamped to the month's last day). */
export function addMonths(x: Ymd, n: number): Ymd {
  const index = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

export function weekday(x: Ymd): number {
  return new Date(toTime(x)).getUTCDay();
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function dayDiff(a: Ymd, b: Ymd): number {
  return Math.round((toTime(b) - toTime(a)) / 86_400_000);
}

/** Compare by (year, month) only. */
export function monthCompare(a: { y: number; m: number }, b: { y: number; m: number }): number {
  return a.y !== b.y ? a.y - b.y : a.m - b.m;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` depending on precision. */
export function formatIso(x: Ymd, precision: DatePrecision): string {
  if (precision === 'year') return pad(x.y, 4);
  if (precision === 'month') return `${pad(x.y, 4)}-${pad(x.m)}`;
  return `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
}

/** Days between two ISO dates of any precision (each taken at its first day); null if either is missing. */
export function isoDayDiff(from: string | null, to: string | null): number | null {
  const a = parseLoose(from);
  const b = parseLoose(to);
  return a && b ? dayDiff(a, b) : null;
}

/** Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD` to a day (missing parts = 1). */
export function parseLoose(iso: string | null | undefined): Ymd | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso ?? '');
  return m ? { y: +m[1], m: m[2] ? +m[2] : 1, d: m[3] ? +m[3] : 1 } : null;
}
