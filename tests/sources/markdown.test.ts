import { describe, expect, it } from 'vitest';
import { markdownReader, markdownToLines } from '../../data-loaders/sources/markdown.ts';
import { fixture, runReader } from './helpers.ts';

describe('markdown reader', () => {
  it('takes metadata from the front matter and strips markdown to plain lines', () => {
    const { articles, problems } = runReader(markdownReader, fixture('story.md'), 'story.md');
    expect(problems).toEqual([]);
    const [a] = articles;
    expect(a).toMatchObject({
      title: 'Wildfire forces evacuation of hill villages',
      outlet: 'Coastal Courier',
      published: '2024-08-14',
      url: 'https://courier.example/wildfire',
      language: 'en',
    });
    expect(a.raw.split('\n')).toEqual([
      'A different heading that is not the title',
      '',
      'Firefighters battled a wildfire on Tuesday as strong winds pushed the flames towards three villages, the regional authority said.',
      '',
      'About 1,200 residents were moved to a sports hall.',
      'Two roads were closed.',
      '',
      '"We have never seen it move this fast," a volunteer said.',
      '',
      'Crews from two neighbouring provinces were sent to help, according to Reuters.',
    ]);
  });

  it('uses the first level-1 heading as title when the front matter has none', () => {
    const { articles } = runReader(markdownReader, '## Live\n\n# Storm closes schools across the north\n\nSchools shut on Friday.\n');
    expect(articles[0].title).toBe('Storm closes schools across the north');
  });

  it('reports malformed front matter and still reads the story', () => {
    const { articles, problems } = runReader(markdownReader, '---\ntitle: [unclosed\n---\nThe ferry was cancelled.\n');
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', reason: expect.stringMatching(/front matter/) })]);
    expect(articles[0].raw).toBe('The ferry was cancelled.');
  });

  it('keeps link text and code, drops images, reference definitions and emphasis marks', () => {
    const { lines } = markdownToLines(
      'See [the report][r] and `rate = 4%` with __bold__ and _italic_ words.\n\n[r]: https://example.org\n\n```\nline one\n  line two\n```\n',
    );
    expect(lines).toEqual(['See the report and rate = 4% with bold and italic words.', '', 'line one', '  line two']);
  });

  it('drops bullets but keeps the numbers of an ordered list, as a plain-text copy would', () => {
    const { lines } = markdownToLines('Trending\n\n1. Monsoon reaches the coast three days late\n2) Metro line to open in July\n\n- a bullet item\n* [x] a done task\n');
    expect(lines).toEqual(['Trending', '', '1. Monsoon reaches the coast three days late', '2) Metro line to open in July', '', 'a bullet item', 'a done task']);
  });
});
