/**
 * Earthquake magnitudes written without the word "magnitude": a bare number
 * between 1 and 10 after a measuring verb ("the strongest aftershock
 * measuring 5.2", "a quake of 6.1") in a sentence that names a quake gets
 * unit `magnitude`. Words live in units.yaml (`magnitude_context`).
 */
import type { NumberSpan, Sentence } from '../../doc/doc.ts';
import type { NumberLexicon } from './lexicon.ts';

export function readMagnitudes(text: string, sentence: Sentence, spans: NumberSpan[], lex: NumberLexicon): void {
  let quake: boolean | null = null;
  for (const s of spans) {
    if (s.excluded || s.unit !== null || s.quantity !== 'count' || s.value === null || s.value < 1 || s.value >= 10 || s.qualifier === 'range') continue;
    if (!lex.magnitudeBefore.test(text.slice(Math.max(sentence.start, s.start - 24), s.start))) continue;
    quake ??= lex.quakeWords.test(sentence.text);
    if (!quake) return;
    s.unit = 'magnitude';
    s.quantity = 'other';
    s.canonicalUnit = 'magnitude';
    s.canonicalValue = s.value;
  }
}
