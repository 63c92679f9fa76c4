/**
 * Outlet inference, for stories whose outlet neither the manifest nor the
 * reader gives. In order of trust:
 *
 * 1. the page's site name (`og:site_name`, from the HTML reader);
 * 2. a title suffix naming a known outlet (`Headline - BBC News`) or matching
 *    a suffix rule (`Headline | World news`), in the page title or the first lines;
 * 3. an outlet signature (in lines of at most 300 characters among the first
 *    40 and last 60): a phrase in which an outlet names itself
 *    ("… originally published by X", "donations from people like you help keep X
 *    running", "© 2025 X. All rights reserved");
 * 4. the URL's host, when it belongs to a known outlet.
 *
 * A wire agency is never inferred as the outlet from a signature ("© AFP
 * 2025" is a credit), nor are photo agencies and platforms (`not_outlets`).
 * Vocabulary: knowledge/outlets.yaml. Nothing matches → null (no guessing).
 */
import type { Knowledge } from '../../knowledge/index.ts';
import { edgeLines, splitTitleSuffixes } from './lines.ts';
import { wireSpellings } from './wire.ts';

interface OutletsFile {
  outlets: Array<{ name: string; aliases?: string[]; domains?: string[] }>;
  title_suffixes?: Array<{ pattern: string; outlet: string }>;
  signatures?: string[];
  not_outlets?: string[];
}

interface OutletMatchers {
  /** Lower-cased name or alias → canonical name. */
  byName: Map<string, string>;
  /** Host (no `www.`) → canonical name. */
  byDomain: Map<string, string>;
  suffixRules: Array<{ re: RegExp; outlet: string }>;
  signatures: RegExp[];
  /** Lower-cased names that are never an outlet (photo agencies, wire agencies, platforms). */
  rejected: Set<string>;
  rejectedForSignature: Set<string>;
}

/** Signatures are short furniture lines; story paragraphs (longer) are not searched. */
const MAX_SIGNATURE_LINE = 300;

/** A capitalised name of one to five words, allowing small joining words. */
const NAME = String.raw`(?<outlet>(?:[Tt]he\s+)?[\p{L}\p{N}][\p{L}\p{N}’'.&-]*(?:\s+(?:of\s+|and\s+|&\s+|de\s+)?[\p{L}\p{N}][\p{L}\p{N}’'.&-]*){0,4})`;

export function outletMatchers(kb: Knowledge): OutletMatchers {
  return kb.derive('sources.outlets', (k) => {
    const file = k.get<OutletsFile>('outlets');
    const byName = new Map<string, string>();
    const byDomain = new Map<string, string>();
    for (const o of file.outlets ?? []) {
      for (const n of [o.name, ...(o.aliases ?? [])]) byName.set(n.toLowerCase(), o.name);
      for (const d of o.domains ?? []) byDomain.set(d.toLowerCase().replace(/^www\./, ''), o.name);
    }
    const rejected = new Set((file.not_outlets ?? []).map((n) => n.toLowerCase()));
    const rejectedForSignature = new Set([...rejected, ...wireSpellings(k).map((n) => n.toLowerCase())]);
    return {
      byName,
      byDomain,
      suffixRules: (file.title_suffixes ?? []).map((r) => ({ re: new RegExp(r.pattern, 'u'), outlet: r.outlet })),
      signatures: (file.signatures ?? []).map((p) => new RegExp(p.replace('{NAME}', NAME), 'iu')),
      rejected,
      rejectedForSignature,
    };
  });
}

export interface OutletClues {
  raw: string;
  siteName?: string;
  pageTitle?: string;
  url?: string | null;
}

/** The outlet the clues point to, or null. */
export function inferOutlet(clues: OutletClues, kb: Knowledge): string | null {
  const m = outletMatchers(kb);
  const canonical = (name: string) => m.byName.get(name.toLowerCase()) ?? name;

  const site = clues.siteName?.trim();
  if (site && !m.rejected.has(site.toLowerCase()) && !/^https?:/i.test(site)) return canonical(site);

  // signatures sit in the page furniture at the top and bottom of a story
  const lines = edgeLines(clues.raw, 40, 60);
  const titleCandidates = [clues.pageTitle, ...lines.slice(0, 5)].filter((x): x is string => !!x);
  for (const t of titleCandidates) {
    const parts = splitTitleSuffixes(t);
    for (let i = parts.length - 1; i >= 1; i--) {
      const known = m.byName.get(parts[i].toLowerCase());
      if (known) return known;
      const rule = m.suffixRules.find((r) => r.re.test(parts[i]));
      if (rule) return rule.outlet;
    }
  }

  for (const re of m.signatures) {
    for (const line of lines) {
      if (line.length > MAX_SIGNATURE_LINE) continue;
      const found = re.exec(line)?.groups?.outlet;
      const name = found && cleanSignatureName(found);
      if (name && !m.rejectedForSignature.has(name.toLowerCase())) return canonical(name);
    }
  }

  if (clues.url) {
    try {
      const host = new URL(clues.url).hostname.toLowerCase().replace(/^www\./, '');
      for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
        const known = m.byDomain.get(h);
        if (known) return known;
      }
    } catch {
      // not a URL: no clue
    }
  }
  return null;
}

/** A captured name must be capitalised word by word (small joining words aside); trailing punctuation dropped. */
function cleanSignatureName(s: string): string | null {
  const name = s.replace(/[’'.,-]+$/, '').replace(/\s+/g, ' ').trim();
  if (!name) return null;
  const words = name.split(' ');
  const small = new Set(['of', 'and', '&', 'de', 'the']);
  const ok = words.every((w, i) => (i > 0 && small.has(w)) || /^[\p{Lu}\p{N}]/u.test(w));
  return ok ? name : null;
}
