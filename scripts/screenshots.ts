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
  // The article with the most claims (from the overview's article list).
  const siteDir = join(dist, '_file/data/tables/site');
  const overview = readdirSync(siteDir).find((f) => f.startsWith('overview.') && f.endsWith('.json'));
  if (!overview) throw new Error(`no overview view in ${siteDir}`);
  const articles = JSON.parse(readFileSync(join(siteDir, overview), 'utf8')).articles.rows as { article_id: string; claims: number; page: boolean }[];
  const top = articles.filter((a) => a.page).sort((a, b) => b.claims - a.claims)[0];
  const shots: [string, string][] = [
    ['overview.png', ''],
    ['numbers.png', 'numbers'],
    ['article.png', `articles/${top?.article_id}`],
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
