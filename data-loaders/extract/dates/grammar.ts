/**
 * The date grammar: one precompiled regex per kind of date expression, each
 * with a resolver that turns a match into an ISO date and a precision. The
 * word lists (months, weekdays, seasons, day words, future cues) come from
 * knowledge/date-words.yaml; everything is compiled once per Knowledge.
 *
 * Every rule captures the mention in a named group `span` (prepositions such
 * as "on"/"in" stay outside it, modifiers such as "last"/"early" inside).
 * Rules are tried in order; a later rule never takes text an earlier one took.
 */
import type { DatePrecision } from '../../doc/doc.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { addDays, addMonths, isValid, type Ymd } from './calendar.ts';
import { dayOfMonthFrom, seasonYear, weekdayFrom, yearFor, type Direction } from './resolve.ts';
import {
  buildCueWords,
  CUE_AGO,
  CUE_ANAPHORA,
  CUE_DAY_WORD,
  CUE_DIGIT,
  CUE_FULL_MONTH,
  CUE_MONTH,
  CUE_ORDINAL,
  CUE_YEAR,
  CUE_SEASON,
  CUE_UNIT,
  CUE_WEEKDAY,
  type CueWords,
} from './cues.ts';

export interface DateWords {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  seasons: Record<string, number>;
  day_words: Record<string, number>;
  number_words: Record<string, number>;
  future_cues: string[];
  future_breakers: string[];
  anaphora?: Record<string, number>;
}

export interface Resolved {
  y: number;
  m: number;
  d: number;
  precision: DatePrecision;
  relative: boolean;
}

/** What a resolver knows about the place of the match. */
export interface MatchContext {
  /** Publication date; null when unknown (then only absolute dates resolve). */
  pub: Ymd | null;
  /** True when the words just before the match look forward ("will meet on"). */
  future: boolean;
}

export interface Rule {
  name: string;
  re: RegExp;
  /** The sentence cues the rule cannot match without (cues.ts): it is skipped in a sentence lacking one. */
  needs: number;
  resolve(g: Record<string, string | undefined>, ctx: MatchContext): Resolved | null;
}

export interface DateGrammar {
  words: DateWords;
  /** Cheap test: does a sentence possibly hold a date? */
  cue: RegExp;
  rules: Rule[];
  /** Matches a future cue at the end of the text before a date, unless a reporting verb follows it. */
  futureBefore: RegExp;
  /** Date-like text a rule may have missed, worth a second look by chrono (numeric dates, month names next to numbers). */
  leftoverCue: RegExp;
  /** Phrases pointing back to the story's last named day ("the same day"), with their offsets. */
  anaphora: RegExp;
  anaphoraOffset: Map<string, number>;
  /** The words behind the sentence cues that decide which rules run (cues.ts). */
  cueWords: CueWords;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Alternation of words, longest first, so "sept" wins over "sep". */
const alt = (words: string[]) =>
  [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((w) => escape(w).replace(/ /g, '\\s+')).join('|');

/** Calendar units of "last week", "next month" (the `unit` rule). */
const UNIT_WORDS = ['week', 'weekend', 'month', 'year'];
const PLACE_IN_PERIOD = String.raw`early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of|the\s+middle\s+of|middle\s+of`;
const BARE_MONTH_BEFORE = String.raw`in|since|by|during|until|till|from|through|before|after|between|of|and|or|to`;
const YEAR_BEFORE = String.raw`in|since|by|during|until|till|before|after|from|through|throughout|of|early|late|mid-?|end\s+of|start\s+of|beginning\s+of|spring|summer|autumn|fall|winter|and`;

/** True when a month/weekday word is written as a name: capitalised, and a full word when bare. */
function isName(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function dateGrammar(kb: Knowledge): DateGrammar {
  return kb.derive('dates.grammar', () => build(kb.get<DateWords>('date-words')));
}

function build(words: DateWords): DateGrammar {
  const lower = <T>(rec: Record<string, T>) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k.toLowerCase(), v]));
  const months = lower(words.months);
  const weekdays = lower(words.weekdays);
  const seasons = lower(words.seasons);
  const dayWords = lower(words.day_words);
  const numbers = lower(words.number_words);
  // An abbreviation is a key that begins another key naming the same thing ("sept" → "september").
  const full = (rec: Record<string, number>) =>
    Object.keys(rec).filter((k) => !Object.keys(rec).some((o) => o !== k && o.startsWith(k) && rec[o] === rec[k]));
  const fullMonths = full(months);
  const fullWeekdays = full(weekdays);

