// Observable Framework configuration for the Claimscope site.
// See https://observablehq.com/framework/config
export default {
  title: 'Claimscope',
  root: 'src',
  // Everything is served from this site: no remote stylesheets or fonts.
  globalStylesheets: [],
  theme: ['air', 'near-midnight'],
  pages: [{ name: 'Overview', path: '/' }],
  head: '<link rel="icon" href="data:,">',
  footer: 'Claimscope — numbers, claimants and quotes extracted from the articles of the corpus.',
  toc: true,
  search: false,
  cleanUrls: true,
};
