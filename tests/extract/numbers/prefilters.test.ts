/**
 * The prefilters of the number scanner: where a core can start
 * (core-starts.ts) and which windows can end with a listed phrase
 * (end-words.ts). Each must let through every position or window where its
 * regex matches; the property tests check that on many made-up strings.
 */
import { describe, expect, it } from 'vitest';
import { numberLexicon } from '../../../data-loaders/extract/numbers/lexicon.ts';
import { nextCoreStart } from '../../../data-loaders/extract/numbers/core-starts.ts';
import { endWords, mayEndWith, mayStartWith, startWords } from '../../../data-loaders/extract/numbers/end-words.ts';
import { currencyBefore } from '../../../data-loaders/extract/numbers/units.ts';
import { numbersIn } from './read.ts';
import { getKnowledge } from '../../../data-loaders/knowledge/index.ts';

const lex = numberLexicon(getKnowledge());

/** Every candidate start in `text` (cut at `end`). */
function starts(text: string, end = text.length): number[] {
  const out: number[] = [];
  for (let p = nextCoreStart(text, 0, end, lex.coreStarts); p >= 0; p = nextCoreStart(text, p + 1, end, lex.coreStarts)) out.push(p);
  return out;
}

/** Every position where the global core regex matches, restarting after each match. */
function coreMatches(text: string): number[] {
  const out: number[] = [];
  const re = new RegExp(lex.core.source, 'giu');
  for (const m of text.matchAll(re)) out.push(m.index!);
  return out;
}

/** A small deterministic random generator (tests must not flake). */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
}

const PIECES = [
  'one', 'One', 'ONE', 'a', 'an', 'A', 'half', 'twenty', 'four', 'hundred', 'thousands', 'tens', 'of', 'dozen', 'score', 'week', 'long',
  'quarter', 'three', 'quarters', 'point', 'percent', 'someone', 'often', 'and', 'the', 'ſix', 'ſcore', '\u212Aey', '5', '10', '1,200', '3.5',
  '+44', '(020)', '12:30', '2024-05-01', '1st', '_', '-', ' ', ' ', ', ', '.', '/', 'é', 'x', '\u00a0', 'bn', 'k',
];

describe('core starts', () => {
  it('start at digits, "+", "(" and at the first word of a number word', () => {
    expect(starts('about 5 of them')).toEqual([6]);
    expect(starts('call +44 (0)')).toEqual([5, 6, 7, 9, 10]);
    expect(starts('twenty-four people')).toEqual([0, 7]); // after a hyphen \b holds: "four" may start a core too
    expect(starts('a week-long strike')).toEqual([0, 2]);
    expect(starts('Hundreds of thousands')).toEqual([0, 12]);
  });

  it('do not start inside a word or after a digit', () => {
    expect(starts('someone often')).toEqual([]);
    expect(starts('5bn')).toEqual([0]);
    expect(starts('ex_one')).toEqual([]);
  });

  it('start after a hyphen or a non-ASCII letter, where \\b holds', () => {
    expect(starts('ex-one')).toEqual([3]);
    expect(starts('éone')).toEqual([1]);
  });

  it('fold the long s and the Kelvin sign as the iu regex does', () => {
    expect(starts('ſix')).toEqual([0]);
    expect(coreMatches('ſix')).toEqual([0]);
  });

  it('read a word cut at the end as cut', () => {
    expect(starts('twenty', 3)).toEqual([]);
    expect(starts('one two', 5)).toEqual([0]);
  });

  it('include every position where the core regex matches', () => {
    const rnd = random(7);
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const n = 1 + Math.floor(rnd() * 8);
      for (let k = 0; k < n; k++) text += PIECES[Math.floor(rnd() * PIECES.length)] + (rnd() < 0.6 ? ' ' : '');
      const candidates = new Set(starts(text));
      for (const p of coreMatches(text)) expect(candidates.has(p), `${JSON.stringify(text)} @${p}`).toBe(true);
    }
  });
});