  // the dot of an abbreviation ("Dec.") belongs to the date; a full name's dot ends the sentence ("on 24 December.")
  const abbrev = (rec: Record<string, number>, fulls: string[]) => Object.keys(rec).filter((k) => !fulls.includes(k));
  const dotted = (rec: Record<string, number>, fulls: string[]) => {
    const short = abbrev(rec, fulls);
    return short.length ? `(?:${alt(fulls)})\\b|(?:${alt(short)})\\b\\.?` : `(?:${alt(fulls)})\\b`;
  };
  const MONTH = `(?:${dotted(months, fullMonths)})`;
  const FULL_MONTH = `(?:${alt(fullMonths)})\\b`;
  const WD = `(?:${dotted(weekdays, fullWeekdays)})`;
  const FULL_WD = `(?:${alt(fullWeekdays)})\\b`;
  const SEASON = `(?:${alt(Object.keys(seasons))})\\b`;
  const NUM = `(?:\\d{1,3}|${alt(Object.keys(numbers))})`;
  const YEAR_REL = String.raw`(?:,?\s+(?<year>(?:1[89]|20)\d\d)\b(?![-–]?\d)|\s+(?<yrel>last|this|next)\s+year\b)`;
  const re = (src: string) => new RegExp(src, 'gidu');

  const month = (w: string | undefined) => (w ? months[w.toLowerCase().replace(/\.$/, '')] : undefined);
  const wday = (w: string | undefined) => (w ? weekdays[w.toLowerCase().replace(/\.$/, '')] : undefined);
  const direction = (mod: string | undefined, ctx: MatchContext): Direction => {
    const m = mod?.toLowerCase();
    if (m === 'last' || m === 'past' || m === 'previous') return 'last';
    if (m === 'next' || m === 'coming') return 'next';
    if (m === 'this') return ctx.future ? 'future' : 'this';
    return ctx.future ? 'future' : 'past';
  };
  const yearOf = (g: Record<string, string | undefined>, m: number, d: number | null, ctx: MatchContext): { y: number; relative: boolean } | null => {
    if (g.year) return { y: +g.year, relative: false };
    if (!ctx.pub) return null;
    if (g.yrel) return { y: ctx.pub.y + (g.yrel.toLowerCase() === 'last' ? -1 : g.yrel.toLowerCase() === 'next' ? 1 : 0), relative: true };
    return { y: yearFor(m, d, ctx.pub, direction(undefined, ctx)), relative: true };
  };
  const day = (y: number, m: number, d: number, relative: boolean): Resolved | null =>
    isValid({ y, m, d }) ? { y, m, d, precision: 'day', relative } : null;

