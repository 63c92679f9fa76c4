/**
 * Syndication: passages shared between articles (wire copy reprinted by
 * several outlets, outlets copying each other).
 *
 * 1. Each cleaned article is split into sentences; each sentence into word
 *    tokens (lower case, letters and digits only, so punctuation and “smart”
 *    versus "straight" quotes do not matter).
 * 2. Candidate pairs: word 5-gram shingles are hashed; each sentence is
 *    represented by its `perSentence` smallest shingle hashes (a min-hash
 *    sample: the same sentence in two articles gives the same sample, a
 *    lightly edited one usually most of it). One Map goes from sample hash to
 *    the articles holding it. An article is compared only with the earlier
 *    articles that share at least `minShared` sample hashes, never with all
 *    others. A
 *    shingle remembers at most `maxPostings` holders (the first ones), which
 *    bounds the cost of stock phrases; a passage printed by hundreds of
 *    outlets is still linked to its first holders.
 * 3. For each candidate pair, sentences are aligned: a sentence pair sharing a
 *    shingle is a match when the Dice coefficient of their word sets is high
 *    (a replaced word or changed punctuation keeps it high); runs of matched
 *    sentences that are adjacent in both articles are merged into passages,
 *    and a run is extended over neighbouring sentences that are nearly the
 *    same even without a shared shingle (short sentences).
 * 4. Passages shorter than `minWords` words are dropped.
 */
import type { CleanArticle } from '../types.ts';
import { splitSentences } from '../doc/sentences.ts';

/** Passages shared between articles (wire copy reprinted by several outlets). */
export interface Overlap {
  /** The pair, ordered so that `a_id < b_id`. */
  a_id: string;
  b_id: string;
  /** Offsets of the shared passage in each article's cleaned text. */
  a_start: number;
  a_end: number;
  b_start: number;
  b_end: number;
  /** The passage as it reads in article a. */
  text: string;
  /** Similarity of the two passages, 0..1. */
  similarity: number;
}

export interface OverlapOptions {
  /** Words per shingle (default 5). */
  shingle?: number;
  /** Smallest shingle hashes per sentence kept for candidate search (default 2). */
  perSentence?: number;
  /** A shingle remembers at most this many holding articles (default 100). */
  maxPostings?: number;
  /** Dice similarity for a sentence pair sharing a shingle to match (default 0.6). */
  matchSimilarity?: number;
  /** Dice similarity for a neighbouring sentence to extend a passage (default 0.75). */
  extendSimilarity?: number;
  /** Minimum words in a reported passage (default 10). */
  minWords?: number;
  /** Sampled shingles two articles must share to be aligned at all (default 2). */
  minShared?: number;
}

interface SentenceInfo {
  start: number;
  end: number;
  shingles: number[];
}

interface Prepared {
  article: CleanArticle;
  sentences: SentenceInfo[];
}

