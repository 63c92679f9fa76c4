/**
 * Test helper for the numbers stage: the number spans of a made-up text, run
 * through the numbers stage alone.
 */
import { expect } from 'vitest';
import { makeDoc } from '../../../data-loaders/doc/make.ts';
import type { NumberSpan } from '../../../data-loaders/doc/doc.ts';
import { numbersStage } from '../../../data-loaders/extract/numbers.ts';
import { getKnowledge } from '../../../data-loaders/knowledge/index.ts';

/** Every number span, excluded ones (dates, ages, phone numbers …) included. */
export function numbersIn(text: string, published = '2024-11-20'): NumberSpan[] {
  const doc = makeDoc(text, { published });
  numbersStage.run(doc, getKnowledge());
  return doc.layers.numbers;
}

/** The quantities (not excluded) of a text. */
export function quantities(text: string, published?: string): NumberSpan[] {
  return numbersIn(text, published).filter((n) => !n.excluded);
}

/** The only quantity of a text (the test fails when there is not exactly one). */
export function one(text: string, published?: string): NumberSpan {
  const found = quantities(text, published);
  expect(found.map((n) => n.text)).toHaveLength(1);
  return found[0];
}
