/**
 * Binary search over spans sorted by `start` (tokens, words, mentions): the
 * index of the first one starting at or after character `pos`, or the
 * length when none does.
 */
export function firstAt(spans: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
