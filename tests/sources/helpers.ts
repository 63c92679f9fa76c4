/** Test helpers for source readers: run a reader on a string, build a corpus folder in a temp dir. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Reader, ReaderOptions, ReaderProblem } from '../../data-loaders/sources/reader.ts';

export function runReader(reader: Reader, text: string, file = 'x', options: ReaderOptions = {}) {
  const problems: ReaderProblem[] = [];
  const articles = reader.read({ file, text, options, report: (p) => problems.push(p) });
  return { articles, problems };
}

export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/sources/${name}`, import.meta.url), 'utf8');
}

/** A corpus folder with the given files (relative path → text or bytes); call the returned `cleanup` when done. */
export function tempCorpus(files: Record<string, string | Uint8Array>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-sources-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A few paragraphs of ordinary English news text (written for the tests). */
export const ENGLISH_STORY = [
  'Rescue teams searched through the night for survivors after the earthquake struck the mountain region on Saturday.',
  'Officials said at least 40 people had been taken to hospital and that the number was likely to rise as roads were cleared.',
  'The government has sent army units to the area, and aid groups said they were preparing food and blankets for families who lost their homes.',
].join('\n');
