/**
 * One-to-one matching of gold items to extracted items: every admissible pair
 * gets a score, pairs are taken best first (ties: earlier gold, then earlier
 * extraction), and each item is used at most once. Greedy, deterministic,
 * and O(pairs · log pairs): gold lists are per article, so pairs stay few.
 */

export interface Pair {
  gold: number;
  extracted: number;
  score: number;
}

/** `score` returns null when the two items cannot match at all. */
export function assign<G, E>(gold: G[], extracted: E[], score: (g: G, e: E) => number | null): Pair[] {
  const pairs: Pair[] = [];
  gold.forEach((g, gi) =>
    extracted.forEach((e, ei) => {
      const s = score(g, e);
      if (s !== null) pairs.push({ gold: gi, extracted: ei, score: s });
    }),
  );
  pairs.sort((a, b) => b.score - a.score || a.gold - b.gold || a.extracted - b.extracted);
  const usedG = new Set<number>();
  const usedE = new Set<number>();
  const out: Pair[] = [];
  for (const p of pairs) {
    if (usedG.has(p.gold) || usedE.has(p.extracted)) continue;
    usedG.add(p.gold);
    usedE.add(p.extracted);
    out.push(p);
  }
  return out.sort((a, b) => a.gold - b.gold);
}

/** Indices in `0..n-1` not in `used`. */
export function unused(n: number, used: Iterable<number>): number[] {
  const u = new Set(used);
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (!u.has(i)) out.push(i);
  return out;
}

/** The counts of a matching and what it left over: gold items missed, extracted items that matched nothing. */
export interface Tally<G, E> {
  gold: number;
  extracted: number;
  matched: number;
  misses: G[];
  falseHits: E[];
}

export function tally<G, E>(gold: G[], extracted: E[], pairs: Pair[]): Tally<G, E> {
  return {
    gold: gold.length,
    extracted: extracted.length,
    matched: pairs.length,
    misses: unused(gold.length, pairs.map((p) => p.gold)).map((i) => gold[i]),
    falseHits: unused(extracted.length, pairs.map((p) => p.extracted)).map((i) => extracted[i]),
  };
}
