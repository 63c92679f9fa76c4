/**
 * `npm run dev`: Framework's preview server, plus a watcher that makes edits
 * to the corpus or the pipeline show up live. Framework only watches the
 * loader file itself, so on a change we clear the stale cache and touch the
 * loader, which makes the preview re-run it and reload the page.
 */
import { spawn } from 'node:child_process';
import { utimesSync, watch } from 'node:fs';
import { join } from 'node:path';
import { ensureFreshCache, pinClientNpmVersions } from '../data-loaders/site/cache.ts';
import { PROJECT_ROOT, siteCorpusDir } from '../data-loaders/site/archive.ts';

const cacheDir = join(PROJECT_ROOT, 'src/.observablehq/cache');
const inputs = [siteCorpusDir(), join(PROJECT_ROOT, 'data-loaders')];
const check = () => ensureFreshCache({ cacheDir, inputs: [...inputs, join(PROJECT_ROOT, 'src/data')], salt: [siteCorpusDir(), process.env.CLAIMSCOPE_KNOWLEDGE ?? '', process.env.CLAIMSCOPE_SITE_PAGES ?? ''] });

check();
pinClientNpmVersions(cacheDir, PROJECT_ROOT);

const preview = spawn(join(PROJECT_ROOT, 'node_modules/.bin/observable'), ['preview', ...process.argv.slice(2)], { stdio: 'inherit', cwd: PROJECT_ROOT });
preview.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => preview.kill(sig));

let timer: NodeJS.Timeout | null = null;
for (const dir of inputs) {
  watch(dir, { recursive: true }, () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const { cleared } = check();
      if (cleared) {
        const now = new Date();
        utimesSync(join(PROJECT_ROOT, 'src/data/tables.tar.ts'), now, now);
        process.stderr.write('claimscope: corpus or pipeline changed: reloading tables\n');
      }
    }, 300);
  });
}
