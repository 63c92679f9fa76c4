/**
 * Line rules from `knowledge/boilerplate.yaml`, compiled once per Knowledge.
 *
 * `matchRule(line, kb)` says why a single cleaned line is page furniture
 * (a reason such as `donation_appeal`, `share_widget`, `read_more`) or returns
 * null. Besides the YAML lists and patterns it asks two shape tests (date-only
 * lines, dateline.ts; market tickers, ticker.ts), and reads a row of parts
 * joined by " | ", " · " or " • " as furniture when every part is.
 * It looks at the line alone; signals that need context (repeats across
 * a site, related-article blocks, headline-shaped teasers) live in
 * `repeated.ts` and `structure.ts`.
 */
import type { Knowledge } from '../knowledge/index.ts';
import { compileDateline, isDateline, type CompiledDateline } from './dateline.ts';
import { foldKey, lineKey, wordCount, wordsAtMost } from './normalize.ts';
import { compileTickerWords, isTicker } from './ticker.ts';

interface PatternGroup {
  reason: string;
  max_words?: number;
  case_sensitive?: boolean;
  skip_quoted?: boolean;
  regex: string[];
}

export interface BoilerplateKnowledge {
  lines: Record<string, string[]>;
  patterns: PatternGroup[];
  related_headings: string[];
  related_heading_prefixes?: { max_words?: number; prefixes?: string[] };
  read_more_labels: string[];
  section_words: string[];
}

interface CompiledGroup {
  reason: string;
  maxWords: number;
  skipQuoted: boolean;
  /** Tested against the line as is (case-sensitive groups) or its lower-case key (the others). */
  caseSensitive: boolean;
  regex: RegExp;
}

