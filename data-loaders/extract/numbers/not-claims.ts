/**
 * Numbers that are not claims about the world: calendar dates and years,
 * times of day ("8:00 pm", "1700 GMT"), ages of pages ("2 hrs ago"), phone
 * numbers and emergency lines ("dial 999"), fiscal years ("2026-27"),
 * street numbers, numbers inside names ("G7", "F-16", "Covid-19",
 * "Rossia 24", "Article 5"), list markers, people's ages and the pronoun
 * "one", and small number words pointing back ("the two figures"). Each rule returns the reason recorded in `NumberSpan.excluded`.
 * Vocabulary lives in knowledge/not-claims.yaml.
 */
import type { Sentence } from '../../doc/doc.ts';
import type { NumberLexicon } from './lexicon.ts';
import { mayEndWith, mayStartWith } from './end-words.ts';

/** What the scanner knows about one number when deciding whether it is a claim. */
export interface NumberContext {
  text: string;
  sentence: Sentence;
  /** Which core alternative matched: `digits`, `words`, `ordinal`, `phone`, `caldate`, `clock`, … */
  core: string;
  /** Offsets of the number itself (without currency, qualifier or unit). */
  start: number;
  end: number;
  /** End of the number with its scale, unit and counted noun. */
  spanEnd: number;
  value: number | null;
  raw: string;
  hasUnit: boolean;
  unitKind: string | null;
  hasCurrency: boolean;
  /** A unit written before the number ("magnitude 7.1"). */
  unitBefore: boolean;
  hasQualifier: boolean;
  /** Head noun counted, and whether it is a listed counted noun. */
  nounKnown: boolean;
  hasNoun: boolean;
  /** True when the whole sentence is written in Title Case (a headline); computed on demand. */
  titleCase: () => boolean;
  /** Is the number inside a date mention of the dates layer? */
  inDate: boolean;
}

const YEAR_MIN = 1000;
const YEAR_MAX = 2100;
const TIME_PREPOSITION = /(?:^|[^\p{L}])(?:within|over|around|about|circa|ca\.|since|until|before|after|by)\s+$/iu;

/** The reason the number is not a claim, or null when it is one. */
export function exclusionReason(c: NumberContext, lex: NumberLexicon): string | null {
  if (c.core === 'phone') return 'phone';
  if (c.core === 'caldate') return 'date';
  if (c.core === 'clock') return 'clock_time';

  const before = c.text.slice(Math.max(c.sentence.start, c.start - 40), c.start);
  const after = c.text.slice(c.end, Math.min(c.sentence.end, c.end + 40));

  if (listMarker(c, before, after)) return 'list_marker';
  if (c.inDate && c.unitKind !== 'duration') return 'date';
  if (clockTime(c, lex)) return 'clock_time';
  if (pageAge(c, lex)) return 'page_age';
  if (age(c, before, after, lex)) return 'age';
  if (serviceNumber(c, before, lex)) return 'phone';
  if (spacedDigitGroups(c, before, after)) return 'phone';
  if (address(c, lex)) return 'address';
  if (year(c, before, after)) return 'year';
  if (partOfName(c, before, after, lex)) return 'name';
  if (calendarDay(c, before, after, lex)) return 'date';
  if (c.core === 'words' && c.value === 1 && !c.hasUnit && !c.hasNoun) return 'pronoun';
  if (reference(c, before, lex)) return 'reference';
  if (c.core === 'words' && c.value === 1 && /^one\s+day\b/i.test(c.raw + after) && !/^one-/i.test(c.raw + after)) return 'pronoun';
  if (c.core === 'ordinal' && !c.hasNoun) return 'date';
  return null;
}

const PART_OF = /(\p{L}+|\d[\d,.]*)\s+(?:out\s+)?of\s+(?:the|these|those)\s+$/iu;

/**
 * "the two figures", "both sides": a small number word pointing back at
 * things already counted — but not the whole of a part ("eight of the nine seats").
 */
