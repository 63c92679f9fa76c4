/**
 * Wire agencies credited anywhere in a story → `Article.wireCredits`
 * (canonical names, sorted, unique). Unambiguous spellings ("Reuters",
 * "Agence France-Presse") count wherever they stand as whole words;
 * ambiguous abbreviations ("AP", "AFP", "PA") only inside a credit context:
 * "(AFP)", "© AFP 2025", "AP Photo", "via AP", "Jo Doe/Reuters",
 * "Additional reporting by AFP", "AFP reported", "according to AP", "told AFP".
 * Vocabulary and contexts: knowledge/wire-agencies.yaml; every regex is
 * compiled once per knowledge and scanned once over the text, unless it
 * cannot add an agency (see `wireCredits`).
 */
import type { Knowledge } from '../../knowledge/index.ts';

interface WireFile {
  agencies: Array<{ name: string; names?: string[]; short?: string[]; contexts?: string[] }>;
  contexts: Record<string, string>;
}

/**
 * One scan: a regex around an alternation of agency spellings. A spelling that
 * is not a substring of the text can never match, so a scan none of whose
 * spellings occurs in the text is skipped (same result, no regex run). The
 * regex itself is never narrowed to the spellings present: compiling a regex
 * per subset costs more than running the full one.
 */
interface WireScan {
  /** The spellings of the alternation. */
  spellings: string[];
  re: RegExp;
}

interface WireMatchers {
  /** Spelling → canonical agency name. */
  canonical: Map<string, string>;
  /** Scans; the first capture group that matched holds the spelling (contexts use only `(?:…)` groups). */
  scans: WireScan[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (spellings: string[]) =>
  `(${[...new Set(spellings)].sort((x, y) => y.length - x.length).map(escape).join('|')})`;
const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_]|-\\p{L})';

/**
 * `(?=[…])` of the characters the spellings start with: a cheap test that
 * rejects most positions before the lookbehind and the long alternation run
 * there (twice as fast a scan; the same matches, as every spelling starts with
 * one of them). Empty when a spelling is empty (it could match anywhere).
 */
export function firstCharGuard(spellings: string[]): string {
  if (spellings.length === 0 || spellings.some((s) => s === '')) return '';
  const firsts = new Set(spellings.map((s) => String.fromCodePoint(s.codePointAt(0)!)));
  return `(?=[${[...firsts].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('')}])`;
}

/** A spelling of `spellings` as a whole word, captured. */
const agencyPattern = (spellings: string[]) => `${firstCharGuard(spellings)}${BEFORE}${alternation(spellings)}${AFTER}`;

function matchers(kb: Knowledge): WireMatchers {
  return kb.derive('sources.wire', (k) => {
    const file = k.get<WireFile>('wire-agencies');
    const canonical = new Map<string, string>();
    const anywhere: string[] = [];
    const byContext = new Map<string, string[]>();
    for (const ctx of Object.keys(file.contexts)) byContext.set(ctx, []);
    for (const a of file.agencies) {
      const names = a.names ?? [];
      const short = a.short ?? [];
      for (const n of [a.name, ...names, ...short]) if (!canonical.has(n)) canonical.set(n, a.name);
      anywhere.push(...names);
      for (const ctx of a.contexts ?? Object.keys(file.contexts)) byContext.get(ctx)?.push(...names, ...short);
    }
    const scans: WireScan[] = [];
    if (anywhere.length) scans.push({ spellings: anywhere, re: new RegExp(agencyPattern(anywhere), 'gu') });
    for (const [ctx, spellings] of byContext) {
      if (!spellings.length) continue;
      const A = agencyPattern(spellings);
      scans.push({ spellings, re: new RegExp(file.contexts[ctx].replaceAll('{A}', A), 'gu') });
    }
    return { canonical, scans };
  });
}

/** Every spelling of every agency (for telling credits from outlets). */
export function wireSpellings(kb: Knowledge): string[] {
  return [...matchers(kb).canonical.keys()];
}

const WORD_BEFORE = new RegExp(BEFORE, 'uy');
const WORD_AFTER = new RegExp(AFTER, 'uy');

/**
 * Does `spelling` occur in `text` as a whole word, as every scan requires
 * (no letter, digit or `_` before it; none, nor a hyphenated word, after)?
 * "PA" in "PARIS" does not.
 */
export function standsAlone(text: string, spelling: string): boolean {
  if (spelling === '') return true;
  for (let p = text.indexOf(spelling); p >= 0; p = text.indexOf(spelling, p + 1)) {
    WORD_BEFORE.lastIndex = p;
    WORD_AFTER.lastIndex = p + spelling.length;
    if (WORD_BEFORE.test(text) && WORD_AFTER.test(text)) return true;
  }
  return false;
}

/**
 * Canonical names of the agencies credited in `text`, sorted and unique.
 *
 * A scan's match captures one of its spellings standing alone in the text, so
 * a scan is skipped (same result, no regex run) when none of its spellings
 * stands alone in `text`, or when every agency those spellings name has been
 * found by an earlier scan. `exhaustive` runs every scan, skipping this
 * prefilter (the reference the tests compare the prefiltered scans against).
 */
export function wireCredits(text: string, kb: Knowledge, exhaustive = false): string[] {
  const { canonical, scans } = matchers(kb);
  // every spelling looked up once, whichever scans use it
  const present = new Set<string>();
  for (const s of canonical.keys()) if (text.includes(s) && standsAlone(text, s)) present.add(s);
  const found = new Set<string>();
  for (const scan of scans) {
    if (!exhaustive && !scan.spellings.some((s) => present.has(s) && !found.has(canonical.get(s)!))) continue;
    const { re } = scan;
    // exec on the regex itself, not `matchAll` (which clones it per call, and a clone
    // may have to be recompiled once V8's regex cache has dropped the source)
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0] === '') re.lastIndex++; // never: every scan matches a spelling
      const spelling = m.slice(1).find((g) => g !== undefined);
      const name = spelling && canonical.get(spelling);
      if (name) found.add(name);
    }
  }
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
