/**
 * The number scanner: finds every number in one sentence and reads it with its
 * currency, scale, unit, qualifier, range partner and counted noun, then asks
 * not-claims.ts whether it is a claim at all. One global regex (lexicon.core)
 * walks the sentence; everything else is a sticky match at a known position.
 *
 *   "nearly 200 shadow fleet ships"         → 200, approx, unit ship
 *   "less than 300 square km (116 square miles)" → 300 km2 less_than, 116 mi2 conversionOf the first
 *   "between 10 and 20 people"              → range 10–20, unit person
 *   "$2bn"                                  → 2e9 usd
 */
import type { NumberSpan, QuantityKind, Qualifier, Sentence } from '../../doc/doc.ts';
import type { Span } from '../../types.ts';
import type { NumberLexicon, UnitInfo } from './lexicon.ts';
import { compoundNounAfter, countedNounAfter, type CountedNoun } from './nouns.ts';
import { exclusionReason } from './not-claims.ts';
import { bounds, negated, qualifierAfter, qualifierBefore } from './qualifiers.ts';
import { currencyAfter, currencyBefore, scaleAfter, subunitAfter, unitAfter } from './units.ts';
import { parseDigits, parseNumberWords } from './words.ts';
import { rangeAfter, shareAfter, type Core } from './ranges.ts';
import { copulaNoun, impliedUnit, inheritCountedNoun, peopleByContext } from './context.ts';
import { furnitureReason } from './furniture.ts';
import { resolveDegrees } from './temperature.ts';
import { readMagnitudes } from './magnitude.ts';
import { nextCoreStart } from './core-starts.ts';
const CONVERSION_GAP = /^\s*(?:\(\s*(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|or|c\.|ca\.|~|=)?\s*|,?\s+or\s+(?:about\s+|around\s+|roughly\s+|some\s+)?)$/i;

/** Scan one sentence; `dateSpans` are the dates layer's spans (numbers inside them are dates). */
export function scanSentence(text: string, sentence: Sentence, lex: NumberLexicon, dateSpans: Span[] = []): NumberSpan[] {
  const out: NumberSpan[] = [];
  const titleCase = titleCaseOf(sentence.text);
  // Where the search for the next core resumes, and where the last number read ends.
  let pos = sentence.start;
  let lastEnd = sentence.start;
  let m: RegExpExecArray | null;
  // Match against the text cut at the sentence end (an O(1) slice in V8): the
  // regex then never scans past this sentence, keeping the stage linear.
  const upToEnd = text.slice(0, sentence.end);
  while ((m = nextCore(upToEnd, pos, lex)) !== null) {
    pos = m.index + m[0].length;
    if (m.index < lastEnd) {
      pos = Math.max(pos, lastEnd);
      continue;
    }
    const c = readCore(m, lex);
    if (!c || c.end > sentence.end) continue;
    const span = readNumber(text, sentence, c, lex, titleCase, dateSpans, out);
    if (!span) continue;
    out.push(span);
    lastEnd = Math.max(span.end, c.end);
    if (pos < lastEnd) pos = lastEnd;
  }
  resolveDegrees(text, out, sentence.start, lex);
  readMagnitudes(text, sentence, out, lex);
  linkConversions(text, out);
  shareCountedNoun(text, out);
  inheritCountedNoun(text, out);
  peopleByContext(text, sentence, out, lex);
  carryQualifier(text, out);
  furnitureReason(text, sentence, out, lex);
  return out;
}

/**
 * The first number core at or after `from` in `upToEnd` (the text cut at the
 * sentence end), as the global `lex.core` would find it: the sticky
 * `lex.coreAt` is tried only where a core can start (core-starts.ts).
 */
function nextCore(upToEnd: string, from: number, lex: NumberLexicon): RegExpExecArray | null {
  if (!lex.coreStarts.exact) {
    lex.core.lastIndex = from;
    return lex.core.exec(upToEnd);
  }
  const re = lex.coreAt;
  for (let p = nextCoreStart(upToEnd, from, upToEnd.length, lex.coreStarts); p >= 0; p = nextCoreStart(upToEnd, p + 1, upToEnd.length, lex.coreStarts)) {
    re.lastIndex = p;
    const m = re.exec(upToEnd);
    if (m) return m;
  }
  return null;
}

const BOUNDS_CARRIED = new Set<Qualifier>(['more_than', 'less_than', 'at_least', 'at_most', 'approx']);

/** "up to $10 million or 2% of turnover": a bound written once governs both numbers joined by "or" / "and". */
function carryQualifier(text: string, spans: NumberSpan[]): void {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1];
    const b = spans[i];
    if (a.excluded || b.excluded || b.qualifier !== 'exact' || !BOUNDS_CARRIED.has(a.qualifier) || b.conversionOf) continue;
    if (!/^\s*,?\s*(?:or|and)\s+$/i.test(text.slice(a.end, b.start))) continue;
    b.qualifier = a.qualifier;
    ({ low: b.low, high: b.high } = bounds(b.qualifier, b.value));
  }
}

