/**
 * Furniture told by its place on the page and the page's own metadata.
 *
 * - the masthead: a short line that is just the outlet's name or its URL's
 *   site name ("THE VALLEY SUN", "Valley Sun"), anywhere on the page;
 * - the head: short lines without sentence punctuation printed above the
 *   article's own headline (section names, taglines, menus), when the headline
 *   comes before the first story paragraph;
 * - the tail: after the last story paragraph, headline-shaped lines that come
 *   after some other furniture are teasers for other stories (lists of
 *   headlines printed without a "Related" heading). Credit lines
 *   (`boilerplate.yaml` → `story_credits`) and fact-box lines ("Deaths: 40")
 *   stay.
 *
 * A story paragraph is an undecided line of at least `PARAGRAPH_WORDS` words
 * ending with sentence punctuation. Only undecided (`null`) lines are decided.
 */
import type { Article } from '../types.ts';
import type { Knowledge } from '../knowledge/index.ts';
import { foldKey, lineKey, wordsAtMost } from './normalize.ts';
import { isHeadlineShaped, type Decision } from './structure.ts';
import type { CompiledRules } from './rules.ts';

const SENTENCE_END = /[.!?]["'”’)\]]*$/;
const PARAGRAPH_WORDS = 8;
/** Longest line taken for a masthead or a head-zone label. */
const MASTHEAD_MAX_WORDS = 6;
const HEAD_MAX_WORDS = 15;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;
const STARTS_CAPITAL = /^["“‘']?[\p{Lu}\p{N}]/u;
/** A fact-box line ("Deaths: 1,240", "Cost: $2bn"): data of the story, not a headline. */
const FACT_LINE = /^[^:]{1,40}:\s*[-+−~≈]?[$€£¥]?\d/u;

export function compileStoryCredits(kb: Knowledge): RegExp | null {
  return kb.derive('clean.storyCredits', (k) => {
    const list = k.get<{ story_credits?: string[] }>('boilerplate').story_credits ?? [];
    return list.length ? new RegExp(list.map((r) => `(?:${r})`).join('|'), 'u') : null;
  });
}

/** Letters and digits only, without a leading "the": how a name is compared. */
function nameKey(s: string): string {
  return foldKey(s).replace(/^the\s+/, '').replace(NOT_ALNUM, '');
}

/** The names the page may print as its masthead: the outlet, the URL's site name. */
export function siteNames(article: Pick<Article, 'outlet' | 'url'>): Set<string> {
  const names = new Set<string>();
  if (article.outlet && nameKey(article.outlet).length >= 3) names.add(nameKey(article.outlet));
  if (article.url) {
    try {
      const labels = new URL(article.url).hostname.toLowerCase().split('.');
      // Every label but the last (the top-level domain): "www.valleysun.co.uk" → valleysun.
      for (const l of labels.slice(0, -1)) if (l.length >= 4 && l !== 'www') names.add(l.replace(NOT_ALNUM, ''));
    } catch {
      /* not a URL */
    }
  }
  return names;
}

function isParagraph(line: string, dec: Decision | null): boolean {
  return dec === null && !wordsAtMost(line, PARAGRAPH_WORDS - 1) && SENTENCE_END.test(line);
}

/** Lines that are just the outlet's or site's name. */
export function markMastheads(lines: string[], d: Array<Decision | null>, article: Pick<Article, 'outlet' | 'url'>): void {
  const names = siteNames(article);
  if (names.size === 0) return;
  for (let i = 0; i < lines.length; i++) {
    if (d[i] !== null || !wordsAtMost(lines[i], MASTHEAD_MAX_WORDS)) continue;
    if (names.has(nameKey(lines[i]))) d[i] = { kind: 'removed', reason: 'masthead' };
  }
}

/** Short unpunctuated lines above the article's own headline. */
export function markHead(lines: string[], d: Array<Decision | null>, title: string | null): void {
  if (!title) return;
  const t = lineKey(title);
  let headline = -1;
  for (let i = 0; i < lines.length; i++) {
    const k = lineKey(lines[i]);
    if (k === t || (k.length > 0 && t.startsWith(k) && k.length >= t.length * 0.6) || (k.startsWith(t) && /^\s*[|:–—-]/.test(k.slice(t.length)))) {
      headline = i;
      break;
    }
    if (isParagraph(lines[i], d[i])) return; // the story starts before any headline
  }
  for (let i = 0; i < headline; i++) {
    if (d[i] !== null) continue;
    if (!wordsAtMost(lines[i], HEAD_MAX_WORDS) || SENTENCE_END.test(lines[i])) continue;
    d[i] = { kind: 'removed', reason: 'masthead' };
  }
}

/** Headline-shaped lines after the story has ended and other furniture has begun. */
export function markTailTeasers(lines: string[], d: Array<Decision | null>, rules: CompiledRules, credits: RegExp | null): void {
  let last = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (isParagraph(lines[i], d[i])) {
      last = i;
      break;
    }
  }
  if (last < 0) return;
  let furnitureSeen = false;
  for (let i = last + 1; i < lines.length; i++) {
    const dec = d[i];
    if (dec !== null) {
      if (dec.kind === 'removed') furnitureSeen = true;
      continue;
    }
    if (!furnitureSeen) continue;
    const line = lines[i];
    if (!STARTS_CAPITAL.test(line) || FACT_LINE.test(line) || !isHeadlineShaped(line, rules)) continue;
    if (credits?.test(foldKey(line))) continue;
    d[i] = { kind: 'removed', reason: 'tail_teaser' };
  }
}
