import { describe, expect, it } from 'vitest';
import { jsonReader } from '../../data-loaders/sources/json.ts';
import { fixture, runReader } from './helpers.ts';

describe('json reader', () => {
  it('reads an NDJSON export line by line; a malformed line is one problem, the others are read', () => {
    const { articles, problems } = runReader(jsonReader, fixture('export.ndjson'), 'export.ndjson', { fieldMap: { outlet: 'source.name' } });
    expect(articles.map((a) => a.key)).toEqual(['a-1', 'a-2']);
    expect(articles[0]).toMatchObject({ title: 'Central bank holds rates', outlet: 'Market Wire Daily', published: '2024-05-02', url: 'https://mwd.example/rates' });
    expect(articles[0].raw).toBe('The central bank kept its main rate at 4.5% on Thursday.\nOfficials said inflation was easing.');
    expect(articles[1].published).toBe('2024-05-03'); // Unix timestamp
    expect(problems).toEqual([
      { key: 'line 3', severity: 'error', reason: expect.stringMatching(/^line 3 is not valid JSON/) },
      { key: 'a-3', severity: 'error', reason: expect.stringMatching(/no story text/) },
    ]);
  });

  it('reads a JSON document with an array of records, converting HTML fields', () => {
    const { articles } = runReader(jsonReader, fixture('export.json'), 'export.json');
    expect(articles.map((a) => a.key)).toEqual(['record 1', 'record 2']);
    expect(articles[0]).toMatchObject({ outlet: 'Civic Post', published: '2024-11-03', byline: 'Mia Chen, Omar Faruk' });
    expect(articles[1].raw).toBe('Counting continued on Monday in rural districts.\nResults are expected by Wednesday.');
    expect(articles[1].published).toBe('2024-11-04');
  });

  it('maps export field names with fieldMap', () => {
    const text = '[{"story_body": "Rain fell for ten days.", "hed": "Wettest month on record", "pub": "2023-01-31"}]';
    const { articles, problems } = runReader(jsonReader, text, 'x.json', { fieldMap: { text: 'story_body', title: 'hed', published: 'pub' } });
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({ raw: 'Rain fell for ten days.', title: 'Wettest month on record', published: '2023-01-31' });
    const unmapped = runReader(jsonReader, text, 'x.json');
    expect(unmapped.articles).toEqual([]);
    expect(unmapped.problems[0].reason).toMatch(/--field text=<name>/);
  });

  it('throws on a JSON document that does not parse', () => {
    expect(() => runReader(jsonReader, '{"articles": [', 'broken.json')).toThrow(/not valid JSON/);
  });
});