/** "134 of the 250 seats": a bare count takes the noun of the count it is a part of. */
function shareCountedNoun(text: string, spans: NumberSpan[]): void {
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i];
    const b = spans[i + 1];
    if (a.excluded || b.excluded || a.unit !== null || b.quantity !== 'count' || b.unit === null) continue;
    if (!/^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}.-]+(?:['’]s|s['’])\s+)?$/iu.test(text.slice(a.end, b.start))) continue;
    a.unit = b.unit;
    a.unitText = b.unitText;
    a.noun = b.noun;
    a.canonicalUnit = b.canonicalUnit;
    a.canonicalValue = a.value;
  }
}

/** What may not follow an ordinal word that counts: a time word or a preposition ("a third last year", "second in the race"). */
const ORDINAL_WORD_NOT_BEFORE = /^\s+(?:last|this|next|in|on|at|since|from|to|by|for|after|before|among)\b/i;

/** The named groups of `lexicon.core`, in the order of its alternatives. */
const CORE_KINDS = ['phone', 'caldate', 'clock', 'ordinal', 'digits', 'fracunit', 'vague', 'fraction', 'long', 'wordord', 'words'];

/** The core matched by `m`; `offset` shifts m.index when the match ran over a slice of the text. */
function readCore(m: RegExpExecArray, lex: NumberLexicon, offset = 0): Core | null {
  const g = m.groups ?? {};
  let kind = 'digits';
  for (const k of CORE_KINDS) {
    if (g[k] !== undefined) {
      kind = k;
      break;
    }
  }
  const raw = m[0];
  const start = m.index + offset;
  const end = start + raw.length;
  switch (kind) {
    case 'digits':
      return { kind, start, end, raw, value: parseDigits(raw) };
    case 'ordinal':
      return { kind, start, end, raw, value: parseDigits(raw.replace(/\D+$/, '')) };
    case 'wordord': {
      // read as an ordinal from here on: it counts only with a noun after it
      const value = lex.ordinalWords.get(raw.toLowerCase());
      return value === undefined ? null : { kind: 'ordinal', start, end, raw, value };
    }
    case 'words': {
      const value = parseNumberWords(raw, lex);
      return value === null ? null : { kind, start, end, raw, value };
    }
    case 'vague':
      return { kind, start, end, raw, value: null };
    case 'fraction': {
      const word = raw.replace(/\s+of$/i, '');
      const f = lex.fractions.get(word.toLowerCase());
      return f === undefined ? null : { kind, start, end: start + word.length, raw: word, value: Math.round(f * 1000) / 10 };
    }
    case 'long':
      return { kind, start, end, raw, value: 1 };
    case 'fracunit': {
      const word = raw.replace(/^(?:a|one)[\s-]+/i, '').replace(/(?:\s+of)?(?:\s+an?)?$/i, '');
      const f = lex.fractions.get(word.toLowerCase());
      return f === undefined ? null : { kind, start, end, raw, value: f };
    }
    default:
      return { kind, start, end, raw, value: null };
  }
}

