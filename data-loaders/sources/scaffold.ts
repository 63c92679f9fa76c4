/**
 * `npx claimscope new-source <name>`: the skeleton of a new source reader.
 * Writes, under the repository root,
 *
 *   data-loaders/sources/<name>.ts        a working reader for `.<name>` files
 *                                         (a "Field: value" header, a blank line, the story)
 *   tests/sources/<name>.test.ts          its test
 *   tests/fixtures/sources/<name>/sample.<name>   a fixture the test reads
 *
 * and registers the reader in data-loaders/sources/registry.ts (an import and
 * one entry in READERS). Existing files are never overwritten. Returns the
 * paths written, relative to the root. See docs/adding-a-source.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function scaffoldSource(name: string, repoRoot: string): string[] {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`source name "${name}" must be lower case letters, digits and dashes`);
  const ident = `${name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}Reader`;
  const registryPath = join(repoRoot, 'data-loaders/sources/registry.ts');
  if (!existsSync(registryPath)) throw new Error(`no data-loaders/sources/registry.ts under ${repoRoot}: run this from the repository root`);
  const files: Array<[string, string]> = [
    [`data-loaders/sources/${name}.ts`, readerTemplate(name, ident)],
    [`tests/sources/${name}.test.ts`, testTemplate(name, ident)],
    [`tests/fixtures/sources/${name}/sample.${name}`, fixtureTemplate()],
  ];
  for (const [rel] of files) {
    if (existsSync(join(repoRoot, rel))) throw new Error(`${rel} already exists; nothing written`);
  }
  const registry = readFileSync(registryPath, 'utf8');
  const updated = register(registry, name, ident);
  for (const [rel, content] of files) {
    mkdirSync(dirname(join(repoRoot, rel)), { recursive: true });
    writeFileSync(join(repoRoot, rel), content);
  }
  writeFileSync(registryPath, updated);
  return [...files.map(([rel]) => rel), 'data-loaders/sources/registry.ts'];
}

/** Add `import { xReader } from './x.ts';` after the last import and `xReader,` as the last READERS entry. */
export function register(source: string, name: string, ident: string): string {
  if (new RegExp(`\\b${ident}\\b`).test(source)) throw new Error(`${ident} is already registered in registry.ts`);
  const lines = source.split('\n');
  const lastImport = lines.reduce((last, l, i) => (/^import\s/.test(l) ? i : last), -1);
  const start = lines.findIndex((l) => /^export const READERS\b/.test(l));
  const end = lines.findIndex((l, i) => i > start && /^\];/.test(l));
  if (lastImport < 0 || start < 0 || end < 0) throw new Error('registry.ts does not have the expected shape (imports, then `export const READERS: Reader[] = [` … `];`)');
  lines.splice(end, 0, `  ${ident},`);
  lines.splice(lastImport + 1, 0, `import { ${ident} } from './${name}.ts';`);
  return lines.join('\n');
}

function readerTemplate(name: string, ident: string): string {
  return `/**
 * \`.${name}\` files: TODO describe the format in one paragraph.
 *
 * This skeleton reads one story per file: a header of \`Field: value\` lines
 * (Title, Outlet, Published, URL, Language, Byline), a blank line, then the
 * story, one paragraph per line. Adapt \`read\` to the real format; keep it
 * free of disk access and throw an Error with a clear message when the
 * whole file is unusable (see reader.ts for the contract).
 */
import { normaliseDate } from './dates.ts';
import type { RawArticle, Reader } from './reader.ts';

const HEADER_FIELDS: Record<string, 'title' | 'outlet' | 'published' | 'url' | 'language' | 'byline'> = {
  title: 'title',
  outlet: 'outlet',
  published: 'published',
  url: 'url',
  language: 'language',
  byline: 'byline',
};

export const ${ident}: Reader = {
  name: '${name}',
  extensions: ['.${name}'],
  read({ text, report }) {
    const lines = text.replace(/\\r\\n?/g, '\\n').split('\\n');
    const blank = lines.findIndex((l) => l.trim() === '');
    if (blank < 0) throw new Error('no blank line between the header and the story');
    const article: RawArticle = { raw: lines.slice(blank + 1).join('\\n').trim() };
    for (const line of lines.slice(0, blank)) {
      const m = /^([A-Za-z]+):\\s*(.*)$/.exec(line);
      const field = m && HEADER_FIELDS[m[1].toLowerCase()];
      if (!m || !field) {
        report({ severity: 'warning', reason: \`header line "\${line.slice(0, 40)}" not understood; ignored\` });
        continue;
      }
      const value = m[2].trim();
      if (field === 'published') {
        const iso = normaliseDate(value);
        if (iso) article.published = iso;
        else report({ severity: 'warning', reason: \`"\${value}" is not a date\` });
      } else if (value) article[field] = value;
    }
    return [article];
  },
};
`;
}

function testTemplate(name: string, ident: string): string {
  return `import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReaderProblem } from '../../data-loaders/sources/reader.ts';
import { readerFor } from '../../data-loaders/sources/registry.ts';
import { ${ident} } from '../../data-loaders/sources/${name}.ts';

const fixture = readFileSync(new URL('../fixtures/sources/${name}/sample.${name}', import.meta.url), 'utf8');

function read(text: string) {
  const problems: ReaderProblem[] = [];
  const articles = ${ident}.read({ file: 'sample.${name}', text, options: {}, report: (p) => problems.push(p) });
  return { articles, problems };
}

describe('${name} reader', () => {
  it('is registered for .${name} files', () => {
    expect(readerFor('x/story.${name}', fixture)?.name).toBe('${name}');
  });

  it('reads the header as metadata and the rest as the story', () => {
    const { articles, problems } = read(fixture);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0].title).toBe('Council approves new flood barrier');
    expect(articles[0].published).toBe('2024-10-07');
    expect(articles[0].raw.split('\\n')[0]).toBe('The city council voted on Monday to fund a flood barrier along the river.');
  });

  it('refuses a file without a header', () => {
    expect(() => read('just one line')).toThrow(/blank line/);
  });
});
`;
}

function fixtureTemplate(): string {
  return `Title: Council approves new flood barrier
Outlet: Riverside Weekly
Published: 7 October 2024

The city council voted on Monday to fund a flood barrier along the river.
Work is due to start in spring, a spokesperson said.
`;
}
