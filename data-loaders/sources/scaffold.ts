/** Scaffold a new source reader (replaced by the sources work). */
export function scaffoldSource(name: string, _root: string): string[] {
  throw new Error(`new-source ${name}: scaffolding is not available yet`);
}
