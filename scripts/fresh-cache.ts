/**
 * Run before `observable preview` and `observable build` (see package.json):
 * drops Framework's cached loader outputs when the corpus or the pipeline
 * changed, and pins client-only npm versions so the build works offline.
 */
import { join } from 'node:path';
import { ensureFreshCache, pinClientNpmVersions } from '../data-loaders/site/cache.ts';
import { PROJECT_ROOT, siteCorpusDir } from '../data-loaders/site/archive.ts';

const cacheDir = join(PROJECT_ROOT, 'src/.observablehq/cache');
const { fingerprint, cleared } = ensureFreshCache({
  cacheDir,
  inputs: [siteCorpusDir(), join(PROJECT_ROOT, 'data-loaders'), join(PROJECT_ROOT, 'src/data')],
  salt: [siteCorpusDir(), process.env.CLAIMSCOPE_KNOWLEDGE ?? '', process.env.CLAIMSCOPE_SITE_PAGES ?? ''],
});
pinClientNpmVersions(cacheDir, PROJECT_ROOT);
process.stderr.write(`claimscope: inputs ${fingerprint}${cleared ? ' changed: loader cache cleared' : ' unchanged'}\n`);
