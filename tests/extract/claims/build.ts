/**
 * Test helper for the claims stage: a doc with hand-made actor mentions,
 * quotes and dates (so tests do not depend on the actors, quotes and dates
 * stages), run through the numbers and claims stages.
 */
import { makeDoc } from '../../../data-loaders/doc/make.ts';
import type { ActorKind, Claim, DateMention, Doc } from '../../../data-loaders/doc/doc.ts';
import { numbersStage } from '../../../data-loaders/extract/numbers.ts';
import { claimsStage } from '../../../data-loaders/extract/claims.ts';
import { getKnowledge } from '../../../data-loaders/knowledge/index.ts';

export interface ActorSpec {
  text: string;
  key: string;
  name: string;
  kind: ActorKind;
  side?: string;
  how?: string;
  nth?: number;
}

export interface BuildOptions {
  actors?: ActorSpec[];
  dates?: Array<{ text: string; iso: string; precision?: 'day' | 'month' | 'year' }>;
  quotes?: Array<{ text: string; speaker: string; key: string }>;
  published?: string;
  wire?: string[];
  /** Lines (0-based) that cleaning marked as captions. */
  captions?: number[];
}

export function build(text: string, opts: BuildOptions = {}): Doc {
  const doc = makeDoc(text, { published: opts.published ?? '2024-06-14', captions: opts.captions });
  doc.article.wireCredits = opts.wire ?? [];
  const find = (needle: string, nth = 0) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = doc.text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not in text: ${needle}`);
    return at;
  };
  for (const a of opts.actors ?? []) {
    const at = find(a.text, a.nth ?? 0);
    doc.actors.set(a.key, { key: a.key, name: a.name, kind: a.kind, side: a.side ?? null, role: null, known: true });
    doc.layers.mentions.push({ start: at, end: at + a.text.length, text: a.text, actorKey: a.key, sentence: doc.sentenceAt(at)!.index, how: a.how ?? 'gazetteer' });
  }
  doc.layers.mentions.sort((x, y) => x.start - y.start);
  for (const d of opts.dates ?? []) {
    const at = find(d.text);
    const m: DateMention = { start: at, end: at + d.text.length, text: d.text, sentence: doc.sentenceAt(at)!.index, iso: d.iso, precision: d.precision ?? 'day', relative: true };
    doc.layers.dates.push(m);
  }
  for (const q of opts.quotes ?? []) {
    const at = find(q.text);
    doc.layers.quotes.push({ start: at, end: at + q.text.length, text: q.text, sentence: doc.sentenceAt(at)!.index, speaker: q.speaker, actorKey: q.key, how: 'verb_after', partial: false });
  }
  numbersStage.run(doc, getKnowledge());
  claimsStage.run(doc, getKnowledge());
  return doc;
}

export function claim(doc: Doc, text: string, nth = 0): Claim {
  const all = doc.layers.claims.filter((x) => x.text === text);
  if (!all[nth]) throw new Error(`no claim "${text}" in ${doc.layers.claims.map((x) => x.text).join(', ')}`);
  return all[nth];
}

export const org = (text: string, name: string, kind: ActorKind = 'organisation', nth = 0): ActorSpec => ({ text, key: name.toLowerCase(), name, kind, nth });
export const person = (text: string, name: string, nth = 0): ActorSpec => ({ text, key: name.toLowerCase(), name, kind: 'person', nth });
