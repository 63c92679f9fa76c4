/**
 * Furniture around the story that speaks to the reader or about the writer:
 * comment prompts, paywall and login prompts, "More on <topic>" link blocks,
 * author bios, date/time/name byline rows and comment disclaimers, in the
 * wordings of many kinds of outlet. Story sentences that use the same words
 * (a journalist in the news, a denial "does not reflect the views of") stay.
 * Every page and sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../data-loaders/clean/index.ts';
import { Knowledge } from '../../data-loaders/knowledge/index.ts';
import { article } from './helpers.ts';

const kb = new Knowledge();

function byKind(raw: string, meta = {}) {
  const a = cleanCorpus([article(raw, meta)], kb).articles[0];
  const pick = (k: string) => a.lines.filter((l) => l.kind === k).map((l) => l.text.trim());
  return { story: pick('story'), removed: [...pick('removed'), ...pick('duplicate')] };
}

/** A page: headline, some furniture `head`, three story paragraphs, then `tail`. */
function page(head: string[], tail: string[], story = STORY) {
  return [HEADLINE, '', ...head, '', ...story, '', ...tail].join('\n');
}

const HEADLINE = 'Dam operators release water as reservoir nears record level';
const STORY = [
  'Operators of the Kessel dam began releasing water on Monday after the reservoir rose to 97% of capacity, the regional water board said.',
  'About 1,200 residents of two villages downstream were told to move to higher ground as a precaution.',
  '“We would rather move people twice than once too late,” the board’s chairman, Oren Vidal, told reporters.',
];

function expectRemoved(lines: string[], head: string[], tail: string[], meta = {}) {
  const r = byKind(page(head, tail), { title: HEADLINE, ...meta });
  expect(r.story).toEqual([HEADLINE, ...STORY]);
  for (const l of lines) expect(r.removed).toContain(l);
}

describe('comment prompts', () => {
  it.each([
    'Join the debate: log in or register to post a comment.',
    'Have your say: sign in or create an account to comment on this story.',
    'To comment on this article you must be signed in.',
    'Want to comment? Create a free account or log in.',
    'Comments are open to registered readers. Please log in to reply.',
    'There are 45 comments on this story.',
    'What do you think? Tell us in the comments below.',
    'Register or log in to join the discussion.',
  ])('removes "%s"', (line) => {
    expectRemoved([line], [], ['Share', line, 'Most popular', 'Tram line to close for a month of repairs']);
  });
});

describe('paywall and login prompts', () => {
  it.each([
    'Subscribe to continue reading',
    'Sign in or subscribe to read the full article.',
    'Register for free to keep reading this story',
    'You have reached your limit of free articles this month.',
    "You've read 3 of 5 free articles. Subscribe for unlimited access.",
    'Create a free account to unlock this article',
    'Continue reading with a free account',
    'This story is exclusive to subscribers.',
    'You have 2 free articles left this month. Subscribe for $1 a week.',
    'To continue reading this article, please subscribe.',
    'Unlock this story with a free account',
  ])('removes "%s" in the middle of the story', (line) => {
    const raw = [HEADLINE, '', STORY[0], line, STORY[1], STORY[2]].join('\n');
    const r = byKind(raw, { title: HEADLINE });
    expect(r.story).toEqual([HEADLINE, ...STORY]);
    expect(r.removed).toEqual([line]);
  });
});

describe('"More on <topic>" link blocks', () => {
  it('removes the heading and the headlines under it, numbers included', () => {
    const tail = ['More on floods', 'Floods displace 40,000 in northern province', 'Insurers brace for 2 billion euro bill after storms', 'Subscribe'];
    const r = byKind(page([], tail), { title: HEADLINE });
    expect(r.story).toEqual([HEADLINE, ...STORY]);
    for (const l of tail) expect(r.removed).toContain(l);
  });

  it.each(['More about the election', 'More coverage of the war in Sudan', 'Read more on climate', 'In case you missed it', 'Recommended reading', 'More like this'])('takes "%s" for a related-links heading', (heading) => {
    const tail = [heading, 'Turnout tops 70% in first round', 'Five takeaways from the televised debate'];
    const r = byKind(page([], tail), { title: HEADLINE });
    expect(r.story).toEqual([HEADLINE, ...STORY]);
  });

  it('keeps a story line that starts with "More on" and reads as a sentence', () => {
    const story = [...STORY, 'More on the inquiry will follow when the board meets next week.'];
    const r = byKind(page([], ['Share'], story), { title: HEADLINE });
    expect(r.story).toEqual([HEADLINE, ...story]);
  });
});

describe('a link label without a colon inside the story', () => {
  it('removes "READ MORE" and the headlines under it', () => {
    const raw = [HEADLINE, '', STORY[0], '', 'READ MORE', 'Levee repairs fall behind schedule: what residents should know', 'Why river towns keep flooding – and who pays', '', STORY[1], STORY[2]].join('\n');
    const r = byKind(raw, { title: HEADLINE });
    expect(r.story).toEqual([HEADLINE, ...STORY]);
  });

  it('keeps a subheading and paragraph after a lone "Read more"', () => {
    const raw = [HEADLINE, '', STORY[0], 'Read more', 'What happens next', STORY[1], STORY[2]].join('\n');
    const r = byKind(raw, { title: HEADLINE });
    expect(r.story).toEqual([HEADLINE, STORY[0], 'What happens next', STORY[1], STORY[2]]);
  });
});

