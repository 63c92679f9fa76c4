/**
 * Structural furniture signals: lines that are not the story because of their
 * shape and place on the page rather than their words.
 *
 * - the block of headline / teaser pairs after a "Related articles" heading,
 *   and the headlines under a bare link label ("Read more:", or "READ MORE"
 *   followed by at least two headlines);
 * - headline-shaped lines ending "| Section News" inside the body (a teaser
 *   for another story), except the article's own headline;
 * - a label in another script than the article's ("read more" in Bengali,
 *   Arabic, …) followed by a Latin-script headline;
 * - very short lines (one or two words) without sentence punctuation or
 *   numbers among the story lines ("Advertisement"-like leftovers).
 *
 * All functions work on the normalised lines and a `Decision` per line, and only
 * decide lines still undecided (`null`).
 */
import type { CompiledRules } from './rules.ts';
import { foldKey, lineKey, wordCount, wordsAtMost } from './normalize.ts';

export interface Decision {
  kind: 'removed' | 'caption' | 'duplicate' | 'blank';
  reason: string;
}

const SENTENCE_END = /[.!?]["'”’)\]]*$/;
const ELLIPSIS = /(\.\.\.|…)["'”’)\]]*$/;
const SECTION = /^(.{8,250}?)\s\|\s([^|]{2,40})$/u;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const FOREIGN_LABEL = /^((?=\p{L})(?!\p{Script=Latin})[^\p{Script=Latin}\d]{1,40}?)\s+(\p{Script=Latin}.*)$/u;
const NOT_LATIN = /[^\p{Script=Latin}]+/gu;
const NOT_LETTER = /[^\p{L}]+/gu;
const NON_LATIN_START = /^(?!\p{Script=Latin})\p{L}/u;
const HAS_DIGIT = /\d/;
/** Short lines that still belong to the story: "He said:" before a quote, a quoted word. */
const KEEP_SHORT = /[:;,"“”‘’]\s*$|^["“‘]/;

/** Is the text after " | " a section name ("World news", "Climate crisis News", "Sport")? */
export function isSectionName(s: string, rules: CompiledRules): boolean {
  if (SENTENCE_END.test(s)) return false;
  const words = s.trim().split(/\s+/);
  if (words.length > 5) return false;
  const last = words[words.length - 1].toLowerCase();
  if (rules.sectionWords.has(last)) return true;
  return words.every((w) => CAPITALISED.test(w) || w.length <= 3);
}

/** A line that reads as a headline: a few words and no full stop at the end (or cut off with "…"). */
export function isHeadlineShaped(line: string, rules: CompiledRules): boolean {
  const m = SECTION.exec(line);
  if (m && isSectionName(m[2], rules)) return true;
  const n = wordCount(line);
  if (ELLIPSIS.test(line)) return n <= 40;
  return n >= 2 && n <= 20 && !SENTENCE_END.test(line);
}

/** First line that is neither blank nor already removed: the page's own headline if it has one. */
function firstSurviving(lines: string[], d: Array<Decision | null>): number {
  for (let i = 0; i < lines.length; i++) if (d[i] === null) return i;
  return -1;
}

/** Is `line` the article's own title (possibly with a "| Section" suffix)? */
function isOwnTitle(line: string, title: string | null, rules: CompiledRules): boolean {
  if (!title) return false;
  const t = lineKey(title);
  const k = lineKey(line);
  if (k === t) return true;
  const m = SECTION.exec(line);
  return m !== null && isSectionName(m[2], rules) && (lineKey(m[1]) === t || t.startsWith(lineKey(m[1])));
}

/** A link label on its own line ("Read more:", "READ MORE"): the headlines under it may be links. */
function isLinkLabel(line: string, dec: Decision | null): boolean {
  return (dec?.reason === 'source_link' || dec?.reason === 'read_more') && wordsAtMost(line, 4);
}

/** The next `n` non-blank lines after `i` are all undecided and headline-shaped. */
function headlinesFollow(lines: string[], d: Array<Decision | null>, i: number, n: number, rules: CompiledRules): boolean {
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < n; j++) {
    if (d[j]?.kind === 'blank') continue;
    if (d[j] !== null || !isHeadlineShaped(lines[j], rules)) return false;
    seen++;
  }
  return seen === n;
}

/**
 * A past-tense report with its day ("… said on Tuesday that …"): the story's
 * own paragraph resuming after a related block, not a teaser (teasers are
 * written in the present: "Farmers say losses could reach …").
 */
const DATED_REPORT = /\b(?:said|told|announced|reported)\s+(?:\w+\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\s+(?:week|month|night))\b/i;

/** Remove the headline / teaser pairs that follow a related-articles heading (or a bare "Read more:"). */
export function markRelatedBlocks(lines: string[], d: Array<Decision | null>, rules: CompiledRules, credits: RegExp | null = null): void {
  for (let i = 0; i < lines.length; i++) {
    // Under a heading, headlines may come with a teaser sentence; under a bare link label, headlines only.
    const heading = d[i]?.reason === 'related_heading';
    if (!heading && !isLinkLabel(lines[i], d[i])) continue;
    // A label without a colon ("READ MORE") takes the lines under it only when two headlines follow.
    if (!heading && !/[:：ঃ]$/u.test(lines[i]) && !headlinesFollow(lines, d, i, 2, rules)) continue;
    let afterHeadline = false;
    let seen = 0;
    for (let j = i + 1; j < lines.length && seen < 40; j++) {
      if (d[j]?.kind === 'blank') continue;
      seen++;
      const line = lines[j];
      if (d[j] !== null) {
        afterHeadline = false;
        continue; // already furniture: the block goes on
      }
      // the story's own credit line ("(Reporting by A B; Editing by C D)") ends the block
      if (credits && credits.test(foldKey(line))) break;
      if (isHeadlineShaped(line, rules)) {
        d[j] = { kind: 'removed', reason: 'related_block' };
        afterHeadline = true;
      } else if (heading && afterHeadline && (ELLIPSIS.test(line) || (wordsAtMost(line, 30) && !DATED_REPORT.test(line)))) {
        d[j] = { kind: 'removed', reason: 'related_block' };
        afterHeadline = false;
      } else break;
    }
  }
}

const PHOTO_CREDIT = /\b(?:photo|photograph|picture|image|pictures|photos)\s*[:|/]/i;

/** Headline-shaped "… | Section News" lines in the body: teasers for other stories. */
export function markSectionTeasers(lines: string[], d: Array<Decision | null>, title: string | null, rules: CompiledRules): void {
  const first = firstSurviving(lines, d);
  for (let i = 0; i < lines.length; i++) {
    if (d[i] !== null || i === first) continue;
    const m = SECTION.exec(lines[i]);
    if (!m || SENTENCE_END.test(m[1]) || !isSectionName(m[2], rules)) continue;
    // "… on Tuesday. Photo: A B | The Outlet" is a caption's credit, left to the captions step
    if (PHOTO_CREDIT.test(lines[i])) continue;
    if (isOwnTitle(lines[i], title, rules)) continue;
    d[i] = { kind: 'removed', reason: 'related_teaser' };
  }
}

/** Share of letters that are Latin script, over the undecided lines. */
function latinShare(lines: string[], d: Array<Decision | null>): number {
  let latin = 0;
  let all = 0;
  for (let i = 0; i < lines.length; i++) {
    if (d[i] !== null) continue;
    all += lines[i].replace(NOT_LETTER, '').length;
    latin += lines[i].replace(NOT_LATIN, '').length;
  }
  return all === 0 ? 0 : latin / all;
}

/** A short label in another script before a Latin headline, in a Latin-script article. */
export function markForeignLabels(lines: string[], d: Array<Decision | null>, rules: CompiledRules): void {
  let latin: number | null = null; // computed only when a candidate line shows up
  for (let i = 0; i < lines.length; i++) {
    if (d[i] !== null || !NON_LATIN_START.test(lines[i])) continue;
    const m = FOREIGN_LABEL.exec(lines[i]);
    if (!m || !wordsAtMost(m[1], 4)) continue;
    if (!isHeadlineShaped(m[2], rules)) continue;
    latin ??= latinShare(lines, d);
    if (latin < 0.8) return;
    d[i] = { kind: 'removed', reason: 'read_more' };
  }
}

/** One- or two-word lines without sentence punctuation or numbers, other than the headline. */
export function markShortFragments(lines: string[], d: Array<Decision | null>, title: string | null): void {
  const first = firstSurviving(lines, d);
  const t = title ? lineKey(title) : null;
  for (let i = 0; i < lines.length; i++) {
    if (d[i] !== null || i === first) continue;
    const line = lines[i];
    if (!wordsAtMost(line, 2) || SENTENCE_END.test(line) || HAS_DIGIT.test(line) || KEEP_SHORT.test(line)) continue;
    if (t !== null && lineKey(line) === t) continue;
    d[i] = { kind: 'removed', reason: 'short_fragment' };
  }
}
