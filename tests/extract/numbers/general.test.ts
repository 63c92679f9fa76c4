/**
 * Number reading on kinds of wording found in unseen news: ranges written
 * with currency or percent signs, fractions and "N out of M", hyphenated
 * count compounds, sub-units of currencies, irregular plurals, units implied
 * by the context, and page furniture that is not a story number.
 * Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../data-loaders/doc/make.ts';
import { numbersStage } from '../../../data-loaders/extract/numbers.ts';
import { getKnowledge } from '../../../data-loaders/knowledge/index.ts';
import { one, quantities as claims } from './read.ts';

describe('ranges with signs and scales', () => {
  it('reads a money range with the sign and scale repeated', () => {
    expect(one('The refit will cost €40m-€55m, the shipyard estimates.')).toMatchObject({ qualifier: 'range', low: 40e6, high: 55e6, value: 47.5e6, unit: 'eur' });
    expect(one('Analysts see sales of £1.2 billion to £1.5 billion next year.')).toMatchObject({ qualifier: 'range', low: 1.2e9, high: 1.5e9, unit: 'gbp' });
    expect(one('Repairs could run between $80 million and $120 million.')).toMatchObject({ qualifier: 'range', low: 80e6, high: 120e6, value: 100e6, unit: 'usd' });
  });

  it('reads a percent range', () => {
    expect(one('The party is polling between 11% and 14% in the north.')).toMatchObject({ qualifier: 'range', low: 11, high: 14, value: 12.5, unit: 'percent' });
    expect(one('Support stood at 30%-35% among young voters.')).toMatchObject({ qualifier: 'range', low: 30, high: 35 });
  });

  it('applies a scale written once to both ends', () => {
    expect(one('The dam holds 3 to 4 billion cubic feet.')).toMatchObject({ low: 3e9, high: 4e9 });
  });

  it('does not read a change and a level as a range', () => {
    const found = claims('Exports rose 3% to 4.5% of output.');
    expect(found.map((n) => n.value)).toEqual([3, 4.5]);
    expect(claims('Shares fell $2 to $18 in early trade.').map((n) => n.qualifier)).toEqual(['exact', 'exact']);
  });
});

describe('fractions and shares', () => {
  it('reads a fraction of a point', () => {
    expect(one('The bank trimmed its key rate by a quarter point.')).toMatchObject({ value: 0.25, unit: 'percentage_point' });
    expect(one('Traders expect a rise of half a percentage point.')).toMatchObject({ value: 0.5, unit: 'percentage_point' });
    expect(one('Yields dropped three-quarters of a percentage point.')).toMatchObject({ value: 0.75, unit: 'percentage_point' });
  });

  it('reads "N out of M" and "N in M" as one share', () => {
    expect(one('Seven out of ten voters backed the plan.')).toMatchObject({ value: 70, unit: 'percent', quantity: 'percent' });
    expect(one('One in four schools lacks heating.')).toMatchObject({ value: 25, unit: 'percent' });
    expect(one('Three in 5 farms reported losses.')).toMatchObject({ value: 60, unit: 'percent' });
  });

  it('reads basis points', () => {
    expect(one('Mortgage rates climbed 15 basis points.')).toMatchObject({ value: 15, unit: 'basis_point' });
  });
});

describe('counted compounds and references', () => {
  it('reads a hyphenated count-noun compound', () => {
    expect(one('A 12-member panel will review the bids.')).toMatchObject({ value: 12, unit: 'member' });
    expect(one('The 40-nation coalition met in Oslo.')).toMatchObject({ value: 40, unit: 'nation' });
  });

  it('still drops names glued by a hyphen', () => {
    expect(claims('Two F-35 jets flew over the base.').map((n) => n.value)).toEqual([2]);
  });

  it('drops a number word that refers back to things already named', () => {
    expect(claims('The gap between the two estimates is wide.')).toEqual([]);
    expect(claims('Both sides rejected the three proposals.')).toEqual([]);
  });

  it('reads an ordinal in a copula as a count of the subject', () => {
    expect(one('The walkout was the 9th in the sector this year.')).toMatchObject({ value: 9, ordinal: true, unit: 'walkout' });
  });
});

describe('currency sub-units and currency by country', () => {
  it('reads cents as hundredths of the currency', () => {
    expect(one('The retailer earned 37 cents per share.')).toMatchObject({ value: 0.37, unit: 'usd', quantity: 'money' });
    expect(one('Each stamp now costs 95 pence.')).toMatchObject({ value: 0.95, unit: 'gbp' });
  });

  it('reads rupees by the country of the story', () => {
    const doc = makeDoc('Pakistan approved relief for flood victims. The cabinet released 5 billion rupees on Monday.', { published: '2024-11-20' });
    numbersStage.run(doc, getKnowledge());
    expect(doc.layers.numbers.find((n) => n.value === 5e9)?.unit).toBe('pkr');
    expect(one('The Indian budget set aside 900 crore rupees.').unit).toBe('inr');
  });

  it('reads a fraction of a whole as a share, but not "half of the ceasefire"', () => {
    expect(one('Tarvel now mines more than half of the world supply of cobalt.')).toMatchObject({ value: 50, unit: 'percent', qualifier: 'more_than' });
    expect(one('A fifth of voters stayed at home.')).toMatchObject({ value: 20, unit: 'percent' });
    const doc = makeDoc('We have achieved about half of the ceasefire, he said.', { published: '2024-11-20' });
    numbersStage.run(doc, getKnowledge());
    expect(doc.layers.numbers.filter((n) => !n.excluded)).toEqual([]);
  });

  it('reads shillings written before the number and by the country of the story', () => {
    expect(one('The union has offered Sh8.5 billion for the pay rise.')).toMatchObject({ value: 8.5e9, unit: 'kes' });
    expect(one('A nurse earns about KSh52,000 a month.')).toMatchObject({ value: 52000, unit: 'kes' });
    const doc = makeDoc('Uganda said road repairs in Uganda would cost 40 billion shillings.', { published: '2024-11-20' });
    numbersStage.run(doc, getKnowledge());
    expect(doc.layers.numbers.find((n) => n.value === 4e10)?.unit).toBe('ugx');
  });
});

describe('units', () => {
  it('singularises nouns in -ies, -ves and -ses correctly', () => {
    expect(one('Jets flew 25 sorties overnight.').unit).toBe('sortie');
    expect(one('The company laid off 80 executives.').unit).toBe('executive');
    expect(one('The city bought 30 buses.').unit).toBe('bus');
    expect(one('Officers seized 12 knives.').unit).toBe('knife');
  });

  it('takes the noun after an adjective that is also a counted form', () => {
    expect(one('Clinics treated 210 injured children.').unit).toBe('child');
  });

  it('reads persons from a toll and from "the number of"', () => {
    expect(one('Officials put the death toll at 57.').unit).toBe('person');
    expect(one('The number of hikers rescued has climbed to 640.').unit).toBe('hiker');
  });

  it('carries a count’s noun to a bare count in the same sentence', () => {
    const found = claims('The Greens won 19 seats, four short of the 23 needed.');
    expect(found.map((n) => n.unit)).toEqual(['seat', 'seat', 'seat']);
  });
});

describe('page furniture', () => {
  it.each([
    'GBP/EUR 1.1712 ▲0.08%   DAX 19,320.40 ▼0.52%',
    'Listen to this story · 4 min',
    'Mar 3, 2024 · 7 min read',
    'Press office: 22 Harbour Plaza, Suite 1200, Toronto.',
    'For help call 1-888-555-0142 any time.',
    'Support our reporting from $3 a month.',
    'Market quotes delayed by at least 20 minutes.',
  ])('does not read numbers in "%s"', (line) => {
    expect(claims(line)).toEqual([]);
  });
});
