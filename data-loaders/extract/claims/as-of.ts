/**
 * When a number holds. `asOf` is, in order:
 *   - for a distance between places ("30km from the border"): null (timeless);
 *   - for an adjectival duration ("a 30-day truce", "a two-hour call"): a date
 *     in the same clause, else null (timeless) — unless it qualifies an
 *     ongoing state ("the three-year war": publication date);
 *   - a date mention in the same clause as the number (the nearest; a
 *     possessive date "last night's attack" belongs to its own noun);
 *   - for a reported claim, the date of the statement: the latest recent date
 *     in the sentences just before;
 *   - the publication date.
 * Periods: "in the last five days" ends at asOf and starts five days before;
 * "since August" starts at that date.
 */
import type { DateMention, Doc, NumberSpan } from '../../doc/doc.ts';
import { addDays, addMonths, formatIso, parseLoose, parseYmd, dayDiff } from '../dates/calendar.ts';
import type { ClaimsLexicon } from './lexicon.ts';
import { bySentence } from './by-sentence.ts';

export interface AsOf {
  asOf: string | null;
  periodStart: string | null;
  periodEnd: string | null;
}

const LOOKBACK_SENTENCES = 6;
const STATEMENT_MAX_AGE_DAYS = 7;

/** `usableDates` per sentence, keyed on the sentence's numbers (the same array for every claim of the sentence). */
const usableCache = new WeakMap<NumberSpan[], { dates: DateMention[]; s: number; usable: DateMention[] }>();

/** Dates of sentence `s` that can date a claim: not periods of a duration number, not possessive. Computed once per sentence. */
function usableDates(doc: Doc, s: number, numbers: NumberSpan[]): DateMention[] {
  const hit = usableCache.get(numbers);
  if (hit && hit.dates === doc.layers.dates && hit.s === s) return hit.usable;
  const usable = findUsableDates(doc, s, numbers);
  usableCache.set(numbers, { dates: doc.layers.dates, s, usable });
  return usable;
}

