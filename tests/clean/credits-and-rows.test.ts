/**
 * Furniture rows and credits of a kind the earlier rules missed: "·"-separated
 * byline rows, share rows with a label, social follow prompts, captions whose
 * credit names the outlet after a bar, a story paragraph resuming after a
 * related block, and a news agency's copyright (its wire credit). Lines are
 * made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../data-loaders/clean/index.ts';
import { Knowledge } from '../../data-loaders/knowledge/index.ts';
import { article } from './helpers.ts';

const kb = new Knowledge();

function kindOf(raw: string, line: string): string | undefined {
  const a = cleanCorpus([article(raw)], kb).articles[0];
  return a.lines.find((l) => l.text.trim() === line)?.kind;
}

const STORY = [
  'Ferry strike halts island crossings',
  '',
  'Crews on the northern ferry routes walked out on Monday, stranding about 4,000 passengers, the operator said.',
  '',
  'The union said 310 of its 340 members had joined the strike, which is due to last 48 hours.',
];

function page(...extra: string[]): string {
  return [...STORY.slice(0, 2), ...extra, '', ...STORY.slice(2)].join('\n');
}

describe('rows of page furniture', () => {
  it('removes a byline row of writer, section and time', () => {
    const line = 'Aino Virtanen · Transport · 14 March 2026, 08:30 CET';
    expect(kindOf(page(line), line)).toBe('removed');
  });

  it('removes a labelled share row', () => {
    const line = 'Share: Facebook · X · Email';
    expect(kindOf(page(line), line)).toBe('removed');
  });

  it('removes a prompt to follow the outlet on a social network', () => {
    const line = 'Follow The Baltic Courier on LinkedIn for the latest transport news';
    expect(kindOf(page(line), line)).toBe('removed');
  });

  it('keeps a story sentence that merely has dots in it', () => {
    expect(kindOf(page('Aino Virtanen · Transport · 14 March 2026, 08:30 CET'), STORY[2])).toBe('story');
  });
});

describe('captions and credits', () => {
  it('marks a caption whose credit is "Photo: A B | The Outlet" as a caption, not a section teaser', () => {
    const line = 'Passengers wait at the harbour in Turku on Monday. Photo: Mika Laine | The Baltic Courier';
    expect(kindOf(page(line), line)).toBe('caption');
  });

  it('keeps a news agency copyright as the wire credit', () => {
    const raw = [...STORY, '', 'Copyright 2026 The Associated Press. All rights reserved.'].join('\n');
    expect(kindOf(raw, 'Copyright 2026 The Associated Press. All rights reserved.')).toBe('story');
  });

  it('removes a copyright with a redistribution notice, and the outlet\'s own copyright', () => {
    const notice = 'Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.';
    expect(kindOf([...STORY, '', notice].join('\n'), notice)).toBe('removed');
    expect(kindOf([...STORY, '', '© 2026 Baltic Courier Media. All rights reserved.'].join('\n'), '© 2026 Baltic Courier Media. All rights reserved.')).toBe('removed');
  });
});

describe('a related block in the middle of the story', () => {
  const raw = [
    ...STORY,
    '',
    'Related coverage',
    'Port workers threaten second walkout',
    'Fuel prices lift ferry fares by 8%',
    '',
    'Transport Minister Lena Holm said on Tuesday that the government would not intervene and that talks should resume within 24 hours.',
  ].join('\n');

  it('removes the headlines and keeps the story paragraph that resumes after them', () => {
    expect(kindOf(raw, 'Fuel prices lift ferry fares by 8%')).toBe('removed');
    expect(kindOf(raw, 'Transport Minister Lena Holm said on Tuesday that the government would not intervene and that talks should resume within 24 hours.')).toBe('story');
  });
});

describe('a wire credit after a "Read more" block', () => {
  it('ends the block: the credit line is kept', () => {
    const raw = [...STORY, '', 'Read more:', 'Port workers threaten second walkout', 'Fuel prices lift ferry fares by 8%', '', '(Reporting by Aino Virtanen; Editing by Lars Holm)'].join('\n');
    expect(kindOf(raw, 'Fuel prices lift ferry fares by 8%')).toBe('removed');
    expect(kindOf(raw, '(Reporting by Aino Virtanen; Editing by Lars Holm)')).toBe('story');
  });
});

describe('whose copyright', () => {
  it('removes the outlet\'s copyright even when it also names the agency', () => {
    const line = '© 2026 Baltic Courier. Reuters content © 2026 Thomson Reuters.';
    expect(kindOf([...STORY, '', line].join('\n'), line)).toBe('removed');
  });
});
