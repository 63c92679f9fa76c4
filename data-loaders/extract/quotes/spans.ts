/**
 * Quotation spans in a cleaned text: straight, curly and guillemet double
 * quotes; single quotes (‘…’, '…') only when balanced at word boundaries, so
 * the apostrophes of "it’s" and "Moscow’s" never open or close a quote. A
 * paragraph that opens a quote without closing it continues into the next
 * paragraph when that one opens with a quote mark (the multi-paragraph
 * convention). Spans exclude the marks.
 */
import type { Doc } from '../../doc/doc.ts';

export interface QuoteSpan {
  /** Content offsets, marks excluded. */
  start: number;
  end: number;
  /** Single-quote quotation ('breather'). */
  single: boolean;
  /** Offsets of the opening and closing marks (close = end when unclosed). */
  open: number;
  close: number;
}

const DOUBLE_OPEN: Record<string, string> = { '\u201c': '\u201d', '\u201e': '\u201d', '\u00ab': '\u00bb', '"': '"' };
const DOUBLE_CLOSE = new Set(['\u201d', '"', '\u00bb']);
const SINGLE = new Set(["'", '\u2018', '\u2019']);
const MAX_SINGLE = 200;
const MARK = /["'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]/g;

const isLetterOrDigit = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrOpen = (c: string | undefined) => c === undefined || /[\s(\[\u2014\u2013\-/\u201c"\u00ab]/u.test(c);
const isSpaceOrClose = (c: string | undefined) => c === undefined || /[\s.,;:!?)\]\u2014\u2013\-\u201d"\u00bb]/u.test(c);

/** Paragraph ranges [start, end) of a text with one paragraph per line. */
export function paragraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    if (/\S/.test(text.slice(s, e))) out.push([s, e]);
    s = e + 1;
  }
  return out;
}

/** Does the paragraph [s, e) start (after spaces) with an opening quote mark? */
function opensWithQuote(text: string, s: number, e: number): number {
  let k = s;
  while (k < e && /\s/.test(text[k])) k++;
  return k < e && (text[k] in DOUBLE_OPEN) ? k : -1;
}

/**
 * The quotations of a Doc's text (`findQuotes`), found once and shared by the
 * stages that read them (actors and quotes). Read-only.
 */
export function docQuotes(doc: Doc): readonly QuoteSpan[] {
  let spans = DOC_QUOTES.get(doc);
  if (!spans) {
    spans = findQuotes(doc.text);
    DOC_QUOTES.set(doc, spans);
  }
  return spans;
}

const DOC_QUOTES = new WeakMap<Doc, QuoteSpan[]>();

/** Every quotation of `text`, in order. */
export function findQuotes(text: string): QuoteSpan[] {
  const paras = paragraphs(text);
  const out: QuoteSpan[] = [];
  let p = 0;
  while (p < paras.length) {
    const [ps, pe] = paras[p];
    let i = ps;
    while (i < pe) {
      // jump to the next quote mark
      MARK.lastIndex = i;
      // searched in the text cut at the paragraph end (an O(1) slice): never past this paragraph
      const hit = MARK.exec(text.slice(0, pe));
      if (!hit || hit.index >= pe) break;
      i = hit.index;
      const c = text[i];
      if (c in DOUBLE_OPEN && (c !== '"' || isSpaceOrOpen(text[i - 1]) || i === ps)) {
        const closer = DOUBLE_OPEN[c];
        let j = i + 1;
        while (j < pe && !(text[j] === closer || (DOUBLE_CLOSE.has(text[j]) && text[j] !== '"') || (text[j] === '"' && closer !== '"' && !isLetterOrDigit(text[j + 1])))) j++;
        if (j < pe) {
          pushSpan(text, out, i, j, false);
          i = j + 1;
          continue;
        }
        // unclosed: continue into following paragraphs that open with a quote mark
        let q = p;
        let end = pe;
        let closeAt = -1;
        while (q + 1 < paras.length && opensWithQuote(text, paras[q + 1][0], paras[q + 1][1]) >= 0) {
          q++;
          const [qs, qe] = paras[q];
          const o = opensWithQuote(text, qs, qe);
          let k = o + 1;
          while (k < qe && !DOUBLE_CLOSE.has(text[k])) k++;
          end = k < qe ? k : qe;
          if (k < qe) {
            closeAt = k;
            break;
          }
        }
        pushSpan(text, out, i, closeAt >= 0 ? closeAt : end, false);
        if (q > p) {
          // resume after the close inside the last paragraph joined
          p = q;
          if (closeAt >= 0) scanRest(text, closeAt + 1, paras[q][1], out);
        }
        break;
      }
      if (SINGLE.has(c) && isSpaceOrOpen(text[i - 1]) && isLetterOrDigit(text[i + 1])) {
        let j = i + 1;
        const limit = Math.min(pe, i + MAX_SINGLE);
        while (j < limit && !(SINGLE.has(text[j]) && text[j] !== '\u2018' && !isSpaceOrOpen(text[j - 1]) && isSpaceOrClose(text[j + 1]) && !(text[j - 1] === 's' && isLetterOrDigit(text[j + 1])))) j++;
        if (j < limit) {
          pushSpan(text, out, i, j, true);
          i = j + 1;
          continue;
        }
      }
      i++;
    }
    p++;
  }
  return out;
}

/** Scan the rest of a paragraph (after a multi-paragraph quote closed inside it). */
function scanRest(text: string, from: number, to: number, out: QuoteSpan[]) {
  const sub = findQuotes(text.slice(from, to).replace(/\n/g, ' '));
  for (const q of sub) out.push({ start: q.start + from, end: q.end + from, single: q.single, open: q.open + from, close: q.close + from });
}

function pushSpan(text: string, out: QuoteSpan[], open: number, close: number, single: boolean) {
  let s = open + 1;
  let e = close;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e, single, open, close });
}
