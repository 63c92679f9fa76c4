/** Small helpers shared by the inference modules: the text's non-blank lines and title suffixes. */

/** Non-blank lines, trimmed, in order. */
export function contentLines(raw: string): string[] {
  const out: string[] = [];
  for (const l of raw.split('\n')) {
    const t = l.trim();
    if (t) out.push(t);
  }
  return out;
}

/** Separators between a page title and its suffixes (`Headline | Section | Site`). */
const SUFFIX_SEPARATOR = /\s+(?:\||[-–—]|::|·|•)\s+/;

/** `Headline | World news | Site` → `['Headline', 'World news', 'Site']` (only the first part may contain the separator words). */
export function splitTitleSuffixes(line: string): string[] {
  return line.split(SUFFIX_SEPARATOR).map((s) => s.trim()).filter(Boolean);
}

/** Word count by white space. */
export function wordCount(s: string): number {
  const t = s.trim();
  return t ? t.split(/\s+/).length : 0;
}

/** The first `head` and last `tail` non-blank lines (page furniture lives at both ends of a story). */
export function edgeLines(raw: string, head: number, tail: number): string[] {
  const lines = contentLines(raw);
  return lines.length <= head + tail ? lines : [...lines.slice(0, head), ...lines.slice(lines.length - tail)];
}
