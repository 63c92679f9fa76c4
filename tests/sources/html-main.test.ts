import { describe, expect, it } from 'vitest';
import { alignMainText, joinedRun } from '../../data-loaders/sources/html-main.ts';
import { htmlReader } from '../../data-loaders/sources/html.ts';
import { runReader } from './helpers.ts';

describe('alignMainText', () => {
  const page = ['Skip to content', 'News', 'Sport', 'Council approves new tram line', 'By Ana Ruiz', 'The council voted 31 to 12 on Tuesday.', 'Share', 'Work starts in May, officials said.', 'Most read', 'Cookie settings'];
  const main = ['The council voted 31 to 12 on Tuesday.', 'Work starts in May, officials said.'];

  it('marks the page before the headline and after the story, and leaves the lines between to cleaning', () => {
    const aligned = alignMainText(page, main, 'Council approves new tram line')!;
    expect(aligned.lines).toEqual(page);
    expect(aligned.outside.map((i) => page[i])).toEqual(['Skip to content', 'News', 'Sport', 'Most read', 'Cookie settings']);
  });

  it('puts the headline first when the page does not show it', () => {
    const aligned = alignMainText(page.slice(4), main, 'A headline only in the metadata')!;
    expect(aligned.lines[0]).toBe('A headline only in the metadata');
    expect(aligned.outside.map((i) => aligned.lines[i])).toEqual(['By Ana Ruiz', 'Most read', 'Cookie settings']);
  });

  it('takes the headline just before the story when a breadcrumb repeats it', () => {
    const crumbs = ['Council approves new tram line', 'Home', ...page.slice(3)];
    const aligned = alignMainText(crumbs, main, 'Council approves new tram line')!;
    expect(aligned.outside.map((i) => crumbs[i])).toEqual(['Council approves new tram line', 'Home', 'Most read', 'Cookie settings']);
  });

  it('matches repeated lines in order', () => {
    const repeated = ['Menu', 'Update', 'Rain closed 12 roads.', 'Update', 'Rivers fell overnight.', 'Footer'];
    const aligned = alignMainText(repeated, ['Update', 'Rain closed 12 roads.', 'Update', 'Rivers fell overnight.'], null)!;
    expect(aligned.outside).toEqual([0, 5]);
  });

  it('gives up (null) when a story line is not on the page, so nothing is lost', () => {
    expect(alignMainText(page, [...main, 'A whole sentence of the story that Readability rewrote on its way out.'], null)).toBeNull();
    expect(alignMainText(page, [...main].reverse(), null)).toBeNull();
  });
});

describe('alignMainText with lines Readability joined or rewrote', () => {
  const page = ['Home', 'World', 'Flood closes 30 schools', 'Share', 'WhatsApp', 'Email', 'Rivers rose 2 metres overnight, officials said.', 'Schools reopen on Monday.', 'Most read'];

  it('finds a line made of several page lines ("Share WhatsApp Email")', () => {
    const main = ['Share WhatsApp Email', 'Rivers rose 2 metres overnight, officials said.', 'Schools reopen on Monday.'];
    const aligned = alignMainText(page, main, 'Flood closes 30 schools')!;
    expect(aligned.outside.map((i) => page[i])).toEqual(['Home', 'World', 'Most read']);
  });

  it('leaves a short rewritten line to cleaning instead of giving up', () => {
    const main = ['Share this', 'Rivers rose 2 metres overnight, officials said.', 'Schools reopen on Monday.'];
    expect(alignMainText(page, main, 'Flood closes 30 schools')!.outside.map((i) => page[i])).toEqual(['Home', 'World', 'Most read']);
  });

  it('reads joined runs only in order and only as whole lines', () => {
    expect(joinedRun(page, 0, 'Share WhatsApp Email')).toEqual([3, 6]);
    expect(joinedRun(page, 4, 'Share WhatsApp Email')).toBeNull();
    expect(joinedRun(page, 0, 'Share WhatsApp')).toEqual([3, 5]);
    expect(joinedRun(page, 0, 'Share Whats')).toBeNull();
  });
});

describe('html reader keeps the page furniture, marked', () => {
  const html = `<!DOCTYPE html><html><head><title>Storm cuts power to 40,000 homes</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<button>Accept cookies</button>
<article><h1>Storm cuts power to 40,000 homes</h1>
<p class="dek">Crews expect most supply back by Friday.</p>
<p>A storm cut power to about 40,000 homes across the region on Wednesday night, the grid operator said, after winds of up to 110 km/h brought down lines in three counties.</p>
<p>Engineers had reconnected 25,000 customers by midday on Thursday, a spokesperson said, and the rest should be back by Friday evening. Schools in two districts stayed closed.</p>
<p>The weather service said gusts had reached 118 km/h on the coast, the strongest since 2019, and warned of more rain over the weekend in the hills.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Ferry cancelled as seas rise</a></li></ul></aside>
<footer><p>© 2026 Valley Courier</p></footer></body></html>`;

  it('keeps every visible line and marks those around the story', () => {
    const [a] = runReader(htmlReader, html, 'storm.html').articles;
    const lines = a.raw.split('\n');
    const outside = (a.outsideMainText ?? []).map((i) => lines[i]);
    expect(outside).toEqual(expect.arrayContaining(['Home', 'Weather', 'Accept cookies', 'Most read', 'Ferry cancelled as seas rise', '© 2026 Valley Courier']));
    expect(outside.some((l) => /storm|40,000|Crews/.test(l))).toBe(false);
    expect(lines).toContain('Crews expect most supply back by Friday.');
  });
});
