import { describe, expect, it } from 'vitest';
import { scoreActors } from '../../data-loaders/eval/actors.ts';
import { datesAgree, scoreEvents } from '../../data-loaders/eval/events.ts';
import { scoreLines } from '../../data-loaders/eval/lines.ts';
import { normName } from '../../data-loaders/eval/normalize.ts';
import { prf } from '../../data-loaders/eval/prf.ts';

describe('name normalisation', () => {
  it('ignores case, diacritics, punctuation and a leading "the"', () => {
    expect(normName('The Red Cross')).toBe(normName('red cross'));
    expect(normName('Zoë Ní Bhriain')).toBe('zoe ni bhriain');
    expect(normName("St. Mary's Hospital")).toBe(normName('St Marys Hospital'));
    expect(normName(null)).toBe('');
  });

  it('ignores a leading "a" or "an" of an unnamed source, not an inner one', () => {
    expect(normName('A medical source at Mercy Hospital')).toBe(normName('medical source at Mercy Hospital'));
    expect(normName('an official')).toBe('official');
    expect(normName('Ana Lima')).toBe('ana lima');
  });
});

describe('precision, recall, F1', () => {
  it('computes the usual figures and treats empty sides as perfect', () => {
    expect(prf(4, 5, 3)).toMatchObject({ precision: 0.6, recall: 0.75, f1: 0.6667 });
    expect(prf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(prf(3, 0, 0)).toMatchObject({ precision: 1, recall: 0, f1: 0 });
  });
});

describe('actor matching', () => {
  it('matches by canonical name first, then by a surface form of the article', () => {
    const r = scoreActors(
      ['Federal Emergency Management Agency', 'Gavin Newsom', 'Sierra Club'],
      [
        { name: 'FEMA', aliases: ['FEMA', 'Federal Emergency Management Agency'] },
        { name: 'Gavin Newsom', aliases: ['Newsom'] },
        { name: 'National Weather Service', aliases: [] },
      ],
    );
    expect(r.matched).toBe(2);
    expect(r.misses).toEqual(['Sierra Club']);
    expect(r.falseHits).toEqual(['National Weather Service']);
  });
});

describe('event matching', () => {
  it('agrees on dates up to the coarser precision', () => {
    expect(datesAgree('2023-09', '2023-09-14')).toBe(true);
    expect(datesAgree('2023-09-14', '2023-09-15')).toBe(false);
    expect(datesAgree(null, null)).toBe(true);
    expect(datesAgree(null, '2023')).toBe(false);
  });

  it('needs a shared actor unless the gold event names none', () => {
    const gold = [
      { what: 'strike begins', actors: ['United Auto Workers'], date: '2023-09-15', place: null },
      { what: 'storm makes landfall', actors: [], date: '2023-08-30', place: 'Florida' },
      { what: 'talks resume', actors: ['Ford'], date: '2023-09-20', place: null },
    ];
    const r = scoreEvents(gold, [
      { text: 'The UAW walked out on Friday.', date: '2023-09-15', place: null, actors: [['UAW', 'United Auto Workers']] },
      { text: 'Idalia came ashore.', date: '2023-08-30', place: 'Florida', actors: [] },
      { text: 'GM met the union.', date: '2023-09-20', place: null, actors: [['General Motors']] },
    ]);
    expect(r.matched).toBe(2);
    expect(r.misses.map((e) => e.what)).toEqual(['talks resume']);
    expect(r.falseHits.map((e) => e.text)).toEqual(['GM met the union.']);
  });
});

describe('line matching', () => {
  it('counts repeated lines and normalises spaces', () => {
    const r = scoreLines(['Subscribe', 'Subscribe', 'Related stories'], ['Subscribe ', 'Related\u00a0stories', 'Weather: sunny']);
    expect(r).toMatchObject({ gold: 3, extracted: 3, matched: 2, misses: ['Subscribe'], falseHits: ['Weather: sunny'] });
  });
});
