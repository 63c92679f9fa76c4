/**
 * Title inference: the page title (suffixes stripped) when the reader saw one,
 * else the first heading-like line among the first lines of the text: 3 to 30
 * words, no final full stop, comma, colon or semicolon, starting with a
 * capital or digit, not a date, byline or page furniture (`not_titles` in
 * knowledge/outlets.yaml). Title suffixes (`| World news`, ` - BBC News`) are
 * stripped when they name a known outlet or follow a `|`.
 */
import type { Knowledge } from '../../knowledge/index.ts';
import { contentLines, wordCount } from './lines.ts';
import { outletMatchers } from './outlet.ts';

/** How many non-blank lines from the top are searched. */
const SEARCH_LINES = 25;

function notTitles(kb: Knowledge): RegExp[] {
  return kb.derive('sources.notTitles', (k) =>
    (k.get<{ not_titles?: string[] }>('outlets').not_titles ?? []).map((p) => new RegExp(p, 'iu')),
  );
}

export function isHeadingLike(line: string, kb: Knowledge): boolean {
  const words = wordCount(line);
  if (words < 3 || words > 30 || line.length > 250) return false;
  if (/[.,:;]$/.test(line) && !/\.\.\.$|…$/.test(line)) return false;
  if (!/^[\p{Lu}\p{N}“"‘']/u.test(line)) return false;
  if (/https?:\/\/|www\./i.test(line)) return false;
  if (/[.!?]["”’]?\s+\p{Lu}/u.test(line)) return false; // two sentences
  return !notTitles(kb).some((re) => re.test(line));
}

/** `Headline | Section | Site` → `Headline`; `Headline - BBC News` → `Headline` when the suffix is a known outlet or suffix rule. */
export function stripTitleSuffix(line: string, kb: Knowledge): string {
  const m = outletMatchers(kb);
  const seps = [...line.matchAll(/\s+(\||[-–—]|::|·|•)\s+/g)];
  let cut = line.length;
  // drop suffixes from the end while they name an outlet, match a suffix rule, or follow a '|' and are short
  for (let k = seps.length - 1; k >= 0; k--) {
    const sep = seps[k];
    const suffix = line.slice(sep.index! + sep[0].length, cut).trim();
    const known = m.byName.has(suffix.toLowerCase()) || m.suffixRules.some((r) => r.re.test(suffix));
    const piped = sep[1] === '|' && wordCount(suffix) <= 6;
    if (!known && !piped) break;
    cut = sep.index!;
  }
  return line.slice(0, cut).trim();
}

export function inferTitle(raw: string, pageTitle: string | undefined, kb: Knowledge): string | null {
  if (pageTitle) {
    const t = stripTitleSuffix(pageTitle, kb);
    if (t) return t;
  }
  const lines = contentLines(raw.slice(0, 20000)).slice(0, SEARCH_LINES);
  // a line carrying a title suffix is a saved page title: the strongest clue
  for (const l of lines.slice(0, 5)) {
    const stripped = stripTitleSuffix(l, kb);
    if (stripped !== l && isHeadingLike(stripped, kb)) return stripped;
  }
  const first = lines.find((l) => isHeadingLike(l, kb));
  return first ? stripTitleSuffix(first, kb) : null;
}
