/**
 * Dates written by sources, normalised to ISO `YYYY-MM-DD`: ISO 8601
 * (`2025-03-13T06:47:00Z` → the date as written, no time-zone shift), RFC 822
 * feed dates (`Thu, 13 Mar 2025 06:47:00 GMT`), dates in words
 * (`13 March 2025`, `March 13, 2025`, `13th Mar. 2025`), numeric dates when
 * unambiguous (`2025/03/13`, `13.03.2025`, `25/12/2024`; `03/04/2025` is
 * ambiguous and refused) and Unix timestamps. Month names come from
 * knowledge/languages.yaml (`months`).
 */
import { getKnowledge, type Knowledge } from '../knowledge/index.ts';

interface DateMatchers {
  months: Map<string, number>;
  /** Any supported date inside a string; groups named by part. */
  find: RegExp;
}

function matchers(kb: Knowledge): DateMatchers {
  return kb.derive('sources.dates', (k) => {
    const table = k.get<{ months: Record<string, number> }>('languages').months;
    const months = new Map(Object.entries(table).map(([name, n]) => [name.toLowerCase(), Number(n)]));
    const names = [...months.keys()].sort((a, b) => b.length - a.length).join('|');
    const M = `(?:${names})\\.?`;
    const find = new RegExp(
      [
        `(?<iso>\\b(?<iy>\\d{4})-(?<im>\\d{1,2})-(?<id>\\d{1,2})(?!\\d))`,
        `(?<ymd>\\b(?<sy>\\d{4})[/.](?<sm>\\d{1,2})[/.](?<sd>\\d{1,2})(?!\\d))`,
        `(?<dmy>\\b(?<wd>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]+(?<wm>${M})[\\s,-]+(?<wy>\\d{4})\\b)`,
        `(?<mdy>\\b(?<vm>${M})\\s+(?<vd>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<vy>\\d{4})\\b)`,
        `(?<num>\\b(?<na>\\d{1,2})(?<sep>[/.])(?<nb>\\d{1,2})\\k<sep>(?<ny>\\d{4})\\b)`,
      ].join('|'),
      'iu',
    );
    return { months, find };
  });
}

/** An ISO date from its parts, or null when the parts are not a real date. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null; // 31 April
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first date written in `s`, as `YYYY-MM-DD`; null when there is none or it is ambiguous. */
export function findDate(s: string, kb: Knowledge = getKnowledge()): string | null {
  const { months, find } = matchers(kb);
  const m = find.exec(s);
  if (!m?.groups) return null;
  const g = m.groups;
  const month = (name: string) => months.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;
  if (g.iso) return isoDate(+g.iy, +g.im, +g.id);
  if (g.ymd) return isoDate(+g.sy, +g.sm, +g.sd);
  if (g.dmy) return isoDate(+g.wy, month(g.wm), +g.wd);
  if (g.mdy) return isoDate(+g.vy, month(g.vm), +g.vd);
  if (g.num) {
    const a = +g.na;
    const b = +g.nb;
    if (g.sep === '.') return isoDate(+g.ny, b, a); // 13.03.2025 is day.month.year
    if (a > 12 && b <= 12) return isoDate(+g.ny, b, a);
    if (b > 12 && a <= 12) return isoDate(+g.ny, a, b);
    if (a === b) return isoDate(+g.ny, a, b);
    return null; // 03/04/2025: March 4 or 3 April?
  }
  return null;
}

/** A metadata value (string or Unix timestamp in seconds or milliseconds) as `YYYY-MM-DD`, or null. */
export function normaliseDate(value: unknown, kb: Knowledge = getKnowledge()): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value > 1e11 ? value : value * 1000;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (/^\d{10}(?:\d{3})?$/.test(s)) return normaliseDate(Number(s), kb);
  return s.length > 300 ? findDate(s.slice(0, 300), kb) : findDate(s, kb);
}
