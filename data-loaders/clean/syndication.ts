/**
 * Syndication: passages shared between articles (wire copy reprinted by
 * several outlets, outlets copying each other).
 *
 * 1. Each cleaned article is split into sentences; each sentence into word
 *    tokens (lower case, letters and digits only, so punctuation and “smart”
 *    versus "straight" quotes do not matter). Each word becomes a 53-bit
 *    key (its 32-bit FNV hash plus 21 bits of a second hash), so an article
 *    is tokenised once and later work is on numbers only; two different
 *    words share a key with probability 2^-53, and no dictionary grows with
 *    the vocabulary.
 * 2. Candidate pairs: word 5-gram shingles are hashed; each sentence is
 *    represented by its `perSentence` smallest shingle hashes (a min-hash
 *    sample: the same sentence in two articles gives the same sample, a
 *    lightly edited one usually most of it). One Map goes from sample hash to
 *    the articles holding it. An article is compared only with the earlier
 *    articles that share at least `minShared` sample hashes, never with all
 *    others. A shingle remembers at most `maxPostings` holders (the first
 *    ones), which bounds the cost of stock phrases; a passage printed by
 *    hundreds of outlets is still linked to its first holders.
 * 3. For each candidate pair, sentences are aligned: a sentence pair sharing a
 *    shingle is a match when the Dice coefficient of their word sets is high
 *    (a replaced word or changed punctuation keeps it high); runs of matched
 *    sentences that are adjacent in both articles are merged into passages,
 *    and a run is extended over neighbouring sentences that are nearly the
 *    same even without a shared shingle (short sentences).
 * 4. Passages shorter than `minWords` words are dropped.
 *
 * Cost: linear in the corpus text for tokenising and candidate search, plus
 * one alignment per candidate pair (linear in the two articles' words). The
 * per-article alignment data (word sets, shingles) is rebuilt from the stored
 * word keys on demand and kept for the `detailCache` most recently used
 * articles, so memory stays at a few bytes per word of the corpus.
 * `OverlapIndex` takes articles one at a time (each is compared with the
 * earlier ones), so a corpus can be indexed as a stream.
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
  /** Articles whose alignment data is kept between pairs (default 2048; only speed depends on it). */
  detailCache?: number;
}

const DEFAULTS: Required<OverlapOptions> = {
  shingle: 5,
  perSentence: 2,
  maxPostings: 100,
  matchSimilarity: 0.6,
  extendSimilarity: 0.75,
  minWords: 10,
  minShared: 2,
  detailCache: 2048,
};

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Word tokens of a (cleaned, NFC) text, lower case, punctuation-free. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

const TWO_32 = 2 ** 32;

/**
 * Key of a word: its 32-bit FNV-1a hash (`key >>> 0` gives it back, for
 * shingles) plus 21 bits of a second multiplicative hash above it (< 2^53,
 * exact in a double).
 */
function wordKey(s: string): number {
  let h = 0x811c9dc5;
  let g = 0x2545f491;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h ^= c;
    h = Math.imul(h, 0x01000193);
    g = Math.imul(g ^ c, 0x5bd1e995);
    g ^= g >>> 15;
  }
  return (h >>> 0) + (g >>> 11) * TWO_32;
}