describe('author bios', () => {
  it.each([
    ['By Teodora Vasile', 'Teodora Vasile is the Courier’s environment correspondent. She previously reported on energy from Bucharest.'],
    ['By Teodora Vasile', 'Teodora Vasile covers climate and water for the Courier. Got a story? Contact her securely.'],
    ['By Teodora Vasile, Staff writer', 'Teodora Vasile writes about farming and rural affairs. She joined the paper in 2019.'],
    ['Teodora Vasile', 'Teodora Vasile reports on water and energy. Follow her on Bluesky.'],
    ['By Teodora Vasile', 'Teodora Vasile is the Courier’s environment correspondent.'],
    ['Tuesday 3 March 2026 · 08:45 GMT · Teodora Vasile', 'Teodora Vasile has reported on the region’s rivers since 2015 and edits the weekly climate page.'],
  ])('removes the bio of the writer named in the byline (%s)', (byline, bio) => {
    expectRemoved([bio], [byline], ['Share this article', bio, 'Most read']);
  });

  it.each([
    'Kwame Mensah is a senior reporter at the Daily Courier covering transport and cities.',
    'About the author: Kwame Mensah is a freelance journalist based in Accra.',
    'Kwame Mensah is the Courier’s Africa editor. He has reported from 20 countries.',
  ])('removes a bio with no byline to match: "%s"', (bio) => {
    expectRemoved([bio], [], ['Share', bio]);
  });

  it('keeps story sentences about journalists and other people', () => {
    const story = [
      'Operators of the Kessel dam began releasing water on Monday, the regional water board said.',
      'Lucia Brandt, a reporter for a local radio station, was among those evacuated from the valley.',
      'Oren Vidal is the board’s chairman and has run the dam for 12 years.',
      'Lucia Brandt is a journalist who has covered the valley for two decades, and she said the water had never risen so fast.',
      'Lucia Brandt covers the valley for a local radio station and was the first to report the leak.',
    ];
    const r = byKind(page(['By Teodora Vasile'], ['Share'], story), { title: HEADLINE });
    expect(r.story).toEqual([HEADLINE, ...story]);
  });

  it('keeps a story line about someone who shares only a first name with the writer', () => {
    const story = [...STORY, 'Teodora Marin is the village mayor and has asked for more buses.'];
    const r = byKind(page(['By Teodora Vasile'], ['Share'], story), { title: HEADLINE });
    expect(r.story).toEqual([HEADLINE, ...story]);
  });

  it('takes the writer from the byline metadata', () => {
    const bio = 'Teodora Vasile was a correspondent in Lisbon and Madrid.';
    expectRemoved([bio], [], ['Share', bio], { byline: 'Teodora Vasile' });
  });
});

describe('byline rows with a date, a time and a name', () => {
  it.each([
    'Tuesday 3 March 2026 · 08:45 GMT · Ruben Castellanos',
    'Ruben Castellanos | 3 March 2026',
    '3 March 2026, 08:45 — Ruben Castellanos',
    'Published 3 March 2026 · By Ruben Castellanos',
    'Ruben Castellanos · 4 min read',
    'Ruben Castellanos and Mei Tanaka · Updated 3 hours ago',
    'By Ruben Castellanos | Updated March 3, 2026 9:41 am ET',
    'Ruben Castellanos · Mar 3, 2026, 9:41 AM PT',
  ])('removes "%s"', (line) => {
    expectRemoved([line], [line], []);
  });

  it('removes the byline metadata joined to a timestamp', () => {
    expectRemoved(['Valley Desk staff 4 Mar 2026, 09:30'], ['Valley Desk staff 4 Mar 2026, 09:30'], [], { byline: 'Valley Desk staff' });
  });

  it('keeps a dateline-like story opening', () => {
    const story = ['GENEVA, 3 March 2026 · The talks resumed on Tuesday after a week-long pause, diplomats said.', ...STORY.slice(1)];
    const r = byKind(page([], ['Share'], story), { title: HEADLINE });
    expect(r.story).toEqual([HEADLINE, ...story]);
  });
});

describe('disclaimers', () => {
  it.each([
    'Disclaimer: The views expressed in this article are those of the author and do not necessarily reflect the position of the Courier.',
    'Disclaimer: readers’ comments are their own and are not checked before publication.',
    'The views and opinions expressed in reader comments are those of the commenters and not of this site.',
    'Comments are the responsibility of their authors and do not represent the views of the Courier.',
  ])('removes "%s"', (line) => {
    expectRemoved([line], [], ['Tags: Dams, Floods', line, 'Leave a comment']);
  });

  it('keeps a denial in the story', () => {
    const story = [...STORY, 'The ministry said the engineer’s remarks did not reflect the views of the government.'];
    const r = byKind(page([], ['Share'], story), { title: HEADLINE });
    expect(r.story).toEqual([HEADLINE, ...story]);
  });
});
