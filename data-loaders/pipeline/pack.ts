/**
 * Compact form of an ArticleExtraction for the cache, shard files and worker
 * messages: every span whose `text` is just `article.text.slice(start, end)`
 * stores `text: 0` instead, and unpacking restores it as a slice of the
 * article text (which V8 keeps as a cheap view of the one string). Spans
 * whose text differs from the slice keep their text. Roughly halves the bytes
 * of an extraction; the unpacked value equals the original.
 */
import type { ArticleExtraction } from './result.ts';

type Obj = Record<string, unknown>;

function walk(value: unknown, text: string, visit: (o: Obj, text: string) => void): void {
  if (Array.isArray(value)) {
    for (const v of value) walk(v, text, visit);
  } else if (value !== null && typeof value === 'object') {
    const o = value as Obj;
    visit(o, text);
    for (const k in o) {
      const v = o[k];
      if (v !== null && typeof v === 'object') walk(v, text, visit);
    }
  }
}

function isSliceable(o: Obj): boolean {
  return typeof o.start === 'number' && typeof o.end === 'number';
}

/** A packed copy (the input is not changed). */
export function packExtraction(x: ArticleExtraction): ArticleExtraction {
  const copy = { article: x.article, sentences: structuredClone(x.sentences), actors: x.actors, layers: structuredClone(x.layers) };
  const pack = (o: Obj, text: string) => {
    if (isSliceable(o) && typeof o.text === 'string' && o.text === text.slice(o.start as number, o.end as number)) o.text = 0;
  };
  walk(copy.sentences, x.article.text, pack);
  walk(copy.layers, x.article.text, pack);
  return copy;
}

/** Restore a packed extraction in place and return it. */
export function unpackExtraction(x: ArticleExtraction): ArticleExtraction {
  const unpack = (o: Obj, text: string) => {
    if (o.text === 0 && isSliceable(o)) o.text = text.slice(o.start as number, o.end as number);
  };
  walk(x.sentences, x.article.text, unpack);
  walk(x.layers, x.article.text, unpack);
  return x;
}
