import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../data-loaders/doc/make.ts';
import { numbersStage } from '../../data-loaders/extract/numbers.ts';
import { getKnowledge } from '../../data-loaders/knowledge/index.ts';
import { numbersIn as numbers, one, quantities as claims } from './numbers/read.ts';

describe('numbers in digits', () => {
  it('reads thousands separators, decimals and percentages', () => {
    expect(one('The death toll climbed to 1,240 people.').value).toBe(1240);
    expect(one('Turnout reached 62,400 voters.').value).toBe(62400);
    const pct = one('Unemployment fell to 4.2% last quarter.');
    expect(pct).toMatchObject({ value: 4.2, unit: 'percent', quantity: 'percent', text: '4.2%' });
    expect(one('Prices rose 3 per cent.').unit).toBe('percent');
  });

  it('applies scale words and abbreviations', () => {
    expect(one('The fund lost 1.5 billion in a year.').value).toBe(1.5e9);
    const m = one('The bridge will cost $2bn to rebuild.');
    expect(m).toMatchObject({ value: 2e9, unit: 'usd', quantity: 'money', text: '$2bn' });
    expect(one('Aid pledges reached €450m on Monday.')).toMatchObject({ value: 4.5e8, unit: 'eur' });
    expect(one('The club sold 10k tickets.').value).toBe(10000);
    expect(one('Farmers received 3 million pounds in compensation.')).toMatchObject({ value: 3e6, unit: 'gbp' });
  });
});

describe('numbers in words', () => {
  it('reads simple, compound and scaled number words', () => {
    expect(one('Eight fishermen were rescued.').value).toBe(8);
    expect(one('The blaze destroyed twenty-four homes.').value).toBe(24);
    expect(one('Rescuers pulled a dozen survivors from the rubble.').value).toBe(12);
    expect(one('Half a million people fled the floods.').value).toBe(500000);
    expect(one('Two hundred and fifty protesters gathered.').value).toBe(250);
    expect(one('The rally drew two and a half thousand marchers.').value).toBe(2500);
  });

  it('reads hyphenated compounds as durations and lengths', () => {
    expect(one('They agreed on a 30-day pause in strikes.')).toMatchObject({ value: 30, unit: 'day', quantity: 'duration', text: '30-day' });
    expect(one('The minister held a two-hour meeting with unions.')).toMatchObject({ value: 2, unit: 'hour' });
    expect(one('A week-long curfew was imposed.')).toMatchObject({ value: 1, unit: 'week' });
    expect(one('A 12-km convoy of lorries waited at the border.')).toMatchObject({ value: 12, unit: 'km', quantity: 'length' });
  });

  it('does not read a lone "a" or "one of" as a number', () => {
    expect(claims('A storm hit one of the islands.')).toEqual([]);
    expect(claims('No one was hurt in a blast at the depot.')).toEqual([]);
  });
});

describe('ordinals', () => {
  it('keeps ordinals that count, drops calendar days', () => {
    const o = one('Brussels adopted its 14th package of measures.');
    expect(o).toMatchObject({ value: 14, ordinal: true, unit: 'package' });
    expect(claims('Talks resumed on the 3rd (local time).')).toEqual([]);
    expect(claims('For the first time in years the river froze.')).toEqual([]);
  });

  it('keeps ordinal words that count after a determiner or a possessive', () => {
    expect(one('The regulator cut rates for its third reduction this year.')).toMatchObject({ value: 3, ordinal: true, unit: 'reduction' });
    expect(one("It was the retailer's second profit warning since June.")).toMatchObject({ value: 2, ordinal: true });
    expect(one('Cases rose for a fourth consecutive week.')).toMatchObject({ value: 4, unit: 'week' });
    expect(one('The union called a fifth walkout in Lagos.')).toMatchObject({ value: 5, unit: 'walkout' });
  });

  it('leaves ordinal words that rank, name a part or stand as fractions', () => {
    expect(claims('The second half of the match was goalless.')).toEqual([]);
    expect(claims('Output grew in the third quarter.')).toEqual([]);
    expect(claims('Second, the board said, costs must fall.')).toEqual([]);
    expect(claims('She finished second in the race.')).toEqual([]);
    expect(claims('Revenue fell by roughly a third last year.')).toEqual([]);
    expect(one('A third of the deaths were children.')).toMatchObject({ unit: 'percent' });
    expect(claims('The bridge is the third-longest in Europe.')).toEqual([]);
  });

  it('keeps counts in a Title Case headline', () => {
    expect(one('Blizzard Strands 40 Drivers On Mountain Pass').value).toBe(40);
  });
});