function reference(c: NumberContext, before: string, lex: NumberLexicon): boolean {
  if (c.core !== 'words' || c.value === null || c.value > lex.referenceMax || c.hasUnit || c.hasQualifier) return false;
  // Without a determiner before it, the answer is no whatever the part test says.
  if (!mayEndWith(c.text, c.start - before.length, c.start, lex.referenceBeforeEnds)) return false;
  const part = PART_OF.exec(before);
  if (part && (/^\d/.test(part[1]) || lex.ones.has(part[1].toLowerCase()) || lex.tens.has(part[1].toLowerCase()))) return false;
  return lex.referenceBefore.test(before);
}

/** "1. First item", "(2) Second item": a number opening the sentence, followed by "." or ")". */
function listMarker(c: NumberContext, before: string, after: string): boolean {
  if (c.start - c.sentence.start > 1 || !/^\(?$/.test(before)) return false;
  return /^[.)](?:\s|$)/.test(after) && c.core === 'digits';
}

/** "1700 GMT", "8 pm", "0800 hrs". */
function clockTime(c: NumberContext, lex: NumberLexicon): boolean {
  if (c.core !== 'digits') return false;
  lex.clockAfter.lastIndex = c.end;
  if (mayStartWith(c.text, c.end, lex.clockAfterStarts) && lex.clockAfter.test(c.text)) return true;
  return /^[0-2]\d[0-5]\d$/.test(c.raw) && /^\s*(?:hrs|hours|h)\b/i.test(c.text.slice(c.end, c.end + 8));
}

/** "2 hrs ago", "three days ago": a relative date, not a quantity. */
function pageAge(c: NumberContext, lex: NumberLexicon): boolean {
  if (c.unitKind !== 'duration') return false;
  lex.relativeAfter.lastIndex = c.spanEnd;
  return lex.relativeAfter.test(c.text);
}

