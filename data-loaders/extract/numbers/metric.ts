/**
 * Metric keys that group the same measure across articles. The claims stage
 * finds a key for each number (`km2:recaptured`, `person:died`, `day:has`,
 * see extract/claims/subject.ts); this module maps it onto the label of its
 * synonym group in knowledge/metrics.yaml (`km2:retaken`, `person:killed`)
 * and repairs keys that say nothing about the measure:
 *
 *   - a generic noun ("a sliver of 200 square km", "259 square km of land")
 *     or a word that is never a key (a pronoun, an auxiliary, a speech verb:
 *     "Organisers claimed 150,000 people took part") is replaced by a group
 *     word of the clause — the count's predicate right after it ("… people
 *     took part", "20 others were hurt"), else the nearest group word before
 *     it, not reaching past a reporting verb ("had recaptured 31 villages
 *     and 120 square km") — else by the generic noun's label
 *     (`km2:territory`), else dropped;
 *   - a key read with the words after it in the sentence ("taken to the
 *     streets" → participated; "taken place" is no measure at all);
 *   - a number without a key gets a group word of its clause when there is
 *     one ("Coastguard rescues 212" → `person:rescued`).
 *
 * Only words listed in a group are taken from the clause, so a key is never
 * guessed from an unknown word. One short scan left and right per claim.
 */
import type { Doc, NumberSpan } from '../../doc/doc.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { lowerCase } from '../claims/sentence-words.ts';

interface MetricsYaml {
  groups?: Array<{ label: string; kinds?: string[]; units?: string[]; words: string[] }>;
  generic_nouns?: Record<string, string[]>;
  not_keys?: string[];
  reporting_verbs?: string[];
  not_phrases?: string[];
}

interface Group {
  label: string;
  kinds: Set<string> | null;
  units: Set<string> | null;
}

export interface MetricLexicon {
  groups: Group[];
  /** Word or phrase (lower case, single spaces) → indices of the groups listing it, in order. */
  byPhrase: Map<string, number[]>;
  /** Longest phrase, in words. */
  maxWords: number;
  /** First words of the listed and the blocked phrases: no phrase starts at any other word. */
  firstWords: Set<string>;
  /** Generic noun → its label. */
  generic: Map<string, string>;
  notKeys: Set<string>;
  /** The left search stops at these. */
  reporting: Set<string>;
  /** Phrases that block the group of their first word ("taken place"). */
  notPhrases: Set<string>;
}

export function metricLexicon(kb: Knowledge): MetricLexicon {
  return kb.derive('numbers-metrics', (k) => {
    const y = k.get<MetricsYaml>('metrics');
    const groups: Group[] = [];
    const byPhrase = new Map<string, number[]>();
    let maxWords = 1;
    for (const g of y.groups ?? []) {
      const i = groups.length;
      groups.push({ label: g.label, kinds: g.kinds ? new Set(g.kinds) : null, units: g.units ? new Set(g.units) : null });
      for (const w of g.words ?? []) {
        const key = String(w).toLowerCase().trim().replace(/\s+/g, ' ');
        maxWords = Math.max(maxWords, key.split(' ').length);
        const list = byPhrase.get(key) ?? [];
        list.push(i);
        byPhrase.set(key, list);
      }
    }
    const generic = new Map<string, string>();
    for (const [label, words] of Object.entries(y.generic_nouns ?? {})) for (const w of words) generic.set(String(w).toLowerCase(), label);
    const lower = (xs: string[] | undefined) => new Set((xs ?? []).map((w) => String(w).toLowerCase()));
    for (const p of y.not_phrases ?? []) maxWords = Math.max(maxWords, String(p).split(/\s+/).length);
    const notPhrases = lower(y.not_phrases);
    const firstWords = new Set([...byPhrase.keys(), ...notPhrases].map((p) => p.split(' ')[0]));
    return { groups, byPhrase, maxWords, firstWords, generic, notKeys: lower(y.not_keys), reporting: lower(y.reporting_verbs), notPhrases };
  });
}

/** Clause boundaries a key is not looked for across. */
const CLAUSE_END = /[;:,.()—–]/g;
const LEFT_WINDOW = 80;
const LEFT_WORDS = 6;
const RIGHT_WINDOW = 60;
const RIGHT_WORDS = 6;

/** The group label of `phrase` for a claim of this unit and quantity, or null. */
function labelOf(phrase: string, base: string, n: NumberSpan, lex: MetricLexicon): string | null {
  const list = lex.byPhrase.get(phrase);
  if (!list) return null;
  for (const i of list) {
    const g = lex.groups[i];
    if (g.kinds === null && g.units === null) return g.label;
    if (g.kinds?.has(n.quantity) || g.units?.has(base) || (n.unit !== null && g.units?.has(n.unit))) return g.label;
  }
  return null;
}

/**
 * The label of the longest listed phrase starting at word `i` of `ws`; null
 * when there is none or the phrase is a blocked one ("taken place").
 */
function labelAt(ws: string[], i: number, base: string, n: NumberSpan, lex: MetricLexicon): string | null {
  if (!lex.firstWords.has(ws[i])) return null;
  for (let len = Math.min(lex.maxWords, ws.length - i); len >= 1; len--) {
    const phrase = ws.slice(i, i + len).join(' ');
    if (lex.notPhrases.has(phrase)) return null;
    const label = labelOf(phrase, base, n, lex);
    if (label) return label;
  }
  return null;
}

/** Words after a count that stand between it and its predicate ("64 others were injured"). */
const RIGHT_SKIP = new Set(['were', 'was', 'are', 'is', 'had', 'has', 'have', 'been', 'be', 'being', 'reportedly', 'also', 'still', 'now', 'feared', 'believed', 'thought', 'said', 'reported', 'to', 'others', 'more', 'people', 'of', 'them', 'who', 'that', 'later', 'all']);

