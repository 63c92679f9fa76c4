/**
 * The numbers lexicon: every vocabulary the number scanner uses (number words,
 * units, currencies, qualifiers, counted nouns, not-a-claim cues), read from
 * the YAML files in data-loaders/knowledge/ and compiled once per Knowledge
 * into lookup maps and anchored regexes (`kb.derive('numbers-lexicon', …)`).
 *
 * Regexes built here are either sticky (`y`, matched at one position) or
 * anchored to the end of a short window (`$`), so the scan stays linear.
 */
import type { Knowledge } from '../../knowledge/index.ts';
import type { QuantityKind, Qualifier } from '../../doc/doc.ts';
import { buildCoreStarts, type CoreStarts } from './core-starts.ts';
import { endWords, startWords, type EndWords, type StartWords } from './end-words.ts';
import { buildCueWords, CUE_LISTED, type CueWords } from '../dates/cues.ts';

export interface UnitInfo {
  unit: string;
  kind: QuantityKind;
  /** Multiplier into the canonical unit of the kind (null: no conversion). */
  factor: number | null;
  /** Added before multiplying by `factor` (Fahrenheit → Celsius: −32). */
  offset: number;
  canonical: string | null;
}

export interface NumberLexicon {
  /** Number words (ones, tens, groups, scales) → value, lower-case. */
  ones: Map<string, number>;
  tens: Map<string, number>;
  groups: Map<string, number>;
  scales: Map<string, number>;
  fractions: Map<string, number>;
  /** Wholes a fraction is a share of without a counted noun (number-words.yaml `share_of_nouns`). */
  shareOfNouns: Set<string>;
  /** Ordinal words that may count ("third" → 3), lower-case. */
  ordinalWords: Map<string, number>;
  vague: Map<string, number>;
  scaleAbbrev: Map<string, { factor: number; moneyOnly: boolean }>;
  /** Unit form (lower-case, or as written for case-sensitive forms) → unit info. */
  unitForms: Map<string, UnitInfo>;
  /** Unit name → unit info. */
  unitInfo: Map<string, UnitInfo>;
  caseSensitiveForms: Set<string>;
  digitsOnlyForms: Set<string>;
  /** Sticky: a unit form at the position, after optional space or hyphen (case-sensitive forms, then the rest). */
  unitAfterCs: RegExp;
  unitAfterCi: RegExp;
  /** The words the unit-form regexes can begin with (end-words.ts). */
  unitAfterCsStarts: StartWords;
  unitAfterCiStarts: StartWords;
  /** Anchored at window end: a unit word written before the number ("magnitude 7.1"). */
  unitBefore: RegExp;
  /** Sticky: a currency word after the number ("500 euros"). */
  currencyAfter: RegExp;
  currencyAfterMap: Map<string, string>;
  /** Anchored at the end of a window: a currency sign or code just before the number. */
  currencyBefore: RegExp;
  currencyBeforeMap: Map<string, string>;
  /** Last characters (code units) of the currency signs: one must end just before a number for `currencyBefore` to match. */
  currencyBeforeLast: Set<number>;
  /** Sticky: a scale word ("1.5 billion") or abbreviation ("2bn") after digits. */
  scaleWordAfter: RegExp;
  scaleAbbrAfter: RegExp;
  /** Anchored at the end of a window: a qualifier phrase just before the number. */
  qualifierBefore: RegExp;
  qualifierBeforeMap: Map<string, Qualifier>;
  /** The words a window must end with for `qualifierBefore` to match (end-words.ts). */
  qualifierBeforeEnds: EndWords;
  /** Sticky: a qualifier phrase right after the number or unit ("or more"). */
  qualifierAfter: RegExp;
  qualifierAfterMap: Map<string, Qualifier>;
  /** Anchored at window end: a negation at most one word before a qualifier ("never fell below"). */
  negationBefore: RegExp;
  notBeforeDurations: Set<string>;
  /** Anchored at window end: a verb of movement before "up to" ("edged up to 4.6%"): a level, not a bound. */
  upToLevel: RegExp;
  /** Anchored at window end: a change word before "X to Y" ("rose 3% to 4%"): not a range. */
  rangeBlockBefore: RegExp;
  /** Anchored at window end: "ranging from" before "X to Y" — a range after all. */
  rangeFromBefore: RegExp;
  /** Counted nouns: form (lower-case) → canonical singular unit. */
  counted: Map<string, string>;
  /** Sticky: a (possibly multi-word) counted form after white space. */
  countedAt: RegExp;
  /** The words `countedAt` can begin with (end-words.ts). */
  countedAtStarts: StartWords;
  irregularPlurals: Map<string, string>;
  nounModifiers: Set<string>;
  nounStops: Set<string>;
  notCounted: Set<string>;
  /** Month names (capitalised in text) and weekday names, lower-case. */
  months: Set<string>;
  weekdays: Set<string>;
  /** Sticky: a clock word after the number ("GMT", "pm", "local time"). */
  clockAfter: RegExp;
  /** The words `clockAfter` can begin with (end-words.ts). */
  clockAfterStarts: StartWords;
  relativeAfter: RegExp;
  /** Sticky: a street name after the number ("10 Downing Street"). */
  streetAfter: RegExp;
  /** Anchored at window end: a label word that makes the number part of a name. */
  nameBefore: RegExp;
  /** The words a window must end with for `nameBefore` to match (end-words.ts). */
  nameBeforeEnds: EndWords;
  capitalisedOk: Set<string>;
  ageAfter: RegExp;
  ageBefore: RegExp;
  /** The words a window must end with for `ageBefore` / `referenceBefore` to match (end-words.ts). */
  ageBeforeEnds: EndWords;
  referenceBeforeEnds: EndWords;
  /** Anchored at window end / sticky after: words making a short bare number an emergency or service number. */
  phoneBefore: RegExp;
  phoneAfter: RegExp;
  ordinalNotCounting: Set<string>;
  /** Sticky: a currency sub-unit after the number ("52 cents"). */
  subunitAfter: RegExp;
  subunits: Map<string, { factor: number; currency: string }>;
  /** Shared currency words ("rupees") → default code and code per country. */
  sharedCurrency: Map<string, { fallback: string; byCountry: Map<string, string> }>;
  /** Global: a name or adjective of a country that has a shared currency word. */
  sharedCurrencyCountryRe: RegExp;
  sharedCurrencyCountryOf: Map<string, string>;
  /** Bare words after a fraction that name its unit ("a quarter point"). */
  fractionUnits: Map<string, string>;
  /** Sticky: one of those bare words after a fraction. */
  fractionUnitAfter: RegExp;
  /** Sticky: "-member" after a number, the noun of a counted compound. */
  compoundNoun: RegExp;
  compoundNotCounted: Set<string>;
  /** Anchored at window end: a word implying the counted noun of a bare count ("the death toll … at"). */
  impliedUnitBefore: RegExp;
  /**
   * Unanchored, without the boundaries: an implied-unit phrase anywhere in a
   * sentence. `impliedUnitBefore` cannot match a window of a sentence where this fails.
   */
  impliedAnywhere: RegExp;
  impliedUnits: Map<string, string>;
  /** Anchored at window end: a verb whose bare object count is people ("rescued 86"). */
  peopleVerbBefore: RegExp;
  /** The words a window must end with for `peopleVerbBefore` to match (end-words.ts). */
  peopleVerbBeforeEnds: EndWords;
  /** Sticky: a word after a bare count that makes it people ("12 missing"). */
  peopleAfter: RegExp;
  /** The first words `peopleAfter` may see after the white space ("people" or a listed word's first), end-words.ts. */
  peopleAfterStarts: StartWords;
  /** Anchored at window end: a noun pointing back at an earlier count ("put the figure at"). */
  anaphoricBefore: RegExp;
  /** Anchored at window end: a measuring verb before a bare magnitude ("measuring 5.2"). */
  magnitudeBefore: RegExp;
  /** Unanchored: a word naming an earthquake. */
  quakeWords: RegExp;
  /** Bare degrees: the default scale, angle words, and scale marks of a text. */
  temperature: { fallback: string; angleAfter: RegExp; angleBefore: RegExp; marks: Array<{ unit: string; re: RegExp }> };
  /** Global: "the number of" opening a noun phrase that a later bare count counts. */
  numberOf: RegExp;
  /** Anchored at window end: "X was the" before an ordinal whose noun is the subject X. */
  copulaOrdinal: RegExp;
  /** Sentence tests for page furniture: reading time, audio players, tickers, appeals. */
  furniture: RegExp;
  /**
   * A word of each furniture / promo phrase (its longest), as a word trie
   * (dates/cues.ts): a sentence lacking all of them cannot match `furniture`
   * / `promoWords`.
   */
  furnitureWords: CueWords;
  promoWordsWords: CueWords;
  ticker: RegExp;
  promoWords: RegExp;
  /** Sticky: a period after a price ("a month"). */
  promoPeriodAfter: RegExp;
  /** Anchored at window end: a determiner making a small number word a back-reference ("the two"). */
  referenceBefore: RegExp;
  referenceMax: number;
  /** The global scanner for number cores in a sentence. */
  core: RegExp;
  /** The same pattern, sticky: a number core exactly at a position. */
  coreAt: RegExp;
  /** Where a core can start (the prefilter of the core scan, see core-starts.ts). */
  coreStarts: CoreStarts;
}