describe('qualifiers', () => {
  it.each([
    ['More than 300 families lost power.', 'more_than', 300, null],
    ['Over 90 flights were cancelled.', 'more_than', 90, null],
    ['Losses exceeding 40 tanks were reported.', 'more_than', 40, null],
    ['Fewer than 60 doctors remain.', 'less_than', null, 60],
    ['Under 5% of ballots were spoiled.', 'less_than', null, 5],
    ['Up to 70 migrants were aboard.', 'at_most', null, 70],
    ['At least 12 miners are trapped.', 'at_least', 12, null],
  ])('%s', (text, qualifier, low, high) => {
    const n = one(text);
    expect(n.qualifier).toBe(qualifier);
    expect(n.low).toBe(low);
    expect(n.high).toBe(high);
  });

  it.each(['About', 'Around', 'Nearly', 'Some', 'Roughly', 'Approximately', 'Almost'])('%s 400 → approx', (word) => {
    expect(one(`${word} 400 volunteers joined the search.`).qualifier).toBe('approx');
  });

  it('reads a qualifier after the number', () => {
    expect(one('We expect 500 or more applicants.').qualifier).toBe('at_least');
  });

  it('does not read "over" before a duration as a bound', () => {
    const n = claims('Rain fell over three days.')[0];
    expect(n).toMatchObject({ value: 3, unit: 'day', qualifier: 'exact' });
  });
});

describe('vague amounts', () => {
  it('keeps vague amounts with their wording and no value', () => {
    const n = one('Dozens of villagers were evacuated.');
    expect(n).toMatchObject({ text: 'Dozens', vague: true, value: null, qualifier: 'vague', unit: 'person' });
    expect(one('Hundreds of thousands of workers went on strike.')).toMatchObject({ vague: true, unit: 'worker' });
  });
});

describe('ranges', () => {
  it('reads "between X and Y", "X-Y", "X to Y" and "X or Y"', () => {
    expect(one('Between 10 and 20 climbers are missing.')).toMatchObject({ low: 10, high: 20, value: 15, qualifier: 'range', unit: 'climber' });
    expect(one('Forecasters expect 40-60 mm of rain.')).toMatchObject({ low: 40, high: 60, unit: 'mm' });
    expect(one('The queue stretched two to three miles.')).toMatchObject({ low: 2, high: 3, unit: 'mi' });
    expect(one('Five or six gunmen stormed the hotel.')).toMatchObject({ low: 5, high: 6 });
  });

  it('keeps "from X to Y" as two numbers and a vote tally as two numbers', () => {
    expect(claims('The rate rose from 2% to 5%.').map((n) => n.value)).toEqual([2, 5]);
    expect(claims('Lawmakers voted 52 to 48 in favour.').map((n) => n.value)).toEqual([52, 48]);
  });
});

describe('units', () => {
  it('reads areas with canonical km²', () => {
    expect(one('Fire burned 800 hectares of forest.')).toMatchObject({ unit: 'hectare', quantity: 'area', canonicalUnit: 'km2', canonicalValue: 8 });
    expect(one('The lake covers 30 sq km.')).toMatchObject({ unit: 'km2', canonicalValue: 30 });
    expect(one('The reserve spans 120 square kilometres.')).toMatchObject({ unit: 'km2' });
    const mi = one('The blaze covered 10 square miles.');
    expect(mi.unit).toBe('mi2');
    expect(mi.canonicalValue).toBeCloseTo(25.9, 1);
  });

  it('reads lengths, durations and money', () => {
    expect(one('The ash cloud rose 9 miles.')).toMatchObject({ unit: 'mi', quantity: 'length', canonicalUnit: 'km' });
    expect(one('The siege lasted seven months.')).toMatchObject({ unit: 'month', quantity: 'duration' });
    expect(one('The strike cost 50 million euros.')).toMatchObject({ unit: 'eur', value: 5e7 });
  });

  it('reads the counted noun and maps synonyms to a canonical unit', () => {
    expect(one('Rebels freed 300 prisoners of war.').unit).toBe('soldier');
    expect(one('The army lost 120 troops.').unit).toBe('soldier');
    expect(one('Police detained 45 residents.').unit).toBe('person');
    expect(one('Police detained 45 civilians.').unit).toBe('civilian');
    expect(one('Air defences downed 37 Iranian-made drones.').unit).toBe('drone');
    expect(one('Storms sank 4 fishing boats.').unit).toBe('boat');
    expect(one('The navy shadowed 6 merchant vessels.').unit).toBe('vessel');
    expect(one('The party gained 18 seats.').unit).toBe('seat');
    const n = one('Authorities evacuated 27 mountain hamlets.');
    expect(n.unit).toBe('village');
    expect(n.noun?.text).toBe('mountain hamlets');
  });

  it('reads a unit written before the number', () => {
    expect(one('A magnitude 6.4 earthquake shook the coast.')).toMatchObject({ value: 6.4, unit: 'magnitude', text: 'magnitude 6.4' });
    expect(one('The magnitude-5.9 tremor was felt inland.')).toMatchObject({ value: 5.9, unit: 'magnitude' });
  });

  it('singularises an unlisted noun', () => {
    expect(one('Inspectors closed 14 bakeries.').unit).toBe('bakery');
  });

  it('shares the noun of a whole with its part', () => {
    const [part, whole] = claims('They won 134 of the 250 seats.');
    expect(part.unit).toBe('seat');
    expect(whole.unit).toBe('seat');
  });
});

