import { describe, expect, it } from 'vitest';
import { build, claim, org } from './build.ts';

/**
 * Claimant attribution on kinds of wording found in unseen news. Every
 * sentence here is made up for the test.
 */
describe('claimant: sources named after "according to"', () => {
  it('takes a capitalised name the actors layer did not find', () => {
    const doc = build('The tremor struck at a depth of 12km, according to the Andean Seismic Service.');
    expect(claim(doc, '12km').claimant).toBe('Andean Seismic Service');
  });

  it('prefers the actor of a mention, and skips a descriptive title before the name', () => {
    const doc = build('According to the price tracker Homescan, rents rose 6.2% in a year.');
    expect(claim(doc, '6.2%').claimant).toBe('Homescan');
  });

  it('does not take a place', () => {
    const doc = build('Rainfall was 40% above normal, according to Queensland.');
    expect(claim(doc, '40%').claimant).toBeNull();
  });
});

describe('claimant: forecast and estimate verbs', () => {
  it('reads the subject of expect, forecast and project', () => {
    const doc = build('Fund economists now expect output to grow 2.4% next year.', { actors: [org('Fund', 'Monetary Fund')] });
    expect(claim(doc, '2.4%').claimant).toBe('Monetary Fund');
    const doc2 = build('Norvale Energy forecast profits of $90 million for the quarter.', { actors: [org('Norvale Energy', 'Norvale Energy')] });
    expect(claim(doc2, '$90 million').claimant).toBe('Norvale Energy');
  });

  it('reads "put the figure at"', () => {
    const doc = build('On Friday the flood agency put the number of homes lost at 430.', { actors: [org('flood agency', 'Riverlands Flood Agency')] });
    expect(claim(doc, '430').claimant).toBe('Riverlands Flood Agency');
  });
});

describe('claimant: clause structure', () => {
  it('shares the subject with a coordinated "and said"', () => {
    const doc = build('Metro Transit cut 14 bus routes on Monday and said more cuts could follow.', { actors: [org('Metro Transit', 'Metro Transit')] });
    expect(claim(doc, '14').claimant).toBe('Metro Transit');
  });

  it('looks past a relative clause to the subject', () => {
    const doc = build('Harbor Relief, which runs two shelters in the port, said it had fed 900 families.', { actors: [org('Harbor Relief', 'Harbor Relief')] });
    expect(claim(doc, '900').claimant).toBe('Harbor Relief');
    const doc2 = build('Coastline Rail, whose trains carry 60,000 commuters a day, said services would resume.', { actors: [org('Coastline Rail', 'Coastline Rail')] });
    expect(claim(doc2, '60,000').claimant).toBe('Coastline Rail');
  });

  it('lets a trailing "X said" cover a comparison in the same sentence', () => {
    const doc = build('Unemployment was 5.1%, up from 4.8% a year earlier, the statistics bureau said.', { actors: [org('statistics bureau', 'National Statistics Bureau')] });
    expect(claim(doc, '5.1%').claimant).toBe('National Statistics Bureau');
    expect(claim(doc, '4.8%').claimant).toBe('National Statistics Bureau');
  });

  it('lets a parenthetical "he said" cover the comparison after it', () => {
    const doc = build('Chief Ana Ruiz spoke to reporters. Four hikers are still missing, she said, down from nine on Sunday.', {
      actors: [{ text: 'Ana Ruiz', key: 'ana ruiz', name: 'Ana Ruiz', kind: 'person' }],
    });
    expect(claim(doc, 'nine').claimant).toBe('Ana Ruiz');
  });

  it('still stops at narration after "while"', () => {
    const doc = build('Elena Marsh said 40 shops had reopened, while 15 remained shut.', {
      actors: [{ text: 'Elena Marsh', key: 'elena marsh', name: 'Elena Marsh', kind: 'person' }],
    });
    expect(claim(doc, '15').claimant).toBeNull();
  });
});

describe('claimant: descriptive subjects and clean names', () => {
  it('resolves "the company" to the last organisation named', () => {
    const doc = build('Brightwell Foods cut prices this week. The Ohio-based company said sales fell 3%.', { actors: [org('Brightwell Foods', 'Brightwell Foods')] });
    expect(claim(doc, '3%').claimant).toBe('Brightwell Foods');
  });

  it('resolves a group noun to an actor whose name holds it', () => {
    const doc = build('The Ministry of Water opened talks. The ministry said 75 wells had dried up.', { actors: [org('Ministry of Water', 'Ministry of Water')] });
    expect(claim(doc, '75').claimant).toBe('Ministry of Water');
    const doc2 = build('The State Police were deployed. A police spokesman said 12 officers were hurt.', { actors: [org('State Police', 'State Police')] });
    expect(claim(doc2, '12').claimant).toBe('State Police');
  });

  it('cleans a possessive and capitalises an institution when no actor matches', () => {
    const doc = build("Fighting spread, and Kenya's health ministry said 88 people had died.");
    expect(claim(doc, '88').claimant).toBe('Kenyan Ministry of Health');
  });

  it('never takes a place as claimant', () => {
    const doc = build('The union, which represents nurses in Ohio, Texas and Oregon, said 700 jobs would go.', {
      actors: [{ text: 'Oregon', key: 'oregon', name: 'Oregon', kind: 'place' }],
    });
    expect(claim(doc, '700').claimant).not.toBe('Oregon');
  });

  it('maps a short name to the actor it abbreviates', () => {
    const doc = build('Kestrel Mining Group owns the pit. Kestrel said it would hire 250 workers.', { actors: [org('Kestrel Mining Group', 'Kestrel Mining Group')] });
    expect(claim(doc, '250').claimant).toBe('Kestrel Mining Group');
  });

  it('resolves "it" to the organisation speaking before', () => {
    const doc = build('Norvale Energy said demand was weak. It posted a loss of $30 million.', { actors: [org('Norvale Energy', 'Norvale Energy')] });
    expect(claim(doc, '$30 million').claimant).toBe('Norvale Energy');
  });
});

describe('as of: the day of the event', () => {
  it('skips a date inside a relative clause on another noun', () => {
    const doc = build('The count of homes lost in the storm that hit the coast on Monday has climbed to 610, the agency said on Wednesday.', {
      published: '2024-06-14',
      dates: [
        { text: 'on Monday', iso: '2024-06-10' },
        { text: 'on Wednesday', iso: '2024-06-12' },
      ],
    });
    expect(claim(doc, '610').asOf).toBe('2024-06-12');
  });

  it('dates an undated figure at the day the story is about, not at publication', () => {
    const doc = build('Voters in the province went to the polls on Sunday. The ruling party took 41.5% of the vote.', {
      published: '2024-06-10',
      dates: [{ text: 'on Sunday', iso: '2024-06-09' }],
    });
    expect(claim(doc, '41.5%').asOf).toBe('2024-06-09');
  });

  it('does not read an adjective and a noun as a speech verb', () => {
    const doc = build('Weak demand in the region pushed prices below the 3% floor.', {});
    expect(claim(doc, '3%').claimant).toBeNull();
  });
});
