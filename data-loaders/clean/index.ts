/**
 * Cleaning: turn each Article's raw text into the story text every offset
 * downstream indexes, logging what happened to each line.
 */
import type { Article, CleanArticle, ErrorRow, LineRecord } from '../types.ts';
import type { Knowledge } from '../knowledge/index.ts';

export interface CleanResult {
  articles: CleanArticle[];
  errors: ErrorRow[];
}

/** Clean one article given the decisions already made for its lines. */
export function assemble(article: Article, kinds: Array<Pick<LineRecord, 'kind' | 'reason'>>): CleanArticle {
  const rawLines = article.raw.split('\n');
  const lines: LineRecord[] = [];
  const kept: string[] = [];
  let pos = 0;
  rawLines.forEach((text, i) => {
    const { kind, reason } = kinds[i] ?? { kind: 'story', reason: null };
    if (kind === 'story' || kind === 'caption') {
      const t = text.trim();
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

export function cleanCorpus(articles: Article[], _kb: Knowledge): CleanResult {
  const out = articles.map((a) =>
    assemble(
      a,
      a.raw.split('\n').map((l) => ({ kind: l.trim() === '' ? 'blank' : 'story', reason: null })),
    ),
  );
  return { articles: out, errors: [] };
}