  const rules: Rule[] = [
    {
      name: 'iso',
      needs: CUE_YEAR,
      re: re(String.raw`\b(?<span>(?<y>(?:1[89]|20)\d\d)-(?<m>[01]\d)-(?<d>[0-3]\d))\b`),
      resolve: (g) => day(+g.y!, +g.m!, +g.d!, false),
    },
    {
      // "Friday, 7 June 2024", "7 June", "the 9th of May last year"
      name: 'day_month',
      needs: CUE_DIGIT | CUE_MONTH,
      re: re(String.raw`\b(?<span>(?:(?<wd>${WD}),?\s+)?(?:the\s+)?(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>${MONTH})${YEAR_REL}?)`),
      resolve: (g, ctx) => {
        if (!isName(g.mon!)) return null;
        const m = month(g.mon)!;
        const y = yearOf(g, m, +g.d!, ctx);
        return y ? day(y.y, m, +g.d!, y.relative) : null;
      },
    },
    {
      // "June 7", "Friday, June 7, 2024", "Sept. 9 last year"
      name: 'month_day',
      needs: CUE_DIGIT | CUE_MONTH,
      re: re(String.raw`\b(?<span>(?:(?<wd>${WD}),?\s+)?(?<mon>${MONTH})\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,:]?\d)${YEAR_REL}?)`),
      resolve: (g, ctx) => {
        if (!isName(g.mon!)) return null;
        const m = month(g.mon)!;
        const y = yearOf(g, m, +g.d!, ctx);
        return y ? day(y.y, m, +g.d!, y.relative) : null;
      },
    },
    {
      // "June 2024", "late October 2022", "the end of May 2023"
      name: 'month_year',
      needs: CUE_MONTH | CUE_YEAR,
      re: re(String.raw`\b(?<span>(?:(?:${PLACE_IN_PERIOD})[\s-]+)?(?<mon>${MONTH}),?\s+(?:of\s+)?(?<year>(?:1[89]|20)\d\d))\b(?![-–]?\d)`),
      resolve: (g) => (isName(g.mon!) ? { y: +g.year!, m: month(g.mon)!, d: 1, precision: 'month', relative: false } : null),
    },
    {
      // "last October", "next June", "early May", "in December", "the end of May"
      name: 'month',
      needs: CUE_FULL_MONTH,
      re: re(String.raw`(?:\b(?<prep>${BARE_MONTH_BEFORE})\s+)?\b(?<span>(?:(?<mod>last|this|next|past|coming|previous)\s+|(?<period>${PLACE_IN_PERIOD})[\s-]+)?(?<mon>${FULL_MONTH}))(?!\s*\d)`),
      resolve: (g, ctx) => {
        if (!isName(g.mon!) || !ctx.pub) return null;
        if (!g.prep && !g.mod && !g.period) return null; // a bare "May" may be a name
        const m = month(g.mon)!;
        return { y: yearFor(m, null, ctx.pub, direction(g.mod, ctx)), m, d: 1, precision: 'month', relative: true };
      },
    },
    {
      // "last summer", "this winter", "summer 2024"
      name: 'season',
      needs: CUE_SEASON,
      re: re(String.raw`\b(?:(?<mod>last|this|next|past|coming|previous)\s+(?<season>${SEASON})|(?<season2>${SEASON})\s+(?:of\s+)?(?<year>(?:1[89]|20)\d\d)\b)`),
      resolve: (g, ctx) => {
        if (g.year) return { y: +g.year, m: 1, d: 1, precision: 'year', relative: false };
        if (!ctx.pub) return null;
        const start = seasons[g.season!.toLowerCase()];
        return { y: seasonYear(start, ctx.pub, direction(g.mod, ctx)), m: 1, d: 1, precision: 'year', relative: true };
      },
    },
    {
      // "yesterday", "last night", "this morning", "the day before yesterday"
      name: 'day_word',
      needs: CUE_DAY_WORD,
      re: re(String.raw`\b(?<word>${alt(Object.keys(dayWords))})\b`),
      resolve: (g, ctx) => {
        if (!ctx.pub) return null;
        const x = addDays(ctx.pub, dayWords[g.word!.toLowerCase().replace(/\s+/g, ' ')] ?? 0);
        return { ...x, precision: 'day', relative: true };
      },
    },
    {
      // "on Wednesday", "last Friday", "next Monday", "Tuesday night"
      name: 'weekday',
      needs: CUE_WEEKDAY,
      re: re(String.raw`\b(?:(?<mod>last|next|this|coming|past|previous)\s+)?(?<wd>${FULL_WD})(?:\s+(?:morning|afternoon|evening|night))?\b`),
      resolve: (g, ctx) => {
        if (!isName(g.wd!) || !ctx.pub) return null;
        return { ...weekdayFrom(wday(g.wd)!, ctx.pub, direction(g.mod, ctx)), precision: 'day', relative: true };
      },
    },
    {
      // "last month", "earlier this week", "next year", "last weekend"
      name: 'unit',
      needs: CUE_UNIT,
      re: re(String.raw`\b(?<mod>last|this|next|coming|earlier\s+this|later\s+this|earlier\s+in\s+the|later\s+in\s+the)\s+(?<unit>${UNIT_WORDS.join('|')})\b`),
      resolve: (g, ctx) => {
        if (!ctx.pub) return null;
        const mod = g.mod!.toLowerCase().replace(/\s+/g, ' ');
        const step = mod === 'last' ? -1 : mod === 'next' || mod === 'coming' ? 1 : 0;
        const pub = ctx.pub;
        switch (g.unit!.toLowerCase()) {
          case 'week':
            return { ...addDays(pub, 7 * step), precision: 'month', relative: true };
          case 'weekend': {
            // Saturday of the weekend meant.
            const sat = weekdayFrom(6, pub, step < 0 ? 'last' : step > 0 ? 'next' : 'past');
            return { ...sat, precision: 'day', relative: true };
          }
          case 'month':
            return { ...addMonths(pub, step), precision: 'month', relative: true };
          default:
            return { y: pub.y + step, m: 1, d: 1, precision: 'year', relative: true };
        }
      },
    },
    {
      // "three days ago", "two weeks ago", "a year ago"
      name: 'ago',
      needs: CUE_AGO,
      re: re(String.raw`\b(?<n>${NUM})\s+(?<unit>day|week|month|year)s?\s+ago\b`),
      resolve: (g, ctx) => {
        if (!ctx.pub) return null;
        const n = /^\d/.test(g.n!) ? +g.n! : numbers[g.n!.toLowerCase()];
        if (!n) return null;
        switch (g.unit!.toLowerCase()) {
          case 'day':
            return { ...addDays(ctx.pub, -n), precision: 'day', relative: true };
          case 'week':
            return { ...addDays(ctx.pub, -7 * n), precision: 'day', relative: true };
          case 'month':
            return { ...addMonths(ctx.pub, -n), precision: 'month', relative: true };
          default:
            return { y: ctx.pub.y - n, m: 1, d: 1, precision: 'year', relative: true };
        }
      },
    },
    {
      // "On the 4th (local time)", "since the 3rd", "the 9th of this month"; not "the 17th round"
      name: 'ordinal_day',
      needs: CUE_ORDINAL,
      re: re(String.raw`\b(?:(?<prep>on|since|until|by|from|of)\s+)?(?<span>the\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)(?:\s+of\s+(?<rel>this|last|next|the\s+month))?)\b(?!\s*[\p{L}\d])`),
      resolve: (g, ctx) => {
        if (!ctx.pub) return null;
        if (!g.prep && !g.rel) return null;
        const d = +g.d!;
        if (d < 1 || d > 31) return null;
        const rel = g.rel?.toLowerCase();
        const offset = rel === 'last' ? -1 : rel === 'next' ? 1 : rel === 'this' ? 0 : null;
        const x = dayOfMonthFrom(d, ctx.pub, ctx.future ? 'future' : 'past', offset);
        return x ? { ...x, precision: 'day', relative: true } : null;
      },
    },
    {
      // "in 2022", "since 2014", "by early 2026"
      name: 'year',
      needs: CUE_YEAR,
      re: re(String.raw`\b(?:${YEAR_BEFORE})\s+(?<span>(?<year>(?:1[89]|20)\d\d))\b(?![-–.,]?\d|\s*(?:GMT|UTC|hrs|hours|local|BST|CET|EST|ET|PT)\b)`),
      resolve: (g) => ({ y: +g.year!, m: 1, d: 1, precision: 'year', relative: false }),
    },
  ];

