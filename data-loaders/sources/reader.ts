/**
 * The contract every source reader fulfils: decoded text in, zero or more
 * raw stories out. A reader never touches the disk; `sources/index.ts` reads
 * and decodes files, picks the reader, merges manifest metadata and infers
 * what is missing.
 */
import type { ArticleMeta } from '../types.ts';

export interface ReaderOptions {
  /** For JSON/NDJSON exports: maps our field names to the export's (`{ text: 'body', published: 'date' }`). */
  fieldMap?: Partial<Record<'text' | 'html' | 'url' | 'outlet' | 'published' | 'title' | 'language' | 'byline', string>>;
}

export interface ReaderInput {
  /** Path relative to the corpus folder (`/` separators). */
  file: string;
  /** The decoded file contents. */
  text: string;
  options: ReaderOptions;
}

/** One story as a reader found it; metadata it did not find stays undefined. */
export interface RawArticle extends Partial<ArticleMeta> {
  /** Identifies the story inside a multi-story file (feed guid, record index). */
  key?: string | null;
  /** Story text: plain text, one paragraph per line. */
  raw: string;
  captionHints?: string[];
  flags?: string[];
}

export interface Reader {
  name: string;
  /** File name endings this reader claims (`.txt`), lower case. */
  extensions: string[];
  /** Content sniffing for files whose ending is ambiguous or missing. */
  sniff?(text: string): boolean;
  /** Parse the file; throw an Error with a clear message on malformed input. */
  read(input: ReaderInput): RawArticle[];
}
