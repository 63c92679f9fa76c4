/**
 * The built site in a real browser. One build of the sample corpus plus a
 * hostile article (markup in its title, body and outlet), served under a
 * sub-path, every page opened in headless Chromium: no console errors, no
 * request to another origin, a chart on every chart page whose table has
 * rows (a "no rows yet" note otherwise), and the hostile strings shown as
 * text, never run. Skipped, with a message, when Chromium is not installed.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite, CHROMIUM_PATH, hasChromium, launchChromium, PROJECT_ROOT, serveStatic, visitPage, type StaticServer } from '../support/browser.ts';

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const HOSTILE_TITLE = `Hostile ${SCRIPT} title ${IMG}`;
const HOSTILE_OUTLET = `Evil ${IMG} Outlet`;

/** The sample corpus plus one article whose title, body and outlet carry markup. */
function hostileCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-hostile-'));
  cpSync(join(PROJECT_ROOT, 'corpus/kursk-2025'), dir, { recursive: true });
  rmSync(join(dir, 'gold'), { recursive: true, force: true });
  const body = [
    `Officials said on Tuesday that more than 300 people had been evacuated ${SCRIPT} from the flooded district.`,
    '',
    `"We will rebuild every bridge," the regional governor said. ${IMG}`,
    '',
    'The agency reported about 40 homes destroyed and 12 roads closed.',
  ].join('\n');
  writeFileSync(join(dir, 'articles/zz_hostile.txt'), body);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.push({ file: 'articles/zz_hostile.txt', outlet: HOSTILE_OUTLET, published: '2025-03-14', title: HOSTILE_TITLE, url: 'javascript:window.__pwned=1', language: 'en' });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/** A page view file as the build wrote it (`_file/data/tables/site/<name>.<hash>.json`). */
function siteFile(outDir: string, name: string): string {
  const dir = join(outDir, '_file/data/tables/site');
  const file = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && f.endsWith('.json'));
  if (!file) throw new Error(`no ${name} view in ${dir}`);
  return join(dir, file);
}

/** Chart pages and the table whose rows they chart. */
const CHART_PAGES: Record<string, string> = {
  '': 'articles',
  outlets: 'articles',
  actors: 'mentions',
  numbers: 'claims',
  events: 'events',
  quotes: 'quotes',
  quality: 'articles',
};
const OTHER_PAGES = ['claims'];

