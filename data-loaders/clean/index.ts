/**
 * Cleaning: turn each Article's raw text into the story text every offset
 * downstream indexes, logging what happened to each line.
 *
 * Per line, in order (the first signal that fires decides):
 *   1. blank lines; lines the reader found outside the page's main text;
 *   2. furniture rules from knowledge/boilerplate.yaml (rules.ts);
 *   3. structure: related-article blocks, "| Section" teasers, foreign-script
 *      "read more" labels (structure.ts);
 *   4. the outlet's own name as a masthead (position.ts); photo captions and
 *      credits, kept but marked (captions.ts); short labels above the
 *      headline and teaser headlines after the story's end (position.ts);
 *      the byline metadata with a timestamp, and notes about the writer
 *      named in the byline (bio.ts);
 *   5. lines repeated across the articles of one site (repeated.ts, corpus-level);
 *   6. one- or two-word leftovers among story lines (structure.ts);
 *   7. lines repeated inside the article, kept once (duplicates.ts).
 * Kept lines are normalised (normalize.ts) and joined with `\n`; `LineRecord`
 * keeps the raw line and the offsets of its cleaned form. Text stays text:
 * nothing here produces or interprets markup.
 */
import type { Article, CleanArticle, ErrorRow, LineRecord } from '../types.ts';
import type { Knowledge } from '../knowledge/index.ts';
import { compileBio, markAuthorBios, markBylineRows } from './bio.ts';
import { compileCaptions, markCaptions } from './captions.ts';
import { markDuplicates } from './duplicates.ts';
import { normalizeLine } from './normalize.ts';
import { compileStoryCredits, markHead, markMastheads, markTailTeasers } from './position.ts';
import { markRepeatedAcrossSites, type SiteInput } from './repeated.ts';
import { compileRules, matchRule } from './rules.ts';
import { wireCredits } from '../sources/infer/wire.ts';
import { markForeignLabels, markRelatedBlocks, markSectionTeasers, markShortFragments, type Decision } from './structure.ts';

export interface CleanResult {
  articles: CleanArticle[];
  errors: ErrorRow[];
}

/**
 * Clean one article given the decisions already made for its lines;
 * `normalized` is `normalizeLine` of each raw line when the caller has it.
 */
export function assemble(article: Article, kinds: Array<Pick<LineRecord, 'kind' | 'reason'>>, normalized?: string[]): CleanArticle {
  const rawLines = article.raw.split('\n');
  const lines: LineRecord[] = [];
  const kept: string[] = [];
  let pos = 0;
  rawLines.forEach((text, i) => {
    const t = normalized ? normalized[i] : normalizeLine(text);
    let { kind, reason } = kinds[i] ?? { kind: 'story', reason: null };
    if (t === '' && (kind === 'story' || kind === 'caption')) kind = 'blank';
    if (kind === 'story' || kind === 'caption') {
      if (kept.length > 0) pos += 1; // the '\n' joining kept lines
      lines.push({ line: i, text, kind, reason, start: pos, end: pos + t.length });
      kept.push(t);
      pos += t.length;
    } else {
      lines.push({ line: i, text, kind, reason, start: null, end: null });
    }
  });
  return { ...article, text: kept.join('\n'), lines };
}

/** Who a copyright line names first: "© 2026 The Outlet. Reuters content © …" → "The Outlet". */
function copyrightHolder(line: string): string {
  return line.replace(/^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?/i, '').split(/[.·|]/)[0];
}

const REDISTRIBUTION_NOTICE = /\b(?:may not be|without (?:prior )?(?:written )?permission)\b/i;

/** Decisions for one article from the signals that need no other article (steps 1–4). */
export function decideLocal(article: Article, lines: string[], kb: Knowledge): Array<Decision | null> {
  const rules = compileRules(kb);
  const d: Array<Decision | null> = lines.map((l) => (l === '' ? { kind: 'blank', reason: 'blank' } : null));
  // lines the reader found outside the page's main text (HTML navigation, footers …)
  for (const i of article.outsideMainText ?? []) if (i < d.length && d[i] === null) d[i] = { kind: 'removed', reason: 'outside_main_text' };
  lines.forEach((l, i) => {
    if (d[i] !== null) return;
    const reason = matchRule(l, rules);
    // a news agency's copyright closing its story ("Copyright 2026 The Associated Press") is the wire credit, kept like
    // "With reporting by AFP"; a notice against redistribution ("… may not be published … without permission") is furniture
    if (reason === 'copyright' && !REDISTRIBUTION_NOTICE.test(l) && wireCredits(copyrightHolder(l), kb).length > 0) return;
    if (reason) d[i] = { kind: 'removed', reason };
  });
  markRelatedBlocks(lines, d, rules, compileStoryCredits(kb));
  markSectionTeasers(lines, d, article.title, rules);
  markForeignLabels(lines, d, rules);
  markMastheads(lines, d, article);
  markCaptions(lines, d, article.captionHints ?? [], compileCaptions(kb));
  markHead(lines, d, article.title);
  markTailTeasers(lines, d, rules, compileStoryCredits(kb));
  markBylineRows(lines, d, article, rules.dateline);
  markAuthorBios(lines, d, article, compileBio(kb));
  return d;
}

function toKinds(d: Array<Decision | null>): Array<Pick<LineRecord, 'kind' | 'reason'>> {
  return d.map((x) => (x === null ? { kind: 'story', reason: null } : x.kind === 'blank' ? { kind: 'blank', reason: null } : x));
}

export function cleanCorpus(articles: Article[], kb: Knowledge): CleanResult {
  const errors: ErrorRow[] = [];
  const inputs: Array<SiteInput | null> = articles.map((article) => {
    try {
      const lines = article.raw.split('\n').map(normalizeLine);
      return { article, lines, decisions: decideLocal(article, lines, kb) };
    } catch (e) {
      errors.push({ file: article.file, article_id: article.id, stage: 'clean', severity: 'warning', reason: `cleaning failed, raw text kept: ${(e as Error).message}` });
      return null;
    }
  });
  markRepeatedAcrossSites(inputs.filter((x): x is SiteInput => x !== null));
  const out = articles.map((article, i) => {
    const inp = inputs[i];
    if (!inp) return assemble(article, []);
    markShortFragments(inp.lines, inp.decisions, article.title);
    markDuplicates(inp.lines, inp.decisions);
    const clean = assemble(article, toKinds(inp.decisions), inp.lines);
    if (clean.text.trim() === '') {
      errors.push({ file: article.file, article_id: article.id, stage: 'clean', severity: 'warning', reason: 'no story text left after cleaning' });
    }
    return clean;
  });
  return { articles: out, errors };
}
