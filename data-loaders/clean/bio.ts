/**
 * Lines about the writer, told by the writer's name.
 *
 * A byline row made of the `byline` metadata and a timestamp ("Metro Desk
 * staff 18 Feb 2026, 19:10", as an HTML page's author and time elements
 * flatten to) is page furniture.
 *
 * An author bio: a line that opens with the name of
 * the article's own writer followed by a bio verb ("A B is the Outlet's
 * health correspondent.", "A B covers energy …", "A B has reported from …")
 * is a note about the writer, not the story — a story does not describe its
 * own author in the third person.
 *
 * The writer's names come from the `byline` metadata and from lines already
 * decided as bylines or timestamps ("By A B, Health Correspondent", "Tue 3
 * May 2025 · 08:45 GMT · A B"). Bio verbs live in knowledge/boilerplate.yaml
 * (`author_bio_verbs`). Bios without a byline to match are caught by the
 * `author_bio` patterns of the same file.
 */
import type { Article } from '../types.ts';
import type { Knowledge } from '../knowledge/index.ts';
import { isDateline, type CompiledDateline } from './dateline.ts';
import { wordsAtMost } from './normalize.ts';
import type { Decision } from './structure.ts';

/** Reasons of decided lines that may carry the writer's name. */
const NAME_SOURCES = new Set(['byline', 'page_timestamp']);
/** Two to four capitalised words (particles allowed inside): a person's name. */
const NAME_RUN = /[\p{Lu}][\p{L}'’\-]+(?:\s+(?:[\p{Lu}][\p{L}'’\-]+|de|da|di|du|van|von|der|den|del|la|le|bin|ibn|al|el)){1,3}/gu;
const QUOTED = /["“”„]/;
const BIO_MAX_WORDS = 60;

export interface CompiledBio {
  /** Sticky after the name: one of the bio verbs as a whole word. */
  verbAfter: RegExp;
  /** Capitalised words that are never names (months, weekdays, labels). */
  notNames: Set<string>;
}

export function compileBio(kb: Knowledge): CompiledBio {
  return kb.derive('clean.bio', (k) => {
    const verbs = (k.get<{ author_bio_verbs?: string[] }>('boilerplate').author_bio_verbs ?? []).map((v) => String(v).toLowerCase());
    const dw = k.get<{ months?: Record<string, number>; weekdays?: Record<string, number> }>('date-words');
    const alt = verbs.sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|') || '(?!)';
    return {
      verbAfter: new RegExp(`\\s+(?:${alt})(?![\\p{L}])`, 'iyu'),
      notNames: new Set([...Object.keys(dw.months ?? {}), ...Object.keys(dw.weekdays ?? {}), 'by', 'updated', 'published', 'posted']),
    };
  });
}

/** Names of two or more words found in `s`, without leading label words ("By", "Updated"). */
function namesIn(s: string, c: CompiledBio): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    while (words.length > 0 && c.notNames.has(words[0].toLowerCase())) words.shift();
    while (words.length > 0 && c.notNames.has(words[words.length - 1].toLowerCase())) words.pop();
    if (words.length >= 2) out.push(words.join(' '));
  }
  return out;
}

/** Separators and "By" around a byline's parts. */
const BYLINE_EDGE = /^[\s,;|·•—–-]*(?:by\s+)?|[\s,;|·•—–-]+$/giu;

/** Remove lines that are the `byline` metadata, alone or followed by a timestamp. */
export function markBylineRows(lines: string[], d: Array<Decision | null>, article: Pick<Article, 'byline'>, dateline: CompiledDateline): void {
  const byline = article.byline?.trim().toLowerCase();
  if (!byline || byline.length < 4) return;
  for (let i = 0; i < lines.length; i++) {
    if (d[i] !== null) continue;
    const lower = lines[i].toLowerCase().replace(BYLINE_EDGE, '');
    if (!lower.startsWith(byline)) continue;
    const rest = lower.slice(byline.length).replace(BYLINE_EDGE, '');
    if (rest === '' || isDateline(rest, dateline)) d[i] = { kind: 'removed', reason: 'byline' };
  }
}

/** Remove lines opening with the article's writer's name and a bio verb. */
export function markAuthorBios(lines: string[], d: Array<Decision | null>, article: Pick<Article, 'byline'>, c: CompiledBio): void {
  const names = new Set<string>();
  if (article.byline) for (const n of namesIn(article.byline, c)) names.add(n);
  for (let i = 0; i < lines.length; i++) {
    const dec = d[i];
    if (dec && dec.kind === 'removed' && NAME_SOURCES.has(dec.reason)) for (const n of namesIn(lines[i], c)) names.add(n);
  }
  if (names.size === 0) return;
  for (let i = 0; i < lines.length; i++) {
    if (d[i] !== null) continue;
    const line = lines[i];
    if (QUOTED.test(line) || !wordsAtMost(line, BIO_MAX_WORDS)) continue;
    for (const name of names) {
      if (!line.startsWith(name)) continue;
      c.verbAfter.lastIndex = name.length;
      if (c.verbAfter.test(line)) {
        d[i] = { kind: 'removed', reason: 'author_bio' };
        break;
      }
    }
  }
}