const available = hasChromium();
if (!available) console.warn(`[browser test] skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);

describe.skipIf(!available)('site in a browser', () => {
  let corpus = '';
  let outDir = '';
  let server: StaticServer;
  let browser: Browser;
  let counts: Record<string, number> = {};
  let articlePages: string[] = [];
  let actorPages: string[] = [];

  beforeAll(async () => {
    corpus = hostileCorpus();
    // Cap the parameterized pages: enough for every article of this corpus, few actors (build time).
    const site = await buildSite({ corpus, env: { CLAIMSCOPE_SITE_PAGES: '8' } });
    outDir = site.outDir;
    server = await serveStatic(outDir, { prefix: '/claimscope/' });
    browser = (await launchChromium()) as Browser;
    counts = JSON.parse(readFileSync(siteFile(outDir, 'overview'), 'utf8')).meta.counts;
    articlePages = readdirSync(join(outDir, 'articles')).map((f) => f.replace(/\.html$/, '')).sort();
    const actorsDir = join(outDir, 'actors');
    actorPages = readdirSync(actorsDir).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, '')).sort();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    for (const d of [corpus, outDir]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it('builds every page, and one reader page per article', () => {
    expect(counts.articles).toBe(6);
    expect(articlePages).toHaveLength(6);
    for (const p of [...Object.keys(CHART_PAGES).filter(Boolean), ...OTHER_PAGES]) expect(readdirSync(outDir)).toContain(`${p}.html`);
  });

  it('renders every page offline: no console error, no other origin, charts where there are rows', async () => {
    const sample = [...articlePages.slice(0, 2), ...actorPages.slice(0, 2)].map((p, i) => (i < 2 ? `articles/${p}` : `actors/${p}`));
    const problems: string[] = [];
    for (const path of [...Object.keys(CHART_PAGES), ...OTHER_PAGES, ...sample]) {
      const visit = await visitPage(browser, server.url + path);
      const name = path || 'index';
      if (visit.consoleErrors.length) problems.push(`${name}: console errors ${JSON.stringify(visit.consoleErrors)}`);
      if (visit.foreignRequests.length) problems.push(`${name}: requests to other origins ${JSON.stringify(visit.foreignRequests)}`);
      if (visit.failedRequests.length) problems.push(`${name}: failed requests ${JSON.stringify(visit.failedRequests)}`);
      if (path in CHART_PAGES) {
        const charts = await visit.page.locator('main svg.plot-d6a7b5, main figure svg, main svg').count();
        const empty = await visit.page.locator('main .cs-empty').count();
        if ((counts[CHART_PAGES[path]] ?? 0) > 0 && charts === 0) problems.push(`${name}: no chart although ${CHART_PAGES[path]} has rows`);
        if ((counts[CHART_PAGES[path]] ?? 0) === 0 && empty === 0) problems.push(`${name}: ${CHART_PAGES[path]} is empty but no "no rows yet" note`);
      }
      if (await visit.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned !== undefined)) problems.push(`${name}: hostile markup ran`);
      await visit.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('highlights every claim in the article reader, also inside other layers, and hides layers one at a time', async () => {
    // the sample article with the most claims
    const rows = JSON.parse(readFileSync(siteFile(outDir, 'overview'), 'utf8')).articles.rows as { article_id: string; claims: number }[];
    const top = rows.filter((r) => articlePages.includes(r.article_id)).sort((a, b) => b.claims - a.claims)[0];
    const visit = await visitPage(browser, `${server.url}articles/${top.article_id}`);
    const styles = () =>
      visit.page.evaluate(() =>
        Array.from(document.querySelectorAll('main .cs-article .claim')).map((el) => {
          const css = getComputedStyle(el);
          return { classes: el.className, claim: css.backgroundColor !== 'rgba(0, 0, 0, 0)', actor: css.textDecorationLine.includes('underline') };
        }),
      );
    const shown = await styles();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((s) => !s.claim)).toEqual([]);
    // Hiding claims removes their background but leaves an actor underline on the same words.
    await visit.page.locator('main label', { hasText: /^claims$/ }).locator('input[type=checkbox]').uncheck();
    await visit.page.waitForSelector('main .cs-article.hide-claim', { timeout: 5000 });
    const hidden = await styles();
    expect(hidden.filter((s) => s.claim)).toEqual([]);
    expect(hidden.filter((s) => / actor|^actor/.test(s.classes) && !s.actor)).toEqual([]);
    await visit.close();
  });

  it('shows the hostile title, body and outlet as text and runs none of it', async () => {
    const overview = await visitPage(browser, server.url);
    const overviewText = await overview.page.locator('main').innerText();
    expect(overviewText).toContain(HOSTILE_TITLE);
    expect(await overview.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await overview.close();

    // The hostile article's reader page.
    const articles = JSON.parse(readFileSync(siteFile(outDir, 'overview'), 'utf8')).articles.rows as { article_id: string; title: string }[];
    const hostile = articles.find((a) => a.title === HOSTILE_TITLE);
    expect(hostile).toBeDefined();
    const visit = await visitPage(browser, `${server.url}articles/${hostile!.article_id}`);
    expect(await visit.page.locator('main h1').first().innerText()).toContain(SCRIPT);
    const text = await visit.page.locator('main .cs-article').innerText();
    expect(text).toContain(SCRIPT);
    expect(text).toContain(IMG);
    expect(await visit.page.locator('main').innerText()).toContain(HOSTILE_OUTLET);
    expect(await visit.page.locator('main .cs-article img, main .cs-article script').count()).toBe(0);
    // The javascript: URL is shown, not linked.
    expect(await visit.page.locator('main a[href^="javascript:"]').count()).toBe(0);
    expect(await visit.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(visit.consoleErrors).toEqual([]);
    await visit.close();
  }, 60_000);

  it('scrolls a #claim- deep link to its highlighted claim', async () => {
    const rows = JSON.parse(readFileSync(siteFile(outDir, 'claims-1'), 'utf8')).rows;
    const claim = rows.find((r: { page: boolean }) => r.page);
    if (!claim) return expect(counts.claims ?? 0).toBe(0);
    const visit = await visitPage(browser, `${server.url}articles/${claim.article_id}#claim-${claim.claim_id}`);
    const target = visit.page.locator(`#claim-${claim.claim_id}`);
    expect(await target.getAttribute('class')).toContain('cs-target');
    expect(await target.isVisible()).toBe(true);
    await visit.close();
  }, 30_000);
});
