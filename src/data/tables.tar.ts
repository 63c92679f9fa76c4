/**
 * Archive data loader: runs the pipeline once over the corpus and emits every
 * table as `data/tables/<name>.arrow`, plus `data/tables/meta.json` (which
 * corpus and pipeline version produced them). Pages read members with
 * `FileAttachment("data/tables/claims.arrow")`.
 *
 * The corpus is `corpus/kursk-2025` unless CLAIMSCOPE_CORPUS names another
 * folder. Framework caches this output; `scripts/fresh-cache.mjs` drops the
 * cache whenever the corpus or the pipeline changes.
 */
import { siteArchive } from '../../data-loaders/site/archive.ts';

process.stdout.write(siteArchive());
