/**
 * Publishing: `npm run build` makes a self-contained dist/ that works from
 * any static host and from a sub-path. Two builds of the sample corpus:
 *
 * - clean URLs (the default), served under `/some/prefix/` by a host that
 *   maps `/x` to `x.html` (GitHub Pages, Netlify, nginx try_files);
 * - CLAIMSCOPE_CLEAN_URLS=false, served under `/some/prefix/` by a host that
 *   serves exact files only (a bare S3 bucket, `python3 -m http.server`).
 *
 * Every file is checked statically (no root-absolute links, nothing loaded
 * from another origin), then the pages are opened in headless Chromium: zero
 * console errors, zero failed requests, zero requests to other origins, and
 * every same-site link on the home page resolves. Browser checks skip with a
 * message when Chromium is not installed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite, CHROMIUM_PATH, hasChromium, launchChromium, visitPage } from '../support/browser.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';

const PREFIX = '/some/prefix/';

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Attribute values that make the browser fetch or navigate. */
function urlAttributes(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href|action|srcset|poster|data)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => m[1] ?? m[2]);
}

/** Fetching attributes (`src`, stylesheet and preload links) pointing at another origin. */
function foreignLoads(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<(script|img|iframe|link|source|video|audio)\b[^>]*>/gi)) {
    const tag = m[0];
    if (m[1].toLowerCase() === 'link' && !/rel\s*=\s*["']?(?:stylesheet|modulepreload|preload|icon)/i.test(tag)) continue;
    for (const v of urlAttributes(tag)) if (/^(?:https?:)?\/\//i.test(v)) out.push(v);
  }
  for (const m of html.matchAll(/import\s*(?:[^'"]*from\s*)?["'](https?:\/\/[^"']+)["']/g)) out.push(m[1]);
  return out;
}

for (const variant of [
  { name: 'clean URLs', env: {}, cleanUrls: true },
  { name: 'plain .html links', env: { CLAIMSCOPE_CLEAN_URLS: 'false' }, cleanUrls: false },
]) {
  describe(`published site, ${variant.name}, under ${PREFIX}`, () => {
    let dist: string;
    let server: RunningServer;
    let browser: Browser | null = null;

    beforeAll(async () => {
      dist = (await buildSite({ env: variant.env, timeoutMs: 900_000 })).outDir;
      server = await startServer({ dir: dist, prefix: PREFIX, cleanUrls: variant.cleanUrls });
      browser = await launchChromium();
    }, 900_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('is self-contained: no root-absolute links, nothing loaded from another origin', () => {
      const html = files(dist).filter((f) => f.endsWith('.html'));
      expect(html).toContain('index.html');
      for (const f of html) {
        const text = readFileSync(join(dist, f), 'utf8');
        const absolute = urlAttributes(text).filter((v) => v.startsWith('/') && !v.startsWith('//'));
        expect(absolute, `${f} has root-absolute links (break under a sub-path)`).toEqual([]);
        expect(foreignLoads(text), `${f} loads from another origin`).toEqual([]);
      }
      for (const f of files(dist).filter((f) => /\.(js|css)$/.test(f))) {
        const text = readFileSync(join(dist, f), 'utf8');
        expect(text.match(/@import\s+url\(["']?https?:/g) ?? [], `${f} imports remote CSS`).toEqual([]);
      }
    });

    it(variant.cleanUrls ? 'links pages without .html' : 'links pages with .html', () => {
      const index = readFileSync(join(dist, 'index.html'), 'utf8');
      const pageLinks = urlAttributes(index).filter((v) => /^\.\.?\/[\w-]+$|^\.\/[\w-]+\.html$/.test(v));
      expect(pageLinks.length).toBeGreaterThan(0);
      for (const l of pageLinks) expect(l.endsWith('.html')).toBe(!variant.cleanUrls);
    });

    it('opens every listed page with no console error, failed request or foreign request', async (ctx) => {
      if (!browser) return ctx.skip(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
      const home = await visitPage(browser, server.url);
      const links = await home.page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      const problems = (where: string, v: { consoleErrors: string[]; failedRequests: string[]; foreignRequests: string[] }) =>
        [...v.consoleErrors.map((e) => `console: ${e}`), ...v.failedRequests.map((r) => `failed: ${r}`), ...v.foreignRequests.map((r) => `foreign: ${r}`)].map((p) => `${where}: ${p}`);
      const all = problems('home', home);
      await home.close();
      const origin = new URL(server.url).origin;
      const sameSite = [...new Set(links.map((l) => l.split('#')[0]))].filter((l) => l.startsWith(server.url) && l !== server.url);
      expect(sameSite.length).toBeGreaterThan(3);
      // every page of the navigation, plus at most a few generated ones (articles, actors)
      const nav = sameSite.filter((l) => !/\/(articles|actors|claims)\/[^/]+$/.test(l));
      const generated = sameSite.filter((l) => !nav.includes(l)).slice(0, 3);
      for (const url of [...nav, ...generated]) {
        expect(url.startsWith(origin + PREFIX), `${url} leaves the sub-path`).toBe(true);
        const v = await visitPage(browser, url);
        all.push(...problems(url.slice(server.url.length), v));
        await v.close();
      }
      expect(all).toEqual([]);
      expect(server.log.filter((r) => r.status >= 400)).toEqual([]);
    }, 600_000);
  });
}
