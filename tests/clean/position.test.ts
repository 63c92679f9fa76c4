/**
 * Furniture told by place (data-loaders/clean/position.ts): the outlet's name,
 * labels above the headline, teaser headlines after the story has ended.
 */
import { describe, expect, it } from 'vitest';
import { markHead, markMastheads, markTailTeasers, compileStoryCredits, siteNames } from '../../data-loaders/clean/position.ts';
import { compileRules } from '../../data-loaders/clean/rules.ts';
import type { Decision } from '../../data-loaders/clean/structure.ts';
import { Knowledge } from '../../data-loaders/knowledge/index.ts';

const kb = new Knowledge();
const rules = compileRules(kb);
const credits = compileStoryCredits(kb);
const removed: Decision = { kind: 'removed', reason: 'test' };

describe('siteNames / markMastheads', () => {
  it('names the site from the outlet and from the URL host', () => {
    expect([...siteNames({ outlet: 'The Prairie Star', url: 'https://news.prairiestar.example/a/1' })]).toEqual(['prairiestar', 'news']);
  });

  it('removes the outlet name in any case, with or without "The", and nothing else', () => {
    const lines = ['PRAIRIE STAR', 'The Prairie Star', 'Prairie Star reporters were at the scene.', 'Star Prairie'];
    const d: Array<Decision | null> = lines.map(() => null);
    markMastheads(lines, d, { outlet: 'The Prairie Star', url: null });
    expect(d.map((x) => x?.reason ?? null)).toEqual(['masthead', 'masthead', null, null]);
  });
});

describe('markHead', () => {
  const title = 'Wildfire smoke closes schools across the valley';
  it('removes unpunctuated short lines above the headline', () => {
    const lines = ['Environment', 'Your trusted voice since 1921', title, 'Smoke from the fires forced 40 schools to close on Monday, the district said.'];
    const d: Array<Decision | null> = lines.map(() => null);
    markHead(lines, d, title);
    expect(d.map((x) => x?.reason ?? null)).toEqual(['masthead', 'masthead', null, null]);
  });

  it('does nothing when the story starts before the headline is printed', () => {
    const lines = ['Smoke from the fires forced 40 schools to close on Monday, the district said.', 'Air quality alert', title];
    const d: Array<Decision | null> = lines.map(() => null);
    markHead(lines, d, title);
    expect(d).toEqual([null, null, null]);
  });
});

describe('markTailTeasers', () => {
  const story = 'The mayor said the shelters would stay open until the end of the week.';
  it('removes headlines after the story and some furniture, keeps credits and fact lines', () => {
    const lines = [story, 'Editing by Sam Ortiz', 'Share this', 'Farmers count losses after hail storm', 'Evacuated: 3,400', 'Additional reporting by Lee Park'];
    const d: Array<Decision | null> = [null, null, removed, null, null, null];
    markTailTeasers(lines, d, rules, credits);
    expect(d.map((x) => x?.reason ?? null)).toEqual([null, null, 'test', 'tail_teaser', null, null]);
  });

  it('keeps headline-shaped lines when no furniture came after the story', () => {
    const lines = [story, 'Shelters and helplines'];
    const d: Array<Decision | null> = [null, null];
    markTailTeasers(lines, d, rules, credits);
    expect(d).toEqual([null, null]);
  });
});
