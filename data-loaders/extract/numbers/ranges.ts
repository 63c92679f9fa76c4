/**
 * Two numbers read as one: a range ("10-20", "between 10 and 20", "five or
 * six", "$40m-$55m", "between 11% and 14%", "£1.2 billion to £1.5
 * billion", "3 to 4 billion") and a share ("seven out of ten", "one in
 * four" → 70%, 25%). The first number's scale, unit or currency sign may be
 * repeated on the second; a scale written once applies to both ends.
 * "from X to Y" and a change followed by a level ("rose 3% to 4.5%", "cut by
 * $2 to $18") are two numbers, not a range; after a change word, two close
 * numbers with one unit after the second are a range ("drop by 6 to 8 degrees").
 */
import type { Sentence } from '../../doc/doc.ts';
import type { NumberLexicon } from './lexicon.ts';
import { scaleAfter, unitAfter, type UnitMatch } from './units.ts';
import { parseDigits, parseNumberWords } from './words.ts';

/** A number core as the scanner found it. */
export interface Core {
  kind: string;
  start: number;
  end: number;
  raw: string;
  value: number | null;
}

export interface Range {
  /** The low end, scaled. */
  low: number;
  /** The high end (scaled) and where its number ends. */
  high: Core;
  /** Offset just after the second number with its scale and repeated unit. */
  end: number;
  /** A unit written after the first number and repeated after the second ("11% and 14%"). */
  unit: UnitMatch | null;
  scaled: boolean;
}

const RANGE_SEP = /\s*(?:-|–|—|to|or|and)\s*/iy;
const SHARE_SEP = /\s+(?:out\s+of|in)\s+/iy;
const MAX_SHARE_WHOLE = 1000;
/** After a change word, "X to Y unit" is a range only when Y is at most this many times X. */
const MAX_CHANGE_RANGE_RATIO = 4;

/** The number core starting exactly at `at` (digits or number words), or null. */
function coreAt(text: string, at: number, sentence: Sentence, lex: NumberLexicon): Core | null {
  lex.coreAt.lastIndex = at;
  const m = lex.coreAt.exec(text);
  if (!m || m.index + m[0].length > sentence.end) return null;
  const g = m.groups ?? {};
  const raw = m[0];
  if (g.digits !== undefined) return { kind: 'digits', start: at, end: at + raw.length, raw, value: parseDigits(raw) };
  if (g.words !== undefined) return { kind: 'words', start: at, end: at + raw.length, raw, value: parseNumberWords(raw, lex) };
  return null;
}

/**
 * The range starting with core `c`. `money` is the currency sign written
 * before `c` (null: none); `numberStart` is where the number begins with that sign.
 */
export function rangeAfter(text: string, sentence: Sentence, c: Core, lex: NumberLexicon, money: string | null, numberStart: number): Range | null {
  if (c.value === null) return null;
  let p = c.end;
  let leadFactor: number | null = null;
  let lead: UnitMatch | null = null;
  if (c.kind === 'digits') {
    const sc = scaleAfter(text, p, money !== null, lex);
    if (sc) {
      leadFactor = sc.factor;
      p = sc.end;
    }
    if (money === null) {
      const u = unitAfter(text, p, true, lex);
      if (u && !u.hyphenated) {
        lead = u;
        p = u.end;
      }
    }
  }
  RANGE_SEP.lastIndex = p;
  const sep = RANGE_SEP.exec(text);
  if (!sep) return null;
  const word = sep[0].trim().toLowerCase();
  const before = text.slice(Math.max(sentence.start, numberStart - 24), numberStart);
  if (word === 'and' && !/\bbetween\s+$/i.test(before)) return null;
  // "rose 3% to 4.5%", "cut by $2 to $18": a change and a level — unless the unit is written
  // once, after the second number, and the two are close ("drop by 6 to 8 degrees").
  const changeWord = word === 'to' && lex.rangeBlockBefore.test(before) && !lex.rangeFromBefore.test(before);
  if (changeWord && (lead !== null || money !== null || /(?:^|[^\p{L}])from\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/iu.test(before))) return null;
  if ((word === '-' || word === '–' || word === '—') && c.kind !== 'digits') return null;
  if (word === '-' && /\s/.test(sep[0])) return null; // "10 - 20" with spaces is rarely a range in prose
  let at = p + sep[0].length;
  if (money !== null) {
    // The sign may be repeated ("$250m-$300m"); another currency is not a range.
    if (text.startsWith(money, at)) at += money.length;
    at += /^\s?/.exec(text.slice(at, at + 1))![0].length;
  }
  const partner = coreAt(text, at, sentence, lex);
  if (!partner || partner.value === null) return null;
  let end = partner.end;
  let partnerFactor: number | null = null;
  if (partner.kind === 'digits') {
    const sc = scaleAfter(text, end, money !== null, lex);
    if (sc) {
      partnerFactor = sc.factor;
      end = sc.end;
    }
  }
  if (lead) {
    const u = unitAfter(text, end, true, lex);
    if (!u || u.info.unit !== lead.info.unit) return null;
    end = u.end;
  }
  const low = c.value * (leadFactor ?? partnerFactor ?? 1);
  const high = partner.value * (partnerFactor ?? leadFactor ?? 1);
  if (high <= low) return null; // "3-1" scores, "2024-25" seasons, "five or four"
  if (changeWord) {
    const u = partnerFactor === null && leadFactor === null ? unitAfter(text, end, partner.kind === 'digits', lex) : null;
    if (!u || u.hyphenated || u.info.kind === 'money' || high > low * MAX_CHANGE_RANGE_RATIO) return null;
  }
  return { low, high: { ...partner, value: high }, end, unit: lead, scaled: leadFactor !== null || partnerFactor !== null };
}

/** "seven out of ten", "one in four": the share in percent and where it ends, or null. */
export function shareAfter(text: string, sentence: Sentence, c: Core, lex: NumberLexicon): { value: number; end: number } | null {
  if (c.value === null || !Number.isInteger(c.value) || (c.kind !== 'digits' && c.kind !== 'words')) return null;
  SHARE_SEP.lastIndex = c.end;
  const sep = SHARE_SEP.exec(text);
  if (!sep) return null;
  const whole = coreAt(text, c.end + sep[0].length, sentence, lex);
  if (!whole || whole.value === null || !Number.isInteger(whole.value)) return null;
  if (whole.value <= c.value || whole.value > MAX_SHARE_WHOLE || /[.,]/.test(whole.raw)) return null;
  if (/^\s*in\s/i.test(sep[0])) {
    // "3 in 10 days", "5 in 10 million": the second number is a quantity of its own.
    if (unitAfter(text, whole.end, whole.kind === 'digits', lex) || scaleAfter(text, whole.end, false, lex)) return null;
    if (/^\s*(?:%|per\s*cent)/i.test(text.slice(whole.end, whole.end + 9))) return null;
  }
  return { value: Math.round((c.value / whole.value) * 1000) / 10, end: whole.end };
}