/** Qualifiers allowed between a people verb and its count ("rescued about 86"), as regex source. */
const PEOPLE_VERB_QUALIFIERS = ['about', 'around', 'some', 'nearly', 'almost', 'more\\s+than', 'at\\s+least', 'over', 'up\\s+to', 'as\\s+many\\s+as', 'another', 'a\\s+further'];

/** Words forming a duration with "-long" ("week-long"), a core of their own. */
const LONG_WORDS = ['hour', 'day', 'week', 'month', 'year', 'decade'];

interface UnitsYaml {
  kinds: Record<string, string | null>;
  units: Array<{ unit: string; kind: QuantityKind; factor: number; offset?: number; canonical?: string; forms: string[] }>;
  case_sensitive: string[];
  digits_only: string[];
  prefix_units?: string[];
  currencies: Record<string, { before: string[]; after: string[] }>;
  shared_currency_words?: Record<string, { default: string; countries: Record<string, string> }>;
  subunits?: Record<string, { factor: number; currency: string }>;
  fraction_units?: Record<string, string>;
  temperature?: { default?: string; angle_words?: string[]; marks?: Record<string, string[]> };
  magnitude_context?: { verbs?: string[]; events?: string[] };
}

interface NumberWordsYaml {
  ones: Record<string, number>;
  tens: Record<string, number>;
  groups: Record<string, number>;
  scales: Record<string, number>;
  scale_abbreviations: Record<string, { factor: number; money_only?: boolean }>;
  fractions: Record<string, number>;
  share_of_nouns?: string[];
  vague: Record<string, number>;
  ordinals?: Record<string, number>;
}