function findUsableDates(doc: Doc, s: number, numbers: NumberSpan[]): DateMention[] {
  return (bySentence(doc, doc.layers.dates)[s] ?? []).filter(
    (d) =>
      !numbers.some((n) => n.quantity === 'duration' && n.start < d.end && n.end > d.start) &&
      !/^['’]s?\b/.test(doc.text.slice(d.end, d.end + 2)),
  );
}

const RELATIVE_BEFORE = /\b(?:that|which|who)\s+(?:[\p{L}'’-]+\s+){1,6}$/iu;

/**
 * Is the date inside a relative clause on a noun ("the quake that struck on
 * Monday night"), with the number outside it? Such a date dates that noun.
 */
function inRelativeClause(doc: Doc, d: DateMention, n: NumberSpan): boolean {
  const from = Math.max(doc.sentences[d.sentence].start, d.start - 60);
  const m = RELATIVE_BEFORE.exec(doc.text.slice(from, d.start));
  if (!m) return false;
  const pronounAt = from + m.index;
  return n.end <= pronounAt || n.start >= d.end;
}

const STORY_LEAD_SENTENCES = 4;
const storyDates = new WeakMap<Doc, string | null>();

/**
 * The day the story is about: the first day-precision date of its opening
 * sentences that lies within a week before publication and is not a "since"
 * date or a date inside a relative clause ("the quake that struck on Monday").
 */
function storyDate(doc: Doc): string | null {
  if (storyDates.has(doc)) return storyDates.get(doc)!;
  const p = parseYmd(doc.article.published);
  let found: string | null = null;
  const byS = bySentence(doc, doc.layers.dates);
  let seen = 0;
  for (let i = 0; i < doc.sentences.length && seen < STORY_LEAD_SENTENCES && !found; i++) {
    if (doc.sentences[i].caption) continue;
    seen++;
    for (const d of byS[i] ?? []) {
      if (d.precision !== 'day' || isSince(doc, d)) continue;
      if (RELATIVE_BEFORE.test(doc.text.slice(Math.max(doc.sentences[i].start, d.start - 60), d.start))) continue;
      const y = parseYmd(d.iso);
      if (!y || !p) continue;
      const age = dayDiff(y, p);
      if (age >= 0 && age <= STATEMENT_MAX_AGE_DAYS) {
        found = d.iso;
        break;
      }
    }
  }
  storyDates.set(doc, found);
  return found;
}

function isSince(doc: Doc, d: DateMention): boolean {
  return /\bsince\s+$/i.test(doc.text.slice(Math.max(0, d.start - 8), d.start)) || /^since\b/i.test(d.text);
}

/** Is the number an adjective before its noun ("30-day truce", "two-hour call")? Returns that noun. */
function adjectivalHead(doc: Doc, n: NumberSpan): string | null {
  if (!/-/.test(n.text)) return null;
  const m = /^\s+([\p{L}][\p{L}-]*)/u.exec(doc.text.slice(n.end, n.end + 40));
  return m ? m[1].toLowerCase() : null;
}

export function resolveAsOf(
  doc: Doc,
  n: NumberSpan,
  sentenceNumbers: NumberSpan[],
  boundaries: number[],
  reported: boolean,
  lex: ClaimsLexicon,
): AsOf {
  const s = n.sentence;
  const pub = doc.article.published;
  const dates = usableDates(doc, s, sentenceNumbers);
  const sameClause = dates.filter((d) => !boundaries.some((b) => b >= Math.min(d.end, n.end) && b < Math.max(d.start, n.start)));
  // "since January" opens a period only for a perfect-tense statement ("prices have risen 9% since January").
  const sinceDate = sameClause.find((d) => isSince(doc, d)) ?? null;
  const near = sinceDate ? doc.text.slice(Math.max(doc.sentences[s].start, Math.min(n.start, sinceDate.start) - 80), Math.min(doc.sentences[s].end, Math.max(n.end, sinceDate.end) + 20)) : '';
  const since = sinceDate && /\b(?:has|have|had)\b/i.test(near) ? sinceDate : null;
  const pointDates = sameClause.filter((d) => !isSince(doc, d) && !inRelativeClause(doc, d, n));
  pointDates.sort((a, b) => distance(a, n) - distance(b, n));
  const clauseDate = pointDates[0]?.iso ?? null;

  const head = adjectivalHead(doc, n);
  if (n.quantity === 'length' && /^\s+(?:away\s+)?from\b|^\s+away\b/.test(doc.text.slice(n.end, n.end + 12))) {
    return { asOf: null, periodStart: null, periodEnd: null }; // a distance between places
  }
  if (n.quantity === 'duration' && head !== null) {
    if (head && lex.ongoingStates.has(head)) return { asOf: pub, periodStart: null, periodEnd: null };
    if (clauseDate) return { asOf: clauseDate, periodStart: null, periodEnd: null };
    return { asOf: null, periodStart: null, periodEnd: null };
  }

  const asOf = clauseDate ?? (reported ? statementDate(doc, s, pub) : null) ?? storyDate(doc) ?? pub;
  let periodStart: string | null = since?.iso ?? null;
  let periodEnd: string | null = since ? asOf : null;
  if (n.quantity === 'duration' && n.value !== null && asOf) {
    const before = doc.text.slice(Math.max(doc.sentences[s].start, n.start - 40), n.start);
    if (lex.periodBefore.test(before)) {
      periodEnd = asOf;
      periodStart = shift(asOf, n.unit, -n.value);
    }
  }
  return { asOf, periodStart, periodEnd };
}

function distance(d: DateMention, n: NumberSpan): number {
  return d.end <= n.start ? n.start - d.end : d.start - n.end;
}

/** `statementDate` per dates layer and sentence (with the publication date it was computed for). */
const statementCache = new WeakMap<DateMention[], { pub: string | null; bySentence: Map<number, string | null> }>();

/** The date of a reported statement without its own date: the latest recent day named just before. Computed once per sentence. */
function statementDate(doc: Doc, s: number, pub: string | null): string | null {
  let memo = statementCache.get(doc.layers.dates);
  if (!memo || memo.pub !== pub) {
    memo = { pub, bySentence: new Map() };
    statementCache.set(doc.layers.dates, memo);
  }
  let date = memo.bySentence.get(s);
  if (date === undefined) {
    date = findStatementDate(doc, s, pub);
    memo.bySentence.set(s, date);
  }
  return date;
}

function findStatementDate(doc: Doc, s: number, pub: string | null): string | null {
  const recent = recentDays(doc, pub);
  for (let i = s - 1; i >= 0 && i >= s - LOOKBACK_SENTENCES; i--) {
    if (doc.sentences[i].caption) continue;
    const iso = recent[i];
    if (iso !== null) return iso;
  }
  return null;
}

/** `recentDays` per dates layer (with the publication date it was computed for). */
const recentCache = new WeakMap<DateMention[], { pub: string | null; days: Array<string | null> }>();

/**
 * For each sentence, the last of its day-precision dates (not "since" dates)
 * that lies within STATEMENT_MAX_AGE_DAYS before publication, or null: what
 * `findStatementDate` looks for in the sentences before a claim. Each date is
 * read once per Doc, not once per sentence that looks back at it.
 */
function recentDays(doc: Doc, pub: string | null): Array<string | null> {
  const hit = recentCache.get(doc.layers.dates);
  if (hit && hit.pub === pub) return hit.days;
  const p = parseYmd(pub);
  const byS = bySentence(doc, doc.layers.dates);
  const days = new Array<string | null>(doc.sentences.length).fill(null);
  for (let i = 0; p && i < days.length; i++) {
    const ds = byS[i] ?? [];
    for (let j = ds.length - 1; j >= 0; j--) {
      const d = ds[j];
      if (d.precision !== 'day' || isSince(doc, d)) continue;
      const y = parseYmd(d.iso);
      if (!y) continue;
      const age = dayDiff(y, p);
      if (age >= 0 && age <= STATEMENT_MAX_AGE_DAYS) {
        days[i] = d.iso;
        break;
      }
    }
  }
  recentCache.set(doc.layers.dates, { pub, days });
  return days;
}

/** `iso` moved by `amount` units of a duration (`day`, `week`, `month`, `year`, …), at day precision. */
function shift(iso: string, unit: string | null, amount: number): string | null {
  const x = parseLoose(iso);
  if (!x || !Number.isFinite(amount)) return null;
  const whole = Math.round(amount);
  switch (unit) {
    case 'day':
    case 'night':
      return formatIso(addDays(x, whole), 'day');
    case 'week':
      return formatIso(addDays(x, whole * 7), 'day');
    case 'month':
      return formatIso(addMonths(x, whole), 'day');
    case 'year':
      return formatIso(addMonths(x, whole * 12), 'day');
    case 'decade':
      return formatIso(addMonths(x, whole * 120), 'day');
    case 'hour':
    case 'minute':
    case 'second':
      return iso;
    default:
      return null;
  }
}
