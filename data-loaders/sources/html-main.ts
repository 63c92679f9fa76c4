/**
 * Where a page's main text sits among all of its visible lines.
 *
 * Readability hands back the story; the rest of the page (navigation, share
 * buttons, "most read" lists, newsletter boxes, the footer) would simply be
 * gone. Instead the HTML reader keeps every visible line and records which
 * ones lie outside the main text, so cleaning can log them as removed, with a
 * reason, like any other furniture.
 *
 * The main text's lines are found in the page's lines in order (each line of
 * the story matched to the next equal page line). Lines before the headline
 * and after the story's last line are outside it; lines in between are left
 * to cleaning, so a standfirst or a lead photo's caption that Readability
 * dropped is still story. When a story line cannot be
 * found as one page line, it may be several page lines Readability joined
 * ("Share WhatsApp Email"); a short line found neither way (a widget's label
 * rewritten) is left to cleaning, but a longer one makes the alignment
 * untrusted and the reader falls back to the story lines alone, so no story
 * text is ever lost.
 */

export interface MainText {
  /** Every visible line of the page, in document order (the headline first when the page has none). */
  lines: string[];
  /** Indexes into `lines` that are not part of the main text, ascending. */
  outside: number[];
}

/** Longest story line that may be missing from the page (rewritten by Readability) without distrusting the alignment. */
const SHORT_LINE = 60;
/** How far past the cursor a line joined from page lines may start. */
const JOIN_REACH = 40;

/**
 * The page lines `[from, to)` at or after `cursor` whose texts, joined by
 * single spaces, make `line`; null when there are none.
 */
export function joinedRun(page: string[], cursor: number, line: string): [number, number] | null {
  for (let p = cursor; p < page.length && p < cursor + JOIN_REACH; p++) {
    if (page[p] === '' || !line.startsWith(page[p])) continue;
    let text = page[p];
    let q = p + 1;
    while (text.length < line.length && q < page.length && line.startsWith(`${text} ${page[q]}`)) text = `${text} ${page[q++]}`;
    if (text === line && q - p > 1) return [p, q];
  }
  return null;
}

/**
 * Aligns `main` (the story's lines) within `page` (all visible lines). The
 * headline `title`, when it stands on the page just before the story, counts
 * as story; when the page does not show it, it is put first. Null when a
 * story line longer than a widget's label is not on the page.
 */
export function alignMainText(page: string[], main: string[], title: string | null): MainText | null {
  const at = new Map<string, number[]>();
  page.forEach((line, i) => {
    const list = at.get(line);
    if (list) list.push(i);
    else at.set(line, [i]);
  });
  const next = new Map<string, number>(); // per line text: position in its list to try next
  const inMain = new Uint8Array(page.length);
  let cursor = 0;
  let first = -1;
  let last = -1;
  for (const line of main) {
    const list = at.get(line);
    let k = next.get(line) ?? 0;
    if (list) while (k < list.length && list[k] < cursor) k++;
    if (!list || k >= list.length) {
      // "Share WhatsApp Email": Readability joined lines the page shows apart
      const run = joinedRun(page, cursor, line);
      if (run) {
        for (let i = run[0]; i < run[1]; i++) inMain[i] = 1;
        if (first < 0) first = run[0];
        last = run[1] - 1;
        cursor = run[1];
        continue;
      }
      // a short line Readability rewrote (a widget's label) can be left to cleaning; a story line,
      // or a line the page shows only out of order, cannot
      if (list || line.length > SHORT_LINE) return null;
      continue;
    }
    next.set(line, k + 1);
    inMain[list[k]] = 1;
    if (first < 0) first = list[k];
    last = list[k];
    cursor = list[k] + 1;
  }
  if (first < 0) return null;
  let lines = page;
  let shift = 0;
  let start = first;
  if (title) {
    // the headline's last appearance before the story (a breadcrumb may repeat it earlier), else its first
    const places = at.get(title) ?? [];
    const before = places.filter((i) => i <= first);
    const pick = before.length ? before[before.length - 1] : places[0];
    if (pick !== undefined) {
      inMain[pick] = 1;
      start = Math.min(start, pick);
    } else {
      lines = [title, ...page];
      shift = 1;
    }
  }
  // Only the page around the story is marked: what lies between the headline and
  // the story's last line (a standfirst, a lead photo's caption, a byline, an
  // inline "read more") is left for cleaning's own rules to judge.
  const outside: number[] = [];
  for (let i = 0; i < page.length; i++) if (!inMain[i] && (i < start || i > last)) outside.push(i + shift);
  return { lines, outside };
}
