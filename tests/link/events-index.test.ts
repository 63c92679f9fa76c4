/**
 * Event clustering uses indexes (by actor, place and date) so a report only
 * tests the clusters it could join. These tests compare it with the plain
 * definition, every report tested against every earlier cluster of its type,
 * on random corpora full of shared actors, places and nested dates.
 */
import { describe, expect, it } from 'vitest';
import type { EventReport } from '../../data-loaders/doc/doc.ts';
import { makeArticle } from '../../data-loaders/doc/make.ts';
import type { CorpusActor } from '../../data-loaders/link/actors.ts';
import { datesCompatible, linkEvents, reportKey } from '../../data-loaders/link/events.ts';
import type { ArticleExtraction } from '../../data-loaders/pipeline/result.ts';

const KEYS = ['minister', 'mayor', 'union', 'army', 'court', 'council'];
const ACTORS: CorpusActor[] = KEYS.map((key) => ({ actor_id: `id-${key}`, key, name: key, kind: 'organisation', side: null, role: null, aliases: [], known: true }));
const PLACES = [null, null, 'Harbour Town', 'the Valley', 'Northfield'];
const DATES = [null, null, '2024', '2024-06', '2024-07', '2024-06-03', '2024-06-04', '2024-07-03', '2025-06-03'];
const TYPES = ['strike', 'flood', 'vote'];

/** Small seeded generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomCorpus(seed: number, articles: number): ArticleExtraction[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const out: ArticleExtraction[] = [];
  for (let n = 0; n < articles; n++) {
    const count = 1 + Math.floor(r() * 4);
    const lines = Array.from({ length: count }, (_, i) => `Line ${i} of story ${n}.`);
    const article = makeArticle(lines.join('\n'), { file: `s${String(n).padStart(3, '0')}.txt`, outlet: pick(['Daily', 'Post', null]) ?? undefined, published: pick(['2024-06-05', '2024-07-09', null]) ?? undefined });
    let pos = 0;
    const events: EventReport[] = lines.map((line, i) => {
      const date = pick(DATES);
      const keys = KEYS.filter(() => r() < 0.25);
      const type = pick(TYPES);
      const start = pos;
      pos += line.length + 1;
      return {
        start,
        end: start + 4,
        text: line.slice(0, 4),
        sentence: i,
        type,
        trigger: type,
        actorKeys: keys,
        place: pick(PLACES),
        date,
        // Now and then a date without its precision: such reports are linked last, after coarser clusters exist.
        precision: date === null || r() < 0.15 ? null : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
      };
    });
    out.push({ article, sentences: [], actors: [], layers: { mentions: [], quotes: [], numbers: [], claims: [], dates: [], events, places: [] } });
  }
  return out;
}

/** The definition: reports in linking order, each joining the earliest earlier cluster it may join. */
function naiveClusters(corpus: ArticleExtraction[]): string[][] {
  const norm = (p: string | null) => (p ? p.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim() : null);
  const rank = { day: 0, month: 1, year: 2 } as const;
  const items = corpus.flatMap((ex) =>
    ex.layers.events.map((r) => ({
      key: reportKey(ex.article.id, r),
      r,
      ids: [...new Set(r.actorKeys.map((k) => `id-${k}`))],
      place: norm(r.place),
      rank: r.precision ? rank[r.precision] : 3,
      order: `${ex.article.published ?? '9999'}|${ex.article.file}|${ex.article.key ?? ''}|${String(r.start).padStart(9, '0')}`,
    })),
  );
  items.sort((a, b) => a.rank - b.rank || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  const clusters: Array<{ type: string; date: string | null; ids: Set<string>; place: string | null; reports: string[] }> = [];
  for (const it of items) {
    const c = clusters.find((c) => {
      if (c.type !== it.r.type) return false;
      const shared = it.ids.some((id) => c.ids.has(id));
      const agree = !c.place || !it.place || c.place === it.place;
      if (it.r.date === null) return shared && agree;
      if (!datesCompatible(c.date, it.r.date)) return false;
      if (shared) return agree;
      return (c.ids.size === 0 || it.ids.length === 0) && c.place !== null && c.place === it.place;
    });
    const target = c ?? clusters[clusters.push({ type: it.r.type, date: it.r.date, ids: new Set(), place: null, reports: [] }) - 1];
    target.reports.push(it.key);
    for (const id of it.ids) target.ids.add(id);
    if (target.place === null) target.place = it.place;
  }
  return clusters.map((c) => c.reports.sort()).sort();
}

describe('linkEvents indexes', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`gives the clusters of the plain definition (random corpus ${seed})`, () => {
      const corpus = randomCorpus(seed, 60);
      const got = linkEvents(corpus, ACTORS).map((e) => e.reports).sort();
      expect(got).toEqual(naiveClusters(corpus));
      expect(got.length).toBeGreaterThan(5);
      expect(got.some((reports) => reports.length > 2)).toBe(true);
    });
  }

  it('does not depend on the order of the articles', () => {
    const corpus = randomCorpus(9, 80);
    expect(linkEvents([...corpus].reverse(), ACTORS)).toEqual(linkEvents(corpus, ACTORS));
  });
});
