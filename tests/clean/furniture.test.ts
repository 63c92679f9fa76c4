/**
 * Page furniture that needs shape or position rather than a fixed phrase:
 * mastheads, section breadcrumbs, bylines with roles, date-only lines, market
 * tickers, UI strings, contact lines, teaser headlines after the story, and
 * captions with a bracketed credit or printed twice. Pages are hand-made, from
 * kinds of sites the rules have never seen.
 */
import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../data-loaders/clean/index.ts';
import { Knowledge } from '../../data-loaders/knowledge/index.ts';
import { article, fixture } from './helpers.ts';

const kb = new Knowledge();

function byKind(raw: string, meta = {}) {
  const a = cleanCorpus([article(raw, meta)], kb).articles[0];
  const pick = (k: string) => a.lines.filter((l) => l.kind === k).map((l) => l.text.trim());
  return { story: pick('story'), removed: [...pick('removed'), ...pick('duplicate')], caption: pick('caption') };
}

describe('a business page with masthead, ticker, feedback widget and newsroom address', () => {
  const r = byKind(fixture('port-strike.txt'), { title: 'Dockworkers walk out at three ports as pay talks collapse', outlet: 'The Harbourside Tribune' });

  it('keeps the headline, standfirst, story paragraphs, subheading and credit line', () => {
    expect(r.story).toEqual([
      'Dockworkers walk out at three ports as pay talks collapse',
      'Unions say 9,000 members have stopped work; operators warn of week-long delays',
      "About 9,000 dockworkers stopped work at three of the country's busiest container ports on Friday after wage talks broke down overnight, the two largest unions said.",
      "The operators' association said the walkout would delay roughly 60 ships and could cost exporters up to $140 million a day.",
      'Shares in the largest listed operator fell 3.1% to $27.40 in early trading, while freight rates on the main routes rose 6%.',
      '"We are not asking for the moon, we are asking to keep up with rents," said union organiser Petra Lind.',
      'Workers on the eastern terminal say they pay about $1,600 a month for a two-bedroom flat.',
      'What happens next',
      'The labour ministry said a mediator would meet both sides on Monday.',
      'The Harbourside Tribune reported last month that the operators had set aside funds for a possible stoppage.',
      'Reporting by Marta Quillan; Editing by Joe Brenner',
    ]);
  });

  it('marks the photo with a bracketed outlet credit as a caption', () => {
    expect(r.caption).toEqual(['Container cranes stand idle at the eastern terminal on Thursday evening. (Tribune photo / Lena Brook)']);
  });

  it('removes every furniture line', () => {
    for (const l of [
      'THE HARBOURSIDE TRIBUNE',
      'Business · Shipping',
      'Join today for just $2 a week',
      'OK, I agree',
      'By Marta Quillan and Omar Feld, Tribune business reporters',
      'Fri 7 Mar 2025 14.05 GMT',
      'Listen to this story · 4 min',
      'DJIA 41,902.11 ▲0.4%   NKY 37,100.50 ▼1.2%   USD/JPY 149.22 ▲0.08%',
      'Quotes delayed at least 20 minutes.',
      'Was this story useful? Yes / No',
      'Editorial values: The Tribune Code of Practice.',
      'Tribune newsroom: 40 Quay Street, Portsmouth. Tel +44 23 9000 0000',
      'More from Business',
      'Airline lifts profit forecast as summer bookings surge',
      'Chip stocks slide on export curbs',
    ]) expect(r.removed).toContain(l);
  });
});

describe('a storm page with breadcrumbs, role byline, service line, author bio and teasers', () => {
  const r = byKind(fixture('storm-page.txt'), {
    title: 'Hurricane Lena makes landfall near Port Arthur as forecasters warn of flooding',
    outlet: null,
    url: 'https://www.gulfcoastdispatch.example/weather/hurricane-lena-landfall',
  });

  it('keeps the headline and the story paragraphs only', () => {
    expect(r.story).toEqual([
      'Hurricane Lena makes landfall near Port Arthur as forecasters warn of flooding',
      'Hurricane Lena came ashore near Port Arthur early on Wednesday with winds of 110 mph, the National Hurricane Center said.',
      'More than 300,000 homes and businesses were without power by dawn, according to the state utility commission.',
      'For decades, residents of the coast have raised their homes on stilts to survive storms like this one.',
    ]);
  });

  it('marks the credited caption and its bare repeat', () => {
    expect(r.caption).toEqual([
      'Flood water surrounds homes in a low-lying neighbourhood on Tuesday night. (Photo: Kim Alvarez/Coastline Images)',
      'Flood water surrounds homes in a low-lying neighbourhood on Tuesday night.',
    ]);
  });

  it('removes the masthead (matched to the URL host) at the top and at the bottom', () => {
    expect(r.removed.filter((l) => l === 'Gulf Coast Dispatch')).toHaveLength(2);
  });
});

