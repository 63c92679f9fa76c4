/**
 * The one place readers are registered. A new source format is a module that
 * exports a `Reader` plus one line in READERS (see docs/adding-a-source.md;
 * `npx claimscope new-source <name>` writes both). Order matters only for
 * sniffing: the first reader whose `sniff` accepts a file reads it.
 */
import { MANIFEST_NAMES } from './manifest.ts';
import type { Reader } from './reader.ts';
import { textReader } from './text.ts';
import { markdownReader } from './markdown.ts';
import { htmlReader } from './html.ts';
import { feedReader } from './feed.ts';
import { jsonReader } from './json.ts';

export const READERS: Reader[] = [
  textReader,
  markdownReader,
  htmlReader,
  feedReader,
  jsonReader,
];

/** Files never read as stories (corpus metadata and gold annotations). */
export const RESERVED_FILES: readonly string[] = MANIFEST_NAMES;

/** The reader claiming a file by its ending, if any. */
export function readerByExtension(file: string): Reader | undefined {
  const lower = file.toLowerCase();
  return READERS.find((r) => r.extensions.some((e) => lower.endsWith(e)));
}

/** The reader for a file: by its ending first, then by sniffing its content. */
export function readerFor(file: string, text: string): Reader | undefined {
  return readerByExtension(file) ?? READERS.find((r) => r.sniff?.(text));
}

/** Every file ending some reader claims or may sniff. */
export function knownExtensions(): string[] {
  return READERS.flatMap((r) => [...r.extensions, ...(r.sniffExtensions ?? [])]);
}
