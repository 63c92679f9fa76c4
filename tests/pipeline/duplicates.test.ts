import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spaceFolded } from '../../data-loaders/pipeline/duplicates.ts';

describe('spaceFolded', () => {
  it('makes every run of white space one space and trims', () => {
    expect(spaceFolded('One line.\nTwo lines.')).toBe('One line. Two lines.');
    expect(spaceFolded(' a \n\n b\u2028c\td ')).toBe('a b c d');
  });

  it('equals the run-collapsing regex on any text', () => {
    const text = fc.array(fc.constantFrom('a', 'B.', ' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\u2028', '\r', 'é'), { maxLength: 30 }).map((c) => c.join(''));
    fc.assert(fc.property(text, (t) => {
      expect(spaceFolded(t)).toBe(t.replace(/\s+/g, ' ').trim());
    }), { numRuns: 500 });
  });
});