  const cue = new RegExp(
    String.raw`\b(?:${alt(Object.keys(months))}|${alt(Object.keys(weekdays))}|${alt(Object.keys(dayWords))}|ago|week|weekend|month|year|${alt(Object.keys(seasons))})\b|\d(?:st|nd|rd|th)\b|\b(?:1[89]|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`,
    'i',
  );
  // Leftovers worth chrono's time: numeric dates, and month names touching a number in an order the rules do not know.
  const leftoverCue = new RegExp(String.raw`\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b${MONTH}[\s,-]*\d|\d[\s,-]*${MONTH}`, 'giu');
  const futureBefore = new RegExp(
    String.raw`(?<!\p{L})(?:${alt(words.future_cues)})(?!\p{L})(?:(?!\b(?:${alt(words.future_breakers)})\b)(?:[^.;!?]|(?<=\d)\.(?=\d)))*$`,
    'iu',
  );
  const anaphoraOffset = new Map(Object.entries(lower(words.anaphora ?? {})).map(([k, v]) => [k.replace(/\s+/g, ' '), v]));
  const anaphora = new RegExp(anaphoraOffset.size ? String.raw`\b(?:${alt([...anaphoraOffset.keys()])})\b` : '(?!)', 'gi');
  const cueWords = buildCueWords([
    [CUE_MONTH, Object.keys(months)],
    [CUE_FULL_MONTH, fullMonths],
    [CUE_SEASON, Object.keys(seasons)],
    [CUE_DAY_WORD, Object.keys(dayWords)],
    [CUE_WEEKDAY, fullWeekdays],
    [CUE_UNIT, UNIT_WORDS],
    [CUE_AGO, ['ago']],
    [CUE_ANAPHORA, [...anaphoraOffset.keys()]],
  ]);
  return { words, cue, rules, futureBefore, leftoverCue, anaphora, anaphoraOffset, cueWords };
}
