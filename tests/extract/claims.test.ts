import { describe, expect, it } from 'vitest';
import { build, claim } from './claims/build.ts';

const mayor = { text: 'Elena Marsh', key: 'elena marsh', name: 'Elena Marsh', kind: 'person' as const, side: 'Canada' };

describe('which numbers become claims', () => {
  it('keeps quantities and drops dates, times and names', () => {
    const doc = build('At 9:30 am on 3 May 2024 the G7 said 14 ships and 2,000 sailors were ready.');
    expect(doc.layers.claims.map((c) => c.value)).toEqual([14, 2000]);
  });

  it('keeps caption claims and flags them', () => {
    const doc = build('Firefighters battle a blaze that destroyed 40 homes.\nThe fire spread overnight.', { captions: [0] });
    expect(claim(doc, '40')).toMatchObject({ caption: true });
  });

  it('emits a conversion as its own row pointing at the primary', () => {
    const doc = build('The flood covered 520 square km (200 square miles) of farmland.');
    const [a, b] = doc.layers.claims;
    expect(b.conversionOf).toEqual({ start: a.start, end: a.end });
    expect(b.metric).toBe(a.metric);
  });
});

describe('claimant', () => {
  it('is the subject of a speech verb before the number', () => {
    const doc = build('Mayor Elena Marsh said 312 houses had been flooded.', { actors: [mayor] });
    expect(claim(doc, '312')).toMatchObject({ claimant: 'Elena Marsh', claimantKey: 'elena marsh', claimantSide: 'Canada', claimantHow: 'said' });
  });

  it('is the subject after the number in "…, X told reporters"', () => {
    const doc = build('Some 3,000 runners finished the race, organiser Tom Reyes told reporters.', {
      actors: [{ text: 'Tom Reyes', key: 'tom reyes', name: 'Tom Reyes', kind: 'person' }],
    });
    expect(claim(doc, '3,000').claimant).toBe('Tom Reyes');
  });

  it.each(['claimed', 'reported', 'estimated', 'announced', 'declared', 'told the council'])('works with "%s"', (verb) => {
    const doc = build(`Elena Marsh ${verb} that 75 roads were closed.`, { actors: [mayor] });
    expect(claim(doc, '75').claimant).toBe('Elena Marsh');
  });

  it('prefers a person over the organisation named in the subject', () => {
    const doc = build('The head of the Red Cross, Amira Said, said 90 volunteers were deployed.', {
      actors: [
        { text: 'Red Cross', key: 'red cross', name: 'Red Cross', kind: 'organisation' },
        { text: 'Amira Said', key: 'amira said', name: 'Amira Said', kind: 'person' },
      ],
    });
    expect(claim(doc, '90').claimant).toBe('Amira Said');
  });

  it('does not take the addressee of "told"', () => {
    const doc = build('The general told the president that 60 tanks were lost.', {
      actors: [{ text: 'president', key: 'president', name: 'The President', kind: 'person' }],
    });
    expect(claim(doc, '60').claimant).not.toBe('The President');
  });

  it('reads "according to X" and "citing X"', () => {
    const doc = build('About 1,500 people marched, according to the Interior Ministry.', {
      actors: [{ text: 'Interior Ministry', key: 'interior ministry', name: 'Interior Ministry', kind: 'organisation', side: 'France' }],
    });
    expect(claim(doc, '1,500')).toMatchObject({ claimant: 'Interior Ministry', claimantHow: 'according_to', claimantSide: 'France' });
  });

  it('reads a group noun, adding the nationality of the sentence', () => {
    const doc = build('Heavy rain battered Kenya, where officials said 38 people died.');
    expect(claim(doc, '38').claimant).toBe('Kenyan officials');
  });

  it('keeps a coordinated subject as written', () => {
    const doc = build('Japan and its partners say 4,000 tonnes of aid have arrived.');
    expect(claim(doc, '4,000 tonnes').claimant).toBe('Japan and its partners');
  });

  it('reads the speaker of the quote holding the number', () => {
    const doc = build('“We counted 212 ballots twice,” the election chief said.', {
      quotes: [{ text: '“We counted 212 ballots twice,”', speaker: 'Lina Ortiz', key: 'lina ortiz' }],
    });
    expect(claim(doc, '212')).toMatchObject({ claimant: 'Lina Ortiz', claimantHow: 'quote' });
  });

  it('resolves "He said" to the last person who spoke', () => {
    const doc = build('Coach Ivan Petrov said the team was tired. He said 11 players had the flu.', {
      actors: [{ text: 'Ivan Petrov', key: 'ivan petrov', name: 'Ivan Petrov', kind: 'person' }],
    });
    expect(claim(doc, '11')).toMatchObject({ claimant: 'Ivan Petrov', claimantHow: 'pronoun' });
  });

  it('uses a pronoun mention resolved by the actors stage', () => {
    const doc = build('She added that 19 schools would close.', {
      actors: [{ text: 'She', key: 'elena marsh', name: 'Elena Marsh', kind: 'person', how: 'pronoun' }],
    });
    expect(claim(doc, '19').claimant).toBe('Elena Marsh');
  });

  it('carries the claimant over to a continuing sentence', () => {
    const doc = build('Elena Marsh said 30 bridges were damaged. Another 12 were destroyed.', { actors: [mayor] });
    expect(claim(doc, '12')).toMatchObject({ claimant: 'Elena Marsh', claimantHow: 'carried_over' });
  });

  it('is null in the outlet’s own voice', () => {
    const doc = build('Storm kills 7 in coastal towns\nThe storm reached land after a 10-hour crossing.');
    expect(doc.layers.claims.map((c) => c.claimant)).toEqual([null, null]);
  });

  it('stops at a clause that the outlet narrates', () => {
    const doc = build('Elena Marsh said repairs would start soon, after the council approved a 90-day plan.', { actors: [mayor] });
    expect(claim(doc, '90-day').claimant).toBeNull();
  });

  it('gives each speaker their own numbers', () => {
    const doc = build('Elena Marsh said 40 shops had reopened, while Tom Reyes said 15 remained shut.', {
      actors: [mayor, { text: 'Tom Reyes', key: 'tom reyes', name: 'Tom Reyes', kind: 'person' }],
    });
    expect(claim(doc, '40').claimant).toBe('Elena Marsh');
    expect(claim(doc, '15').claimant).toBe('Tom Reyes');
  });

  it('ignores a speech verb used as a noun', () => {
    const doc = build('The minister joined a 45-minute call with donors.', {
      actors: [{ text: 'minister', key: 'minister', name: 'Minister', kind: 'person' }],
    });
    expect(claim(doc, '45-minute').claimant).toBeNull();
  });
});