/** "a 34-year-old", "aged 70", "John Smith, 34, said". */
function age(c: NumberContext, before: string, after: string, lex: NumberLexicon): boolean {
  lex.ageAfter.lastIndex = c.end;
  if (lex.ageAfter.test(c.text)) return true;
  if (!c.hasUnit && mayEndWith(c.text, c.start - before.length, c.start, lex.ageBeforeEnds) && lex.ageBefore.test(before)) return true;
  return c.value !== null && c.value < 120 && !c.hasUnit && /\p{Lu}[\p{L}'’-]+,\s*$/u.test(before) && /^\s*,/.test(after);
}

/** "dial 999", "calls to the 112 line": a short bare number naming an emergency or service line. */
function serviceNumber(c: NumberContext, before: string, lex: NumberLexicon): boolean {
  if (c.core !== 'digits' || !/^\d{2,4}$/.test(c.raw) || c.hasUnit || c.hasNoun || c.hasQualifier) return false;
  if (lex.phoneBefore.test(before)) return true;
  lex.phoneAfter.lastIndex = c.end;
  return lex.phoneAfter.test(c.text);
}

const GROUPS_BEFORE = /(?:^|[^\d.,])((?:\d{2,4} ){1,4})$/;
const GROUPS_AFTER = /^((?: \d{2,4}){1,4})(?![\d.,]?\d)/;
const PHONE_CUE = /(?:line|number|phone|call|dial|ring|text|contact|tel\.?|fax|whatsapp|on|at)\s+$/i;

/**
 * "call the assistance line on 900 101 020": three or more groups of two to
 * four digits separated by single spaces are a phone number, read as one.
 * A run whose groups after the first are all three digits long could be a
 * number with spaces for thousands ("120 000 000"), so it needs a cue word
 * before it ("on", "call", "number" …).
 */
function spacedDigitGroups(c: NumberContext, before: string, after: string): boolean {
  if (c.core !== 'digits' || !/^\d{2,4}$/.test(c.raw) || c.hasUnit && after[0] !== ' ') return false;
  const left = GROUPS_BEFORE.exec(before)?.[1] ?? '';
  const right = GROUPS_AFTER.exec(after)?.[1] ?? '';
  const groups = [...left.trim().split(' '), c.raw, ...right.trim().split(' ')].filter(Boolean);
  if (groups.length < 3) return false;
  if (groups.slice(1).some((g) => g.length !== 3)) return true;
  return PHONE_CUE.test(before.slice(0, before.length - left.length));
}

/** "10 Downing Street". */
function address(c: NumberContext, lex: NumberLexicon): boolean {
  if (c.core !== 'digits') return false;
  lex.streetAfter.lastIndex = c.end;
  return lex.streetAfter.test(c.text);
}

/** "G7", "F-16", "Covid-19", "5G", "24/7", "Article 5", "Rossia 24". */
function partOfName(c: NumberContext, before: string, after: string, lex: NumberLexicon): boolean {
  if (c.core !== 'digits' && c.core !== 'ordinal') return false;
  if (c.hasCurrency || c.unitBefore) return false;
  // Glued to letters or to a slash on either side.
  if (/[\p{L}][-‐]?$|[/#@]$/u.test(before)) return true;
  if (!c.hasUnit && /^(?:[\p{L}]|\/\d)/u.test(after) && c.core === 'digits') return true;
  if (/^-\p{L}/u.test(after) && !c.hasUnit && !c.hasNoun) return true;
  if (mayEndWith(c.text, c.start - before.length, c.start, lex.nameBeforeEnds) && lex.nameBefore.test(before)) return true;
  // A capitalised word right before, and nothing counted after: "Rossia 24 channel", "Apollo 11".
  if (c.hasUnit || c.hasQualifier || c.hasNoun) return false;
  const prev = /(\p{Lu}[\p{L}\p{M}'’-]*)\s+$/u.exec(before);
  if (!prev) return false;
  const word = prev[1];
  if (lex.capitalisedOk.has(word)) return false;
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lex.months.has(lower) || lex.weekdays.has(lower)) return false;
  // "Lesbos received 1,705 people, Samos 1,122 and Chios 690": a list that leaves out the counted noun
  if (gappedList(c, c.start - before.length + prev.index)) return false;
  return !c.titleCase();
}

/**
 * Is the number an item of a list that shares an earlier figure's noun ("…
 * 1,705 people, Samos 1,122 and Chios 690")? The capitalised word before it
 * (at `wordAt`) follows a comma or "and", and earlier in the sentence a
 * number stands with a lower-case noun.
 */
function gappedList(c: NumberContext, wordAt: number): boolean {
  const lead = c.text.slice(c.sentence.start, wordAt);
  if (!/(?:,|\band)\s*$/.test(lead)) return false;
  return /\d[\d,.]*\s+\p{Ll}{3,}/u.test(lead);
}

/** "6 August", "August 6", "March 12th", "the 12th of March". */
function calendarDay(c: NumberContext, before: string, after: string, lex: NumberLexicon): boolean {
  if (c.value === null || c.value < 1 || c.value > 31 || !Number.isInteger(c.value)) return false;
  if (c.core !== 'digits' && c.core !== 'ordinal') return false;
  if (c.hasUnit || c.hasCurrency) return false;
  const prev = /(\p{Lu}\p{Ll}+)\.?\s+$/u.exec(before);
  if (prev && lex.months.has(prev[1].toLowerCase())) return true;
  const next = /^(?:st|nd|rd|th)?\s*(?:of\s+)?(\p{Lu}\p{Ll}+)/u.exec(after);
  return !!next && lex.months.has(next[1].toLowerCase());
}

/** "in 2024", "the 2024 election", "2024-25", "FY2025/26", "the 1990s". */
function year(c: NumberContext, before: string, after: string): boolean {
  if (c.core !== 'digits') return false;
  // The second year of a fiscal year or season: "2026-27", "2025/26", "2024–2025".
  if (/^(?:\d{2}|\d{4})$/.test(c.raw) && /(?:^|[^\d.,])(?:19|20)\d\d\s?[-–/]$/.test(before) && !c.hasUnit && !c.hasNoun && !c.hasCurrency) return true;
  if (!/^\d{4}$/.test(c.raw)) return false;
  // "within 2025", "around 1990", "over 2024": a preposition of time, not a bound on a count.
  if (c.hasQualifier && !c.hasUnit && !c.hasNoun && TIME_PREPOSITION.test(before)) return Number(c.raw) >= YEAR_MIN && Number(c.raw) <= YEAR_MAX;
  const v = Number(c.raw);
  if (v < YEAR_MIN || v > YEAR_MAX) return false;
  if (c.hasUnit || c.hasCurrency || c.hasQualifier || c.nounKnown) return false;
  if (/^s\b/.test(after)) return true;
  return true;
}