describe('conversions', () => {
  it('links a conversion in parentheses to its primary and copies the qualifier', () => {
    const [a, b] = claims('Troops hold less than 300 square km (116 square miles) of the valley.');
    expect(a).toMatchObject({ value: 300, unit: 'km2', qualifier: 'less_than', conversionOf: null });
    expect(b).toMatchObject({ value: 116, unit: 'mi2', qualifier: 'less_than' });
    expect(b.conversionOf).toEqual({ start: a.start, end: a.end });
  });

  it('does not link two unrelated counts', () => {
    const [, b] = claims('Medics treated 40 patients (12 children) overnight.');
    expect(b.conversionOf).toBeNull();
  });
});

describe('not claims', () => {
  const reasons = (text: string) => numbers(text).map((n) => [n.text, n.excluded]);
  it('excludes clock times', () => {
    expect(reasons('Voting closed at 8:00 pm.')).toEqual([['8:00 pm', 'clock_time']]);
    expect(reasons('The quake hit at 0430 GMT.')).toEqual([['0430', 'clock_time']]);
    expect(reasons('Ferries resumed at 6 a.m.')[0][1]).toBe('clock_time');
    expect(reasons('Updated 09:15 AM')[0][1]).toBe('clock_time');
  });
  it('excludes years, calendar dates and page ages', () => {
    expect(reasons('The plant opened in 1986.')).toEqual([['1986', 'year']]);
    expect(reasons('The vote is due on 4 July.')[0][1]).toBe('date');
    expect(reasons('The vote is due on July 4.')[0][1]).toBe('date');
    expect(reasons('Fighting resumed on 2024-10-02.')[0][1]).toBe('date');
    expect(reasons('Posted 3 hrs ago')[0][1]).toBe('page_age');
  });
  it('excludes names with numbers', () => {
    for (const t of ['The G20 summit opened.', 'Two F-35 jets landed.', 'Covid-19 cases fell.', 'Viewers of Channel 4 complained.', 'Under Article 5 allies must act.', 'The MH370 search ended.', 'Apollo 11 landed.']) {
      const ns = numbers(t);
      const named = ns.filter((n) => n.excluded === 'name');
      expect(named.length, t).toBeGreaterThan(0);
      expect(ns.filter((n) => !n.excluded && n.value !== 2), t).toEqual([]);
    }
  });
  it('excludes phone numbers, street numbers, ages and list markers', () => {
    expect(reasons('Call +44 20 7946 0958 for help.')[0][1]).toBe('phone');
    expect(reasons('Call (212) 555-0199 now.')[0][1]).toBe('phone');
    expect(reasons('Crowds gathered at 10 Downing Street.')[0][1]).toBe('address');
    expect(reasons('A 34-year-old man was arrested.')[0][1]).toBe('age');
    expect(reasons('Jane Doe, 41, said she was afraid.')[0][1]).toBe('age');
    expect(reasons('1. Stay indoors.')[0][1]).toBe('list_marker');
  });
  it('excludes numbers inside a date mention of the dates layer', () => {
    const doc = makeDoc('The ruling came on day 12 of the trial.', { published: '2024-11-20' });
    const at = doc.text.indexOf('day 12');
    doc.layers.dates.push({ start: at, end: at + 6, text: 'day 12', sentence: 0, iso: '2024-11-12', precision: 'day', relative: false });
    numbersStage.run(doc, getKnowledge());
    expect(doc.layers.numbers[0].excluded).toBe('date');
  });
});

describe('the stage', () => {
  it('keeps offsets exact and numbers in sentence order', () => {
    const doc = makeDoc('Floods killed 9 people.\nRain fell for 3 days.', { published: '2024-11-20' });
    numbersStage.run(doc, getKnowledge());
    for (const n of doc.layers.numbers) expect(doc.text.slice(n.start, n.end)).toBe(n.text);
    expect(doc.layers.numbers.map((n) => n.sentence)).toEqual([0, 1]);
  });
});
