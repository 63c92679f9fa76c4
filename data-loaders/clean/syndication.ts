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
 *    the vocabulary. The keys come from one scan of each sentence
 *    (`word-keys.ts`), with no string built per word.
 * 2. Candidate pairs: word 5-gram shingles are hashed; each sentence is
 *    represented by its `perSentence` smallest shingle hashes (a min-hash
 *    sample: the same sentence in two articles gives the same sample, a
 *    lightly edited one usually most of it). One hash table over the sample
 *    hashes (`postings.ts`) goes to the articles holding each. An article is
 *    compared only with the earlier articles that share at least `minShared`
 *    sample hashes, never with all others. A shingle remembers at most `maxPostings` holders (the first
 *    ones), which bounds the cost of stock phrases; a passage printed by
 *    hundreds of outlets is still linked to its first holders.
 * 3. For each candidate pair, sentences are aligned: the shingles the pair
 *    shares are found by looking up each shingle of the earlier article in a
 *    table of the new article's shingles (`shingle-table.ts`, built once per
 *    added article); a sentence pair sharing a shingle is a match when the
 *    Dice coefficient of their word sets is high (a replaced word or changed
 *    punctuation keeps it high); runs of matched
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
import { Postings } from './postings.ts';
import { ShingleTable } from './shingle-table.ts';
import { pushWordKeys } from './word-keys.ts';

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
  /** Every shingle of the article, sentence after sentence (index = position). */
  hs: Uint32Array;
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
  /** Sample hash → holding articles. */
  private readonly postings = new Postings();
  /** Article id of each indexed article as a small number (equal ids, equal numbers). */
  private readonly idCodes: number[] = [];
  private readonly codeOf = new Map<string, number>();
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
    const code = this.idCode(article.id);
    this.idCodes.push(code);
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
        if (this.idCodes[xi] !== code) partners.push(xi);
      }
      this.shared[xi]++;
    };
    // Posting lists stop growing at maxPostings: later copies of a widely printed
    // passage still meet the first holders, and stock phrases cost little.
    for (const h of sampled) this.postings.post(h, yi, o.maxPostings, meet);
    const strong = partners.filter((xi) => this.shared[xi] >= o.minShared);
    const out: Overlap[] = [];
    if (strong.length === 0) return out;
    const dy = this.detail(yi);
    const ty = new ShingleTable(dy.hs);
    for (const xi of strong.sort((a, b) => a - b)) {
      const x = this.prepared[xi];
      const dx = this.detail(xi);
      for (const run of this.alignPair(x, dx, dy, ty)) {
        let words = 0;
        for (const m of run) words += x.at[m.i + 1] - x.at[m.i];
        if (words < o.minWords) continue;
        out.push(toOverlap(x, y, run));
      }
    }
    return out;
  }

  /** The small number standing for article id `id` (a new one for an unseen id). */
  private idCode(id: string): number {
    let code = this.codeOf.get(id);
    if (code === undefined) this.codeOf.set(id, (code = this.codeOf.size));
    return code;
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
      pushWordKeys(s.text, words);
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
      fill = distinctSorted(p.words, p.at[s], p.at[s + 1], set, fill);
      shinglesOf(p.words, p.at[s], p.at[s + 1], this.o.shingle, sh);
      while (sentenceOf.length < sh.length) sentenceOf.push(s);
    }
    setAt[n] = fill;
    const hs = Uint32Array.from(sh.length > SLOTS ? sh.slice(0, SLOTS) : sh);
    const d: Detailed = { setAt, set: set.slice(0, fill), hs, sentenceOf: Int32Array.from(sentenceOf) };
    this.details.set(xi, d);
    if (this.details.size > this.o.detailCache) this.details.delete(this.details.keys().next().value as number);
    return d;
  }

  /** Shared passages of one candidate pair (x earlier, y the article being added), in x's sentence order. */
  private alignPair(x: Prepared, dx: Detailed, dy: Detailed, ty: ShingleTable): Match[][] {
    const o = this.o;
    const nx = x.at.length - 1;
    const ny = dy.setAt.length - 1;
    const dice = (i: number, j: number) => diceSorted(dx.set, dx.setAt[i], dx.setAt[i + 1], dy.set, dy.setAt[j], dy.setAt[j + 1]);
    // Sentence pairs sharing a shingle, as `y's shingle position * SLOTS + x's sentence`: each
    // shingle of x looked up in y's table (the order does not matter, the list is sorted next).
    let links = this.links;
    let nl = 0;
    const hx = dx.hs;
    for (let p = 0; p < hx.length; p++) {
      for (let q = ty.first(hx[p]); q >= 0; q = ty.after(q)) {
        if (nl === links.length) links = this.links = growLinks(links);
        links[nl++] = q * SLOTS + dx.sentenceOf[p];
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

/**
 * Write the distinct values of words[from, to) ascending into `out` from
 * `fill` on, returning the new fill: a sentence's words are few, so an
 * insertion sort in place beats copying them out to sort (long ones are
 * sorted as a typed array).
 */
export function distinctSorted(words: Float64Array, from: number, to: number, out: Float64Array, fill: number): number {
  const n = to - from;
  if (n > 48) out.set(words.subarray(from, to).slice().sort(), fill);
  else {
    for (let k = 0; k < n; k++) {
      const v = words[from + k];
      let at = fill + k;
      while (at > fill && out[at - 1] > v) {
        out[at] = out[at - 1];
        at--;
      }
      out[at] = v;
    }
  }
  let w = fill;
  for (let k = fill; k < fill + n; k++) if (k === fill || out[k] !== out[w - 1]) out[w++] = out[k];
  return w;
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
