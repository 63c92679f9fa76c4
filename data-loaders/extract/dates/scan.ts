/**
 * Find and resolve the date mentions of one sentence: a cheap cue test first,
 * then the grammar rules in order (a later rule never overlaps an earlier
 * match), then chrono on any month, weekday or numeric date the rules left.
 */
import type { DateMention } from '../../doc/doc.ts';
import { formatIso, type Ymd } from './calendar.ts';
import { chronoAround } from './chrono.ts';
import type { DateGrammar } from './grammar.ts';

/** How far back the future-cue test looks ("will travel to Nairobi on" fits). */
const FUTURE_WINDOW = 48;

/** Date mentions in `text[start, end)`, offsets into `text`, sorted by start. */
export function scanDates(text: string, start: number, end: number, sentence: number, pub: Ymd | null, g: DateGrammar): DateMention[] {
  const slice = text.slice(start, end);
  if (!g.cue.test(slice)) return [];
  // Kept sorted by start, so the overlap test is a binary search (no quadratic cost on date-dense text).
  const found: DateMention[] = [];
  const firstEndingAfter = (s: number) => {
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (found[mid].end <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const taken = (s: number, e: number) => {
    const i = firstEndingAfter(s);
    return i < found.length && found[i].start < e;
  };
  const add = (d: DateMention) => found.splice(firstEndingAfter(d.start), 0, d);
  const futureAt = (pos: number) => g.futureBefore.test(text.slice(Math.max(start, pos - FUTURE_WINDOW), pos));

  for (const rule of g.rules) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(slice)) !== null) {
      const [s0, e0] = m.indices?.groups?.span ?? m.indices![0];
      const s = start + s0;
      const e = start + e0;
      if (e0 === s0) {
        rule.re.lastIndex++;
        continue;
      }
      if (taken(s, e)) continue;
      const r = rule.resolve(m.groups ?? {}, { pub, future: pub !== null && futureAt(s) });
      if (!r) continue;
      add({ start: s, end: e, text: text.slice(s, e), sentence, iso: formatIso(r, r.precision), precision: r.precision, relative: r.relative });
    }
  }

  g.leftoverCue.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = g.leftoverCue.exec(slice)) !== null) {
    const s = start + c.index;
    const e = s + c[0].length;
    if (taken(s, e) || (/^\p{L}/u.test(c[0]) && !/^\p{Lu}/u.test(c[0]))) continue;
    for (const h of chronoAround(text, s, e, start, end, pub, pub !== null && futureAt(s))) {
      if (taken(h.start, h.end)) continue;
      add({ start: h.start, end: h.end, text: text.slice(h.start, h.end), sentence, iso: formatIso(h.date, h.precision), precision: h.precision, relative: h.relative });
    }
  }
  return found;
}
