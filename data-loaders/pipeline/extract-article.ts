/**
 * Run the extraction stages over one cleaned article and return plain data.
 * A stage that throws becomes an `errors` row for that article; the layers
 * filled before it are kept.
 */
import { Doc } from '../doc/doc.ts';
import { runStages } from '../extract/index.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { CleanArticle, ErrorRow } from '../types.ts';
import type { ArticleExtraction } from './result.ts';

export function extractArticle(article: CleanArticle, kb: Knowledge, stages?: string[]): { extraction: ArticleExtraction; errors: ErrorRow[] } {
  const errors: ErrorRow[] = [];
  let doc: Doc;
  try {
    doc = new Doc(article, kb);
    runStages(doc, stages, kb);
  } catch (e) {
    errors.push({ file: article.file, article_id: article.id, stage: 'extract', severity: 'error', reason: (e as Error).message });
    try {
      doc ??= new Doc(article, kb);
    } catch {
      return { extraction: emptyExtraction(article), errors };
    }
  }
  return {
    extraction: { article, sentences: doc.sentences, actors: [...doc.actors.values()], layers: doc.layers },
    errors,
  };
}

/** The extraction of an article nothing could be extracted from (its row in `articles` stays). */
export function emptyExtraction(article: CleanArticle): ArticleExtraction {
  return { article, sentences: [], actors: [], layers: emptyLayers() };
}

function emptyLayers(): ArticleExtraction['layers'] {
  return { mentions: [], quotes: [], numbers: [], claims: [], dates: [], events: [], places: [] };
}
