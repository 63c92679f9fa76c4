/** How far apart two spans of the text are, in characters (0 when they touch or overlap). */
export function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}