interface QualifiersYaml {
  before: Record<string, string[]>;
  after: Record<string, string[]>;
  not_before_durations: string[];
  range_not_after?: string[];
  range_from_after?: string[];
  negations?: string[];
  up_to_not_after?: string[];
}

interface CountedYaml {
  canonical: Record<string, string[]>;
  irregular_plurals: Record<string, string>;
  modifiers: string[];
  stop_words: string[];
  not_counted: string[];
  compound_not_counted?: string[];
  implied_units?: Record<string, string>;
  people_verbs?: string[];
  people_after?: string[];
  anaphoric_counts?: string[];
}

interface NotClaimsYaml {
  clock_words: string[];
  relative_after: string[];
  street_words: string[];
  name_before: string[];
  capitalised_ok: string[];
  age_after: string[];
  age_before: string[];
  age_qualifiers?: string[];
  phone_before?: string[];
  phone_after?: string[];
  ordinal_not_counting: string[];
  furniture_phrases?: string[];
  ticker_marks?: string[];
  promo_words?: string[];
  promo_periods?: string[];
  reference_before?: string[];
  reference_max?: number;
}

/** Escape a literal for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** An alternation of literals, longest first, with spaces matching any run of white space. */
export function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  return list.map((w) => escapeRe(w).replace(/ /g, '\\s+')).join('|');
}

