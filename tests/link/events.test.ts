import { describe, expect, it } from 'vitest';
import type { EventReport } from '../../data-loaders/doc/doc.ts';
import { makeArticle } from '../../data-loaders/doc/make.ts';
import type { CorpusActor } from '../../data-loaders/link/actors.ts';
import { linkEvents } from '../../data-loaders/link/events.ts';
import type { ArticleExtraction } from '../../data-loaders/pipeline/result.ts';

const actor = (key: string): CorpusActor => ({ actor_id: `id-${key}`, key, name: key.toUpperCase(), kind: 'person', side: null, role: null, aliases: [], known: true });
const ACTORS = ['mayor', 'governor', 'union', 'rebels'].map(actor);

type R = Partial<EventReport> & Pick<EventReport, 'type' | 'date'>;

function article(file: string, outlet: string | null, published: string, reports: R[]): ArticleExtraction {
  const text = reports.map((r, i) => `Report ${i} ${r.type}.`).join('\n');
  const a = makeArticle(text, { file, outlet: outlet ?? undefined, published });
  let pos = 0;
  const events = reports.map((r, i) => {
    const line = `Report ${i} ${r.type}.`;
    const start = pos + 9 + String(i).length - 1;
    pos += line.length + 1;
    return {
      start,
      end: start + r.type.length,
      text: r.type,
      sentence: i,
      trigger: r.type,
      actorKeys: [],
      place: null,
      precision: r.date === null ? null : r.date.length === 10 ? 'day' : r.date.length === 7 ? 'month' : 'year',
      ...r,
    } as EventReport;
  });
  return {
    article: a,
    sentences: a.lines.map((l, i) => ({ start: l.start!, end: l.end!, text: l.text, index: i, paragraph: i, caption: false })),
    actors: [],
    layers: { mentions: [], quotes: [], numbers: [], claims: [], dates: [], events, places: [] },
  };
}

describe('linkEvents', () => {
  const corpus = [
    article('a.txt', 'Daily One', '2025-05-02', [
      { type: 'visit', date: '2025-05-01', actorKeys: ['mayor'], place: 'Riverside' },
      { type: 'protest', date: '2025-05-01', actorKeys: ['union'] },
    ]),
    article('b.txt', 'Evening Two', '2025-05-03', [
      { type: 'visit', date: '2025-05', actorKeys: ['mayor', 'governor'] },
      { type: 'protest', date: '2025-04-28', actorKeys: ['union'] },
    ]),
    article('c.txt', null, '2025-05-04', [{ type: 'visit', date: null, actorKeys: ['mayor'], place: 'Riverside' }]),
    article('d.txt', 'Daily One', '2025-05-05', [{ type: 'attack', date: '2025-05-01', actorKeys: ['mayor'] }]),
  ];
  const events = linkEvents(corpus, ACTORS);
  const visit = events.find((e) => e.type === 'visit')!;

  it('merges reports of one type with compatible dates and a shared actor', () => {
    expect(events.filter((e) => e.type === 'visit')).toHaveLength(1);
    expect(visit.reports).toHaveLength(3);
    expect(visit.date).toBe('2025-05-01');
    expect(visit.place).toBe('Riverside');
    expect(visit.actor_names).toEqual(['GOVERNOR', 'MAYOR']);
  });

  it('counts outlets, unknown outlets once per article, and the first report', () => {
    expect(visit.outlets).toEqual(['Daily One', 'Evening Two']);
    expect(visit.n_outlets).toBe(3);
    expect(visit.first_reported).toBe('2025-05-02');
  });

  it('keeps different dates and different types apart', () => {
    expect(events.filter((e) => e.type === 'protest').map((e) => e.date).sort()).toEqual(['2025-04-28', '2025-05-01']);
    expect(events.filter((e) => e.type === 'attack')).toHaveLength(1);
  });

  it('gives ids that do not depend on article order', () => {
    const again = linkEvents([...corpus].reverse(), ACTORS);
    expect(again.map((e) => [e.event_id, e.reports])).toEqual(events.map((e) => [e.event_id, e.reports]));
    expect(new Set(events.map((e) => e.event_id)).size).toBe(events.length);
  });

  it('does not merge reports that share neither actor nor place', () => {
    const apart = linkEvents(
      [article('e.txt', 'X', '2025-06-02', [{ type: 'arrest', date: '2025-06-01', actorKeys: ['rebels'] }]), article('f.txt', 'Y', '2025-06-02', [{ type: 'arrest', date: '2025-06-01', actorKeys: ['union'] }])],
      ACTORS,
    );
    expect(apart).toHaveLength(2);
  });
});
