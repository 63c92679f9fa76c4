/**
 * Make saved HTML safe to parse, in one linear pass before any DOM is built:
 *
 * - the content of `script`, `style`, `iframe`, `noscript`, `template`,
 *   `svg`, `textarea`, … is dropped (JSON-LD scripts are kept aside as data);
 * - comments are dropped;
 * - nesting deeper than `maxDepth` is flattened: the extra start and end tags
 *   are removed, their text kept, so a page nested 10,000 levels deep reads
 *   as one flat block instead of overflowing a recursive tree walk.
 *
 * Nothing is executed: `on*` handlers and `javascript:` links stay inert
 * attributes that no later step reads.
 */

export interface GuardedHtml {
  html: string;
  /** Text of `<script type="application/ld+json">` elements. */
  jsonLd: string[];
  /** Start tags removed because they were nested deeper than `maxDepth`. */
  flattened: number;
  /** Elements whose content was dropped (scripts, styles, frames …). */
  droppedElements: number;
}

/** Elements whose whole content never becomes text. */
const DROP_CONTENT = new Set(['script', 'style', 'iframe', 'noscript', 'template', 'svg', 'math', 'textarea', 'xmp', 'noembed', 'noframes', 'object', 'canvas', 'select']);
/** Elements without content or with an optional end tag: they do not count towards depth. */
const NO_DEPTH = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption',
  'rb', 'rt', 'rp', 'html', 'head', 'body',
]);
/** How far down the open-element stack an end tag looks for its start tag. */
const END_TAG_SEARCH = 16;
/**
 * `</name` of each dropped element, case-insensitive. Searched in the input
 * itself: offsets in a lower-cased copy drift after characters whose lower
 * case is longer ("İ" → "i̇"), which would cut the page in the wrong place.
 */
const END_TAG = new Map([...DROP_CONTENT].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

/** Index of the end tag of dropped element `name` at or after `from`, or -1. */
function endTagIndex(input: string, name: string, from: number): number {
  const re = END_TAG.get(name)!;
  re.lastIndex = from;
  return re.exec(input)?.index ?? -1;
}

export function guardHtml(input: string, maxDepth = 200): GuardedHtml {
  const out: string[] = [];
  const jsonLd: string[] = [];
  const stack: Array<{ name: string; kept: boolean }> = [];
  let flattened = 0;
  let droppedElements = 0;
  let i = 0;
  const n = input.length;
  while (i < n) {
    const lt = input.indexOf('<', i);
    if (lt < 0) {
      out.push(input.slice(i));
      break;
    }
    out.push(input.slice(i, lt));
    // comments
    if (input.startsWith('<!--', lt)) {
      const end = input.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    // doctype, CDATA, processing instructions: copied through to the next '>'
    if (input[lt + 1] === '!' || input[lt + 1] === '?') {
      const end = input.indexOf('>', lt);
      const stop = end < 0 ? n : end + 1;
      if (!input.startsWith('<![CDATA[', lt)) out.push(input.slice(lt, stop));
      i = stop;
      continue;
    }
    const tag = readTag(input, lt);
    if (!tag) {
      out.push('&lt;');
      i = lt + 1;
      continue;
    }
    const name = tag.name;
    if (!tag.closing && DROP_CONTENT.has(name)) {
      droppedElements++;
      const close = tag.selfClosing ? -1 : endTagIndex(input, name, tag.end);
      const contentEnd = tag.selfClosing ? tag.end : close < 0 ? n : close;
      if (name === 'script' && /application\/ld\+json/i.test(input.slice(lt, tag.end))) jsonLd.push(input.slice(tag.end, contentEnd));
      if (close < 0) {
        i = contentEnd;
      } else {
        const gt = input.indexOf('>', close);
        i = gt < 0 ? n : gt + 1;
      }
      continue;
    }
    let keep = true;
    if (!NO_DEPTH.has(name) && !tag.selfClosing) {
      if (tag.closing) {
        const limit = Math.max(0, stack.length - END_TAG_SEARCH);
        for (let k = stack.length - 1; k >= limit; k--) {
          if (stack[k].name === name) {
            keep = stack[k].kept;
            stack.length = k;
            break;
          }
        }
      } else {
        keep = stack.length < maxDepth;
        if (!keep) flattened++;
        stack.push({ name, kept: keep });
      }
    }
    out.push(keep ? input.slice(lt, tag.end) : ' ');
    i = tag.end;
  }
  return { html: out.join(''), jsonLd, flattened, droppedElements };
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Index just after the tag's `>`. */
  end: number;
}

/** Read the tag starting at `lt`, honouring quoted attribute values; null when `<` does not start a tag. */
function readTag(s: string, lt: number): Tag | null {
  let j = lt + 1;
  const closing = s[j] === '/';
  if (closing) j++;
  const start = j;
  while (j < s.length && /[A-Za-z0-9:-]/.test(s[j])) j++;
  if (j === start || !/[A-Za-z]/.test(s[start])) return null;
  const name = s.slice(start, j).toLowerCase();
  let quote: string | null = null;
  for (; j < s.length; j++) {
    const c = s[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      // a quote only opens a value right after '='
      let k = j - 1;
      while (k > lt && (s[k] === ' ' || s[k] === '\t' || s[k] === '\n')) k--;
      if (s[k] === '=') quote = c;
    } else if (c === '>') {
      return { name, closing, selfClosing: s[j - 1] === '/', end: j + 1 };
    }
  }
  return { name, closing, selfClosing: false, end: s.length };
}
