import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../data-loaders/doc/make.ts';
import { runStages } from '../../data-loaders/extract/index.ts';

/** [text, iso, precision] of every date mention found in `text` read on `published`. */
function dates(text: string, published: string | null) {
  const doc = runStages(makeDoc(text, { published: published ?? undefined }), ['dates']);
  for (const d of doc.layers.dates) expect(doc.text.slice(d.start, d.end)).toBe(d.text);
  return doc.layers.dates.map((d) => [d.text, d.iso, d.precision]);
}

describe('dates: absolute', () => {
  it('reads day-month-year and month-day-year orders', () => {
    expect(dates('Polls opened on 4 July 2024 and closed on November 5, 2024.', '2025-01-10')).toEqual([
      ['4 July 2024', '2024-07-04', 'day'],
      ['November 5, 2024', '2024-11-05', 'day'],
    ]);
  });

  it('reads ISO dates, month-year and prepositional years', () => {
    expect(dates('The dam, finished in 1998, failed on 2023-09-10 after heavy rain in September 2023.', '2023-09-12')).toEqual([
      ['1998', '1998', 'year'],
      ['2023-09-10', '2023-09-10', 'day'],
      ['September 2023', '2023-09', 'month'],
    ]);
  });

  it('resolves only absolute dates without a publication date', () => {
    expect(dates('The strike began on Monday and ended on 3 March 2021.', null)).toEqual([['3 March 2021', '2021-03-03', 'day']]);
  });

  it('does not read modal "may", the verb "march", names or counts as dates', () => {
    expect(dates('Theresa May said workers may march again. The 17th round of talks had 2000 delegates.', '2024-05-02')).toEqual([]);
  });
});

describe('dates: relative to publication', () => {
  // 2025-06-19 is a Thursday.
  const pub = '2025-06-19';

  it('reads weekdays as the latest such day on or before publication', () => {
    expect(dates('Voters went to the polls on Sunday; the count finished on Thursday.', pub)).toEqual([
      ['Sunday', '2025-06-15', 'day'],
      ['Thursday', '2025-06-19', 'day'],
    ]);
  });

  it('reads a weekday after a future cue as the next such day', () => {
    expect(dates('The central bank said on Tuesday it will announce the rate decision on Friday.', pub)).toEqual([
      ['Tuesday', '2025-06-17', 'day'],
      ['Friday', '2025-06-20', 'day'],
    ]);
  });

  it('reads day words, "last night" and units', () => {
    expect(dates('Yesterday the river burst its banks; last night crews worked. Sales fell last month and earlier this year.', pub)).toEqual([
      ['Yesterday', '2025-06-18', 'day'],
      ['last night', '2025-06-18', 'day'],
      ['last month', '2025-05', 'month'],
      ['earlier this year', '2025', 'year'],
    ]);
  });

  it('reads "last <month>", seasons and "the end of <month>"', () => {
    expect(dates('The mine closed last August, reopened at the end of April and flooded last summer.', pub)).toEqual([
      ['last August', '2024-08', 'month'],
      ['the end of April', '2025-04', 'month'],
      ['last summer', '2024', 'year'],
    ]);
  });

  it('reads a bare day of the month ("the 12th (local time)") as the latest such day', () => {
    expect(dates('On the 12th (local time), the protesters gathered. Since the 25th, roads were shut.', pub)).toEqual([
      ['the 12th', '2025-06-12', 'day'],
      ['the 25th', '2025-05-25', 'day'],
    ]);
  });

  it('reads "ago" expressions', () => {
    expect(dates('The company was founded two years ago and listed three weeks ago.', pub)).toEqual([
      ['two years ago', '2023', 'year'],
      ['three weeks ago', '2025-05-29', 'day'],
    ]);
  });

  it('keeps the day when a clock time sits next to the weekday', () => {
    expect(dates('The curfew lasts from 10 pm Saturday until 6 am on Monday, or 0500 GMT.', pub)).toEqual([
      ['Saturday', '2025-06-14', 'day'],
      ['Monday', '2025-06-16', 'day'],
    ]);
  });
});

describe('dates: across a year boundary', () => {
  it('reads December in an early-January article as last December', () => {
    expect(dates('Last December the storm cut power; in December exports fell. The ferry sank on December 28.', '2025-01-04')).toEqual([
      ['Last December', '2024-12', 'month'],
      ['December', '2024-12', 'month'],
      ['December 28', '2024-12-28', 'day'],
    ]);
  });

  it('reads January in a late-December article by tense and modifier', () => {
    expect(dates('The new mayor will take office in January. The council met in January. Talks resume next January.', '2024-12-30')).toEqual([
      ['January', '2025-01', 'month'],
      ['January', '2024-01', 'month'],
      ['next January', '2025-01', 'month'],
    ]);
  });

  it('keeps a future cue across a decimal number and reads "would" and "expect" as cues', () => {
    expect(dates('Teachers will get 4.5% more from January. Prices fell in January.', '2026-12-10')).toEqual([
      ['January', '2027-01', 'month'],
      ['January', '2026-01', 'month'],
    ]);
    expect(dates('Economists expect a cut when the board meets on 24 December. The pact was signed on 30 December.', '2026-12-10')).toEqual([
      ['24 December', '2026-12-24', 'day'],
      ['30 December', '2025-12-30', 'day'],
    ]);
    expect(dates('The minister said the plant would reopen in February.', '2026-11-20')).toEqual([['February', '2027-02', 'month']]);
  });

  it('reads weekdays and "yesterday" across New Year', () => {
    // 2026-01-01 is a Thursday.
    expect(dates('Fireworks were banned on Tuesday; yesterday crowds gathered anyway.', '2026-01-01')).toEqual([
      ['Tuesday', '2025-12-30', 'day'],
      ['yesterday', '2025-12-31', 'day'],
    ]);
  });

  it('re-chooses the year of dates chrono reads without one (past by default)', () => {
    // chrono alone picks the closest date: 2025-08-06, after publication.
    expect(dates('Shipments stopped on Aug-6 after the strike.', '2025-03-13')).toEqual([['Aug-6', '2024-08-06', 'day']]);
    expect(dates('Shipments resumed on 30-Dec after the strike.', '2026-01-02')).toEqual([['30-Dec', '2025-12-30', 'day']]);
  });

  it('hands numeric dates to chrono', () => {
    expect(dates('The ferry sank on 12/30/2025 near the port.', '2026-01-02')).toEqual([['12/30/2025', '2025-12-30', 'day']]);
  });
});
