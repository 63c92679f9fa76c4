/**
 * Sentence cues (extract/dates/cues.ts): the bit set that decides which date
 * rules run. A rule may only be skipped when it cannot match; the property
 * test checks that on many made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { dateGrammar } from '../../../data-loaders/extract/dates/grammar.ts';
import {
  ALL_CUES,
  CUE_AGO,
  CUE_DIGIT,
  CUE_FULL_MONTH,
  CUE_MONTH,
  CUE_NUMERIC_DATE,
  CUE_ORDINAL,
  CUE_WEEKDAY,
  CUE_YEAR,
  sentenceCues,
} from '../../../data-loaders/extract/dates/cues.ts';
import { getKnowledge } from '../../../data-loaders/knowledge/index.ts';

const g = dateGrammar(getKnowledge());
const cues = (s: string) => sentenceCues(s, 0, s.length, g.cueWords);

describe('sentence cues', () => {
  it('see digits, years, ordinals and numeric dates', () => {
    expect(cues('no dates here')).toBe(0);
    expect(cues('in 2024')).toBe(CUE_DIGIT | CUE_YEAR);
    expect(cues('in 20245')).toBe(CUE_DIGIT);
    expect(cues('the 4TH')).toBe(CUE_DIGIT | CUE_ORDINAL);
    expect(cues('3/12/25')).toBe(CUE_DIGIT | CUE_NUMERIC_DATE);
  });

  it('see whole words only, in any case', () => {
    expect(cues('in SEPT')).toBe(CUE_MONTH);
    expect(cues('last Monday')).toBe(CUE_WEEKDAY);
    expect(cues('Mondays')).toBe(0);
    expect(cues('March')).toBe(CUE_MONTH | CUE_FULL_MONTH);
    expect(cues('two days ago')).toBe(CUE_AGO);
  });

  it('see a month glued to a number ("5May")', () => {
    expect(cues('5May') & CUE_MONTH).toBe(CUE_MONTH);
  });

  it('report every cue when a character folds onto an ASCII letter', () => {
    expect(cues('ſeptember')).toBe(ALL_CUES);
    expect(cues('wee\u212A')).toBe(ALL_CUES);
  });

  it('never skip a rule that matches', () => {
    const pieces = [
      'on', 'in', 'the', 'last', 'next', 'this', 'early', 'mid-', 'of', 'Monday', 'monday', 'Sept.', 'June', 'May', 'may', 'spring', 'year',
      'week', 'weekend', 'ago', 'three', 'days', 'yesterday', 'morning', 'same', 'day', '4th', '2024', '1999', '12', '3/4/2021', '2023-09-10',
      ',', '.', '-', '5May',
    ];
    let x = 3;
    const rnd = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const n = 1 + Math.floor(rnd() * 6);
      for (let k = 0; k < n; k++) s += pieces[Math.floor(rnd() * pieces.length)] + (rnd() < 0.8 ? ' ' : '');
      const have = cues(s);
      for (const rule of g.rules) {
        rule.re.lastIndex = 0;
        if (rule.re.test(s)) expect(have & rule.needs, `${rule.name}: ${JSON.stringify(s)}`).toBe(rule.needs);
      }
      g.leftoverCue.lastIndex = 0;
      if (g.leftoverCue.test(s)) expect((have & CUE_NUMERIC_DATE) !== 0 || (have & (CUE_MONTH | CUE_DIGIT)) === (CUE_MONTH | CUE_DIGIT), JSON.stringify(s)).toBe(true);
    }
  });
});