describe('cited source', () => {
  it('reads an agency reporting in the sentence', () => {
    const doc = build('Elena Marsh said 80 families were rehoused, Reuters reports.', { actors: [mayor] });
    expect(claim(doc, '80')).toMatchObject({ claimant: 'Elena Marsh', citedSource: 'Reuters' });
  });

  it('reads "citing" a person after an agency subject', () => {
    const doc = build('The TASS agency reported that 25 drones were downed, citing Ivan Sokolov.', {
      actors: [{ text: 'Ivan Sokolov', key: 'ivan sokolov', name: 'Ivan Sokolov', kind: 'person' }],
    });
    expect(claim(doc, '25')).toMatchObject({ claimant: 'Ivan Sokolov', citedSource: 'TASS' });
  });

  it('applies the article’s wire credit to every claim', () => {
    const doc = build('Rescuers found 6 survivors.\nWith reporting by AFP', { wire: ['AFP'] });
    expect(claim(doc, '6').citedSource).toBe('AFP');
  });

  it('does not spread an agency cited for one statement to the whole story', () => {
    const doc = build('The Interfax agency reported the talks had stalled.\nRescuers found 6 survivors.', { wire: ['Interfax'] });
    expect(claim(doc, '6').citedSource).toBeNull();
  });

  it('applies a dateline credit to the whole story', () => {
    const doc = build('LAGOS (AP) — Floodwaters rose overnight.\nRescuers found 6 survivors.', { wire: ['AP'] });
    expect(claim(doc, '6').citedSource).toBe('AP');
  });

  it('does not apply a credit seen only in a photo caption', () => {
    const doc = build('Rescuers found 6 survivors.\nA rescuer carries a child. Photograph: Jane Roe/Reuters', { wire: ['Reuters'], captions: [1] });
    expect(claim(doc, '6').citedSource).toBeNull();
  });
});

