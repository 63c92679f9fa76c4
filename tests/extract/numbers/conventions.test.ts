/**
 * The conventions an analyst reads in the claims table (docs/annotating.md):
 * units named as full words ("hectare", "celsius"), the counted noun kept
 * when it says who is counted ("woman", "child", "customer") and `person`
 * for people in general; bounds read from verbs and negations ("topped",
 * "never fell below", "within"); and numbers that are not claims (ages,
 * emergency numbers, fiscal years). Every sentence is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import type { NumberSpan } from '../../../data-loaders/doc/doc.ts';
import { numbersIn, one as onlyOne } from './read.ts';

const PUBLISHED = '2025-06-20';
const all = (text: string): NumberSpan[] => numbersIn(text, PUBLISHED);
const claims = (text: string) => all(text).filter((n) => !n.excluded);
const unitOf = (text: string, number: string) => claims(text).find((n) => n.text.includes(number))?.unit;
const one = (text: string): NumberSpan => onlyOne(text, PUBLISHED);

describe('units named the way an analyst reads them', () => {
  it('names areas and temperatures in full words', () => {
    expect(one('The blaze has scorched 4,500 hectares of pine forest.')).toMatchObject({ unit: 'hectare', canonicalUnit: 'km2', canonicalValue: 45 });
    expect(one('The mercury climbed to 38C in the capital.')).toMatchObject({ unit: 'celsius' });
    expect(one('Winds reached 95 km/h on the coast.')).toMatchObject({ unit: 'km/h' });
  });

  it('converts temperatures to celsius and speeds to km/h for comparison', () => {
    const f = one('Phoenix recorded 113F on Sunday.');
    expect(f).toMatchObject({ unit: 'fahrenheit', canonicalUnit: 'celsius' });
    expect(f.canonicalValue).toBeCloseTo(45, 4);
    expect(one('Gusts reached 50 mph overnight.')).toMatchObject({ unit: 'mph', canonicalUnit: 'km/h', canonicalValue: 80.4672 });
  });

  it('reads a bare magnitude in a sentence about a quake', () => {
    expect(one('The strongest aftershock, measuring 4.9, struck at dawn.')).toMatchObject({ unit: 'magnitude', value: 4.9 });
    expect(one('A tremor of 3.8 shook the valley.').unit).toBe('magnitude');
    expect(one('Turnout measured 8.5 in the north.').unit).toBeNull();
  });

  it('reads bare degrees as the temperature scale the story uses', () => {
    expect(one('Forecasters expect highs of 41 degrees on Friday.').unit).toBe('celsius');
    expect(unitOf('Phoenix recorded 117F on Sunday. Overnight lows stayed near 90 degrees.', '90')).toBe('fahrenheit');
    expect(one('The pilot made a 180-degree turn over the bay.').unit).not.toBe('celsius');
  });

  it('reads "6 to 8 degrees" as one range, even after "by"', () => {
    expect(one('Temperatures will drop by 6 to 8 degrees in the north.')).toMatchObject({ qualifier: 'range', low: 6, high: 8, unit: 'celsius' });
    expect(one('Night-time lows are expected to fall 3 to 5 degrees.')).toMatchObject({ qualifier: 'range', low: 3, high: 5 });
  });

  it('reads "ranging from X to Y" as a range, "rose from X to Y" as two numbers', () => {
    expect(one('Forecasts ranged from 1.5% to 1.9% for the quarter.')).toMatchObject({ qualifier: 'range', low: 1.5, high: 1.9 });
    expect(claims('Unemployment rose from 4% to 5%.').map((n) => n.qualifier)).toEqual(['exact', 'exact']);
  });

  it('counts the whole of a part ("eight of the nine seats")', () => {
    expect(claims('The alliance won seven of the ten districts.').map((n) => [n.value, n.unit])).toEqual([
      [7, 'district'],
      [10, 'district'],
    ]);
  });

  it('still reads a change and a level with "by … to" as two numbers', () => {
    expect(claims('The bank cut its rate by 0.5% to 3.75%.').map((n) => n.value)).toEqual([0.5, 3.75]);
    expect(claims('Fares rose by $2 to $18.').map((n) => n.qualifier)).toEqual(['exact', 'exact']);
  });

  it('links a temperature to its conversion', () => {
    const [c, f] = claims('The station logged 47.1C (116.8F) on Tuesday.');
    expect(c.unit).toBe('celsius');
    expect(f).toMatchObject({ unit: 'fahrenheit', conversionOf: { start: c.start, end: c.end } });
  });

  it('keeps the counted noun when it says who is counted', () => {
    expect(unitOf('The clinic treated 14 women and 9 children overnight.', '14')).toBe('woman');
    expect(unitOf('The clinic treated 14 women and 9 children overnight.', '9')).toBe('child');
    expect(unitOf('Police arrested 12 men after the match.', '12')).toBe('man');
    expect(one('The airline said 310,000 customers were affected.').unit).toBe('customer');
    expect(one('Soldiers shot dead 4 civilians at a checkpoint.').unit).toBe('civilian');
    expect(one('Gunmen seized 3 tankers off the coast.').unit).toBe('tanker');
    expect(one('Two fishing boats capsized in the storm.').unit).toBe('boat');
    expect(one('The navy sent 22 helicopters to the area.').unit).toBe('helicopter');
    expect(one('The union counts 1,700 vacant teaching posts.').unit).toBe('post');
  });

  it('counts people in general as person', () => {
    expect(one('Rescuers pulled 38 people from the rubble.').unit).toBe('person');
    expect(one('The strike drew 4,000 staff from the city hospitals.').unit).toBe('person');
    expect(one('About 9,000 of its members joined the march.').unit).toBe('person');
    expect(one('Hospitals said 23 of the injured were in a critical condition.').unit).toBe('person');
    expect(one('The storm left 41 residents without shelter.').unit).toBe('person');
  });

  it('takes the group counted from the words around a bare count', () => {
    expect(one('The arena, which has a capacity of 60,000, was full.').unit).toBe('person');
    expect(one('Organisers estimated the crowd at 15,000.').unit).toBe('person');
    expect(one('Coastguards rescued 86 off the southern coast.').unit).toBe('person');
    expect(one('The mudslide left 12 missing in the hills.').unit).toBe('person');
    expect(unitOf('Three people were killed and 20 others were hurt.', '20')).toBe('person');
  });

  it('gives "N others" the noun counted earlier, even far back in the sentence', () => {
    const s =
      'The navy said it had picked up 140 migrants from a sinking dinghy about 60km off the coast late on Sunday, while an aid group said at least 25 others were missing.';
    expect(unitOf(s, '25')).toBe('migrant');
  });

  it('counts people from a relative clause or a verb of taking part', () => {
    expect(one('The war has uprooted families, including 2 million who crossed the border.').unit).toBe('person');
    expect(one('Union leaders said 60,000 marched through the capital.').unit).toBe('person');
  });

  it('gives "N of them" the noun counted in the sentence before', () => {
    const s = 'The ministry bought 900 buses last year. It said 300 of them were electric.';
    expect(unitOf(s, '300')).toBe('bus');
  });

  it('gives "the figure" the noun of the count in the sentence before', () => {
    const s = 'The union said 5,000 nurses walked out. Management put the figure at fewer than 2,000.';
    expect(unitOf(s, '2,000')).toBe('nurse');
  });

  it('reads a count of a possessive group ("31 of the country\'s 50 provinces")', () => {
    const found = claims("Storms hit 12 of the state's 40 counties.");
    expect(found.map((n) => n.unit)).toEqual(['county', 'county']);
  });
});

describe('bounds from verbs, negations and coordination', () => {
  it('reads "topped", "exceeded", "surpassed" as more than', () => {
    expect(one('Temperatures topped 40C across the south.').qualifier).toBe('more_than');
    expect(one('Losses exceeded $2bn last year.').qualifier).toBe('more_than');
    expect(one('Downloads surpassed 1 million in a week.').qualifier).toBe('more_than');
  });

  it('reads a negated bound the other way round', () => {
    expect(one('In many towns the temperature never fell below 25C at night.')).toMatchObject({ qualifier: 'at_least', low: 25, high: null });
    expect(one('Inflation did not rise above 3% all year.')).toMatchObject({ qualifier: 'at_most', high: 3 });
  });

  it('reads "within" and "up to" before a duration as at most', () => {
    expect(one('The panel must report within 30 days.')).toMatchObject({ qualifier: 'at_most', unit: 'day' });
    expect(one('The strike could last up to 10 days.')).toMatchObject({ qualifier: 'at_most', unit: 'day' });
    expect(one('The jobless rate edged up to 4.6% in May.').qualifier).toBe('exact');
  });

  it('reads "just over" and "just under" as bounds', () => {
    expect(one('Arrivals fell to just over 42,000 this year.').qualifier).toBe('more_than');
    expect(one('Turnout was just under 60%.').qualifier).toBe('less_than');
    expect(one('As many as 300 homes were flooded.').qualifier).toBe('at_most');
    expect(one('At least 12 people died.').qualifier).toBe('at_least');
  });

  it('carries a bound over "or" to the next number', () => {
    const found = claims('Firms can be fined up to $10 million or 2% of turnover.');
    expect(found.map((n) => n.qualifier)).toEqual(['at_most', 'at_most']);
  });
});

describe('numbers that are not claims', () => {
  it('leaves out ages', () => {
    expect(claims('Most of the victims were people aged over 80.').map((n) => n.text)).toEqual([]);
    expect(claims('Six children under the age of 12 were treated.').map((n) => n.value)).toEqual([6]);
    expect(claims('The vaccine is offered to those aged between 18 and 25.')).toEqual([]);
    expect(claims('A 34-year-old man was charged.')).toEqual([]);
  });

  it('leaves out emergency and phone numbers', () => {
    expect(claims('Calls to the 911 line doubled overnight.')).toEqual([]);
    expect(claims('Residents were told to dial 999 only in an emergency.')).toEqual([]);
    expect(claims('The 112 emergency number was overwhelmed.')).toEqual([]);
    expect(one('The hotline took 300 calls.').value).toBe(300);
    expect(claims('Victims can call the helpline on 0300 123 4567 or visit a branch.')).toEqual([]);
    expect(claims("Families can call the operator's assistance line on 900 101 020 at any hour.")).toEqual([]);
    expect(claims('Tips go to the police on 21 34 56 78, officers said.')).toEqual([]);
    expect(claims('Call 800 555 0199 to book a test.')).toEqual([]);
  });

  it('keeps numbers that only sit near each other', () => {
    expect(claims('Of the 120 500 were injured.').length).toBeGreaterThan(0);
    expect(claims('The tally rose from 900 to 1,100 in a day.').map((n) => n.value)).toEqual([900, 1100]);
  });

  it('leaves out fiscal years and seasons', () => {
    expect(claims('The deficit will narrow to $51 billion in 2026-27.').map((n) => n.value)).toEqual([51e9]);
    expect(claims('Revenue is forecast to grow in FY2025/26.')).toEqual([]);
    expect(claims('He scored in the 2024–25 season.')).toEqual([]);
    expect(claims('The plant should open within 2027.')).toEqual([]);
    expect(claims('Prices have doubled over 2024.')).toEqual([]);
  });

  it('keeps a time between two events ("two days earlier"), not a page age', () => {
    expect(one('The boat had left port two days earlier.')).toMatchObject({ value: 2, unit: 'day' });
    expect(all('Posted 3 hrs ago')[0].excluded).toBe('page_age');
  });
});

describe('lists that leave out the counted noun', () => {
  it('keeps "Samos 1,122 and Chios 690" after "Lesbos received 1,705 people" as counts of people', () => {
    expect(claims('Lesbos received 1,705 people, Samos 1,122 and Chios 690.').map((n) => [n.value, n.unit])).toEqual([
      [1705, 'person'],
      [1122, 'person'],
      [690, 'person'],
    ]);
  });

  it('still reads a name with a number after a comma when no figure came before ("…, Apollo 11")', () => {
    expect(claims('The museum shows Gemini, Apollo 11 and Skylab.')).toEqual([]);
  });
});