export interface CompiledRules {
  /** Whole-line key → reason. */
  lines: Map<string, string>;
  groups: CompiledGroup[];
  /** Whole-line keys of related-article headings. */
  relatedHeadings: Set<string>;
  /** `^lead-in (rest)`: "More from Business", "Most read on <outlet>". */
  relatedPrefix: RegExp | null;
  relatedPrefixMaxWords: number;
  /** Whole-line keys of "read more" labels printed alone ("See also:"), before a list of headlines. */
  readMoreLabels: Set<string>;
  dateline: CompiledDateline;
  tickerWords: Set<string>;
  /** `^label` followed by a separator (`:`, `»`, `|`, a spaced dash) and the rest of the line. */
  readMoreSep: RegExp;
  /** Labels that may introduce a headline without a separator (multi-word or non-Latin). */
  readMoreBare: RegExp | null;
  sectionWords: Set<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Trailing characters ignored when comparing a whole line: punctuation, arrows, bullets. */
const TRAIL_CHAR = /[\s:：ঃ.,;!|•·›»>→\-–—…]/u;
const LEAD = /^[\s•·›»>→|\-–—]+/u;

/**
 * `key` without trailing punctuation, arrows and bullets, and without a count
 * just before them ("comments (12):" → "comments"). A backward scan: an
 * unanchored `…*$` regex would be quadratic on a long run of such characters.
 */
function trimTrail(key: string): string {
  let end = key.length;
  while (end > 0 && TRAIL_CHAR.test(key[end - 1])) end--;
  if (key[end - 1] === ')') {
    let k = end - 1;
    while (k > 0 && key[k - 1] >= '0' && key[k - 1] <= '9') k--;
    if (k < end - 1 && key[k - 1] === '(') {
      end = k - 1;
      while (end > 0 && /\s/.test(key[end - 1])) end--;
    }
  }
  return key.slice(0, end);
}

/** The whole-line form of a comparison key: no leading bullets, trailing punctuation or counts. */
function wholeOfKey(key: string): string {
  return trimTrail(key).replace(LEAD, '');
}

/** The key a whole line is compared under (lower case, no trailing punctuation or counts). */
export function wholeKey(line: string): string {
  return wholeOfKey(lineKey(line));
}

export function compileRules(kb: Knowledge): CompiledRules {
  return kb.derive('clean.rules', (k) => {
    const bp = k.get<BoilerplateKnowledge>('boilerplate');
    const lines = new Map<string, string>();
    for (const [reason, list] of Object.entries(bp.lines ?? {})) {
      for (const l of list ?? []) lines.set(wholeKey(String(l)), reason);
    }
    // One alternation per group: a single linear scan per line and group. Case-insensitive
    // groups run without the (slow) `i` flag on the lower-cased line.
    const groups: CompiledGroup[] = (bp.patterns ?? []).map((g) => ({
      reason: g.reason,
      maxWords: g.max_words ?? 60,
      skipQuoted: g.skip_quoted ?? false,
      caseSensitive: g.case_sensitive ?? false,
      regex: new RegExp(g.regex.map((r) => `(?:${r})`).join('|'), 'u'),
    }));
    const labels = [...new Set((bp.read_more_labels ?? []).map((l) => lineKey(String(l))))].sort((a, b) => b.length - a.length);
    const prefixes = (bp.related_heading_prefixes?.prefixes ?? []).map((p) => lineKey(String(p))).sort((a, b) => b.length - a.length);
    const bare = labels.filter((l) => l.includes(' ') || /[^\p{Script=Latin}\s]/u.test(l));
    const alt = labels.map(escape).join('|');
    return {
      lines,
      groups,
      relatedHeadings: new Set((bp.related_headings ?? []).map((h) => wholeKey(String(h)))),
      relatedPrefix: prefixes.length ? new RegExp(`^(?:${prefixes.map(escape).join('|')})\\s+(\\S.*)$`, 'u') : null,
      relatedPrefixMaxWords: bp.related_heading_prefixes?.max_words ?? 6,
      readMoreLabels: new Set(labels.map((l) => wholeKey(l))),
      dateline: compileDateline(k),
      tickerWords: compileTickerWords(k),
      readMoreSep: new RegExp(`^(?:${alt})(?:\\s*[:：ঃ।|»›>]+|\\s+[\\-–—]+)\\s*(\\S.*)$`, 'iu'),
      readMoreBare: bare.length ? new RegExp(`^(?:${bare.map(escape).join('|')})\\s+(\\S.*)$`, 'iu') : null,
      sectionWords: new Set((bp.section_words ?? []).map((w) => String(w).toLowerCase())),
    };
  });
}

const QUOTED = /["“”„]/;
const SENTENCE_END = /[.!?]["'”’)\]]*$/;

/** Longest line (in words) a whole-line list entry or heading can equal. */
const WHOLE_MAX_WORDS = 12;

/** Separators between the parts of a one-line widget ("Subscribe | Log in", "Jun 2, 2025 · 4 min read", "3 May 2025 — A B"). */
const SEGMENT_SEP = / [|·•—–] /u;
/** A part that is only the writers' names ("By A B", "A B and C D"): furniture next to a timestamp. */
const NAME = `[\\p{Lu}][\\p{L}'’.\\-]+(?:\\s+(?:[\\p{Lu}][\\p{L}'’.\\-]+|de|da|di|du|van|von|der|den|del|la|le|bin|ibn|al|el)){1,3}`;
const NAMES_PART = new RegExp(`^(?:By\\s+)?${NAME}(?:\\s*(?:,|and|&)\\s*${NAME}){0,3}$`, 'u');
/** Reasons of parts that anchor a row of names as a byline row. */
const BYLINE_ANCHORS = new Set(['page_timestamp', 'byline']);
/** Longest line (in words) read as a row of widget parts. */
const SEGMENTS_MAX_WORDS = 16;

/** Why `line` (already normalised, non-empty) is furniture on its own, or null. */
export function matchRule(line: string, rules: CompiledRules): string | null {
  const reason = matchWhole(line, rules);
  if (reason !== null || !SEGMENT_SEP.test(line) || !wordsAtMost(line, SEGMENTS_MAX_WORDS)) return reason;
  // A row of widget parts: furniture when every part is. Bare names count when
  // a timestamp or byline part anchors the row ("Tue 3 May 2025 · 08:45 GMT · A B").
  let first: string | null = null;
  let names = false;
  let anchored = false;
  for (const part of line.split(SEGMENT_SEP)) {
    const p = part.trim().replace(/,$/, '');
    if (p === '') continue;
    const r = matchWhole(p, rules);
    if (r === null) {
      if (!NAMES_PART.test(p)) return null;
      names = true;
      continue;
    }
    if (BYLINE_ANCHORS.has(r)) anchored = true;
    first ??= r;
  }
  if (names && !anchored) return null;
  return names ? 'byline' : first;
}

/** `matchRule` for the line as one piece. */
function matchWhole(line: string, rules: CompiledRules): string | null {
  const words = wordCount(line);
  const key = foldKey(line);
  if (words <= WHOLE_MAX_WORDS) {
    const whole = wholeOfKey(key);
    const reason = rules.lines.get(whole);
    if (reason) return reason;
    if (rules.relatedHeadings.has(whole)) return 'related_heading';
    if (rules.readMoreLabels.has(whole)) return 'read_more';
    const pre = rules.relatedPrefix?.exec(whole);
    if (pre && wordCount(pre[1]) <= rules.relatedPrefixMaxWords && !SENTENCE_END.test(line) && !QUOTED.test(line)) return 'related_heading';
  }
  if (words <= rules.dateline.maxWords && isDateline(line, rules.dateline)) return 'page_timestamp';
  if (isTicker(line, rules.tickerWords)) return 'market_widget';
  const quoted = QUOTED.test(line);
  for (const g of rules.groups) {
    if (words > g.maxWords) continue;
    if (g.skipQuoted && quoted) continue;
    if (g.regex.test(g.caseSensitive ? line : key)) return g.reason;
  }
  if (rules.readMoreSep.test(key)) return 'read_more';
  const bare = rules.readMoreBare?.exec(key);
  if (bare && !SENTENCE_END.test(bare[1]) && wordCount(bare[1]) <= 25) return 'read_more';
  return null;
}