describe('end words', () => {
  const f = endWords(['more than', 'about', 'approx.', '~', 'mid-']);

  it('pass a window ending with the last word of a phrase, in any case, before white space or hyphens', () => {
    expect(mayEndWith('rose by more than ', 0, 18, f)).toBe(true);
    expect(mayEndWith('ABOUT', 0, 5, f)).toBe(true);
    expect(mayEndWith('the mid-', 0, 8, f)).toBe(true);
    expect(mayEndWith('approx. ', 0, 8, f)).toBe(true);
    expect(mayEndWith('~', 0, 1, f)).toBe(true);
  });

  it('reject other windows', () => {
    expect(mayEndWith('rose by ', 0, 8, f)).toBe(false);
    expect(mayEndWith('roundabout ', 0, 11, f)).toBe(false);
    expect(mayEndWith('   ', 0, 3, f)).toBe(false);
    expect(mayEndWith('', 0, 0, f)).toBe(false);
  });

  it('read only the window (a word cut by its start is the word as cut)', () => {
    expect(mayEndWith('roundabout ', 5, 11, f)).toBe(true);
  });

  it('fold the long s and the Kelvin sign', () => {
    expect(mayEndWith('thaſ', 0, 4, endWords(['has']))).toBe(false);
    expect(mayEndWith('haſ', 0, 3, endWords(['has']))).toBe(true);
  });

  it('let everything through when a phrase ends in a non-ASCII character', () => {
    expect(mayEndWith('nothing', 0, 7, endWords(['olé']))).toBe(true);
    // "año" ends in an ASCII letter: its last word is the run "o".
    expect(mayEndWith('AÑO', 0, 3, endWords(['año']))).toBe(true);
  });

  it('check the word before the last one of a phrase of several words', () => {
    const upTo = endWords(['up to', 'some']);
    expect(mayEndWith('rose up  to ', 0, 12, upTo)).toBe(true);
    expect(mayEndWith('rose to ', 0, 8, upTo)).toBe(false);
    expect(mayEndWith('up-to ', 0, 6, upTo)).toBe(false);
    expect(mayEndWith('p to ', 0, 5, upTo)).toBe(false);
    expect(mayEndWith('Some ', 0, 5, upTo)).toBe(true);
  });

  const filtered: Array<[string, RegExp, ReturnType<typeof endWords>, string[]]> = [
    ['qualifiers', lex.qualifierBefore, lex.qualifierBeforeEnds, [...lex.qualifierBeforeMap.keys()]],
    ['name labels', lex.nameBefore, lex.nameBeforeEnds, ['Article', 'flight', 'Channel', 'route']],
    ['people verbs', lex.peopleVerbBefore, lex.peopleVerbBeforeEnds, ['rescued', 'killing', 'about', 'at least', 'a further']],
    ['ages', lex.ageBefore, lex.ageBeforeEnds, ['aged', 'age of', 'ages', 'over', 'under', 'more than']],
    ['references', lex.referenceBefore, lex.referenceBeforeEnds, ['the', 'these', 'those', 'both', 'all']],
  ];
  it.each(filtered)('pass every window where the %s regex matches', (_name, re, ends, phrases) => {
    const rnd = random(11);
    const words = [...phrases, 'the', 'of', 'rose', 'Over', 'UP TO', 'x', '5', '-', ',', '  ', '\n'];
    let matched = 0;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const n = 1 + Math.floor(rnd() * 4);
      for (let k = 0; k < n; k++) text += words[Math.floor(rnd() * words.length)] + (rnd() < 0.7 ? ' ' : '');
      if (!re.test(text)) continue;
      matched++;
      expect(mayEndWith(text, 0, text.length, ends), JSON.stringify(text)).toBe(true);
    }
    expect(matched).toBeGreaterThan(100); // the made-up windows do exercise the regex
  });
});