/** Word sets of one article's sentences, built only when the article is in a candidate pair. */
interface Detailed {
  tokens: number[];
  sets: Array<Set<string>>;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Word tokens of a (cleaned, NFC) text, lower case, punctuation-free. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** 32-bit FNV-1a hash of a string. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hash of n consecutive token hashes starting at `from` (order-sensitive). */
function combine(hashes: number[], from: number, n: number): number {
  let h = 0x9e3779b9;
  for (let k = from; k < from + n; k++) {
    h = Math.imul(h ^ hashes[k], 0x85ebca6b);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

/** Hashed word n-grams of one sentence; a sentence shorter than n gives one shingle of its own words (if ≥ 3). */
function shinglesOf(tokens: string[], n: number): number[] {
  const hashes = tokens.map(fnv);
  if (tokens.length < n) return tokens.length >= 3 ? [combine(hashes, 0, tokens.length)] : [];
  const out = new Array<number>(tokens.length - n + 1);
  for (let i = 0; i + n <= tokens.length; i++) out[i] = combine(hashes, i, n);
  return out;
}

function prepare(article: CleanArticle, n: number): Prepared {
  const sentences = splitSentences(article).map((s) => ({ start: s.start, end: s.end, shingles: shinglesOf(wordTokens(s.text), n) }));
  return { article, sentences };
}

/** The k smallest values of a list (k is tiny: a linear pass per value kept). */
function smallest(values: number[], k: number): number[] {
  if (values.length <= k) return values;
  const out: number[] = [];
  for (const v of values) {
    if (out.length < k) out.push(v);
    else {
      let maxAt = 0;
      for (let i = 1; i < k; i++) if (out[i] > out[maxAt]) maxAt = i;
      if (v < out[maxAt]) out[maxAt] = v;
    }
  }
  return out;
}

function detail(p: Prepared): Detailed {
  const tokens: number[] = [];
  const sets: Array<Set<string>> = [];
  for (const s of p.sentences) {
    const t = wordTokens(p.article.text.slice(s.start, s.end));
    tokens.push(t.length);
    sets.push(new Set(t));
  }
  return { tokens, sets };
}

/** Dice coefficient of two word sets. */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

interface Match {
  i: number;
  j: number;
  sim: number;
}

/** Shared passages of one candidate pair (x earlier, y later), in x's sentence order. */
function alignPair(x: Prepared, y: Prepared, dx: Detailed, dy: Detailed, o: Required<OverlapOptions>): Array<{ runs: Match[] }> {
  const where = new Map<number, number[]>();
  x.sentences.forEach((s, i) => {
    for (const h of s.shingles) {
      const l = where.get(h);
      if (!l) where.set(h, [i]);
      else if (l[l.length - 1] !== i) l.push(i);
    }
  });
  // Best match in x for each sentence of y, among sentences sharing a shingle.
  const candidates: Match[] = [];
  y.sentences.forEach((s, j) => {
    const seen = new Set<number>();
    let best: Match | null = null;
    for (const h of s.shingles) {
      for (const i of where.get(h) ?? []) {
        if (seen.has(i)) continue;
        seen.add(i);
        const sim = dice(dx.sets[i], dy.sets[j]);
        if (sim >= o.matchSimilarity && (!best || sim > best.sim)) best = { i, j, sim };
      }
    }
    if (best) candidates.push(best);
  });
  if (candidates.length === 0) return [];
  // One-to-one: each sentence of x keeps its best partner.
  candidates.sort((a, b) => b.sim - a.sim || a.i - b.i || a.j - b.j);
  const usedI = new Set<number>();
  const usedJ = new Set<number>();
  const matches: Match[] = [];
  for (const m of candidates) {
    if (usedI.has(m.i) || usedJ.has(m.j)) continue;
    usedI.add(m.i);
    usedJ.add(m.j);
    matches.push(m);
  }
  matches.sort((a, b) => a.i - b.i);
  // Merge runs adjacent in both texts, extending over near-identical neighbours.
  const runs: Array<{ runs: Match[] }> = [];
  let cur: Match[] = [];
  const flush = () => {
    if (cur.length) runs.push({ runs: extend(cur, dx, dy, usedI, usedJ, o) });
    cur = [];
  };
  for (const m of matches) {
    const last = cur[cur.length - 1];
    if (last && m.i === last.i + 1 && m.j === last.j + 1) cur.push(m);
    else {
      flush();
      cur = [m];
    }
  }
  flush();
  return runs;
}

/** Grow a run backwards and forwards over neighbouring sentences that are nearly the same. */
function extend(run: Match[], dx: Detailed, dy: Detailed, usedI: Set<number>, usedJ: Set<number>, o: Required<OverlapOptions>): Match[] {
  const out = [...run];
  for (;;) {
    const f = out[0];
    const i = f.i - 1;
    const j = f.j - 1;
    if (i < 0 || j < 0 || usedI.has(i) || usedJ.has(j)) break;
    const sim = dice(dx.sets[i], dy.sets[j]);
    if (sim < o.extendSimilarity) break;
    usedI.add(i);
    usedJ.add(j);
    out.unshift({ i, j, sim });
  }
  for (;;) {
    const l = out[out.length - 1];
    const i = l.i + 1;
    const j = l.j + 1;
    if (i >= dx.sets.length || j >= dy.sets.length || usedI.has(i) || usedJ.has(j)) break;
    const sim = dice(dx.sets[i], dy.sets[j]);
    if (sim < o.extendSimilarity) break;
    usedI.add(i);
    usedJ.add(j);
    out.push({ i, j, sim });
  }
  return out;
}

const DEFAULTS: Required<OverlapOptions> = {
  shingle: 5,
  perSentence: 2,
  maxPostings: 100,
  matchSimilarity: 0.6,
  extendSimilarity: 0.75,
  minWords: 10,
  minShared: 2,
};

/** Shared passages between every pair of articles that has any, sorted by pair and position. */
export function findOverlaps(articles: CleanArticle[], options: OverlapOptions = {}): Overlap[] {
  const o = { ...DEFAULTS, ...options };
  const prepared = articles.map((a) => prepare(a, o.shingle));
  // Sample hash → holding article (a number while there is one holder, then a list).
  const postings = new Map<number, number | number[]>();
  const out: Overlap[] = [];
  const seenBy = new Int32Array(prepared.length).fill(-1); // which article last counted this partner
  const shared = new Int32Array(prepared.length); // sample hashes shared with the current article
  prepared.forEach((y, yi) => {
    const sampled = new Set<number>();
    for (const s of y.sentences) for (const h of smallest(s.shingles, o.perSentence)) sampled.add(h);
    const partners: number[] = [];
    const meet = (xi: number) => {
      if (seenBy[xi] !== yi) {
        seenBy[xi] = yi;
        shared[xi] = 0;
        if (prepared[xi].article.id !== y.article.id) partners.push(xi);
      }
      shared[xi]++;
    };
    for (const h of sampled) {
      const held = postings.get(h);
      if (held === undefined) postings.set(h, yi);
      else if (typeof held === 'number') {
        meet(held);
        postings.set(h, [held, yi]);
      } else {
        for (const xi of held) meet(xi);
        // Lists stop growing at maxPostings: later copies of a widely printed
        // passage still meet the first holders, and stock phrases cost little.
        if (held.length < o.maxPostings) held.push(yi);
      }
    }
    const strong = partners.filter((xi) => shared[xi] >= o.minShared);
    if (strong.length === 0) return;
    const dy = detail(y);
    for (const xi of strong.sort((a, b) => a - b)) {
      const x = prepared[xi];
      const dx = detail(x);
      for (const { runs } of alignPair(x, y, dx, dy, o)) {
        const words = runs.reduce((n, m) => n + dx.tokens[m.i], 0);
        if (words < o.minWords) continue;
        out.push(toOverlap(x, y, dx, dy, runs));
      }
    }
  });
  return out.sort((p, q) => (p.a_id < q.a_id ? -1 : p.a_id > q.a_id ? 1 : p.b_id < q.b_id ? -1 : p.b_id > q.b_id ? 1 : p.a_start - q.a_start));
}

function toOverlap(x: Prepared, y: Prepared, dx: Detailed, dy: Detailed, run: Match[]): Overlap {
  const xs = x.sentences[run[0].i].start;
  const xe = x.sentences[run[run.length - 1].i].end;
  const ys = y.sentences[run[0].j].start;
  const ye = y.sentences[run[run.length - 1].j].end;
  let weight = 0;
  let total = 0;
  for (const m of run) {
    const w = dx.tokens[m.i] + dy.tokens[m.j];
    weight += w;
    total += w * m.sim;
  }
  const similarity = Math.round((weight ? total / weight : 0) * 1000) / 1000;
  const xFirst = x.article.id < y.article.id;
  const [a, as, ae, b, bs, be] = xFirst ? [x, xs, xe, y, ys, ye] : [y, ys, ye, x, xs, xe];
  return {
    a_id: a.article.id,
    b_id: b.article.id,
    a_start: as,
    a_end: ae,
    b_start: bs,
    b_end: be,
    text: a.article.text.slice(as, ae),
    similarity,
  };
}
