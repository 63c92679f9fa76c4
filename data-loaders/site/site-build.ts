/**
 * The site's archive (tables + page views + meta), built once per input
 * fingerprint and shared by the two places that need it during one build:
 * the Framework config (the parameterized routes, the footer's fingerprint)
 * and the archive loader `src/data/tables.tar.ts`. The first caller runs the
 * pipeline and stores the archive in Framework's cache folder; the second
 * reads it back, so the pipeline runs once per build.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluateResult, readGold, type EvalReport } from '../eval/index.ts';
import type { CorpusResult } from '../pipeline/result.ts';
import { PROJECT_ROOT, siteArchive, siteCorpusDir } from './archive.ts';
import { inputsFingerprint } from './cache.ts';
import { capsFromEnv, siteViews, type SiteMeta, type SiteRoutes } from './views.ts';

export interface SiteBuild {
  archive: Uint8Array;
  routes: SiteRoutes;
  meta: SiteMeta;
}

/**
 * The Framework source root: `src`, or CLAIMSCOPE_SRC (the browser tests build
 * an isolated copy of `src/` so their cache never mixes with a developer's).
 */
export function siteSourceRoot(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(PROJECT_ROOT, env.CLAIMSCOPE_SRC ?? 'src');
}

const stashDir = () => join(siteSourceRoot(), '.observablehq/cache/claimscope');

/** Fingerprint of everything the archive depends on (same inputs as scripts/fresh-cache.ts, plus caps). */
export function siteInputsFingerprint(corpusDir = siteCorpusDir(), env: NodeJS.ProcessEnv = process.env): string {
  const knowledge = (env.CLAIMSCOPE_KNOWLEDGE ?? '').split(':').filter(Boolean);
  return inputsFingerprint(
    [corpusDir, join(PROJECT_ROOT, 'data-loaders'), join(PROJECT_ROOT, 'src/data'), ...knowledge],
    [corpusDir, env.CLAIMSCOPE_KNOWLEDGE ?? '', JSON.stringify(capsFromEnv(env))],
  );
}

/** The evaluation summary when the corpus has gold annotations (null otherwise). */
export function evaluationSummary(result: CorpusResult): unknown {
  const goldDir = join(result.corpusDir, 'gold');
  if (!existsSync(goldDir)) return null;
  try {
    const gold = readGold(goldDir);
    if (gold.length === 0) return null;
    const r: EvalReport = evaluateResult(result, gold);
    const kinds = ['claims', 'quotes', 'actors', 'events', 'boilerplate', 'captions'] as const;
    return {
      articles: r.articles,
      components: r.components,
      bars: r.bars,
      per_article: r.per_article.map((a) => ({
        article: a.article,
        found: a.found,
        ...Object.fromEntries(kinds.map((k) => [k, { gold: a[k].gold, extracted: a[k].extracted, matched: a[k].matched }])),
      })),
    };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

function build(corpusDir: string): SiteBuild {
  let routes: SiteRoutes = { articles: [], actors: [], claimPages: 1 };
  let meta: SiteMeta | null = null;
  const archive = siteArchive(corpusDir, (tables, m, result) => {
    meta = m;
    const views = siteViews(tables, m, capsFromEnv(), { evaluation: evaluationSummary(result) });
    routes = views.routes;
    return views.entries;
  });
  return { archive, routes, meta: meta as unknown as SiteMeta };
}

/** The archive for the current corpus and pipeline: from the stash when fresh, else built and stashed. */
export function siteBuild(corpusDir = siteCorpusDir()): SiteBuild {
  const fp = siteInputsFingerprint(corpusDir);
  const dir = stashDir();
  const tarPath = join(dir, `site-${fp}.tar`);
  const infoPath = join(dir, `site-${fp}.json`);
  if (existsSync(tarPath) && existsSync(infoPath)) {
    try {
      const info = JSON.parse(readFileSync(infoPath, 'utf8')) as Omit<SiteBuild, 'archive'>;
      return { archive: new Uint8Array(readFileSync(tarPath)), ...info };
    } catch {
      // Removed by a concurrent build of another corpus: build it again.
    }
  }
  const out = build(corpusDir);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.startsWith('site-') && !f.startsWith(`site-${fp}`)) rmSync(join(dir, f), { force: true });
  const tmp = `.${process.pid}.tmp`;
  writeFileSync(tarPath + tmp, out.archive);
  renameSync(tarPath + tmp, tarPath);
  writeFileSync(infoPath + tmp, JSON.stringify({ routes: out.routes, meta: out.meta }));
  renameSync(infoPath + tmp, infoPath);
  return out;
}

/** Paths of the parameterized pages (for the config's `dynamicPaths`). */
export function sitePagePaths(routes: SiteRoutes): string[] {
  return [
    ...routes.articles.map((id) => `/articles/${id}`),
    ...routes.actors.map((id) => `/actors/${id}`),
    ...Array.from({ length: Math.max(0, routes.claimPages - 1) }, (_, i) => `/claims/${i + 2}`),
  ];
}