describe('start words', () => {
  const f = startWords(['GMT', 'local time', "o'clock", 'a.m.', '+']);

  it('pass a position followed (after white space) by the first word of a phrase, in any case', () => {
    expect(mayStartWith('5  gmt', 1, f)).toBe(true);
    expect(mayStartWith("9 o'clock", 1, f)).toBe(true);
    expect(mayStartWith('9 A.M.', 1, f)).toBe(true);
    expect(mayStartWith('9 Local', 1, f)).toBe(true);
    expect(mayStartWith('9+', 1, f)).toBe(true);
  });

  it('reject other positions', () => {
    expect(mayStartWith('5 people', 1, f)).toBe(false);
    expect(mayStartWith('5 GMTX', 1, f)).toBe(false);
    expect(mayStartWith('5 ', 1, f)).toBe(false);
  });

  it('pass every position where the clock-word regex matches', () => {
    const rnd = random(5);
    const words = ['GMT', 'gmt', 'pm', 'p.m.', 'hrs GMT', 'local  time', "o'clock", 'people', 'hours', 'x', '-', ',', ' ', '\u00a0'];
    let matched = 0;
    for (let i = 0; i < 3000; i++) {
      let text = '5';
      const n = 1 + Math.floor(rnd() * 3);
      for (let k = 0; k < n; k++) text += (rnd() < 0.7 ? ' ' : '') + words[Math.floor(rnd() * words.length)];
      lex.clockAfter.lastIndex = 1;
      if (!lex.clockAfter.test(text)) continue;
      matched++;
      expect(mayStartWith(text, 1, lex.clockAfterStarts), JSON.stringify(text)).toBe(true);
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe('start words of units and counted nouns', () => {
  const sticky: Array<[string, RegExp, ReturnType<typeof startWords>, string[]]> = [
    ['case-sensitive unit', lex.unitAfterCs, lex.unitAfterCsStarts, ['MW', 'mw', 'm', 'km', 'ha', 'bps', 'C', 'F']],
    ['unit', lex.unitAfterCi, lex.unitAfterCiStarts, ['%', '°C', 'km', 'KM', 'square km', 'sq km', 'per cent', 'day', 'days', 'ſq km', 'degrees']],
    ['counted noun', lex.countedAt, lex.countedAtStarts, ['people', 'PEOPLE', 'troops', 'drones', 'towns and villages', 'civilians', 'migrants']],
  ];
  it.each(sticky)('pass every position where the %s regex matches', (_name, re, starts, forms) => {
    const rnd = random(13);
    const pieces = [...forms, 'x', 'of', '5', '-', ' ', '  ', ',', '\n', 'é'];
    let matched = 0;
    for (let i = 0; i < 3000; i++) {
      let text = '5';
      const n = 1 + Math.floor(rnd() * 3);
      for (let k = 0; k < n; k++) text += (rnd() < 0.6 ? ' ' : rnd() < 0.5 ? '-' : '') + pieces[Math.floor(rnd() * pieces.length)];
      re.lastIndex = 1;
      if (!re.test(text)) continue;
      matched++;
      expect(mayStartWith(text, 1, starts), JSON.stringify(text)).toBe(true);
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe('currency signs before a number', () => {
  it('are found right before it or one space before', () => {
    expect(currencyBefore('$5', 1, lex)?.code).toBe('usd');
    expect(currencyBefore('cost EUR 5', 9, lex)?.code).toBe('eur');
    expect(currencyBefore('cost eur 5', 9, lex)).toBeNull();
    expect(currencyBefore('the 5', 4, lex)).toBeNull();
    expect(currencyBefore('5', 0, lex)).toBeNull();
  });
});

describe('furniture and promo sentences (their regexes run only in sentences holding one of their words)', () => {
  it('are still found', () => {
    expect(numbersIn('Listen to this article · 5 min').map((n) => n.excluded)).toEqual(['furniture']);
    expect(numbersIn('DATA DELAYED BY 15 minutes.').map((n) => n.excluded)).toEqual(['furniture']);
    expect(numbersIn('Donate from $5 a month.').map((n) => n.excluded)).toEqual(['promo']);
    expect(numbersIn('The fund raised $5 a month.').map((n) => n.excluded)).toEqual([null]);
  });
});