/** Hash of the FNV hashes of words[from, from + n) (order-sensitive). */
function combine(words: Float64Array, from: number, n: number): number {
  let h = 0x9e3779b9;
  for (let k = from; k < from + n; k++) {
    h = Math.imul(h ^ (words[k] >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

/**
 * Shingles of the sentence words[from, to): hashed word n-grams; a sentence
 * shorter than n gives one shingle of its own words (if ≥ 3), or none.
 */
function shinglesOf(words: Float64Array, from: number, to: number, n: number, out: number[]): void {
  const len = to - from;
  if (len < n) {
    if (len >= 3) out.push(combine(words, from, len));
    return;
  }
  for (let i = from; i + n <= to; i++) out.push(combine(words, i, n));
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

/** What is kept of every indexed article: its sentences and their word keys. */
interface Prepared {
  article: CleanArticle;
  /** Character offsets of each sentence in `article.text`. */
  starts: Int32Array;
  ends: Int32Array;
  /** Sentence s holds the words words[at[s], at[s + 1]) (as `wordKey`s). */
  at: Int32Array;
  words: Float64Array;
}

/** Alignment data of one article, rebuilt from its word keys when needed. */
interface Detailed {
  /** Sentence s's distinct word keys, ascending: set[setAt[s], setAt[s + 1]). */
  setAt: Int32Array;
  set: Float64Array;
  /**
   * Every shingle of the article with its position (index in the article's
   * list of shingles, sentence after sentence), sorted by shingle, then
   * position: the shingles two articles share are found by merging two such
   * lists.
   */
  hs: Uint32Array;
  pos: Int32Array;
  /** Sentence of each shingle position. */
  sentenceOf: Int32Array;
}

/**
 * Shingle positions (and sentences) per article that keys of the form
 * `high * SLOTS + low` can tell apart while staying exact in a double
 * (2^32 · 2^21 = 2^53). Articles are far smaller (a million characters at
 * most by default); shingles beyond this position are not aligned.
 */
const SLOTS = 2 ** 21;

/** Dice coefficient of two word sets. */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Dice coefficient of two ascending key lists x[xs, xe) and y[ys, ye) (`dice` of the word sets). */
function diceSorted(x: Float64Array, xs: number, xe: number, y: Float64Array, ys: number, ye: number): number {
  const nx = xe - xs;
  const ny = ye - ys;
  if (nx === 0 || ny === 0) return 0;
  let shared = 0;
  while (xs < xe && ys < ye) {
    const a = x[xs];
    const b = y[ys];
    if (a === b) {
      shared++;
      xs++;
      ys++;
    } else if (a < b) xs++;
    else ys++;
  }
  return (2 * shared) / (nx + ny);
}

interface Match {
  i: number;
  j: number;
  sim: number;
}

/**
 * Overlaps found so far in a growing set of articles: `add` indexes one
 * article and returns its passages shared with the articles added before it.
 */
export class OverlapIndex {
  private readonly o: Required<OverlapOptions>;
  private readonly prepared: Prepared[] = [];
  /** Sample hash → holding article (a number while there is one holder, then a list). */
  private readonly postings = new Map<number, number | number[]>();
  /** Which article last counted this partner, and the sample hashes it shares with it. */
  private readonly seenBy: number[] = [];
  private readonly shared: number[] = [];
  /** Most recently used articles' alignment data (Map order = use order). */
  private readonly details = new Map<number, Detailed>();
  /** Scratch buffer of shingle links for one pair (grown as needed). */
  private links: Float64Array = new Float64Array(4096);

  constructor(options: OverlapOptions = {}) {
    this.o = { ...DEFAULTS, ...options };
  }

  /** Index one article; its passages shared with earlier articles, in order of the earlier article. */
  add(article: CleanArticle): Overlap[] {
    const o = this.o;
    const yi = this.prepared.length;
    const y = this.prepare(article);
    this.prepared.push(y);
    this.seenBy.push(-1);
    this.shared.push(0);

    const sampled = new Set<number>();
    const sh: number[] = [];
    for (let s = 0; s + 1 < y.at.length; s++) {
      sh.length = 0;
      shinglesOf(y.words, y.at[s], y.at[s + 1], o.shingle, sh);
      for (const h of smallest(sh, o.perSentence)) sampled.add(h);
    }
    const partners: number[] = [];
    const meet = (xi: number) => {
      if (this.seenBy[xi] !== yi) {
        this.seenBy[xi] = yi;
        this.shared[xi] = 0;
        if (this.prepared[xi].article.id !== article.id) partners.push(xi);
      }
      this.shared[xi]++;
    };
    for (const h of sampled) {
      const held = this.postings.get(h);
      if (held === undefined) this.postings.set(h, yi);
      else if (typeof held === 'number') {
        meet(held);
        this.postings.set(h, [held, yi]);
      } else {
        for (const xi of held) meet(xi);
        // Lists stop growing at maxPostings: later copies of a widely printed
        // passage still meet the first holders, and stock phrases cost little.
        if (held.length < o.maxPostings) held.push(yi);
      }
    }
    const strong = partners.filter((xi) => this.shared[xi] >= o.minShared);
    const out: Overlap[] = [];
    if (strong.length === 0) return out;
    const dy = this.detail(yi);
    for (const xi of strong.sort((a, b) => a - b)) {
      const x = this.prepared[xi];
      const dx = this.detail(xi);
      for (const run of this.alignPair(x, dx, dy)) {
        let words = 0;
        for (const m of run) words += x.at[m.i + 1] - x.at[m.i];
        if (words < o.minWords) continue;
        out.push(toOverlap(x, y, run));
      }
    }
    return out;
  }

  /** Sentences and word keys of an article (the only per-article data kept for the whole corpus). */
  private prepare(article: CleanArticle): Prepared {
    const sentences = splitSentences(article);
    const n = sentences.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const at = new Int32Array(n + 1);
    const words: number[] = [];
    sentences.forEach((s, k) => {
      starts[k] = s.start;
      ends[k] = s.end;
      at[k] = words.length;
      for (const w of wordTokens(s.text)) words.push(wordKey(w));
    });
    at[n] = words.length;
    return { article, starts, ends, at, words: Float64Array.from(words) };
  }

  /** Alignment data of article `xi`, from the cache or rebuilt from its word keys. */
  private detail(xi: number): Detailed {
    const hit = this.details.get(xi);
    if (hit) {
      this.details.delete(xi);
      this.details.set(xi, hit);
      return hit;
    }
    const p = this.prepared[xi];
    const n = p.at.length - 1;
    const setAt = new Int32Array(n + 1);
    const set = new Float64Array(p.words.length);
    const sh: number[] = [];
    const sentenceOf: number[] = [];
    let fill = 0;
    for (let s = 0; s < n; s++) {
      setAt[s] = fill;
      const words = p.words.slice(p.at[s], p.at[s + 1]).sort();
      for (let k = 0; k < words.length; k++) if (k === 0 || words[k] !== words[k - 1]) set[fill++] = words[k];
      shinglesOf(p.words, p.at[s], p.at[s + 1], this.o.shingle, sh);
      while (sentenceOf.length < sh.length) sentenceOf.push(s);
    }
    setAt[n] = fill;
    // Sorted by shingle, then position: one numeric sort of `shingle * SLOTS + position`.
    const count = Math.min(sh.length, SLOTS);
    const keys = new Float64Array(count);
    for (let k = 0; k < count; k++) keys[k] = sh[k] * SLOTS + k;
    keys.sort();
    const hs = new Uint32Array(count);
    const pos = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const h = Math.floor(keys[k] / SLOTS);
      hs[k] = h;
      pos[k] = keys[k] - h * SLOTS;
    }
    const d: Detailed = { setAt, set: set.slice(0, fill), hs, pos, sentenceOf: Int32Array.from(sentenceOf) };
    this.details.set(xi, d);
    if (this.details.size > this.o.detailCache) this.details.delete(this.details.keys().next().value as number);
    return d;
  }

  /** Shared passages of one candidate pair (x earlier, y the article being added), in x's sentence order. */
  private alignPair(x: Prepared, dx: Detailed, dy: Detailed): Match[][] {
    const o = this.o;
    const nx = x.at.length - 1;
    const ny = dy.setAt.length - 1;
    const dice = (i: number, j: number) => diceSorted(dx.set, dx.setAt[i], dx.setAt[i + 1], dy.set, dy.setAt[j], dy.setAt[j + 1]);
    // Sentence pairs sharing a shingle, as `y's shingle position * SLOTS + x's sentence`, from one merge of the sorted lists.
    let links = this.links;
    let nl = 0;
    const { hs: hx, pos: px } = dx;
    const { hs: hy, pos: py } = dy;
    for (let a = 0, b = 0; a < hx.length && b < hy.length; ) {
      if (hx[a] < hy[b]) a++;
      else if (hx[a] > hy[b]) b++;
      else {
        const h = hx[a];
        let a1 = a;
        while (a1 < hx.length && hx[a1] === h) a1++;
        for (; b < hy.length && hy[b] === h; b++) {
          for (let k = a; k < a1; k++) {
            if (nl === links.length) links = this.links = growLinks(links);
            links[nl++] = py[b] * SLOTS + dx.sentenceOf[px[k]];
          }
        }
        a = a1;
      }
    }
    // Best match in x for each sentence of y: y's shingles in text order, x's sentences ascending
    // for one shingle, each x sentence tested once, the first best kept.
    const sorted = links.subarray(0, nl).sort();
    const candidates: Match[] = [];
    const seen = new Int32Array(nx).fill(-1);
    let best: Match | null = null;
    let bestJ = -1;
    for (let t = 0; t < nl; t++) {
      const k = Math.floor(sorted[t] / SLOTS);
      const i = sorted[t] - k * SLOTS;
      const j = dy.sentenceOf[k];
      if (j !== bestJ) {
        if (best) candidates.push(best);
        best = null;
        bestJ = j;
      }
      if (seen[i] === j) continue;
      seen[i] = j;
      const sim = dice(i, j);
      if (sim >= o.matchSimilarity && (!best || sim > best.sim)) best = { i, j, sim };
    }
    if (best) candidates.push(best);
    if (candidates.length === 0) return [];
    // One-to-one: each sentence of x keeps its best partner.
    candidates.sort((a, b) => b.sim - a.sim || a.i - b.i || a.j - b.j);
    const usedI = new Uint8Array(nx);
    const usedJ = new Uint8Array(ny);
    const matches: Match[] = [];
    for (const m of candidates) {
      if (usedI[m.i] || usedJ[m.j]) continue;
      usedI[m.i] = 1;
      usedJ[m.j] = 1;
      matches.push(m);
    }
    matches.sort((a, b) => a.i - b.i);
    // Merge runs adjacent in both texts, extending over near-identical neighbours.
    const runs: Match[][] = [];
    let cur: Match[] = [];
    const flush = () => {
      if (cur.length) runs.push(extend(cur, nx, ny, dice, usedI, usedJ, o.extendSimilarity));
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
}

/** A links buffer twice as large, holding the same values. */
function growLinks(links: Float64Array): Float64Array {
  const bigger = new Float64Array(links.length * 2);
  bigger.set(links);
  return bigger;
}

/** Grow a run backwards and forwards over neighbouring sentences that are nearly the same. */
function extend(
  run: Match[],
  nx: number,
  ny: number,
  dice: (i: number, j: number) => number,
  usedI: Uint8Array,
  usedJ: Uint8Array,
  extendSimilarity: number,
): Match[] {
  const out = [...run];
  for (;;) {
    const f = out[0];
    const i = f.i - 1;
    const j = f.j - 1;
    if (i < 0 || j < 0 || usedI[i] || usedJ[j]) break;
    const sim = dice(i, j);
    if (sim < extendSimilarity) break;
    usedI[i] = 1;
    usedJ[j] = 1;
    out.unshift({ i, j, sim });
  }
  for (;;) {
    const l = out[out.length - 1];
    const i = l.i + 1;
    const j = l.j + 1;
    if (i >= nx || j >= ny || usedI[i] || usedJ[j]) break;
    const sim = dice(i, j);
    if (sim < extendSimilarity) break;
    usedI[i] = 1;
    usedJ[j] = 1;
    out.push({ i, j, sim });
  }
  return out;
}

/** Shared passages between every pair of articles that has any, sorted by pair and position. */
export function findOverlaps(articles: CleanArticle[], options: OverlapOptions = {}): Overlap[] {
  const index = new OverlapIndex(options);
  const out: Overlap[] = [];
  for (const a of articles) for (const ov of index.add(a)) out.push(ov);
  return sortOverlaps(out);
}

/** Overlaps in table order: by pair (`a_id`, `b_id`), then position in a. */
export function sortOverlaps(list: Overlap[]): Overlap[] {
  return list.sort((p, q) => (p.a_id < q.a_id ? -1 : p.a_id > q.a_id ? 1 : p.b_id < q.b_id ? -1 : p.b_id > q.b_id ? 1 : p.a_start - q.a_start));
}

function toOverlap(x: Prepared, y: Prepared, run: Match[]): Overlap {
  const xs = x.starts[run[0].i];
  const xe = x.ends[run[run.length - 1].i];
  const ys = y.starts[run[0].j];
  const ye = y.ends[run[run.length - 1].j];
  let weight = 0;
  let total = 0;
  for (const m of run) {
    const w = x.at[m.i + 1] - x.at[m.i] + (y.at[m.j + 1] - y.at[m.j]);
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