function readNumber(
  text: string,
  sentence: Sentence,
  c: Core,
  lex: NumberLexicon,
  titleCase: () => boolean,
  dateSpans: Span[],
  previous: NumberSpan[] = [],
): NumberSpan | null {
  const fromDigits = c.kind === 'digits';
  let start = c.start;
  let value = c.value;
  let low: number | null = null;
  let high: number | null = null;
  let qualifier: Qualifier = 'exact';
  let vague = false;
  let unit: string | null = null;
  let unitText: string | null = null;
  let unitInfo: UnitInfo | null = null;
  let quantity: QuantityKind = 'count';
  let scaled = false;
  let noun: CountedNoun | null = null;
  let pos = c.end;
  let excludedEarly: string | null = null;

  if (c.kind === 'phone' || c.kind === 'caldate' || c.kind === 'clock') excludedEarly = c.kind;

  // Currency sign before ("$2bn").
  const cur = fromDigits ? currencyBefore(text, c.start, lex) : null;
  if (cur && cur.start >= sentence.start) {
    start = cur.start;
    unit = cur.code;
    unitText = text.slice(cur.start, c.start).trim();
    quantity = 'money';
  }

  // A unit written before the number ("magnitude 7.1").
  if (fromDigits && !cur) {
    const ub = lex.unitBefore.exec(text.slice(Math.max(sentence.start, c.start - 12), c.start));
    const info = ub ? lex.unitForms.get(ub[1].toLowerCase()) : undefined;
    if (ub && info) {
      unitInfo = info;
      unit = info.unit;
      unitText = ub[1];
      quantity = info.kind;
      start = c.start - ub[0].length + (ub[0].length - ub[0].replace(/^[^\p{L}]/u, '').length);
    }
  }

  // Range partner: "10-20", "between 10 and 20", "five or six", "$40m-$55m", "11% to 14%".
  let rangeHigh: Core | null = null;
  let share = false;
  if ((fromDigits || c.kind === 'words') && !excludedEarly) {
    const r = rangeAfter(text, sentence, c, lex, cur ? unitText : null, start);
    if (r) {
      rangeHigh = r.high;
      value = r.low;
      pos = r.end;
      scaled = r.scaled;
      if (r.unit) {
        unitInfo = r.unit.info;
        unit = r.unit.info.unit;
        unitText = r.unit.text;
        quantity = r.unit.info.kind;
      }
    } else if (!cur && unitInfo === null) {
      // "seven out of ten voters": a share of a group.
      const sh = shareAfter(text, sentence, c, lex);
      if (sh) {
        share = true;
        value = sh.value;
        pos = sh.end;
        unitInfo = lex.unitForms.get('percent') ?? null;
        unit = 'percent';
        unitText = null;
        quantity = 'percent';
      }
    }
  }

  // Scale after digits ("1.5 billion", "2bn").
  if ((fromDigits || c.kind === 'words') && value !== null && !excludedEarly && !rangeHigh && !share) {
    const sc = fromDigits ? scaleAfter(text, pos, quantity === 'money', lex) : null;
    if (sc) {
      scaled = true;
      value *= sc.factor;
      pos = sc.end;
    }
  }

  // Unit after ("square km", "%", "-day") or currency word ("euros").
  if (!excludedEarly && c.kind !== 'vague' && c.kind !== 'fraction' && quantity !== 'money' && unitInfo === null) {
    const u = c.kind === 'long' ? longUnit(c, lex) : unitAfter(text, pos, fromDigits || (rangeHigh?.kind === 'digits'), lex);
    const fu = !u && c.kind === 'fracunit' ? fractionUnit(text, pos, lex) : null;
    if (u && u.end <= sentence.end) {
      unitInfo = u.info;
      unit = u.info.unit;
      unitText = u.text;
      quantity = u.info.kind;
      pos = u.end;
    } else if (fu) {
      unitInfo = fu.info;
      unit = fu.info.unit;
      unitText = fu.text;
      quantity = fu.info.kind;
      pos = fu.end;
    } else if (c.kind === 'fracunit') {
      return null;
    } else {
      const ca = currencyAfter(text, pos, lex);
      const sub = ca ? null : subunitAfter(text, pos, previous, lex);
      if (ca && ca.end <= sentence.end) {
        unit = ca.code;
        unitText = ca.text;
        quantity = 'money';
        pos = ca.end;
      } else if (sub && sub.end <= sentence.end && value !== null) {
        unit = sub.code;
        unitText = sub.text;
        quantity = 'money';
        value = Math.round(value * sub.factor * 1e6) / 1e6;
        if (rangeHigh && rangeHigh.value !== null) rangeHigh.value = Math.round(rangeHigh.value * sub.factor * 1e6) / 1e6;
        pos = sub.end;
      }
    }
  }
  if (c.kind === 'fraction') {
    unit = 'percent';
    quantity = 'percent';
  }

  // Counted noun ("430 Ukrainian troops", "hundreds of people", "a 12-member panel").
  if (!excludedEarly && unit === null && (fromDigits || c.kind === 'words')) {
    noun = compoundNounAfter(text, pos, sentence.end, lex);
    if (noun) {
      unit = noun.unit;
      unitText = noun.text;
      pos = noun.end;
    }
  }
  if (!excludedEarly && (unit === null || share || c.kind === 'fraction' || (quantity === 'money' && c.kind === 'vague'))) {
    noun = countedNounAfter(text, pos, sentence.end, lex, {
      // "hundreds of people", "two-thirds of voters", "9,000 of its members" (not "one of the …").
      allowOf: c.kind === 'vague' || c.kind === 'fraction' || /(?:hundred|thousand|million|billion)s?$/i.test(c.raw) || (value !== null && value >= 2 && c.kind !== 'ordinal'),
      singularHead: value === 1 || c.kind === 'ordinal',
    });
    if (c.kind === 'fraction') {
      // "half of the ceasefire" is not a share of a counted group; "more than half of the world's supply" is a share all the same
      if (!noun && !shareOfWhole(text, c.end, lex)) return null;
    } else if (noun && unit === null) {
      unit = noun.unit;
      unitText = noun.text;
      quantity = 'count';
    }
  }
  // "the second half", "the 12th floor": an ordinal before one of these nouns ranks, it does not count (not-claims.yaml)
  if (c.kind === 'ordinal' && noun && lex.ordinalNotCounting.has(noun.text.split(/[\s-]+/)[0].toLowerCase())) noun = null;
  // "fell by roughly a third last year": an ordinal word before a time word or a preposition is a fraction or a rank
  else if (c.kind === 'ordinal' && noun && /^\p{L}/u.test(c.raw) && ORDINAL_WORD_NOT_BEFORE.test(text.slice(c.end, c.end + 12))) noun = null;
  // "The strike was the 9th in the sector": an ordinal counts its subject.
  else if (!excludedEarly && c.kind === 'ordinal' && !noun) noun = copulaNoun(text, sentence, c.start, lex);
  if (noun && unit === null) {
    unit = noun.unit;
    unitText = noun.text;
  }
  // "put the death toll at 57", "the number of migrants … has climbed to 640".
  if (!excludedEarly && unit === null && !noun && (fromDigits || c.kind === 'words') && c.value !== null) {
    const implied = impliedUnit(text, sentence, start, lex);
    if (implied) unit = implied;
  }

  // Qualifiers.
  if (c.kind === 'vague') {
    qualifier = 'vague';
    vague = true;
    low = lex.vague.get(c.raw.toLowerCase().replace(/\s+/g, ' ')) ?? null;
  } else if (rangeHigh) {
    qualifier = 'range';
    low = value;
    high = rangeHigh.value;
    value = low !== null && high !== null ? round((low + high) / 2) : value;
  } else if (!excludedEarly) {
    const qb = qualifierBefore(text, start, sentence.start, lex);
    const level = qb !== null && /^up\s+to$/i.test(qb.text) && lex.upToLevel.test(text.slice(Math.max(sentence.start, qb.start - 20), qb.start));
    if (qb && !level && !(quantity === 'duration' && lex.notBeforeDurations.has(qb.text.toLowerCase()))) {
      qualifier = negated(text, qb, sentence.start, lex) ?? qb.qualifier;
    }
    const qa = qualifierAfter(text, pos, lex) ?? (pos !== c.end ? qualifierAfter(text, c.end, lex) : null);
    if (qa && qualifier === 'exact') qualifier = qa.qualifier;
    ({ low, high } = bounds(qualifier, value));
  }

  const end = pos;
  const inDate = dateSpans.some((d) => d.start < c.end && d.end > c.start);
  const excluded =
    excludedEarly === 'caldate'
      ? 'date'
      : excludedEarly === 'clock'
        ? 'clock_time'
        : exclusionReason(
            {
              text,
              sentence,
              core: c.kind,
              start: c.start,
              end: c.end,
              spanEnd: end,
              value: c.value,
              raw: c.raw,
              hasUnit: unitInfo !== null || quantity === 'money' || scaled || share,
              unitKind: unitInfo?.kind ?? (quantity === 'money' ? 'money' : null),
              hasCurrency: quantity === 'money',
              unitBefore: start < c.start && quantity !== 'money',
              hasQualifier: qualifier !== 'exact',
              nounKnown: noun?.known ?? false,
              hasNoun: noun !== null,
              titleCase,
              inDate,
            },
            lex,
          );

  let canonicalValue: number | null = null;
  let canonicalUnit: string | null = null;
  if (value !== null || low !== null) {
    const v = value ?? low;
    if (unitInfo && unitInfo.canonical && unitInfo.factor !== null) {
      canonicalUnit = unitInfo.canonical;
      canonicalValue = round((v! + unitInfo.offset) * unitInfo.factor);
    } else if (unit) {
      canonicalUnit = unit;
      canonicalValue = v;
    }
  }

  // (claims.ts `asClaim` copies these fields in this order: keep the two in step)
  return {
    start,
    end,
    text: text.slice(start, end),
    sentence: sentence.index,
    value: vague ? null : value,
    low,
    high,
    qualifier,
    vague,
    unit,
    unitText,
    quantity,
    canonicalValue,
    canonicalUnit,
    conversionOf: null,
    ordinal: c.kind === 'ordinal',
    noun: noun ? noun.phrase : null,
    excluded,
  };
}

