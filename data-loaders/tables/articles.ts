/** `articles`: one row per story, with its cleaned text and metadata. */
import type { TableDef } from './table.ts';
import { sortRows } from './table.ts';

export const articlesTable: TableDef = {
  name: 'articles',
  description: 'One row per story read from the corpus, with its cleaned text and metadata (manifest first, then what the reader found, then inference).',
  columns: [
    { name: 'article_id', type: 'string', description: 'Stable id: a hash of the file path and the story key.' },
    { name: 'file', type: 'string', description: 'Source file, relative to the corpus folder (the manifest `file`).' },
    { name: 'key', type: 'string', nullable: true, description: 'Story key inside a multi-story file (feed guid, record index); null for one-story files.' },
    { name: 'format', type: 'string', description: 'Reader that parsed the file (`text`, `markdown`, `html`, `feed`, `json`).' },
    { name: 'outlet', type: 'string', nullable: true, description: 'Publishing outlet (never a wire agency it credits; see wire_credits).' },
    { name: 'outlet_inferred', type: 'bool', description: 'True when the outlet was inferred from the text rather than given.' },
    { name: 'published', type: 'string', nullable: true, description: 'Publication date, `YYYY-MM-DD`.' },
    { name: 'published_inferred', type: 'bool', description: 'True when the publication date was inferred from the text.' },
    { name: 'title', type: 'string', nullable: true, description: 'Headline: from the manifest, the source, or the first heading-like line.' },
    { name: 'title_inferred', type: 'bool', description: 'True when the title was inferred (first heading-like line).' },
    { name: 'url', type: 'string', nullable: true, description: 'Canonical URL when known.' },
    { name: 'language', type: 'string', nullable: true, description: 'Language tag (`en`, …).' },
    { name: 'language_inferred', type: 'bool', description: 'True when the language was detected rather than given.' },
    { name: 'byline', type: 'string', nullable: true, description: 'Author line when the source or manifest gives one.' },
    { name: 'text', type: 'string', description: 'Cleaned story text; every offset in other tables indexes this string.' },
    { name: 'word_count', type: 'int', description: 'Words in the cleaned text.' },
    { name: 'wire_credits', type: 'strings', description: 'Wire agencies credited anywhere in the article (AFP, Reuters, AP, …).' },
    { name: 'removed_lines', type: 'int', description: 'Lines removed as boilerplate.' },
    { name: 'caption_lines', type: 'int', description: 'Lines kept but marked as photo captions or credits.' },
    { name: 'duplicate_lines', type: 'int', description: 'Lines dropped because they repeat an earlier line of the same article.' },
    { name: 'flags', type: 'strings', description: 'Warnings about the story (`non_english`, `truncated`, …).' },
  ],
  rows(result) {
    return sortRows(
      result.extractions.map(({ article: a }) => {
        const count = (kind: string) => a.lines.filter((l) => l.kind === kind).length;
        return {
          article_id: a.id,
          file: a.file,
          key: a.key,
          format: a.format,
          outlet: a.outlet,
          outlet_inferred: !!a.inferred.outlet,
          published: a.published,
          published_inferred: !!a.inferred.published,
          title: a.title,
          title_inferred: !!a.inferred.title,
          url: a.url,
          language: a.language,
          language_inferred: !!a.inferred.language,
          byline: a.byline,
          text: a.text,
          word_count: (a.text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length,
          wire_credits: a.wireCredits,
          removed_lines: count('removed'),
          caption_lines: count('caption'),
          duplicate_lines: count('duplicate'),
          flags: a.flags,
        };
      }),
      ['file', 'key'],
    );
  },
};
