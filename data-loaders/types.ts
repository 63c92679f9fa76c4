/**
 * The shared shapes of the pipeline.
 *
 *   sources/  bytes on disk  ──▶ Article      (one per story; metadata + raw text)
 *   clean/    Article        ──▶ CleanArticle (story text without furniture, line log)
 *   doc/      CleanArticle   ──▶ Doc          (sentences, tokens, spans; see doc/doc.ts)
 *   extract/  Doc            ──▶ Doc + spans  (named stages add mentions, quotes, claims …)
 *   tables/   Doc[]          ──▶ rows         (one module per output table)
 *
 * Everything here is plain data (JSON-serialisable) so results can be cached on
 * disk and moved between worker threads.
 */

/** Metadata fields a reader or the manifest may set, and inference may fill. */
export interface ArticleMeta {
  title: string | null;
  outlet: string | null;
  /** Publication date, ISO `YYYY-MM-DD`. */
  published: string | null;
  url: string | null;
  /** BCP-47 primary language tag such as `en`. */
  language: string | null;
  byline: string | null;
}

export type MetaField = keyof ArticleMeta;

/** One story as read from a source file, before cleaning. */
export interface Article extends ArticleMeta {
  /** Stable id: a hash of `file` and `key`, independent of run, machine and file order. */
  id: string;
  /** Path of the source file relative to the corpus folder, with `/` separators. */
  file: string;
  /** Identifies the story inside a multi-story file (feed item guid, JSON record index); null for single-story files. */
  key: string | null;
  /** Name of the reader that produced it (`text`, `markdown`, `html`, `feed`, `json`, …). */
  format: string;
  /** The story text as read: plain text, one paragraph or line per `\n`. */
  raw: string;
  /** Which metadata fields were inferred from the text rather than given by the source or manifest. */
  inferred: Partial<Record<MetaField, boolean>>;
  /** Wire agencies credited anywhere in the article (`AFP`, `Reuters`, …), sorted. */
  wireCredits: string[];
  /** Lines a reader already knows are captions (HTML `<figcaption>`), to be marked by cleaning. */
  captionHints: string[];
  /**
   * Raw line numbers (0-based) a reader found outside the page's main text —
   * an HTML page's navigation, share buttons, related links, footer — kept in
   * `raw` so nothing is lost, and removed by cleaning with reason `outside_main_text`.
   */
  outsideMainText?: number[];
  /** Warnings that do not stop processing, e.g. `non_english`, `truncated`, `inferred_outlet`. */
  flags: string[];
}

/** What cleaning did with one line of the raw text. */
export interface LineRecord {
  /** 0-based line number in `Article.raw`. */
  line: number;
  text: string;
  /** `story` and `caption` lines are kept in the cleaned text; `removed` and `duplicate` are not. */
  kind: 'story' | 'caption' | 'removed' | 'duplicate' | 'blank';
  /** Why a line was removed or marked (`donation_appeal`, `repeated_across_site`, `caption_credit`, …). */
  reason: string | null;
  /** Offsets of the kept line in `CleanArticle.text`; null when not kept. */
  start: number | null;
  end: number | null;
}

/** An article after cleaning: `text` is what every offset downstream indexes. */
export interface CleanArticle extends Article {
  text: string;
  lines: LineRecord[];
}

/** A row of the `errors` table: something that went wrong, and where. */
export interface ErrorRow {
  file: string;
  /** `article_id` when the error concerns one story of a readable file. */
  article_id: string | null;
  /** The pipeline stage: `read`, `decode`, `parse`, `manifest`, `clean`, `extract`, `budget`. */
  stage: string;
  /** `error` stops the story; `warning` flags it and processing goes on. */
  severity: 'error' | 'warning';
  reason: string;
}

/** A half-open character range `[start, end)` into a text. */
export interface Span {
  start: number;
  end: number;
  /** Must equal `text.slice(start, end)` of the text the span indexes. */
  text: string;
}
