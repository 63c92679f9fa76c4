import { describe, expect, it } from 'vitest';
import { DEFAULT_CAPS, siteViews, type SiteMeta } from '../../data-loaders/site/views.ts';
import { syntheticTables } from '../support/synthetic-tables.ts';

const meta = (tables: Record<string, unknown[]>): SiteMeta => ({
  corpus: 'synthetic', fingerprint: 'f', pipeline_version: 'p',
  counts: Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length])),
});

function views(tables: ReturnType<typeof syntheticTables>, caps = DEFAULT_CAPS) {
  const { entries, routes } = siteViews(tables, meta(tables), caps);
  const files = new Map(entries.map((e) => [e.name, JSON.parse(String(e.data))]));
  const sizes = new Map(entries.map((e) => [e.name, String(e.data).length]));
  return { files, sizes, routes };
}

describe('site views', () => {
  it('works on empty tables: every page file exists, lists are empty', () => {
    const empty = { articles: [], claims: [], quotes: [], actors: [], mentions: [], events: [], event_reports: [], boilerplate: [], overlaps: [], errors: [] };
    const { files, routes } = views(empty);
    for (const f of ['overview', 'outlets', 'actors', 'numbers', 'events', 'quotes', 'quality', 'claims-1', 'routes']) expect(files.has(`site/${f}.json`)).toBe(true);
    expect(files.get('site/numbers.json').points).toEqual([]);
    expect(files.get('site/claims-1.json').rows).toEqual([]);
    expect(routes).toEqual({ articles: [], actors: [], claimPages: 1 });
  });

  it('highlights the number inside its sentence and links claims to reader pages', () => {
    const t = syntheticTables({ articles: 6, claimsPerArticle: 4 });
    const { files } = views(t);
    const rows = files.get('site/claims-1.json').rows;
    expect(rows).toHaveLength(24);
    for (const r of rows) expect(r.sentence.slice(r.hl[0], r.hl[1])).toBe(r.text);
    expect(rows.every((r: { page: boolean }) => r.page)).toBe(true);
  });

  it('counts claims per outlet and metric, and the key numbers span lowest to highest', () => {
    const t = syntheticTables({ articles: 12, claimsPerArticle: 6 });
    const { files } = views(t);
    const matrix = files.get('site/outlets.json').matrix as { claims: number }[];
    expect(matrix.reduce((n, d) => n + d.claims, 0)).toBe(72);
    for (const k of files.get('site/overview.json').keyNumbers) expect(k.low.value).toBeLessThanOrEqual(k.high.value);
  });

  it('compares key numbers in canonical units and does not count a conversion as a disagreement', () => {
    const t = syntheticTables({ articles: 2, claimsPerArticle: 1 });
    const [a, b] = t.articles as { article_id: string; outlet: string | null }[];
    const base = { ...(t.claims[0] as Record<string, unknown>), metric: 'km2:flooded', quantity: 'area', qualifier: 'exact', vague: false, unit_canonical: 'km2' };
    t.claims = [
      { ...base, claim_id: 'k1', article_id: a.article_id, outlet: a.outlet, text: '1,100 sq km', value: 1100, unit: 'km2', value_canonical: 1100, conversion_of: null },
      { ...base, claim_id: 'k2', article_id: a.article_id, outlet: a.outlet, text: '425 sq mi', value: 425, unit: 'mi2', value_canonical: 1100.7, conversion_of: 'k1' },
      { ...base, claim_id: 'k3', article_id: b.article_id, outlet: b.outlet, text: '500 square miles', value: 500, unit: 'mi2', value_canonical: 1295, conversion_of: null },
    ];
    const [key] = views(t).files.get('site/overview.json').keyNumbers;
    expect(key).toMatchObject({ metric: 'km2:flooded', claims: 2, unit: 'km2' });
    expect(key.low).toMatchObject({ claim_id: 'k1', value: 1100 });
    expect(key.high).toMatchObject({ claim_id: 'k3', value: 1295 });
    expect(key.spread).toBeCloseTo(1295 / 1100, 5);
  });

  it('caps pages and lists on a corpus of 100,000 claims, and stays fast', () => {
    const t = syntheticTables({ articles: 2000, claimsPerArticle: 50, quotesPerArticle: 2, actors: 300 });
    expect(t.claims).toHaveLength(100_000);
    const t0 = performance.now();
    const { sizes, routes, files } = views(t);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(20_000);
    expect(routes.articles).toHaveLength(DEFAULT_CAPS.articlePages);
    expect(routes.actors.length).toBeLessThanOrEqual(DEFAULT_CAPS.actorPages);
    expect(routes.claimPages).toBe(100);
    // Every view file a page loads stays well under the 1.5 MB page budget.
    for (const [name, size] of sizes) expect(size, name).toBeLessThan(750_000);
    expect(files.get('site/overview.json').articles.total).toBe(2000);
    // The metric's first claims page really holds that metric.
    for (const m of files.get('site/numbers.json').metrics) {
      const page = files.get(`site/claims-${m.claimsPage}.json`).rows as { metric: string }[];
      expect(page.some((r) => r.metric === m.metric)).toBe(true);
    }
  }, 60_000);
});
