/**
 * Archive data loader: runs the pipeline once over the corpus and emits every
 * table as `data/tables/<name>.arrow`, `data/tables/meta.json` (which corpus
 * and pipeline version produced them) and the pages' pre-aggregated views
 * under `data/tables/site/` (see data-loaders/site/views.ts). Pages read
 * members with `FileAttachment("data/tables/claims.arrow")`.
 *
 * The corpus is `corpus/kursk-2025` unless CLAIMSCOPE_CORPUS names another
 * folder. The archive is shared with observablehq.config.ts (routes, footer)
 * through a stash keyed by the inputs' fingerprint (data-loaders/site/site-build.ts),
 * so one build runs the pipeline once.
 */
import { siteBuild } from '../../data-loaders/site/site-build.ts';

process.stdout.write(siteBuild().archive);
