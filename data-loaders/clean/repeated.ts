/**
 * Lines repeated across the articles of one site are page furniture
 * (`repeated_across_site`): appeals, footers, widget labels that a rule list
 * cannot know in advance.
 *
 * A site is the outlet, else the URL's host, else the alphabetic prefix of the
 * file name ("bbc_0012.html" → "bbc"); articles with none of these are not
 * grouped. Within a site a line counts as repeated when it occurs in at least
 * two *different stories*: articles with the same title, or sharing most of
 * their long story lines (an updated or reprinted version), count as one.
 *
 * Story lines can legitimately repeat (a background paragraph or a quote reused
 * by two stories of one outlet), so a repeated line is removed only
 * - when it is short (≤ 12 words) or not sentence-shaped, and holds no
 *   quotation (widget labels, promos, headers); or
 * - when it is a longer sentence in the page's edge zones (before the first /
 *   after the last line unique to this story, where appeals and footers sit)
 *   and at least three different stories of the site carry it.
 *
 * Cost is linear in the number of lines: one Map from line key to the stories
 * containing it; pairs are counted only for keys held by few articles.
 */
import type { Article } from '../types.ts';
import { lineKey, wordsAtMost } from './normalize.ts';
import type { Decision } from './structure.ts';

export interface SiteInput {
  article: Article;
  /** Normalised lines. */
  lines: string[];
  /** Decisions so far; `null` is an undecided (story) line. Mutated. */
  decisions: Array<Decision | null>;
}

const SENTENCE_END = /[.!?]["'”’)\]]*$/;
const QUOTED = /["“”]/;
const LONG = 12;
/** Keys held by more articles than this are furniture anyway: no pair counting for them. */
const PAIR_LIMIT = 50;

/** The site an article belongs to, or null when nothing identifies it. */
export function siteOf(a: Article): string | null {
  if (a.outlet && a.outlet.trim()) return `outlet:${a.outlet.trim().toLowerCase()}`;
  if (a.url) {
    try {
      return `host:${new URL(a.url).hostname.replace(/^www\./, '').toLowerCase()}`;
    } catch {
      /* not a URL: fall through */
    }
  }
  const slash = a.file.lastIndexOf('/');
  const base = a.file.slice(slash + 1);
  const m = /^([a-z][a-z0-9.]*[a-z])[_-]/i.exec(base);
  return m ? `prefix:${a.file.slice(0, slash + 1)}${m[1].toLowerCase()}` : null;
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/** Mark lines repeated across the stories of each site (mutates `decisions`). */
export function markRepeatedAcrossSites(inputs: SiteInput[]): void {
  const bySite = new Map<string, SiteInput[]>();
  for (const inp of inputs) {
    const site = siteOf(inp.article);
    if (site === null) continue;
    const list = bySite.get(site);
    if (list) list.push(inp);
    else bySite.set(site, [inp]);
  }
  for (const group of bySite.values()) if (group.length >= 2) markGroup(group);
}

function markGroup(group: SiteInput[]): void {
  const keys = group.map((g) => g.lines.map((l, i) => (g.decisions[i]?.kind === 'blank' || l === '' ? null : lineKey(l))));
  const holders = new Map<string, number[]>();
  keys.forEach((ks, a) => {
    const seen = new Set<string>();
    for (const k of ks) {
      if (k === null || seen.has(k)) continue;
      seen.add(k);
      const h = holders.get(k);
      if (h) h.push(a);
      else holders.set(k, [a]);
    }
  });

  // Stories: same title, or sharing at least 70% of their long undecided lines.
  const uf = new UnionFind(group.length);
  const byTitle = new Map<string, number>();
  group.forEach((g, a) => {
    if (!g.article.title) return;
    const t = lineKey(g.article.title);
    const first = byTitle.get(t);
    if (first === undefined) byTitle.set(t, a);
    else uf.union(a, first);
  });
  const longCount = group.map((g) => g.lines.filter((l, i) => g.decisions[i] === null && !wordsAtMost(l, LONG - 1)).length);
  const pairShared = new Map<number, number>();
  const n = group.length;
  for (const [k, h] of holders) {
    if (h.length < 2 || h.length > PAIR_LIMIT || wordsAtMost(k, LONG - 1)) continue;
    for (let x = 0; x < h.length; x++) for (let y = x + 1; y < h.length; y++) {
      const p = h[x] * n + h[y];
      pairShared.set(p, (pairShared.get(p) ?? 0) + 1);
    }
  }
  for (const [p, shared] of pairShared) {
    const x = Math.floor(p / n);
    const y = p % n;
    const smaller = Math.min(longCount[x], longCount[y]);
    if (smaller >= 2 && shared / smaller >= 0.7) uf.union(x, y);
  }

  // Memoised: a footer held by every article of a big site is asked about once per article.
  const storyCount = new Map<string, number>();
  const storiesHolding = (k: string): number => {
    let n = storyCount.get(k);
    if (n === undefined) {
      const h = holders.get(k) ?? [];
      n = h.length < 2 ? h.length : new Set(h.map((a) => uf.find(a))).size;
      storyCount.set(k, n);
    }
    return n;
  };

  group.forEach((g, a) => {
    const repeated = keys[a].map((k) => k !== null && storiesHolding(k) >= 2);
    // Edge zones: up to the first and from the last line unique to this story.
    let top = -1;
    for (let i = 0; i < g.lines.length; i++) {
      if (keys[a][i] === null) continue;
      if (!repeated[i] && (g.decisions[i] === null || g.decisions[i]?.kind === 'caption')) break;
      top = i;
    }
    let bottom = g.lines.length;
    for (let i = g.lines.length - 1; i > top; i--) {
      if (keys[a][i] === null) continue;
      if (!repeated[i] && (g.decisions[i] === null || g.decisions[i]?.kind === 'caption')) break;
      bottom = i;
    }
    for (let i = 0; i < g.lines.length; i++) {
      if (!repeated[i] || g.decisions[i] !== null) continue;
      const line = g.lines[i];
      const edge = i <= top || i >= bottom;
      const furnitureShaped = !QUOTED.test(line) && (wordsAtMost(line, LONG) || !SENTENCE_END.test(line));
      if (furnitureShaped || (edge && storiesHolding(keys[a][i] as string) >= 3)) {
        g.decisions[i] = { kind: 'removed', reason: 'repeated_across_site' };
      }
    }
  });
}
