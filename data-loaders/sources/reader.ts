/**
 * The contract every source reader fulfils: decoded text in, zero or more
 * raw stories out. A reader never touches the disk; `sources/index.ts` reads
 * and decodes files, picks the reader, merges manifest metadata and infers
 * what is missing (`sources/infer/`).
 *
 * A reader throws an Error with a clear message when the whole file is
 * unusable (malformed feed, invalid JSON); a problem with one story of a
 * multi-story file (a malformed NDJSON line) goes to `report` and the other
 * stories are returned as usual.
 */
import type { ArticleMeta } from '../types.ts';

/** Our names for the fields of a JSON/NDJSON export record. */
export type RecordField = 'text' | 'html' | 'url' | 'outlet' | 'published' | 'title' | 'language' | 'byline' | 'key';

export interface ReaderOptions {
  /** For JSON/NDJSON exports: maps our field names to the export's (`{ text: 'body', published: 'date' }`); dotted paths reach into objects (`source.name`). */
  fieldMap?: Partial<Record<RecordField, string>>;
}

/** A problem with part of a file; becomes an `errors` row. */
export interface ReaderProblem {
  /** The story key when the problem concerns one story (`line 7`, a guid). */
  key?: string | null;
  severity: 'error' | 'warning';
  reason: string;
}

export interface ReaderInput {
  /** Path relative to the corpus folder (`/` separators). */
  file: string;
  /** The decoded file contents. */
  text: string;
  options: ReaderOptions;
  /** Report a problem with part of the file without giving up on the rest. */
  report: (problem: ReaderProblem) => void;
}

/**
 * Clues a reader found that are weaker than metadata: used by inference only
 * when neither the manifest nor the reader gives the field, and marked inferred.
 */
export interface RawHints {
  /** Site name of a web page (`og:site_name`). */
  siteName?: string;
  /** The page title as the page gives it, suffixes included (`<title>`). */
  pageTitle?: string;
  /** Publication date found in page furniture rather than metadata (`<time>`). */
  published?: string;
}

/** One story as a reader found it; metadata it did not find stays undefined. */
export interface RawArticle extends Partial<ArticleMeta> {
  /** Identifies the story inside a multi-story file (feed guid, record index). */
  key?: string | null;
  /** Story text: plain text, one paragraph per line. */
  raw: string;
  captionHints?: string[];
  /** Raw line numbers outside the page's main text (see `Article.outsideMainText`). */
  outsideMainText?: number[];
  flags?: string[];
  hints?: RawHints;
}

export interface Reader {
  name: string;
  /** File name endings this reader claims (`.txt`), lower case. */
  extensions: string[];
  /** File name endings this reader may read, decided by `sniff` (`.xml` for feeds). */
  sniffExtensions?: string[];
  /** Content sniffing for files whose ending is ambiguous or missing. */
  sniff?(text: string): boolean;
  /** Parse the file; throw an Error with a clear message on malformed input. */
  read(input: ReaderInput): RawArticle[];
}
