/**
 * Find and resolve the date mentions of one sentence: a cheap cue test first,
 * then the grammar rules in order (a later rule never overlaps an earlier
 * match; a rule needing a word or digit the sentence lacks, per cues.ts, is
 * skipped), then chrono on any month, weekday or numeric date the rules left.
 */
import type { DateMention } from '../../doc/doc.ts';
import { formatIso, type Ymd } from './calendar.ts';
import { chronoAround } from './chrono.ts';
import type { DateGrammar } from './grammar.ts';
import { ALL_CUES, CUE_DIGIT, CUE_MONTH, CUE_NUMERIC_DATE } from './cues.ts';

/** How far back the future-cue test looks ("will travel to Nairobi on" fits). */
const FUTURE_WINDOW = 48;

/** Index of the first mention in `found` (sorted by start, never overlapping) that ends after `s`. */
function firstEndingAfter(found: DateMention[], s: number): number {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid].end <= s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does `[s, e)` overlap a mention already found? */
function taken(found: DateMention[], s: number, e: number): boolean {
  const i = firstEndingAfter(found, s);
  return i < found.length && found[i].start < e;
}

/** Do the words before `pos` (within the sentence from `start`) look forward ("will meet on")? */
function futureAt(text: string, start: number, pos: number, g: DateGrammar): boolean {
  return g.futureBefore.test(text.slice(Math.max(start, pos - FUTURE_WINDOW), pos));
}

/** Can `g.leftoverCue` match: a numeric date ("3/12/2025"), or a month name and a digit? */
function leftoversPossible(cues: number): boolean {
  return (cues & CUE_NUMERIC_DATE) !== 0 || (cues & (CUE_MONTH | CUE_DIGIT)) === (CUE_MONTH | CUE_DIGIT);
}

/**
 * Date mentions in `text[start, end)`, offsets into `text`, sorted by start.
 * `cues` are the sentence's cues (cues.ts); a rule needing a cue the
 * sentence lacks cannot match and is not run.
 */
export function scanDates(text: string, start: number, end: number, sentence: number, pub: Ymd | null, g: DateGrammar, cues = ALL_CUES): DateMention[] {
  if (!g.rules.some((r) => (r.needs & cues) === r.needs) && !leftoversPossible(cues)) return [];
  const slice = text.slice(start, end);
  if (!g.cue.test(slice)) return [];
  // Kept sorted by start, so the overlap test is a binary search (no quadratic cost on date-dense text).
  const found: DateMention[] = [];

  for (const rule of g.rules) {
    if ((rule.needs & cues) !== rule.needs) continue;
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
      if (taken(found, s, e)) continue;
      const r = rule.resolve(m.groups ?? {}, { pub, future: pub !== null && futureAt(text, start, s, g) });
      if (!r) continue;
      found.splice(firstEndingAfter(found, s), 0, { start: s, end: e, text: text.slice(s, e), sentence, iso: formatIso(r, r.precision), precision: r.precision, relative: r.relative });
    }
  }

  if (!leftoversPossible(cues)) return found;
  g.leftoverCue.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = g.leftoverCue.exec(slice)) !== null) {
    const s = start + c.index;
    const e = s + c[0].length;
    if (taken(found, s, e) || (/^\p{L}/u.test(c[0]) && !/^\p{Lu}/u.test(c[0]))) continue;
    for (const h of chronoAround(text, s, e, start, end, pub, pub !== null && futureAt(text, start, s, g))) {
      if (taken(found, h.start, h.end)) continue;
      found.splice(firstEndingAfter(found, h.start), 0, { start: h.start, end: h.end, text: text.slice(h.start, h.end), sentence, iso: formatIso(h.date, h.precision), precision: h.precision, relative: h.relative });
    }
  }
  return found;
}