describe('as of', () => {
  it('takes a date in the same clause', () => {
    const doc = build('Officials said 14 climbers were rescued on Tuesday.', { dates: [{ text: 'on Tuesday', iso: '2024-06-11' }] });
    expect(claim(doc, '14').asOf).toBe('2024-06-11');
  });

  it('skips a possessive date that dates another noun', () => {
    const doc = build("Yesterday's vote followed a three-hour debate on Monday.", {
      dates: [
        { text: 'Yesterday', iso: '2024-06-13' },
        { text: 'on Monday', iso: '2024-06-10' },
      ],
    });
    expect(claim(doc, 'three-hour').asOf).toBe('2024-06-10');
  });

  it('falls back to the publication date for a present state', () => {
    const doc = build('The city has 2 million residents.', { published: '2024-06-14' });
    expect(claim(doc, '2 million').asOf).toBe('2024-06-14');
  });

  it('uses the date of the statement reported just before', () => {
    const doc = build('The ministry briefed reporters on Wednesday.\nElena Marsh said 70 wells were dry.', {
      actors: [mayor],
      dates: [{ text: 'on Wednesday', iso: '2024-06-12' }],
    });
    expect(claim(doc, '70').asOf).toBe('2024-06-12');
  });

  it('is null for a distance between places and a proposed duration', () => {
    const doc = build('The camp lies 12km from the frontier. Rebels offered a 72-hour truce.');
    expect(claim(doc, '12km').asOf).toBeNull();
    expect(claim(doc, '72-hour').asOf).toBeNull();
  });

  it('dates an ongoing state at publication', () => {
    const doc = build('The two-year drought has ruined harvests.', { published: '2024-06-14' });
    expect(claim(doc, 'two-year').asOf).toBe('2024-06-14');
  });

  it('does not open a period for "since" outside a perfect-tense statement', () => {
    const doc = build('Turnout was 71%, the highest since 1998.', { dates: [{ text: '1998', iso: '1998', precision: 'year' }] });
    expect(claim(doc, '71%').periodStart).toBeNull();
  });

  it('gives a period for "in the last N days" and "since"', () => {
    const doc = build('Police arrested 64 people in the last five days. Prices have risen 9% since January.', {
      published: '2024-06-14',
      dates: [{ text: 'January', iso: '2024-01', precision: 'month' }],
    });
    expect(claim(doc, 'five days')).toMatchObject({ asOf: '2024-06-14', periodStart: '2024-06-09', periodEnd: '2024-06-14' });
    expect(claim(doc, '9%')).toMatchObject({ periodStart: '2024-01', periodEnd: '2024-06-14' });
  });
});

describe('subject and metric', () => {
  it('joins the noun phrase and the governing verb', () => {
    const doc = build('Elena Marsh said 312 houses had been flooded.', { actors: [mayor] });
    expect(claim(doc, '312')).toMatchObject({ subject: 'houses flooded', metric: 'home:flooded' });
  });

  it('reads an active verb before the number', () => {
    const doc = build('Rebels have seized 3 towns and 40 square km of farmland.');
    expect(claim(doc, '3')).toMatchObject({ metric: 'town:seized' });
    expect(claim(doc, '40 square km').subject).toBe('farmland');
  });

  it('names the duration of a thing', () => {
    const doc = build('Both sides signed a 60-day truce.');
    expect(claim(doc, '60-day')).toMatchObject({ subject: 'truce duration', metric: 'day:truce' });
  });
});
