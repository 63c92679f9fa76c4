/**
 * Parsed YAML by file, shared by the `Knowledge` instances of one process
 * (each corpus run builds its own): a file whose text is unchanged since it
 * was last parsed is not parsed again. Each caller gets its own deep copy, so
 * what one instance does with its data never shows in another's.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const parsed = new Map<string, { text: string; data: unknown }>();

/** `parse(readFileSync(path))`, reusing the last parse of the same text. */
export function readYaml(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  let got = parsed.get(path);
  if (got === undefined || got.text !== text) {
    got = { text, data: parse(text) as unknown };
    parsed.set(path, got);
  }
  return structuredClone(got.data);
}
