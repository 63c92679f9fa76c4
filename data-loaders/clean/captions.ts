/**
 * Photo captions and credits (`knowledge/captions.yaml`). Captions stay in the
 * cleaned text (they may carry facts) but are marked `caption` so extraction
 * can weigh them differently.
 *
 * A line is a caption when
 * - it ends with a photo credit ("Photograph: Name/Agency", "Getty Images",
 *   "(AP Photo/Name)", "via AP)") whose credited part reads as a name;
 * - it contains caption language ("in this screenshot", "a frame grab
 *   from", "handout photo") and no quotation;
 * - the reader saw it in an HTML `<figcaption>` (`article.captionHints`);
 * - it is the first part of the caption line right after it (pages often
 *   print a caption once bare and once with its credit).
 */
import type { Knowledge } from '../knowledge/index.ts';
import { foldKey, lineKey, wordsAtMost } from './normalize.ts';
import type { Decision } from './structure.ts';

interface CaptionKnowledge {
  max_words?: number;
  trailing_credit: string[];
  anywhere: string[];
}

export interface CompiledCaptions {
  maxWords: number;
  /** Tested against the lower-cased end of a line (no slow `i` flag). */
  trailing: RegExp;
  anywhere: RegExp;
}

/** Credits are short: only this many characters at the end of a line are searched. */
const TAIL = 160;

export function compileCaptions(kb: Knowledge): CompiledCaptions {
  return kb.derive('clean.captions', (k) => {
    const c = k.get<CaptionKnowledge>('captions');
    const alt = (list: string[]) => list.map((r) => `(?:${r})`).join('|');
    return {
      maxWords: c.max_words ?? 90,
      trailing: new RegExp(`(?:${alt(c.trailing_credit)})`, 'u'),
      anywhere: new RegExp(alt(c.anywhere), 'u'),
    };
  });
}

/** Small words a credit may contain besides names ("Photo by X for The Y via Z"). */
const CONNECTORS = new Set(['via', 'for', 'of', 'by', 'and', '&', 'the', 'de', 'del', 'la', 'le', 'van', 'von', 'da', 'di', 'stock', 'photo', 'images', 'image', 'live', 'news', 'press', 'wire', 'service', 'handout', 'pool', 'file']);
const NAME_WORD = /^[\p{Lu}\p{N}]/u;

/** Does the credited part of a trailing-credit match read as names ("Jane Doe/Reuters", "Getty Images")? */
function creditReadsAsName(credit: string): boolean {
  const cut = Math.max(credit.lastIndexOf(':'), credit.lastIndexOf('/'), credit.lastIndexOf('('));
  const tail = credit.slice(cut + 1).replace(/[()\[\].,;|·•]/g, ' ').trim();
  if (tail === '') return true;
  const words = tail.split(/\s+/);
  if (words.length > 6) return false;
  return words.every((w) => NAME_WORD.test(w) || CONNECTORS.has(w.toLowerCase()));
}

const QUOTATION = /["“”]/;

/** Why a single line is a caption, or null. */
export function captionReason(line: string, caps: CompiledCaptions, hints: Set<string>): string | null {
  const key = foldKey(line);
  if (hints.size && hints.has(key)) return 'caption_html';
  if (!wordsAtMost(line, caps.maxWords)) return null;
  const tail = key.length > TAIL ? key.slice(-TAIL) : key;
  const m = caps.trailing.exec(tail);
  if (m) {
    // The credit as written (case matters to tell a name from running text).
    const credit = key.length === line.length ? line.slice(line.length - (tail.length - m.index)) : m[0];
    if (creditReadsAsName(credit)) return 'photo_credit';
  }
  if (!QUOTATION.test(line) && caps.anywhere.test(key)) return 'caption_phrase';
  return null;
}

/** Mark caption lines among the undecided ones (mutates `d`). */
export function markCaptions(lines: string[], d: Array<Decision | null>, captionHints: string[], caps: CompiledCaptions): void {
  const hints = new Set(captionHints.map(lineKey));
  for (let i = 0; i < lines.length; i++) {
    if (d[i] !== null) continue;
    const reason = captionReason(lines[i], caps, hints);
    if (reason) d[i] = { kind: 'caption', reason };
  }
  // A bare caption printed just before or after the same caption with its credit.
  for (let i = 0; i < lines.length; i++) {
    if (d[i] !== null) continue;
    let j = i + 1;
    while (j < lines.length && d[j]?.kind === 'blank') j++;
    if (j < lines.length && d[j]?.kind === 'caption' && lines[j].length > lines[i].length && lines[j].startsWith(lines[i])) {
      d[i] = { kind: 'caption', reason: 'caption_repeated' };
      continue;
    }
    let h = i - 1;
    while (h >= 0 && d[h]?.kind === 'blank') h--;
    if (repeatsCaption(lines[i], h >= 0 && d[h]?.kind === 'caption' ? lines[h] : null) || repeatsCaption(lines[i], j < lines.length && d[j]?.kind === 'caption' ? lines[j] : null)) {
      d[i] = { kind: 'caption', reason: 'caption_repeated' };
    }
  }
}

/** Fewest words a bare caption needs to be recognised inside its credited neighbour. */
const REPEAT_MIN_WORDS = 4;

/** Is `line` printed again inside the longer caption `caption` ("Photo: <line> Credit: …")? */
function repeatsCaption(line: string, caption: string | null): boolean {
  if (caption === null || caption.length <= line.length || wordsAtMost(line, REPEAT_MIN_WORDS - 1)) return false;
  return foldKey(caption).includes(foldKey(line));
}
