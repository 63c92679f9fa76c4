/**
 * Wire agencies credited anywhere in a story → `Article.wireCredits`
 * (canonical names, sorted, unique). Unambiguous spellings ("Reuters",
 * "Agence France-Presse") count wherever they stand as whole words;
 * ambiguous abbreviations ("AP", "AFP", "PA") only inside a credit context:
 * "(AFP)", "© AFP 2025", "AP Photo", "via AP", "Jo Doe/Reuters",
 * "Additional reporting by AFP", "AFP reported", "according to AP", "told AFP".
 * Vocabulary and contexts: knowledge/wire-agencies.yaml; every regex is
 * compiled once per knowledge (and per subset of spellings present in a text,
 * see `scanFor`) and scanned once over the text.
 */
import type { Knowledge } from '../../knowledge/index.ts';

interface WireFile {
  agencies: Array<{ name: string; names?: string[]; short?: string[]; contexts?: string[] }>;
  contexts: Record<string, string>;
}

/**
 * One scan: a regex around an alternation of agency spellings. A spelling that
 * is not a substring of the text can never match, so the scan runs only when
 * one of its spellings occurs, and then as a regex over just those spellings
 * (the same matches, without testing dozens of absent names at every position).
 */
interface WireScan {
  /** The spellings of the alternation, unique, longest first. */
  spellings: string[];
  /** The scan's regex around the alternation of the given (escaped) spellings. */
  build: (spellings: string[]) => RegExp;
  /** Regex per subset of `spellings` present in a text (key: the subset joined by NUL). */
  bySubset: Map<string, RegExp>;
}

interface WireMatchers {
  /** Spelling → canonical agency name. */
  canonical: Map<string, string>;
  /** Scans; the first capture group that matched holds the spelling (contexts use only `(?:…)` groups). */
  scans: WireScan[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Unique spellings, longest first (the order the alternation tries them in). */
const longestFirst = (spellings: string[]) => [...new Set(spellings)].sort((x, y) => y.length - x.length);
const alternation = (spellings: string[]) => `(${spellings.map(escape).join('|')})`;
const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_]|-\\p{L})';

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
    const scan = (spellings: string[], build: (s: string[]) => RegExp) =>
      scans.push({ spellings: longestFirst(spellings), build, bySubset: new Map() });
    if (anywhere.length) scan(anywhere, (s) => new RegExp(`${BEFORE}${alternation(s)}${AFTER}`, 'gu'));
    for (const [ctx, spellings] of byContext) {
      if (!spellings.length) continue;
      const template = file.contexts[ctx];
      scan(spellings, (s) => new RegExp(template.replaceAll('{A}', `${BEFORE}${alternation(s)}${AFTER}`), 'gu'));
    }
    return { canonical, scans };
  });
}

/** Every spelling of every agency (for telling credits from outlets). */
export function wireSpellings(kb: Knowledge): string[] {
  return [...matchers(kb).canonical.keys()];
}

/**
 * Canonical names of the agencies credited in `text`, sorted and unique.
 * `exhaustive` runs every scan over all its spellings, skipping the prefilter
 * (the reference the tests compare the prefiltered scans against).
 */
export function wireCredits(text: string, kb: Knowledge, exhaustive = false): string[] {
  const { canonical, scans } = matchers(kb);
  // every spelling looked up once, whichever scans use it
  const present = new Set<string>();
  for (const s of canonical.keys()) if (text.includes(s)) present.add(s);
  const found = new Set<string>();
  for (const scan of scans) {
    const re = exhaustive ? scanWith(scan, scan.spellings) : scanFor(scan, present);
    if (re === null) continue;
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

/** Most distinct spelling subsets kept compiled per scan (a corpus needs a few dozen). */
const MAX_SUBSETS = 512;

/** The scan's regex restricted to the spellings `present` in the text, or null when none is. */
function scanFor(scan: WireScan, present: Set<string>): RegExp | null {
  const spellings = scan.spellings.filter((s) => present.has(s));
  return spellings.length === 0 ? null : scanWith(scan, spellings);
}

/** The scan's regex over `spellings` (a subset of its own, in its order), compiled once. */
function scanWith(scan: WireScan, spellings: string[]): RegExp {
  const key = spellings.join('\0');
  let re = scan.bySubset.get(key);
  if (re === undefined) {
    if (scan.bySubset.size >= MAX_SUBSETS) scan.bySubset.clear();
    re = scan.build(spellings);
    scan.bySubset.set(key, re);
  }
  return re;
}
