import { describe, expect, it } from 'vitest';
import { feedReader } from '../../data-loaders/sources/feed.ts';
import { fixture, runReader } from './helpers.ts';

describe('feed reader', () => {
  it('reads every RSS item as a story', () => {
    const { articles, problems } = runReader(feedReader, fixture('feed.rss'), 'feed.rss');
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.key)).toEqual(['vr-101', 'vr-102']);
    expect(articles[0]).toMatchObject({
      title: 'Bridge reopens after repairs',
      url: 'https://valleyradio.example/bridge',
      outlet: 'Valley Radio News',
      published: '2024-09-09',
      byline: 'Tom Hale',
      language: 'en',
    });
    expect(articles[0].raw.split('\n')).toEqual([
      'Bridge reopens after repairs',
      'The old stone bridge reopened to traffic on Monday after six months of repairs.',
      'Engineers said the work cost £2.4 million.',
    ]);
    expect(articles[1].raw.split('\n')[1]).toBe('High winds tore part of the roof off a primary school on Sunday, the council said.');
  });

  it('reads Atom entries, preferring published over updated', () => {
    const { articles } = runReader(feedReader, fixture('feed.atom'), 'feed.atom');
    expect(articles.map((a) => [a.key, a.published])).toEqual([
      ['tag:ledger.example,2024:mine-rescue', '2024-02-20'],
      ['tag:ledger.example,2024:power', '2024-02-19'],
    ]);
    expect(articles[0]).toMatchObject({ byline: 'Ana Silva', url: 'https://ledger.example/mine-rescue', outlet: 'Northern Ledger' });
    expect(articles[0].captionHints).toEqual(['Rescue teams at the mine entrance. Photo: Jo Kent/AFP']);
    expect(articles[1].raw).toContain('Electricity was restored to 40,000 homes');
  });

  it('refuses a billion-laughs feed quickly instead of expanding it', () => {
    const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [${lol}]><rss><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>`;
    const started = Date.now();
    expect(() => runReader(feedReader, bomb, 'bomb.rss')).toThrow(/entities/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses malformed XML with the line of the problem', () => {
    expect(() => runReader(feedReader, '<rss><channel>\n<item><title>x</item></channel></rss>', 'bad.rss')).toThrow(/malformed XML at line 2/);
  });

  it('sniffs feeds saved as .xml and reports items without text', () => {
    expect(feedReader.sniff!('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    const { articles, problems } = runReader(feedReader, '<rss><channel><title>T</title><item><guid>1</guid></item><item><title>Headline only</title><guid>2</guid></item></channel></rss>');
    expect(articles.map((a) => [a.key, a.flags])).toEqual([['2', ['headline_only']]]);
    expect(problems.map((p) => [p.key, p.severity])).toEqual([
      ['1', 'error'],
      ['2', 'warning'],
    ]);
  });
});
