/** Lines repeated across a site's articles are furniture; repeated story lines are not. */
import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../data-loaders/clean/index.ts';
import { siteOf } from '../../data-loaders/clean/repeated.ts';
import { Knowledge } from '../../data-loaders/knowledge/index.ts';
import { article } from './helpers.ts';

const kb = new Knowledge();
const HEADER = 'Valley Courier Radio';
const PROMO = 'Our award-winning team brings you the valley every morning from six';
const FOOTER = 'Valley Courier is owned by a community trust and run by volunteers since 1987.';

const page = (title: string, body: string[]) => [HEADER, '', title, '', ...body, '', PROMO, FOOTER].join('\n');

const storyA = page('Bridge closes for repairs', [
  'The old river bridge will close for six weeks from Monday while engineers replace its bearings.',
  'Drivers will be diverted through the industrial estate, adding about ten minutes to journeys.',
  'The council said the work could not wait after an inspection found corrosion.',
]);
const storyB = page('School wins robotics prize', [
  'Pupils from the secondary school won the national robotics final in the capital on Saturday.',
  'Their machine sorted recycling faster than any of the other 30 entries, the organisers said.',
  'The council said the work could not wait after an inspection found corrosion.',
]);

const storyC = page('Library extends opening hours', [
  'The central library will open until nine on weekdays from next month after a survey of members.',
]);

describe('repeated across a site', () => {
  it('removes header, promo and footer shared by the stories of one outlet, keeps a shared story sentence', () => {
    const out = cleanCorpus([storyA, storyB, storyC].map((s) => article(s, { outlet: 'Valley Courier' })), kb).articles;
    for (const a of out) {
      const removed = a.lines.filter((l) => l.kind === 'removed');
      expect(removed.map((l) => [l.text, l.reason])).toEqual([
        [HEADER, 'repeated_across_site'],
        [PROMO, 'repeated_across_site'],
        [FOOTER, 'repeated_across_site'],
      ]);
    }
    // Two stories share a long story sentence next to the footer: it is not furniture.
    expect(out[0].text).toContain('The council said the work could not wait');
    expect(out[1].text).toContain('The council said the work could not wait');
  });

  it('with only two stories, removes short repeated lines but keeps a long repeated sentence', () => {
    const out = cleanCorpus([storyA, storyB].map((s) => article(s, { outlet: 'Valley Courier' })), kb).articles;
    expect(out[0].lines.filter((l) => l.kind === 'removed').map((l) => l.text)).toEqual([HEADER, PROMO]);
    expect(out[0].text).toContain(FOOTER);
  });

  it('does nothing across different sites', () => {
    const out = cleanCorpus([article(storyA, { outlet: 'Valley Courier' }), article(storyB, { outlet: 'Hill Times' })], kb).articles;
    expect(out[0].text).toContain(FOOTER);
  });

  it('treats two versions of the same story as one story', () => {
    const v1 = page('Bridge closes for repairs', ['The old river bridge will close for six weeks from Monday while engineers replace its bearings.']);
    const v2 = page('Bridge closes for repairs', ['The old river bridge will close for six weeks from Monday while engineers replace its bearings.', 'Update: the closure now starts on Tuesday.']);
    const out = cleanCorpus([article(v1, { outlet: 'Courier' }), article(v2, { outlet: 'Courier' })], kb).articles;
    for (const a of out) expect(a.text).toContain('The old river bridge will close');
  });

  it('groups by outlet, then host, then file-name prefix', () => {
    expect(siteOf(article('', { outlet: 'The Post' }))).toBe('outlet:the post');
    expect(siteOf(article('', { url: 'https://www.example.org/news/1' }))).toBe('host:example.org');
    expect(siteOf(article('', { file: 'pages/gazette_0012.html' }))).toBe('prefix:pages/gazette');
    expect(siteOf(article('', { file: 'pages/0012_ab12.txt' }))).toBeNull();
  });
});

describe('repeated inside one article', () => {
  it('keeps the first copy and marks the others duplicate', () => {
    const raw = 'Headline here\nThe dam held overnight, officials said.\nWater levels fell by midday.\nThe dam held overnight, officials said.';
    const a = cleanCorpus([article(raw)], kb).articles[0];
    expect(a.lines.map((l) => l.kind)).toEqual(['story', 'story', 'story', 'duplicate']);
    expect(a.lines[3].reason).toBe('repeated_in_article');
    expect(a.text.split('\n')).toHaveLength(3);
  });
});