/** Do the words after a fraction's "of" name a whole it is a share of ("of the world's supply", "of all federal spending")? */
function shareOfWhole(text: string, end: number, lex: NumberLexicon): boolean {
  const after = /^\s*of\s+((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)/u.exec(text.slice(end, end + 60));
  if (!after) return false;
  return after[1].toLowerCase().split(/\s+/).some((w) => lex.shareOfNouns.has(w.replace(/['’]s$/, '')));
}

/** A bare word naming the unit of a fraction ("a quarter point"). */
function fractionUnit(text: string, pos: number, lex: NumberLexicon) {
  lex.fractionUnitAfter.lastIndex = pos;
  const m = lex.fractionUnitAfter.exec(text);
  const unit = m ? lex.fractionUnits.get(m[1].toLowerCase()) : undefined;
  const info = unit ? [...lex.unitForms.values()].find((u) => u.unit === unit) : undefined;
  return m && info ? { info, text: m[1], end: pos + m[0].length } : null;
}

/** "week-long" → one week. */
function longUnit(c: Core, lex: NumberLexicon) {
  const word = c.raw.split('-')[0].toLowerCase();
  const info = lex.unitForms.get(word);
  return info ? { info, text: word, end: c.end, hyphenated: true } : null;
}

/** A number in parentheses (or after ", or") right after another of the same kind converts it. */
function linkConversions(text: string, spans: NumberSpan[]): void {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1];
    const b = spans[i];
    if (a.excluded || b.excluded || !a.unit || !b.unit || a.unit === b.unit) continue;
    if (a.quantity !== b.quantity || a.quantity === 'count') continue;
    if (!CONVERSION_GAP.test(text.slice(a.end, b.start))) continue;
    b.conversionOf = { start: a.start, end: a.end };
    if (b.qualifier === 'exact' && a.qualifier !== 'exact') {
      b.qualifier = a.qualifier;
      const bb = bounds(b.qualifier, b.value);
      b.low = bb.low;
      b.high = bb.high;
    }
  }
}

/** Is the sentence in Title Case, computed on first use (an anonymous closure: tsx's name helper is costly per call). */
function titleCaseOf(s: string): () => boolean {
  let memo: boolean | undefined;
  return () => (memo ??= isTitleCase(s));
}

function isTitleCase(s: string): boolean {
  const words = s.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  if (long.length < 4) return false;
  const caps = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / long.length >= 0.75;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
