import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../data-loaders/doc/make.ts';
import { findTriggers } from '../../../data-loaders/extract/events/triggers.ts';
import { eventVocabulary } from '../../../data-loaders/extract/events/vocabulary.ts';
import { getKnowledge } from '../../../data-loaders/knowledge/index.ts';

const vocab = eventVocabulary(getKnowledge());
const triggers = (text: string) => {
  const doc = makeDoc(text);
  return doc.sentences.flatMap((s) => findTriggers(doc.sentenceTokens(s.index), vocab).map((h) => `${h.phrase.type}:${text.slice(h.start, h.end)}`));
};

describe('findTriggers (first-word fingerprints)', () => {
  it('finds triggers however they are cased, at the start or inside a sentence', () => {
    expect(triggers('Visited by the minister, the port reopened.')).toContain('visit:Visited');
    expect(triggers('The minister visited Tarvel on Monday.')).toContain('visit:visited');
    expect(triggers('THE MINISTER VISITED TARVEL ON MONDAY')).toContain('visit:VISITED');
  });

  it('reads multi-word triggers and words with non-ASCII letters', () => {
    expect(triggers('The minister flew to Tarvel on Monday.')).toContain('visit:flew to');
    // a non-ASCII token is always looked up (no fingerprint shortcut)
    expect(triggers('The café visited nobody.')).toEqual(triggers('The cafe visited nobody.'));
  });

  it('finds nothing in a sentence of words no trigger starts with', () => {
    expect(triggers('The quick brown fox jumps over the lazy dog.')).toEqual([]);
  });
});
