import { describe, expect, it } from 'vitest';
import { guardHtml } from '../../data-loaders/sources/html-guard.ts';
import { htmlReader } from '../../data-loaders/sources/html.ts';
import { htmlToLines } from '../../data-loaders/sources/html-text.ts';
import { fixture, runReader } from './helpers.ts';

describe('html reader', () => {
  it('reads the article text and the page metadata', () => {
    const { articles } = runReader(htmlReader, fixture('page.html'), 'page.html');
    expect(articles).toHaveLength(1);
    const a = articles[0];
    expect(a).toMatchObject({
      title: 'Dockworkers walk out over pay',
      published: '2023-06-02',
      url: 'https://harbourtimes.example/news/dock-strike',
      outlet: 'Harbour Times', // JSON-LD publisher
      byline: 'Priya Nair',
      language: 'en',
      hints: { siteName: 'Harbour Times', pageTitle: 'Dockworkers walk out over pay - Harbour Times' },
    });
    const lines = a.raw.split('\n');
    // the whole page is kept; what lies outside the main text is marked for cleaning
    const outside = new Set(a.outsideMainText);
    const story = lines.filter((_, i) => !outside.has(i));
    expect(story[0]).toBe('Dockworkers walk out over pay');
    expect(lines.filter((_, i) => outside.has(i))).toContain('Home Sport');
    expect(story).not.toContain('Home Sport');
    expect(story).toContain('Talks to resume');
    expect(lines).toContain('Ships delayed: 14');
    expect(lines.some((l) => l.startsWith('The union said its members had rejected an offer of a 3% rise, calling it far below'))).toBe(true);
    expect(lines.some((l) => l.startsWith('"We are not going back'))).toBe(true);
    expect(a.captionHints).toEqual(['Cranes stand idle at the container terminal. (AP Photo/Lee Ortiz)']);
    expect(lines).toContain('Cranes stand idle at the container terminal. (AP Photo/Lee Ortiz)');
  });

  it('never turns script, style or iframe content into text', () => {
    const { articles } = runReader(htmlReader, fixture('page.html'), 'page.html');
    expect(articles[0].raw).not.toMatch(/TRACKING|STYLE TEXT|IFRAME TEXT|steal|alert/);
  });

  it('survives a page full of scripts and handlers', () => {
    const scripts = Array.from({ length: 2000 }, (_, i) => `<script>for(;;){} // ${i} <p>not text</p></script><img src=x onerror="alert(${i})">`).join('');
    const html = `<html><body>${scripts}<p onclick="x()">The museum reopened on Sunday after a two-year renovation, its director said.</p><script>unterminated`;
    const { articles } = runReader(htmlReader, html, 'hostile.html');
    expect(articles[0].raw).toContain('The museum reopened on Sunday');
    expect(articles[0].raw).not.toMatch(/not text|for\(;;\)|unterminated/);
  });

  it('flattens elements nested 10,000 deep instead of crashing, keeping their text', () => {
    const depth = 10_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep text about the harvest survives.</p>${'</div>'.repeat(depth)}<p>After the nest.</p></body></html>`;
    const started = Date.now();
    const { articles, problems } = runReader(htmlReader, html, 'deep.html');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(articles[0].raw).toContain('Deep text about the harvest survives.');
    expect(articles[0].raw).toContain('After the nest.');
    expect(articles[0].flags).toContain('html_flattened');
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', reason: expect.stringMatching(/nested deeper/) })]);
  });

  it('falls back to the whole body when Readability finds no article', () => {
    const { articles } = runReader(htmlReader, '<html><body><span>Short note: polls close at 8pm.</span></body></html>', 'short.html');
    expect(articles[0].raw).toContain('Short note: polls close at 8pm.');
  });

  it('sniffs HTML in a file without an HTML ending', () => {
    expect(htmlReader.sniff!('<!DOCTYPE html>\n<html><body></body></html>')).toBe(true);
    expect(htmlReader.sniff!('Plain text about <b>bold</b> claims')).toBe(false);
  });
});

describe('html guard and html text', () => {
  it('keeps JSON-LD aside and drops comments and script bodies', () => {
    const g = guardHtml('<p>a<!-- hidden --></p><script type="application/ld+json">{"a":1}</script><script>b()</script>');
    expect(g.html).toBe('<p>a</p>');
    expect(g.jsonLd).toEqual(['{"a":1}']);
    expect(g.droppedElements).toBe(2);
  });

  it('converts blocks to lines and br to line breaks', () => {
    expect(htmlToLines('<h2>Head</h2><p>One<br>Two</p><ul><li>Item <em>x</em></li></ul><div>Tail &amp; end</div>').lines).toEqual([
      'Head',
      'One',
      'Two',
      'Item x',
      'Tail & end',
    ]);
  });
});

describe('bars of items written on their own source lines', () => {
  it('gives each item of a top bar or share row its own line', () => {
    const html = '<div class="bar">\n<span>Monday 9 March 2026</span>\n<a href="/s">Subscribe</a>\n<a href="/a">My account</a>\n</div>\n<div class="share">\n<a>Share</a>\n<a>Email</a>\n</div>';
    expect(htmlToLines(html).lines).toEqual(['Monday 9 March 2026', 'Subscribe', 'My account', 'Share', 'Email']);
  });

  it('keeps a paragraph whole when its inline markup spans source lines', () => {
    const html = '<p>The ministry\n<a href="/x">said</a>\n<b>40</b> people died.</p><div>Rescuers <a>reached</a>\n<em>the village</em> on foot.</div>';
    expect(htmlToLines(html).lines).toEqual(['The ministry said 40 people died.', 'Rescuers reached the village on foot.']);
  });
});
