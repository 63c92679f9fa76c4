/**
 * Fill in what neither the manifest nor the reader said, from the story text
 * and the reader's clues, marking each filled field `inferred`; credit wire
 * agencies; detect the language and flag non-English stories. Fields already
 * set are never changed.
 */
import type { Knowledge } from '../../knowledge/index.ts';
import type { Article, ErrorRow } from '../../types.ts';
import type { RawHints } from '../reader.ts';
import { normaliseDate } from '../dates.ts';
import { detectLanguage } from './language.ts';
import { inferOutlet } from './outlet.ts';
import { inferPublished } from './published.ts';
import { inferTitle } from './title.ts';
import { wireCredits } from './wire.ts';

export function inferMetadata(article: Article, hints: RawHints, kb: Knowledge): ErrorRow[] {
  const problems: ErrorRow[] = [];
  const a = article;
  // Title, language and wire credits come from the story itself; outlet and date clues also from the page around it.
  const story = storyText(a);
  if (a.title === null) {
    a.title = inferTitle(story, hints.pageTitle, kb);
    if (a.title !== null) a.inferred.title = true;
  }
  if (a.outlet === null) {
    a.outlet = inferOutlet({ raw: a.raw, siteName: hints.siteName, pageTitle: hints.pageTitle, url: a.url }, kb);
    if (a.outlet !== null) a.inferred.outlet = true;
  }
  if (a.published === null) {
    a.published = (hints.published ? normaliseDate(hints.published, kb) : null) ?? inferPublished(a.raw, kb);
    if (a.published !== null) a.inferred.published = true;
  }
  if (a.language === null) {
    const guess = detectLanguage(story, kb);
    if (guess) {
      a.language = guess.language;
      a.inferred.language = true;
    }
  }
  if (a.language !== null && a.language !== 'en') {
    if (!a.flags.includes('non_english')) a.flags.push('non_english');
    problems.push({
      file: a.file,
      article_id: a.id,
      stage: 'read',
      severity: 'warning',
      reason: `story is in "${a.language}"${a.inferred.language ? ' (detected)' : ''}, not English: processed, but extraction rules are written for English`,
    });
  }
  a.wireCredits = wireCredits(story, kb);
  return problems;
}

/** The raw text with the lines outside the page's main text blanked (line numbers kept). */
function storyText(a: Article): string {
  if (!a.outsideMainText?.length) return a.raw;
  const lines = a.raw.split('\n');
  for (const i of a.outsideMainText) if (i < lines.length) lines[i] = '';
  return lines.join('\n');
}
