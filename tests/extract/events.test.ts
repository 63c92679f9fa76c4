import { describe, expect, it } from 'vitest';
import type { ActorKind } from '../../data-loaders/doc/doc.ts';
import { makeDoc } from '../../data-loaders/doc/make.ts';
import { datesStage } from '../../data-loaders/extract/dates.ts';
import { eventsStage } from '../../data-loaders/extract/events.ts';
import { getKnowledge } from '../../data-loaders/knowledge/index.ts';

const kb = getKnowledge();

/**
 * Run dates + events on `text`, with actor mentions built by hand (every
 * occurrence of each name), as the actors stage would leave them.
 */
function events(text: string, published: string | null, actors: Record<string, ActorKind> = {}, places: string[] = []) {
  const doc = makeDoc(text, { published: published ?? undefined });
  for (const [name, kind] of Object.entries(actors)) {
    const key = name.toLowerCase();
    doc.actors.set(key, { key, name, kind, side: null, role: null, known: true });
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      doc.layers.mentions.push({ ...doc.span(i, i + name.length), actorKey: key, sentence: doc.sentenceAt(i)!.index, how: 'gazetteer' });
    }
  }
  doc.layers.mentions.sort((a, b) => a.start - b.start);
  for (const p of places) for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) doc.layers.places.push(doc.span(i, i + p.length));
  datesStage.run(doc, kb);
  eventsStage.run(doc, kb);
  for (const r of doc.layers.events) expect(doc.text.slice(r.start, r.end)).toBe(r.text);
  return doc.layers.events.map((r) => ({ type: r.type, trigger: r.text, actors: r.actorKeys, place: r.place, date: r.date }));
}

describe('events: types, actors, place and date', () => {
  it('reports a dated visit with its actor and place', () => {
    expect(events('Chancellor Anna Berg on Monday visited Valencia.', '2024-11-06', { 'Anna Berg': 'person' })).toEqual([
      { type: 'visit', trigger: 'visited', actors: ['anna berg'], place: 'Valencia', date: '2024-11-04' },
    ]);
  });

  it('uses the places layer before "in <Name>" phrases', () => {
    const out = events('Rebels seized the airport in Goma on Sunday.', '2025-01-28', { Rebels: 'group' }, ['Goma']);
    expect(out).toEqual([{ type: 'capture', trigger: 'seized', actors: ['rebels'], place: 'Goma', date: '2025-01-26' }]);
  });

  it('finds several event types in one sentence, each dated by its nearest date', () => {
    const out = events(
      'The ministry said on Friday that the army retook the town it lost last October.',
      '2025-02-15',
      { ministry: 'organisation', army: 'organisation' },
    );
    expect(out.map((e) => [e.type, e.trigger, e.date])).toEqual([
      ['statement', 'said', '2025-02-14'],
      ['capture', 'retook', '2025-02-14'],
    ]);
  });

  it('recognises calls, meetings, agreements, rejections, sanctions and deaths', () => {
    const out = events(
      [
        'The two presidents held a phone call on Tuesday.',
        'Union leaders met the transport minister in Lyon on Wednesday.',
        'Shareholders approved the merger on Thursday.',
        'The opposition rejected the results of the election on Friday.',
        'The EU imposed sanctions on the shipping firm on Saturday.',
        'Three climbers died on the mountain on Sunday.',
      ].join(' '),
      '2025-04-21',
      { presidents: 'group', 'Union leaders': 'group', Shareholders: 'group', opposition: 'group', EU: 'organisation', climbers: 'group' },
    );
    expect(out.map((e) => [e.type, e.date])).toEqual([
      ['call', '2025-04-15'],
      ['meeting', '2025-04-16'],
      ['agreement', '2025-04-17'],
      ['business', '2025-04-17'],
      ['rejection', '2025-04-18'],
      ['election', '2025-04-18'],
      ['sanction', '2025-04-19'],
      ['death', '2025-04-20'],
    ]);
  });

  it('carries the current day of the story to an undated sentence', () => {
    const out = events('Floodwater reached the old town on Saturday. Soldiers evacuated 300 residents.', '2025-09-15', { Soldiers: 'group' });
    expect(out).toEqual([{ type: 'evacuation', trigger: 'evacuated', actors: ['soldiers'], place: null, date: '2025-09-13' }]);
  });

  it('leaves the date null when nothing dates the event', () => {
    expect(events('Protesters marched through Santiago.', '2025-09-15', { Protesters: 'group' })).toEqual([
      { type: 'protest', trigger: 'marched', actors: ['protesters'], place: 'Santiago', date: null },
    ]);
  });
});

describe('events: what is not an event', () => {
  it('skips negated, doubtful and demanded actions', () => {
    const actors = { 'The union': 'organisation', government: 'organisation' } as const;
    expect(events('The union did not accept the offer on Monday.', '2025-03-05', actors)).toEqual([]);
    expect(events('The union could strike on Monday.', '2025-03-05', actors)).toEqual([]);
    expect(events('The union urged the government to accept the offer.', '2025-03-05', actors).map((e) => e.type)).toEqual(['demand']);
  });

  it('keeps announced plans for visits and meetings', () => {
    const out = events('The envoy is to travel to Nairobi next week to meet the rebels.', '2025-03-05', { envoy: 'person', rebels: 'group' });
    expect(out.map((e) => [e.type, e.trigger])).toEqual([
      ['visit', 'travel'],
      ['meeting', 'meet'],
    ]);
  });

  it('skips participles used as adjectives and capitalised names', () => {
    const actors = { police: 'organisation' } as const;
    expect(events('The police questioned the detained men and the injured driver.', '2025-03-05', actors)).toEqual([]);
    expect(events('The police spoke to Storm Chasers Ltd in March.', '2025-03-05', actors).map((e) => e.type)).toEqual(['call']);
  });

  it('needs a date for a bare "said" and skips quoted words', () => {
    const actors = { 'The mayor': 'person' } as const;
    expect(events('The mayor said the bridge was safe.', '2025-03-05', actors)).toEqual([]);
    expect(events('The mayor said: “We attacked nobody and visited nobody.”', '2025-03-05', actors)).toEqual([]);
  });

  it('needs an actor and a date or place for a noun trigger', () => {
    expect(events('The talks are a test of patience.', '2025-03-05')).toEqual([]);
    expect(events('Investors fear more sanctions.', '2025-03-05', { Investors: 'group' })).toEqual([]);
  });

  it('skips captions', () => {
    const doc = makeDoc('Rescuers searched the rubble on Monday.\nRescuers searched the rubble on Monday.', { published: '2025-03-05', captions: [1] });
    doc.actors.set('rescuers', { key: 'rescuers', name: 'Rescuers', kind: 'group', side: null, role: null, known: true });
    for (const s of doc.sentences) doc.layers.mentions.push({ ...doc.span(s.start, s.start + 8), actorKey: 'rescuers', sentence: s.index, how: 'test' });
    datesStage.run(doc, kb);
    eventsStage.run(doc, kb);
    expect(doc.layers.events.map((e) => e.sentence)).toEqual([]);
  });
});
