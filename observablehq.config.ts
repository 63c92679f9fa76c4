// Observable Framework configuration for the Claimscope site.
// See https://observablehq.com/framework/config
//
// The parameterized pages (one per article, one per actor, the claims list's
// later pages) and the footer's corpus fingerprint come from the same archive
// the data loader emits (data-loaders/site/site-build.ts builds it once).
// CLAIMSCOPE_CORPUS picks the corpus, CLAIMSCOPE_DIST the output folder,
// CLAIMSCOPE_SITE_PAGES caps the article and actor pages.
import { siteBuild, sitePagePaths } from './data-loaders/site/site-build.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

let footerHtml: string | null = null;
function footer(): string {
  if (footerHtml === null) {
    const { meta } = siteBuild();
    footerHtml =
      'Claimscope — numbers, claimants and quotes extracted from the articles of the corpus. ' +
      `Built from corpus <code>${escapeHtml(meta.corpus)}</code>, fingerprint <code>${escapeHtml(meta.fingerprint)}</code>, ` +
      `pipeline <code>${escapeHtml(meta.pipeline_version)}</code>.`;
  }
  return footerHtml;
}

export default {
  title: 'Claimscope',
  // CLAIMSCOPE_SRC: an isolated copy of src/ (tests/support/browser.ts builds one per test run).
  root: process.env.CLAIMSCOPE_SRC ?? 'src',
  output: process.env.CLAIMSCOPE_DIST ?? 'dist',
  // Everything is served from this site: no remote stylesheets or fonts.
  globalStylesheets: [],
  // Framework's default layout, "air" in light mode and "near-midnight" in dark mode, plus our classes.
  style: 'style.css',
  pages: [
    { name: 'Overview', path: '/' },
    { name: 'Outlets', path: '/outlets' },
    { name: 'Actors', path: '/actors' },
    { name: 'Numbers over time', path: '/numbers' },
    { name: 'Claims', path: '/claims' },
    { name: 'Events', path: '/events' },
    { name: 'Quotes', path: '/quotes' },
    { name: 'Data quality', path: '/quality' },
  ],
  dynamicPaths: async function* () {
    yield* sitePagePaths(siteBuild().routes);
  },
  head: '<link rel="icon" href="data:,">',
  footer,
  // CLAIMSCOPE_CLEAN_URLS=false keeps `.html` in links, for hosts that serve exact files only.
  preserveExtension: process.env.CLAIMSCOPE_CLEAN_URLS === 'false',
  toc: true,
  search: false,
  // Links without `.html` (`./numbers`) need a host that maps them to files (GitHub Pages, Netlify,
  // nginx try_files); CLAIMSCOPE_CLEAN_URLS=false builds `./numbers.html` links for any static host.
  cleanUrls: process.env.CLAIMSCOPE_CLEAN_URLS !== 'false',
};
