import { mkdtempSync, mkdirSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureFreshCache, pinClientNpmVersions } from '../../data-loaders/site/cache.ts';

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'cs-cache-'));
  const corpus = join(root, 'corpus');
  const code = join(root, 'code');
  const cacheDir = join(root, 'cache');
  mkdirSync(corpus);
  mkdirSync(code);
  writeFileSync(join(corpus, 'a.txt'), 'First story.');
  writeFileSync(join(code, 'stage.ts'), 'export const x = 1;');
  const cached = join(cacheDir, 'data', 'tables.tar');
  const fillCache = () => {
    mkdirSync(join(cacheDir, 'data'), { recursive: true });
    writeFileSync(cached, 'old output');
  };
  return { corpus, code, cacheDir, cached, fillCache, opts: { cacheDir, inputs: [corpus, code] } };
}

describe('loader cache freshness', () => {
  it('keeps cached output while the inputs are unchanged', () => {
    const t = setup();
    ensureFreshCache(t.opts);
    t.fillCache();
    expect(ensureFreshCache(t.opts).cleared).toBe(false);
    expect(existsSync(t.cached)).toBe(true);
  });

  it('drops cached output when an article is edited', () => {
    const t = setup();
    ensureFreshCache(t.opts);
    t.fillCache();
    writeFileSync(join(t.corpus, 'a.txt'), 'First story, corrected.');
    expect(ensureFreshCache(t.opts).cleared).toBe(true);
    expect(existsSync(t.cached)).toBe(false);
  });

  it('drops cached output when an article is added or the pipeline code changes', () => {
    const t = setup();
    ensureFreshCache(t.opts);
    t.fillCache();
    writeFileSync(join(t.corpus, 'b.txt'), 'Second story.');
    expect(ensureFreshCache(t.opts).cleared).toBe(true);
    t.fillCache();
    writeFileSync(join(t.code, 'stage.ts'), 'export const x = 2;');
    expect(ensureFreshCache(t.opts).cleared).toBe(true);
  });

  it('drops cached output when an environment setting changes', () => {
    const t = setup();
    ensureFreshCache({ ...t.opts, salt: ['corpus-a'] });
    t.fillCache();
    expect(ensureFreshCache({ ...t.opts, salt: ['corpus-b'] }).cleared).toBe(true);
  });

  it('pins the npm modules named by the Framework client to local versions', () => {
    const t = setup();
    const pinned = pinClientNpmVersions(t.cacheDir, process.cwd());
    expect(pinned).toContain('apache-arrow@21.2.0');
    expect(readdirSync(join(t.cacheDir, '_npm'))).toContain('apache-arrow@21.2.0');
  });
});