/**
 * Words of `s` in lower case: the matches of the pattern `[\p{L}][\p{L}'’-]*`
 * (flags g and u: a letter, then any letters, apostrophes and hyphens), read
 * by a scan of the text code point by code point, as the u pattern reads it,
 * instead of the regex, which is slow on news text. lowerCase makes no
 * toLowerCase call for a word already in lower-case ASCII.
 */
function words(s: string): string[] {
  const ws: string[] = [];
  let i = 0;
  while (i < s.length) {
    const n = letterAt(s, i);
    if (n === 0) {
      i += codePointLength(s, i);
      continue;
    }
    const start = i;
    i += n;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 39 || c === 0x2019 || c === 45) i++; // ' ’ -
      else {
        const m = i < s.length ? letterAt(s, i) : 0;
        if (m === 0) break;
        i += m;
      }
    }
    ws.push(lowerCase(s.slice(start, i)));
  }
  return ws;
}

/** UTF-16 length of the code point at `i` (2 for a surrogate pair, else 1). */
function codePointLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

const LETTER = /^\p{L}$/u;
/** Per BMP code unit: 0 not asked yet, 1 a letter (\p{L}), 2 not one. */
const bmpLetter = new Uint8Array(0x10000);

/** The UTF-16 length of the letter (\p{L}) at `i` of `s`, or 0 when the code point there is none. */
function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  const len = codePointLength(s, i);
  if (len === 2) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  let known = bmpLetter[c];
  if (known === 0) known = bmpLetter[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** The words of the last sentence `keyLabel` read (claims come sentence by sentence). */
let sentenceWords: { text: string; words: string[] } | null = null;

/** Words of a sentence in lower case, remembered for the next claim of the same sentence. */
function wordsOfSentence(text: string): string[] {
  if (sentenceWords?.text !== text) sentenceWords = { text, words: words(text) };
  return sentenceWords.words;
}

/** The group word of the clause around the number: its predicate just after it, else the nearest word before it. */
function clauseLabel(doc: Doc, n: NumberSpan, base: string, qualifierStart: number, lex: MetricLexicon): string | null {
  const sentence = doc.sentences[n.sentence];
  let right = doc.text.slice(n.end, Math.min(sentence.end, n.end + RIGHT_WINDOW));
  CLAUSE_END.lastIndex = 0;
  const stop = CLAUSE_END.exec(right);
  if (stop) right = right.slice(0, stop.index);
  const rw = words(right).filter((w) => !RIGHT_SKIP.has(w));
  for (let i = 0; i < Math.min(rw.length, RIGHT_WORDS); i++) {
    const label = labelAt(rw, i, base, n, lex);
    if (label) return label;
  }
  let left = doc.text.slice(Math.max(sentence.start, qualifierStart - LEFT_WINDOW), qualifierStart);
  let cut = -1;
  CLAUSE_END.lastIndex = 0;
  while (CLAUSE_END.exec(left) !== null) cut = CLAUSE_END.lastIndex;
  if (cut >= 0) left = left.slice(cut);
  let lw = words(left).slice(-LEFT_WORDS);
  for (let i = lw.length - 1; i >= 0; i--) {
    if (lex.reporting.has(lw[i])) {
      lw = lw.slice(i + 1);
      break;
    }
  }
  for (let i = lw.length - 1; i >= 0; i--) {
    const label = labelAt(lw, i, base, n, lex);
    if (label) return label;
  }
  return null;
}

/** The label of a key found by the claims stage, read with the words after it in the sentence ("taken to the streets"). */
function keyLabel(doc: Doc, n: NumberSpan, key: string, base: string, lex: MetricLexicon): string | null | undefined {
  const sentence = doc.sentences[n.sentence];
  const ws = wordsOfSentence(sentence.text);
  const at = ws.indexOf(key);
  if (at < 0) return labelOf(key, base, n, lex);
  for (let len = Math.min(lex.maxWords, ws.length - at); len >= 1; len--) {
    const phrase = ws.slice(at, at + len).join(' ');
    if (lex.notPhrases.has(phrase)) return undefined; // blocked: not a measure at all
    const label = labelOf(phrase, base, n, lex);
    if (label) return label;
  }
  return null;
}

/** The metric of claim `n` with its key grouped and repaired (see the module comment). */
export function groupMetric(doc: Doc, n: NumberSpan, metric: string | null, kb: Knowledge, qualifierStart: number): string | null {
  if (metric === null) return null;
  const lex = metricLexicon(kb);
  const colon = metric.indexOf(':');
  const base = colon < 0 ? metric : metric.slice(0, colon);
  const key = colon < 0 ? null : metric.slice(colon + 1).toLowerCase();
  // A key naming the measure: its group label, or the key itself.
  if (key !== null && key !== base && !lex.notKeys.has(key) && !lex.generic.has(key)) {
    const label = keyLabel(doc, n, key, base, lex);
    if (label) return `${base}:${label}`;
    if (label === null) return metric;
  }
  // No key, the counted noun alone ("seat:seat"), a generic noun or a non-key: the clause's group word.
  const found = clauseLabel(doc, n, base, qualifierStart, lex);
  if (found) return `${base}:${found}`;
  if (key !== null && lex.generic.has(key)) return `${base}:${lex.generic.get(key)}`;
  return key === base ? metric : base;
}

/** `groupMetric` applied to a subject / metric pair (the claims stage's call). */
export function withGroupedMetric<T extends { metric: string | null }>(sm: T, doc: Doc, n: NumberSpan, kb: Knowledge, qualifierStart: number): T {
  return { ...sm, metric: groupMetric(doc, n, sm.metric, kb, qualifierStart) };
}
