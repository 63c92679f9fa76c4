/**
 * Units next to a number: a currency sign before it ("$2bn", "€500"), a scale
 * after digits ("1.5 billion", "2bn", "10k"), and a unit of measure or currency
 * word after it ("1,100 square km", "30km", "86%", "30-day", "500 euros").
 * Each function looks at one position of the text with a sticky regex.
 */
import type { NumberSpan } from '../../doc/doc.ts';
import type { NumberLexicon, UnitInfo } from './lexicon.ts';
import { norm } from './lexicon.ts';
import { isSpace, mayStartWith } from './end-words.ts';

export interface UnitMatch {
  info: UnitInfo;
  /** The unit as written. */
  text: string;
  /** Offset just after the unit. */
  end: number;
  /** True when joined to the number by a hyphen ("30-day"): an adjective, not a noun. */
  hyphenated: boolean;
}

/** The currency written just before `start` ("$", "US$", "EUR "), with its start offset. */
export function currencyBefore(text: string, start: number, lex: NumberLexicon): { code: string; start: number } | null {
  if (!signMayEnd(text, start, lex)) return null;
  const from = Math.max(0, start - 6);
  const m = lex.currencyBefore.exec(text.slice(from, start));
  if (!m || !m.indices?.[1]) return null;
  const code = lex.currencyBeforeMap.get(m[1]);
  return code ? { code, start: from + m.indices[1][0] } : null;
}

/** Could a currency sign end just before `start`, or one white-space character before it (the regex allows `\s?`)? */
function signMayEnd(text: string, start: number, lex: NumberLexicon): boolean {
  if (start < 1) return false;
  const last = text.charCodeAt(start - 1);
  if (lex.currencyBeforeLast.has(last)) return true;
  return start >= 2 && isSpace(last) && lex.currencyBeforeLast.has(text.charCodeAt(start - 2));
}

/** A scale after digits at `pos`: "1.5 billion", "$2bn". `money` allows the money-only abbreviations ("m", "b"). */
export function scaleAfter(text: string, pos: number, money: boolean, lex: NumberLexicon): { factor: number; end: number } | null {
  lex.scaleWordAfter.lastIndex = pos;
  const w = lex.scaleWordAfter.exec(text);
  if (w) return { factor: lex.scales.get(w[1].toLowerCase()) ?? 1, end: pos + w[0].length };
  lex.scaleAbbrAfter.lastIndex = pos;
  const a = lex.scaleAbbrAfter.exec(text);
  if (a) {
    const abbr = lex.scaleAbbrev.get(a[1].toLowerCase());
    if (abbr && (money || !abbr.moneyOnly)) return { factor: abbr.factor, end: pos + a[0].length };
  }
  return null;
}

/**
 * The unit of measure after the number ending at `pos`, if any. `fromDigits`
 * is false for number words, which never take the short forms ("five m").
 */
export function unitAfter(text: string, pos: number, fromDigits: boolean, lex: NumberLexicon): UnitMatch | null {
  if (pos !== memoPos || fromDigits !== memoFromDigits || lex !== memoLex || text !== memoText) {
    memoUnit = readUnitAfter(text, pos, fromDigits, lex);
    memoText = text;
    memoPos = pos;
    memoFromDigits = fromDigits;
    memoLex = lex;
  }
  return memoUnit;
}

// The last `unitAfter` question and its answer: the range reader and the scanner ask about the same position in turn.
let memoText = '';
let memoPos = -1;
let memoFromDigits = false;
let memoLex: NumberLexicon | null = null;
let memoUnit: UnitMatch | null = null;

function readUnitAfter(text: string, pos: number, fromDigits: boolean, lex: NumberLexicon): UnitMatch | null {
  let best: { form: string; len: number; info: UnitInfo } | null = null;
  for (const [re, cs] of [
    [lex.unitAfterCs, true],
    [lex.unitAfterCi, false],
  ] as const) {
    if (!mayStartWith(text, pos, cs ? lex.unitAfterCsStarts : lex.unitAfterCiStarts)) continue;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) continue;
    const key = cs ? m[1] : m[1].toLowerCase().replace(/\s+/g, ' ');
    const info = lex.unitForms.get(key);
    if (!info) continue;
    if (!fromDigits && lex.digitsOnlyForms.has(m[1])) continue;
    if (!best || m[0].length > best.len) best = { form: m[1], len: m[0].length, info };
  }
  if (!best) return null;
  const between = text.slice(pos, pos + best.len - best.form.length);
  // A space-separated single letter or symbol needs digits right before it ("5 m" yes, "five m" no) — handled above;
  // a newline between number and unit is never a unit.
  if (between.includes('\n')) return null;
  return { info: best.info, text: best.form, end: pos + best.len, hyphenated: between.includes('-') };
}

/** A currency word after the number ("500 euros", "2 billion dollars"): its code and end. */
export function currencyAfter(text: string, pos: number, lex: NumberLexicon): { code: string; text: string; end: number } | null {
  lex.currencyAfter.lastIndex = pos;
  const m = lex.currencyAfter.exec(text);
  if (!m) return null;
  const shared = lex.sharedCurrency.get(norm(m[1]));
  const code = shared ? sharedCurrencyCode(text, shared, lex) : lex.currencyAfterMap.get(norm(m[1]));
  return code ? { code, text: m[1], end: pos + m[0].length } : null;
}

let sharedMemo: { text: string; counts: Map<string, number> } | null = null;

/**
 * A currency word several countries use ("rupees"): the currency of the
 * country the story names most often, else the default. Country counts are
 * computed once per text.
 */
function sharedCurrencyCode(text: string, shared: { fallback: string; byCountry: Map<string, string> }, lex: NumberLexicon): string {
  if (sharedMemo?.text !== text) {
    const counts = new Map<string, number>();
    const re = lex.sharedCurrencyCountryRe;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const country = lex.sharedCurrencyCountryOf.get(m[0]);
      if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
    }
    sharedMemo = { text, counts };
  }
  let best: string | null = null;
  let most = 0;
  for (const [country, code] of shared.byCountry) {
    const n = sharedMemo.counts.get(country) ?? 0;
    if (n > most) {
      most = n;
      best = code;
    }
  }
  return best ?? shared.fallback;
}

/**
 * A currency sub-unit after the number ("52 cents", "95 pence"): the currency
 * last written in the same sentence (`previous` spans), else the sub-unit's own.
 */
export function subunitAfter(text: string, pos: number, previous: NumberSpan[], lex: NumberLexicon): { code: string; factor: number; text: string; end: number } | null {
  lex.subunitAfter.lastIndex = pos;
  const m = lex.subunitAfter.exec(text);
  if (!m) return null;
  const sub = lex.subunits.get(m[1].toLowerCase());
  if (!sub) return null;
  let code = sub.currency;
  for (let i = previous.length - 1; i >= 0; i--) {
    if (previous[i].quantity === 'money' && previous[i].unit) {
      code = previous[i].unit!;
      break;
    }
  }
  return { code, factor: sub.factor, text: m[1], end: pos + m[0].length };
}
