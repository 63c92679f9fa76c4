/**
 * Saved web pages: main-text extraction with Mozilla Readability over a
 * linkedom DOM. The page is guarded first (html-guard.ts: scripts and styles
 * dropped, nesting bounded), its metadata read (html-meta.ts), then the
 * page's visible text converted to one paragraph per line (html-text.ts).
 * The lines Readability keeps are the story; the others are kept too, marked
 * as outside the main text (html-main.ts), for cleaning to remove and log.
 * Figure captions become caption hints. When Readability finds no article,
 * the whole body is the story, flagged `readability_fallback`.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { guardHtml } from './html-guard.ts';
import { clean, pageMeta } from './html-meta.ts';
import { alignMainText } from './html-main.ts';
import { nodeToLines, type HtmlText } from './html-text.ts';
import type { RawArticle, Reader } from './reader.ts';

/** Nesting deeper than this is flattened (html-guard.ts). */
export const MAX_HTML_DEPTH = 200;

export const htmlReader: Reader = {
  name: 'html',
  extensions: ['.html', '.htm', '.xhtml', '.shtml'],
  sniff: (text) => /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(text.slice(0, 2000)),
  read({ text, report }) {
    const guarded = guardHtml(text, MAX_HTML_DEPTH);
    const flags: string[] = [];
    if (guarded.flattened > 0) {
      flags.push('html_flattened');
      report({ severity: 'warning', reason: `HTML nested deeper than ${MAX_HTML_DEPTH} levels: ${guarded.flattened} tags flattened, their text kept` });
    }
    const { document } = parseHTML(withRoot(guarded.html));
    const meta = pageMeta(document, guarded.jsonLd);
    // every visible line, read before Readability rewrites the DOM
    const page = nodeToLines(document.body ?? document, { controls: true });

    let body: HtmlText | null = null;
    let readable: ReturnType<Readability<unknown>['parse']> = null;
    try {
      // metadata is read: Readability may now rewrite the DOM; its serializer hands back the element itself
      readable = new Readability<unknown>(document as unknown as Document, { charThreshold: 250, serializer: (el) => el }).parse();
    } catch (e) {
      report({ severity: 'warning', reason: `Readability failed (${(e as Error).message}); whole page text used` });
    }
    if (readable?.content) body = nodeToLines(readable.content);
    const title = meta.title ?? clean(readable?.title) ?? undefined;

    let lines: string[];
    let captions: string[];
    let outside: number[] = [];
    const aligned = body && body.lines.length > 0 ? alignMainText(page.lines, body.lines, title ?? null) : null;
    if (aligned) {
      // the whole page, its furniture marked: cleaning removes it with a reason, nothing is lost
      ({ lines, outside } = aligned);
      captions = page.captions;
    } else {
      if (!body || body.lines.length === 0) {
        const fresh = parseHTML(withRoot(guarded.html)).document;
        body = nodeToLines(fresh.body ?? fresh);
        flags.push('readability_fallback');
      }
      lines = [...body.lines];
      captions = body.captions;
      // keep the headline as the first line, as in a page's own text
      if (title && !lines.slice(0, 3).some((l) => l === title)) lines.unshift(title);
    }

    const article: RawArticle = { raw: lines.join('\n'), captionHints: captions, flags, hints: {} };
    if (outside.length) article.outsideMainText = outside;
    if (title) article.title = title;
    if (meta.published) article.published = meta.published;
    else if (readable?.publishedTime) article.hints!.published = readable.publishedTime;
    if (meta.url) article.url = meta.url;
    if (meta.publisher) article.outlet = meta.publisher;
    const byline = meta.byline ?? clean(readable?.byline);
    if (byline) article.byline = byline;
    if (meta.language) article.language = meta.language;
    if (meta.siteName ?? readable?.siteName) article.hints!.siteName = (meta.siteName ?? clean(readable?.siteName))!;
    if (meta.pageTitle) article.hints!.pageTitle = meta.pageTitle;
    return [article];
  },
};

/**
 * linkedom builds a document without a root element (and then throws on
 * `document.body`) from a fragment or plain text: give such input an
 * `<html><body>` wrapper so every file parses to a whole page.
 */
function withRoot(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  return /<body[\s>]/i.test(html) ? `<html>${html}</html>` : `<html><head></head><body>${html}</body></html>`;
}