/** The longest word of a phrase (words are separated by spaces). */
function longestWord(phrase: string): string {
  return phrase.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** Lower-case and collapse white space, for looking a matched phrase up in a map. */
export function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

const NOT_LETTER = '(?![\\p{L}\\p{N}])';

export function numberLexicon(kb: Knowledge): NumberLexicon {
  return kb.derive('numbers-lexicon', build);
}

function build(kb: Knowledge): NumberLexicon {
  const nw = kb.get<NumberWordsYaml>('number-words');
  const un = kb.get<UnitsYaml>('units');
  const q = kb.get<QualifiersYaml>('qualifiers');
  const cn = kb.get<CountedYaml>('counted-nouns');
  const nc = kb.get<NotClaimsYaml>('not-claims');
  const dw = kb.get<{ months: Record<string, number>; weekdays: Record<string, number> }>('date-words');
  const places = kb.get<{ countries?: Array<{ name: string; adj?: string[]; aliases?: string[] }> }>('places');

  const toMap = (r: Record<string, number>) => new Map(Object.entries(r ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const ones = toMap(nw.ones);
  const tens = toMap(nw.tens);
  const groups = toMap(nw.groups);
  const scales = toMap(nw.scales);
  const fractions = toMap(nw.fractions);
  const vague = toMap(nw.vague);
  const ordinalWords = toMap(nw.ordinals ?? {});
  const scaleAbbrev = new Map(
    Object.entries(nw.scale_abbreviations ?? {}).map(([k, v]) => [k.toLowerCase(), { factor: v.factor, moneyOnly: !!v.money_only }]),
  );

  // Units.
  const caseSensitiveForms = new Set(un.case_sensitive ?? []);
  const digitsOnlyForms = new Set(un.digits_only ?? []);
  const unitForms = new Map<string, UnitInfo>();
  const unitInfo = new Map<string, UnitInfo>();
  for (const u of un.units) {
    // A unit may name its own canonical unit (speeds, temperatures) when its kind has none.
    const canonical = un.kinds[u.kind] ?? u.canonical ?? null;
    const info: UnitInfo = { unit: u.unit, kind: u.kind, factor: canonical ? u.factor : null, offset: u.offset ?? 0, canonical };
    unitInfo.set(u.unit, info);
    for (const f of u.forms) unitForms.set(caseSensitiveForms.has(f) ? f : f.toLowerCase(), info);
  }
  const ciForms = [...unitForms.keys()].filter((f) => !caseSensitiveForms.has(f));
  const csForms = [...unitForms.keys()].filter((f) => caseSensitiveForms.has(f));
  const unitAfterCs = new RegExp(`(?:\\s*|-)(${alternation(csForms)})${NOT_LETTER}`, 'yu');
  const unitAfterCi = new RegExp(`(?:\\s*|-)(${alternation(ciForms)})${NOT_LETTER}`, 'iyu');

  const unitBefore = new RegExp(`(?:^|[^\\p{L}])(${alternation(un.prefix_units ?? ['magnitude'])})[\\s-]?$`, 'iu');
  const currencyAfterMap = new Map<string, string>();
  const currencyBeforeMap = new Map<string, string>();
  for (const [code, c] of Object.entries(un.currencies ?? {})) {
    for (const f of c.after ?? []) currencyAfterMap.set(norm(f), code);
    for (const f of c.before ?? []) currencyBeforeMap.set(f, code);
  }
  const currencyAfter = new RegExp(`\\s+(${alternation(currencyAfterMap.keys())})${NOT_LETTER}`, 'iyu');
  const currencyBefore = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${alternation(currencyBeforeMap.keys())})\\s?$`, 'du');

  const scaleWords = alternation(scales.keys());
  const scaleAbbr = alternation(scaleAbbrev.keys());
  const scaleWordAfter = new RegExp(`\\s+(${scaleWords})${NOT_LETTER}`, 'iyu');
  const scaleAbbrAfter = new RegExp(`\\s?(${scaleAbbr})${NOT_LETTER}`, 'yu');

  // Qualifiers.
  const qualifierBeforeMap = new Map<string, Qualifier>();
  for (const [kind, list] of Object.entries(q.before ?? {})) for (const w of list) qualifierBeforeMap.set(norm(w), kind as Qualifier);
  const qualifierAfterMap = new Map<string, Qualifier>();
  for (const [kind, list] of Object.entries(q.after ?? {})) for (const w of list) qualifierAfterMap.set(norm(w), kind as Qualifier);
  const qualifierBefore = new RegExp(`(?:^|[^\\p{L}])(${alternation(qualifierBeforeMap.keys())})\\s*$`, 'iu');
  const qualifierAfter = new RegExp(`\\s*(${alternation(qualifierAfterMap.keys())})(?![\\p{L}])`, 'iyu');

  // Counted nouns.
  const counted = new Map<string, string>();
  for (const [canon, forms] of Object.entries(cn.canonical ?? {})) {
    counted.set(canon.toLowerCase(), canon);
    for (const f of forms) counted.set(norm(f), canon);
  }
  const countedAt = new RegExp(`\\s+(${alternation(counted.keys())})${NOT_LETTER}`, 'iyu');

  // Currency sub-units and currency words shared by several countries.
  const subunits = new Map(Object.entries(un.subunits ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const subunitAfter = new RegExp(`\\s+(${alternation(subunits.keys()) || '(?!)'})${NOT_LETTER}`, 'iyu');
  const sharedCurrency = new Map<string, { fallback: string; byCountry: Map<string, string> }>();
  const sharedCountries = new Set<string>();
  for (const [word, v] of Object.entries(un.shared_currency_words ?? {})) {
    sharedCurrency.set(word.toLowerCase(), { fallback: v.default, byCountry: new Map(Object.entries(v.countries ?? {})) });
    for (const c of Object.keys(v.countries ?? {})) sharedCountries.add(c);
  }
  const sharedCurrencyCountryOf = new Map<string, string>();
  for (const ct of places.countries ?? []) {
    if (!sharedCountries.has(ct.name)) continue;
    for (const f of [ct.name, ...(ct.adj ?? []), ...(ct.aliases ?? [])]) sharedCurrencyCountryOf.set(f, ct.name);
  }
  const sharedCurrencyCountryRe = new RegExp(`(?<![\\p{L}])(?:${alternation(sharedCurrencyCountryOf.keys()) || '(?!)'})(?![\\p{L}])`, 'gu');
  const fractionUnits = new Map(Object.entries(un.fraction_units ?? {}).map(([k, v]) => [k.toLowerCase(), v]));

  // Not-claim cues.
  const lowerSet = (xs: string[] | undefined) => new Set((xs ?? []).map((x) => x.toLowerCase()));
  const months = new Set(Object.keys(dw.months ?? {}).map((m) => m.toLowerCase()));
  const weekdays = new Set(Object.keys(dw.weekdays ?? {}).map((m) => m.toLowerCase()));
  const clockAfter = new RegExp(`\\s*(?:${alternation(nc.clock_words)})(?![\\p{L}])`, 'iyu');
  const relativeAfter = new RegExp(`\\s*(?:${alternation(nc.relative_after)})(?![\\p{L}])`, 'iyu');
  const streetAfter = new RegExp(`\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:${alternation(nc.street_words)})(?![\\p{L}])`, 'yu');
  const nameBefore = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(nc.name_before)})\\s*$`, 'iu');
  const ageAfter = new RegExp(`(?:${alternation(nc.age_after)})(?![\\p{L}])`, 'iyu');
  const orNever = (xs: string[] | undefined) => alternation(xs ?? []) || '(?!)';
  const ageBefore = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(nc.age_before)})(?:\\s+(?:${orNever(nc.age_qualifiers)}))?\\s+$`, 'iu');
  const phoneBefore = new RegExp(`(?:^|[^\\p{L}])(?:${orNever(nc.phone_before)})\\s+$`, 'iu');
  const phoneAfter = new RegExp(`\\s+(?:${orNever(nc.phone_after)})(?![\\p{L}])`, 'iyu');
  const furniture = new RegExp(`(?<![\\p{L}])(?:${orNever(nc.furniture_phrases)})(?![\\p{L}])`, 'iu');
  const ticker = new RegExp(`(?:${orNever(nc.ticker_marks)})`, 'u');
  const promoWords = new RegExp(`(?<![\\p{L}])(?:${orNever(nc.promo_words)})(?![\\p{L}])`, 'iu');
  const promoPeriodAfter = new RegExp(`\\s*(?:${orNever(nc.promo_periods)})(?![\\p{L}])`, 'iyu');
  const referenceBefore = new RegExp(`(?:^|[^\\p{L}])(?:${orNever(nc.reference_before)})\\s+$`, 'iu');

  // Context that implies the counted noun of a bare count.
  const impliedUnits = new Map(Object.entries(cn.implied_units ?? {}).map(([k, v]) => [norm(k), v]));
  const impliedUnitBefore = new RegExp(`(?:^|[^\\p{L}])(${orNever([...impliedUnits.keys()])})(?![\\p{L}])[^\\d;]*$`, 'iu');
  const peopleVerbBefore = new RegExp(`(?:^|[^\\p{L}])(?:${orNever(cn.people_verbs)})\\s+(?:(?:${PEOPLE_VERB_QUALIFIERS.join('|')})\\s+)?$`, 'iu');
  const peopleAfter = new RegExp(`\\s+(?:people\\s+)?(?:${orNever(cn.people_after)})(?![\\p{L}])`, 'iyu');
  const anaphoricBefore = new RegExp(`(?:^|[^\\p{L}])(?:the|that|this|its|their|a)\\s+(?:${orNever(cn.anaphoric_counts)})(?![\\p{L}])[^\\d;.]{0,40}$`, 'iu');
  const magnitudeBefore = new RegExp(`(?:^|[^\\p{L}])(?:${orNever(un.magnitude_context?.verbs)})\\s+(?:a\\s+)?$`, 'iu');
  const quakeWords = new RegExp(`(?<![\\p{L}])(?:${orNever(un.magnitude_context?.events)})(?![\\p{L}])`, 'iu');
  const temp = un.temperature ?? {};
  const temperature = {
    fallback: temp.default ?? 'celsius',
    angleAfter: new RegExp(`\\s+(?:${orNever(temp.angle_words)})(?![\\p{L}])`, 'iyu'),
    angleBefore: new RegExp(`(?:^|[^\\p{L}])(?:${orNever(temp.angle_words)}|tilted|turned|rotated)(?:\\s+(?:of|by))?\\s+(?:about\\s+|some\\s+|nearly\\s+)?$`, 'iu'),
    marks: Object.entries(temp.marks ?? {}).map(([unit, res]) => ({ unit, re: new RegExp(res.map((r) => `(?:${r})`).join('|'), 'gu') })),
  };
  const numberOf = /\bnumber\s+of(?=\s)/giu;
  const copulaOrdinal = /(?:^|[^\p{L}])(\p{L}+)\s+(?:was|is|will\s+be|would\s+be|became|becomes|marks|marked)\s+(?:the|its|their)\s+$/iu;
  const compoundNoun = /-(\p{Ll}{3,})(?![\p{L}\p{N}-])/uy;

  // The core scanner. Order matters at one position: phone, calendar dates and
  // clock times first (so their digits are not read as quantities), then
  // ordinals, digit numbers, vague amounts, fractions and number words.
  const word = alternation([...ones.keys(), ...tens.keys(), ...groups.keys(), ...scales.keys()]);
  const W = `(?:${word})`;
  // "a quarter point", "half a percentage point", "three-quarters of a point".
  const fractionUnitForms = [
    ...fractionUnits.keys(),
    ...un.units.filter((u) => u.kind === 'percent').flatMap((u) => u.forms.filter((f) => /\p{L}{3}/u.test(f))),
  ];
  const FRACTION_UNIT = `(?:(?:a|one)[\\s-]+)?(?:${alternation(fractions.keys())})(?:\\s+of)?(?:\\s+an?)?(?=\\s+(?:${alternation(fractionUnitForms)})(?![\\p{L}]))`;

  const SCALE_END = `(?:${alternation(scales.keys())})`;
  const core = new RegExp(
    [
      `(?<phone>(?<![\\d-])1[-.\\s]\\(?\\d{3}\\)?[-.\\s]\\d{3}[-.\\s]\\d{4}(?!\\d)|\\+\\d{1,3}[\\s.-]?\\(?\\d{1,4}\\)?(?:[\\s.-]?\\d{2,4}){2,4}|\\(\\d{3}\\)\\s?\\d{3}[-.\\s]\\d{4}|(?<!\\d)\\d{3}[-.]\\d{3}[-.]\\d{4}(?!\\d)|(?<![\\d.,])0\\d{2,4}[ -]\\d{3,4}[ -]\\d{3,4}(?!\\d))`,
      `(?<caldate>(?<!\\d)(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})(?![\\d/]))`,
      `(?<clock>(?<![\\d.,])\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?(?:[ap]\\.m\\.|[ap]m\\b))?|(?<![\\d.,])\\d{1,2}\\.\\d{2}\\s?(?:[ap]\\.m\\.|[ap]m\\b))`,
      `(?<ordinal>(?<![\\d.,])\\d+(?:st|nd|rd|th)(?![\\p{L}\\p{N}]))`,
      `(?<digits>(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\d]))`,
      `(?<fracunit>\\b${FRACTION_UNIT})`,
      `(?<vague>\\b(?:${alternation(vague.keys())})\\b)`,
      `(?<fraction>\\b(?:${alternation(fractions.keys())})\\s+of\\b)`,
      `(?<long>\\b(?:${LONG_WORDS.join('|')})-long\\b)`,
      // "its third reduction", "a second round": an ordinal word after a determiner, not "a third of" (a fraction) nor "third-largest"
      `(?<wordord>(?<=(?:\\b(?:the|a|an|its|their|his|her|our|this|that|a\\s+record)|\\p{L}['’]s?)\\s+)(?:${alternation(ordinalWords.keys())})\\b(?![-‐])(?!\\s+of\\b))`,
      `(?<words>\\b(?:(?:half\\s+an?|an?)\\s+(?=(?:${alternation([...groups.keys(), ...scales.keys()])})\\b))?${W}(?:(?:(?<=${SCALE_END})\\s+and\\s+|\\s+|-)${W}|\\s+and\\s+a\\s+half)*\\b)`,
    ].join('|'),
    'giu',
  );

  return {
    ones,
    tens,
    groups,
    scales,
    fractions,
    shareOfNouns: new Set((nw.share_of_nouns ?? []).map((w) => w.toLowerCase())),
    ordinalWords,
    vague,
    scaleAbbrev,
    unitForms,
    unitInfo,
    caseSensitiveForms,
    digitsOnlyForms,
    unitAfterCs,
    unitAfterCi,
    unitAfterCsStarts: startWords(csForms, true),
    unitAfterCiStarts: startWords(ciForms, true),
    unitBefore,
    currencyAfter,
    currencyAfterMap,
    currencyBefore,
    currencyBeforeMap,
    currencyBeforeLast: new Set([...currencyBeforeMap.keys()].map((f) => f.charCodeAt(f.length - 1))),
    scaleWordAfter,
    scaleAbbrAfter,
    qualifierBefore,
    qualifierBeforeMap,
    qualifierBeforeEnds: endWords(qualifierBeforeMap.keys()),
    qualifierAfter,
    qualifierAfterMap,
    notBeforeDurations: lowerSet(q.not_before_durations),
    upToLevel: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(q.up_to_not_after ?? []) || '(?!)'})\\s+$`, 'iu'),
    negationBefore: new RegExp(
      `(?:(?<![\\p{L}])(?:${alternation((q.negations ?? []).filter((w) => /^\p{L}/u.test(w))) || '(?!)'})|n['’]t)(?:\\s+[\\p{L}'’]+){0,1}\\s+$`,
      'iu',
    ),
    rangeFromBefore: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(q.range_from_after ?? []) || '(?!)'})\\s+from\\s+$`, 'iu'),
    rangeBlockBefore: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(q.range_not_after ?? []) || '(?!)'})\\s+(?:about\\s+|around\\s+|some\\s+|nearly\\s+)?$`, 'iu'),
    counted,
    countedAt,
    countedAtStarts: startWords(counted.keys()),
    irregularPlurals: new Map(Object.entries(cn.irregular_plurals ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    nounModifiers: lowerSet(cn.modifiers),
    nounStops: lowerSet(cn.stop_words),
    notCounted: lowerSet(cn.not_counted),
    months,
    weekdays,
    clockAfter,
    clockAfterStarts: startWords(nc.clock_words ?? []),
    relativeAfter,
    streetAfter,
    nameBefore,
    nameBeforeEnds: endWords(nc.name_before ?? []),
    capitalisedOk: new Set(nc.capitalised_ok ?? []),
    ageAfter,
    ageBefore,
    ageBeforeEnds: endWords([...(nc.age_before ?? []), ...(nc.age_qualifiers ?? [])]),
    referenceBeforeEnds: endWords(nc.reference_before ?? []),
    phoneBefore,
    phoneAfter,
    ordinalNotCounting: lowerSet(nc.ordinal_not_counting),
    subunitAfter,
    subunits,
    sharedCurrency,
    sharedCurrencyCountryRe,
    sharedCurrencyCountryOf,
    fractionUnits,
    fractionUnitAfter: new RegExp(`\\s+(${alternation(fractionUnits.keys()) || '(?!)'})${NOT_LETTER}`, 'iyu'),
    compoundNoun,
    compoundNotCounted: lowerSet(cn.compound_not_counted),
    impliedUnitBefore,
    impliedAnywhere: new RegExp(`(?:${orNever([...impliedUnits.keys()])})`, 'iu'),
    impliedUnits,
    peopleVerbBefore,
    peopleVerbBeforeEnds: endWords([...(cn.people_verbs ?? []), ...PEOPLE_VERB_QUALIFIERS.map((q) => q.replace(/\\s\+/g, ' '))]),
    peopleAfter,
    peopleAfterStarts: startWords(['people', ...(cn.people_after ?? [])]),
    anaphoricBefore,
    magnitudeBefore,
    quakeWords,
    temperature,
    numberOf,
    copulaOrdinal,
    furniture,
    furnitureWords: buildCueWords([[CUE_LISTED, (nc.furniture_phrases ?? []).map(longestWord)]]),
    promoWordsWords: buildCueWords([[CUE_LISTED, (nc.promo_words ?? []).map(longestWord)]]),
    ticker,
    promoWords,
    promoPeriodAfter,
    referenceBefore,
    referenceMax: nc.reference_max ?? 10,
    core,
    coreAt: new RegExp(core.source, 'iyu'),
    // Every literal a word alternative of `core` can begin with, in the order of the alternatives above.
    coreStarts: buildCoreStarts([
      ...['a', 'one', ...fractions.keys()], // fracunit
      ...vague.keys(),
      ...fractions.keys(),
      ...LONG_WORDS,
      ...ordinalWords.keys(), // wordord
      ...['half', 'a', 'an', ...ones.keys(), ...tens.keys(), ...groups.keys(), ...scales.keys()], // words
    ]),
  };
}
