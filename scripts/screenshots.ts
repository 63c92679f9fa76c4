/**
 * `npx tsx scripts/screenshots.ts [--dist <built site>]`: screenshots of the
 * overview, the numbers-over-time page and an article reader page for the
 * README, saved to docs/screenshots/. Builds the site into a temporary folder
 * first unless `--dist` names an existing build. Needs Chromium
 * (/usr/bin/chromium).
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, launchChromium, PROJECT_ROOT, serveStatic, visitPage } from '../tests/support/browser.ts';

const args = process.argv.slice(2);
const distArg = args.indexOf('--dist') >= 0 ? args[args.indexOf('--dist') + 1] : null;
const outDir = join(PROJECT_ROOT, 'docs/screenshots');

const dist = distArg ?? (await buildSite()).outDir;
const browser = await launchChromium();
if (!browser) {
  process.stderr.write('screenshots: no Chromium at /usr/bin/chromium (apt-get install -y chromium)\n');
  process.exit(1);
}
const server = await serveStatic(dist);
try {
  // The article with the most claims is the first reader page the loader lists.
  const siteDir = join(dist, '_file/data/tables/site');
  const routesFile = readdirSync(siteDir).find((f) => f.startsWith('routes.'));
  const routes = routesFile ? JSON.parse(readFileSync(join(siteDir, routesFile), 'utf8')) : { articles: readdirSync(join(dist, 'articles')).map((f) => f.replace(/\.html$/, '')) };
  const shots: [string, string][] = [
    ['overview.png', ''],
    ['numbers.png', 'numbers'],
    ['article.png', `articles/${routes.articles[0]}`],
  ];
  for (const [file, path] of shots) {
    const visit = await visitPage(browser, server.url + path, { viewport: { width: 1280, height: 1000 }, settleMs: 800 });
    if (visit.consoleErrors.length) process.stderr.write(`screenshots: ${path || 'index'}: ${visit.consoleErrors.join('; ')}\n`);
    if (path === 'numbers') await visit.page.locator('main h1').first().scrollIntoViewIfNeeded();
    await visit.page.screenshot({ path: join(outDir, file) });
    await visit.close();
    process.stderr.write(`wrote docs/screenshots/${file}\n`);
  }
} finally {
  await browser.close();
  await server.close();
  if (!distArg) rmSync(dist, { recursive: true, force: true });
}
