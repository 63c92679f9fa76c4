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
 * found — Readability rewrote it — the alignment is not trusted and the reader
 * falls back to the story lines alone, so no story text is ever lost.
 */

export interface MainText {
  /** Every visible line of the page, in document order (the headline first when the page has none). */
  lines: string[];
  /** Indexes into `lines` that are not part of the main text, ascending. */
  outside: number[];
}

/**
 * Aligns `main` (the story's lines) within `page` (all visible lines). The
 * headline `title`, when it stands on the page just before the story, counts
 * as story; when the page does not show it, it is put first. Null when some
 * story line is not on the page.
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
    if (!list) return null;
    let k = next.get(line) ?? 0;
    while (k < list.length && list[k] < cursor) k++;
    if (k >= list.length) return null;
    next.set(line, k + 1);
    inMain[list[k]] = 1;
    if (first < 0) first = list[k];
    last = list[k];
    cursor = list[k] + 1;
  }
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