describe('furniture signals do not fire without their context', () => {
  it('keeps headline-shaped lines inside the story and a masthead-like line that is no outlet', () => {
    const raw = [
      'Council approves budget after late-night session',
      '',
      'The city council approved a $2.1bn budget on Tuesday after a debate that ran past midnight.',
      'Where the money goes',
      'Most of the increase will go to road repairs and to the bus network, the finance director said.',
      'Coastal Herald',
      'Officials said the vote was 7-2.',
    ].join('\n');
    const r = byKind(raw, { title: 'Council approves budget after late-night session', outlet: 'Valley Sun' });
    expect(r.story).toContain('Where the money goes');
    expect(r.story).toContain('Officials said the vote was 7-2.');
  });

  it('keeps story sentences with prices, percentages, dates and phone-like numbers', () => {
    const lines = [
      'Brent crude rose 1.2% to $81.40 a barrel on Monday, while the pound fell 0.4% against the dollar.',
      'Tenants in the city pay about £1,250 a month on average, up 9% in a year.',
      'The ceasefire took effect on Sunday 12 January 2025 at 08:00 GMT, the mediators said.',
      'Police asked anyone with information to call the incident line on 0800 555 0100.',
      'Maria Oduya is a nurse at the county hospital who worked through the night.',
      'Labour 34% (+3), Conservatives 29% (−2), Reform 18% (+5)',
      'By Friday, more than 2,000 people had registered for the relief scheme',
      'Rents in the capital rose 9% to €1,450 a month, according to the housing ministry.',
    ];
    const r = byKind(lines.join('\n'), { outlet: 'Metro Daily' });
    expect(r.story).toEqual(lines);
  });
});

describe('a bare link label', () => {
  it('removes the headlines listed under "See also:" and keeps the story after them', () => {
    const raw = [
      'Volunteers cleared 12 tonnes of litter from the beach on Saturday, organisers said.',
      'See also:',
      'Plastic ban comes into force in coastal towns',
      'Sea turtles return to nest on a quiet shore',
      '',
      'The council said it would add 30 bins along the promenade by summer.',
    ].join('\n');
    const r = byKind(raw, { outlet: 'Shoreline Weekly' });
    expect(r.story).toEqual([
      'Volunteers cleared 12 tonnes of litter from the beach on Saturday, organisers said.',
      'The council said it would add 30 bins along the promenade by summer.',
    ]);
  });
});

describe('share rows, long copyright notices, syndication notes and dotted bylines', () => {
  it.each([
    'Share: Viber · Threads · X · Copy link',
    '[Share on LinkedIn] [Share on X] [Email]',
    'Send by email',
    '© 2027 Harbour Chronicle Publishing Corp. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
    'This story has not been edited by The Valley Times and is auto-generated from a syndicated news feed.',
    'By Lena Hartkopf · Frankfurt · 27 April 2027, 09:40 CEST · 4 min read',
    'By Jolene Whitebird | Posted April 14, 2027 4:05 PM CDT | Last updated 6:40 PM CDT',
  ])('removes %s', (line) => {
    const r = byKind(`Headline of the story\nA full story sentence that reports what happened on Monday, the ministry said.\n${line}\nAnother story sentence about what the ministry said on Tuesday.`);
    expect(r.removed).toContain(line);
  });

  it('keeps a story sentence that opens with "By" and a date', () => {
    const line = 'By Tuesday, 4,000 people had left the valley, officials said on 27 April 2027.';
    const r = byKind(`Headline of the story\nA full story sentence that reports what happened on Monday.\n${line}`);
    expect(r.story).toContain(line);
  });
});
