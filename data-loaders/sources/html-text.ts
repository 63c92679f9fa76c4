/**
 * HTML to plain-text paragraphs, one per line: each block element (`p`,
 * `h1`–`h6`, `li`, `blockquote`, `figcaption`, `div`, table cells, …) ends a
 * line, `br` too; inline elements and links give their text; `script`,
 * `style`, `iframe` and other non-text elements give nothing. Text inside
 * `figcaption` is also returned as caption hints. The walk is iterative, so
 * depth never overflows the call stack (html-guard.ts bounds it anyway).
 */
import { parseHTML } from 'linkedom';
import { guardHtml } from './html-guard.ts';

export interface HtmlText {
  lines: string[];
  captions: string[];
}

const BLOCK = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption',
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'address', 'pre', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'td', 'th', 'caption', 'form', 'fieldset', 'legend', 'details', 'summary', 'hr', 'center', 'body', 'html',
]);
const SKIP = new Set([
  'script', 'style', 'noscript', 'iframe', 'template', 'svg', 'math', 'canvas', 'object', 'embed', 'video', 'audio',
  'textarea', 'select', 'button', 'input', 'head', 'title', 'meta', 'link', 'map', 'frame', 'frameset',
]);

/** Elements whose text flows as one paragraph even when their inline children stand on separate source lines. */
const FLOW = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'dt', 'dd', 'td', 'th', 'caption', 'legend', 'summary', 'address', 'pre', 'a', 'span', 'b', 'strong', 'em', 'i', 'small', 'label']);

/**
 * A bar of items: a container (not a paragraph) whose only text is the
 * whitespace between two or more inline elements written on their own source
 * lines — a top bar's "date / Subscribe / My account", a row of share links.
 * Each item is its own line, as the page shows it.
 */
function itemBar(name: string, children: DomNode[]): boolean {
  if (FLOW.has(name)) return false;
  let elements = 0;
  let newline = false;
  for (const c of children) {
    if (c.nodeType === 1) elements++;
    else if (c.nodeType === 3) {
      const t = c.textContent ?? '';
      if (/[^\s]/.test(t)) return false;
      if (t.includes('\n')) newline = true;
    }
  }
  return elements >= 2 && newline;
}

/** Minimal view of the DOM nodes linkedom gives, so this module needs no DOM typings. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

export interface LineOptions {
  /** Also give the text of buttons, one line each: page furniture such as "Share" or "Sign up" (default false). */
  controls?: boolean;
}

/** Text of an element (or document body) as paragraphs. */
export function nodeToLines(root: unknown, options: LineOptions = {}): HtmlText {
  const controls = options.controls === true;
  const isBlock = (name: string) => BLOCK.has(name) || (controls && name === 'button');
  const lines: string[] = [];
  const captions: string[] = [];
  let buf = '';
  let captionDepth = 0;
  let preDepth = 0;
  const flush = () => {
    const t = buf.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    buf = '';
    if (!t) return;
    lines.push(t);
    if (captionDepth > 0) captions.push(t);
  };
  // explicit stack: a node to enter, or (exit) an element to leave; `split`: a line break between items of a bar
  const stack: Array<{ node: DomNode; exit: boolean; split?: boolean }> = [{ node: root as DomNode, exit: false }];
  while (stack.length) {
    const { node, exit, split } = stack.pop()!;
    const name = node.nodeName.toLowerCase();
    if (exit) {
      if (name === 'figcaption') {
        flush();
        captionDepth--;
      } else if (name === 'pre') {
        flushPre();
        preDepth--;
      } else if (isBlock(name)) flush();
      continue;
    }
    if (node.nodeType === 3) {
      if (split && preDepth === 0) flush();
      else buf += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (SKIP.has(name) && !(controls && name === 'button')) continue;
    if (name === 'br') {
      if (preDepth > 0) buf += '\n';
      else flush();
      continue;
    }
    if (name === 'img') continue;
    if (name === 'figcaption') {
      flush();
      captionDepth++;
    } else if (name === 'pre') {
      flush();
      preDepth++;
    } else if (isBlock(name)) flush();
    stack.push({ node, exit: true });
    const children: DomNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
    const bar = itemBar(name, children);
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k], exit: false, split: bar && children[k].nodeType === 3 });
  }
  flush();
  return { lines, captions };

  function flushPre() {
    for (const l of buf.split('\n')) {
      const t = l.replace(/[ \t\r\f\u00a0]+/g, ' ').trim();
      if (t) {
        lines.push(t);
        if (captionDepth > 0) captions.push(t);
      }
    }
    buf = '';
  }
}

/** An HTML fragment (feed item content, JSON `html` field) as paragraphs; guarded first. */
export function htmlToLines(html: string): HtmlText & { flattened: number } {
  const guarded = guardHtml(html);
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${guarded.html}</body></html>`);
  return { ...nodeToLines(document.body), flattened: guarded.flattened };
}

/** Does this string look like HTML rather than plain text? */
export function looksLikeHtml(s: string): boolean {
  return /<\/?(?:p|br|div|span|a|em|strong|b|i|ul|ol|li|h[1-6]|blockquote|figure|figcaption|img|table|section|article)\b[^>]*>/i.test(s.slice(0, 20000));
}
