/**
 * The one place readers are registered. A new source format is a module that
 * exports a `Reader` plus one line here (see docs/adding-a-source.md).
 */
import type { Reader } from './reader.ts';
import { textReader } from './text.ts';

export const READERS: Reader[] = [textReader];

/** The reader for a file: by its ending first, then by sniffing its content. */
export function readerFor(file: string, text: string): Reader | undefined {
  const lower = file.toLowerCase();
  const byExt = READERS.find((r) => r.extensions.some((e) => lower.endsWith(e)));
  if (byExt) return byExt;
  return READERS.find((r) => r.sniff?.(text));
}

/** Every file ending some reader claims. */
export function knownExtensions(): string[] {
  return READERS.flatMap((r) => r.extensions);
}
