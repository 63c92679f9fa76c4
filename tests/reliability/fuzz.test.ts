/**
 * Property tests over hostile text: every stage of the pipeline (decoding,
 * readers, cleaning, sentence splitting, tokenizing, each extractor) is fed
 * random and mutated news text. Nothing may throw, every span must index its
 * text exactly, and no case may take long (a per-case time check catches
 * catastrophic backtracking and quadratic loops).
 *
 * The seed is fixed so a run is reproducible; set FUZZ_SEED to explore other
 * inputs and FUZZ_RUNS to change the number of cases per property. A failure
 * prints the shrunk input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../data-loaders/doc/make.ts';
import { Doc } from '../../data-loaders/doc/doc.ts';
import { STAGES, runStages } from '../../data-loaders/extract/index.ts';
import { cleanCorpus } from '../../data-loaders/clean/index.ts';
import { normalizeLine } from '../../data-loaders/clean/normalize.ts';
import { getKnowledge } from '../../data-loaders/knowledge/index.ts';
import { decode } from '../../data-loaders/sources/decode.ts';
import { READERS } from '../../data-loaders/sources/registry.ts';
import type { ReaderProblem } from '../../data-loaders/sources/reader.ts';
import type { Article } from '../../data-loaders/types.ts';
import { asFeed, asHtml, asJson, asMarkdown, asNdjson, hostileText, readerParts } from './support/news.ts';
import { spanViolations } from './support/spans.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20250611);
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
/** No single small case may take longer than this (ms): generous for a loaded 2-core machine. */
const CASE_MS = Number(process.env.FUZZ_CASE_MS ?? 2500);
const params = (numRuns = RUNS) => ({ seed: SEED, numRuns, endOnFailure: true });

const kb = getKnowledge();
const PUBLISHED = fc.constantFrom(null, '2024-02-29', '1999-12-31', '2031-01-01');

/** Run `fn`, failing when it takes longer than CASE_MS. */
function timed<T>(label: string, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  if (ms > CASE_MS) throw new Error(`${label} took ${ms.toFixed(0)} ms (limit ${CASE_MS} ms)`);
  return out;
}

function expectConsistent(doc: Doc, label: string) {
  const problems = spanViolations(doc);
  if (problems.length) throw new Error(`${label}: ${problems.slice(0, 5).join('; ')}`);
}

function article(raw: string, i: number, published: string | null): Article {
  return {
    id: `fuzz${i}`,
    file: `site-${i % 2}/story-${i}.txt`,
    key: null,
    format: 'text',
    raw,
    title: raw.split('\n')[0].slice(0, 80) || null,
    outlet: i % 2 ? 'The Daily Example' : null,
    published,
    url: null,
    language: 'en',
    byline: null,
    inferred: {},
    wireCredits: [],
    captionHints: i % 2 ? [raw.split('\n').pop() ?? ''] : [],
    flags: [],
  };
}

describe('fuzz: document model', () => {
  it('splits sentences and tokens inside the text, in order, whatever the text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const doc = timed('makeDoc', () => makeDoc(text));
        expectConsistent(doc, 'makeDoc');
      }),
      params(RUNS * 3),
    );
  });
});

describe('fuzz: extractors', () => {
  for (const stage of STAGES) {
    it(`stage "${stage.name}" never throws and keeps every span exact`, () => {
      fc.assert(
        fc.property(hostileText, PUBLISHED, (text, published) => {
          const doc = makeDoc(text, { published: published ?? undefined, outlet: 'The Daily Example' });
          timed(`runStages(${stage.name})`, () => runStages(doc, [stage.name], kb));
          expectConsistent(doc, stage.name);
        }),
        params(),
      );
    });
  }

  it('all stages together keep every span exact', () => {
    fc.assert(
      fc.property(hostileText, PUBLISHED, (text, published) => {
        const doc = makeDoc(text, { published: published ?? undefined });
        timed('runStages(all)', () => runStages(doc, undefined, kb));
        expectConsistent(doc, 'all stages');
      }),
      params(),
    );
  });
});

describe('fuzz: cleaning', () => {
  it('cleans any articles without failing, with line offsets that index the cleaned text', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 4 }), PUBLISHED, (raws, published) => {
        const result = timed('cleanCorpus', () => cleanCorpus(raws.map((r, i) => article(r, i, published)), kb));
        const crashes = result.errors.filter((e) => /failed/.test(e.reason));
        if (crashes.length) throw new Error(`cleaning crashed: ${crashes[0].reason}`);
        expect(result.articles.length).toBe(raws.length);
        for (const a of result.articles) {
          let prev = -1;
          for (const l of a.lines) {
            if (l.start === null || l.end === null) continue;
            if (l.start <= prev || l.end > a.text.length) throw new Error(`line ${l.line}: [${l.start}, ${l.end}) out of order or outside the text`);
            expect(a.text.slice(l.start, l.end)).toBe(normalizeLine(l.text));
            prev = l.end;
          }
          const doc = new Doc(a);
          timed('runStages(cleaned)', () => runStages(doc, undefined, kb));
          expectConsistent(doc, `cleaned ${a.file}`);
        }
      }),
      params(RUNS / 2),
    );
  });
});

describe('fuzz: decoding and readers', () => {
  it('decode never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), (bytes, bom) => {
        const all = new Uint8Array([...bom, ...bytes]);
        const d = decode(all);
        if (d.ok) expect(typeof d.text).toBe('string');
        else expect(d.reason.length).toBeGreaterThan(0);
      }),
      params(RUNS * 3),
    );
  });

  const SHAPES: Record<string, (p: string[], x: string) => string> = { html: asHtml, feed: asFeed, json: asJson, ndjson: asNdjson, markdown: asMarkdown, text: (p) => p.join('\n') };
  for (const reader of READERS) {
    it(`reader "${reader.name}" returns stories or refuses with a clear Error, never crashes`, () => {
      const ext = reader.extensions[0] ?? '.txt';
      const shaped = fc.tuple(readerParts, fc.constantFrom(...Object.keys(SHAPES))).map(([[p, x], shape]) => ({ text: SHAPES[shape](p, x), file: `in/file${shape === 'ndjson' ? '.ndjson' : ext}` }));
      const raw = hostileText.map((text) => ({ text, file: `in/file${ext}` }));
      fc.assert(
        fc.property(fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 1, arbitrary: raw }), ({ text, file }) => {
          const problems: ReaderProblem[] = [];
          let stories;
          try {
            stories = timed(`${reader.name}.read`, () => reader.read({ file, text, options: {}, report: (p) => problems.push(p) }));
          } catch (e) {
            // A refusal is a plain Error with a message; TypeError, RangeError (stack overflow) … are crashes.
            if (!(e instanceof Error) || e.constructor !== Error || !e.message) throw e;
            return;
          }
          expect(Array.isArray(stories)).toBe(true);
          for (const s of stories) expect(typeof s.raw).toBe('string');
          for (const p of problems) expect(p.reason.length).toBeGreaterThan(0);
        }),
        params(),
      );
    });
  }
});
