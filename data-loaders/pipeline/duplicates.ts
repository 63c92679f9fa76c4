/**
 * Whole-article duplicates: the same story text saved twice in a corpus (a
 * page downloaded twice, a feed item also saved as a page). The first copy in
 * corpus order stays a normal article; each later copy is flagged `duplicate`
 * and gets a warning row naming the first, so counts across the corpus can
 * leave it out. Partial overlaps (syndicated passages) are the `overlaps`
 * table's business (clean/syndication.ts), not this module's.
 */
import { createHash } from 'node:crypto';
import type { CleanArticle, ErrorRow } from '../types.ts';

/** White space other than a single space or newline, or two white-space characters in a row. */
const UNUSUAL_SPACE = /[^\S \n]|\s\s/;

/**
 * The text with every run of white space made one space, trimmed. Cleaned text
 * is single-spaced lines joined by single newlines, so this is mostly a
 * newline swap, done without the run-collapsing regex.
 */
export function spaceFolded(text: string): string {
  return (UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text.replaceAll('\n', ' ')).trim();
}

/** Flag later copies of identical cleaned text in place; returns one warning row per copy. */
export function flagDuplicateArticles(articles: CleanArticle[]): ErrorRow[] {
  const first = new Map<string, CleanArticle>();
  const rows: ErrorRow[] = [];
  for (const a of articles) {
    const text = spaceFolded(a.text);
    if (text === '') continue;
    const digest = createHash('sha1').update(text).digest('hex');
    const original = first.get(digest);
    if (!original) {
      first.set(digest, a);
      continue;
    }
    if (!a.flags.includes('duplicate')) a.flags = [...a.flags, 'duplicate'];
    const where = original.key === null ? original.file : `${original.file} (${original.key})`;
    rows.push({ file: a.file, article_id: a.id, stage: 'clean', severity: 'warning', reason: `duplicate article: same story text as ${where}` });
  }
  return rows;
}
