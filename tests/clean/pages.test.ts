/**
 * Cleaning on hand-made pages from sites the rules have never seen: every
 * furniture line goes, every story line stays, captions are marked.
 */
import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../data-loaders/clean/index.ts';
import { Knowledge } from '../../data-loaders/knowledge/index.ts';
import { article, fixture } from './helpers.ts';

const kb = new Knowledge();

function cleanOne(raw: string, meta = {}) {
  return cleanCorpus([article(raw, meta)], kb).articles[0];
}

/** Lines (normalised by trimming) of each kind. */
function byKind(raw: string, meta = {}) {
  const a = cleanOne(raw, meta);
  const pick = (k: string) => a.lines.filter((l) => l.kind === k).map((l) => l.text.trim());
  return { a, story: pick('story'), removed: pick('removed'), caption: pick('caption'), reasons: new Map(a.lines.map((l) => [l.text.trim(), l.reason])) };
}

describe('a local news page with cookie banner, share bar, newsletter and Spanish related links', () => {
  const raw = fixture('local-flood.txt');
  const r = byKind(raw, { title: 'River bursts its banks in Millbrook as residents evacuate homes', outlet: 'Millbrook Gazette' });

  it('keeps exactly the headline and the story paragraphs', () => {
    expect(r.story).toEqual([
      'River bursts its banks in Millbrook as residents evacuate homes',
      'Hundreds of residents in Millbrook were moved to emergency shelters on Friday after the Avon Brook rose almost two metres overnight.',
      'The county emergency service said 340 homes had been evacuated and that two people were treated in hospital for hypothermia.',
      '“We have never seen the water come up this fast,” said Carla Ndiaye, who runs a bakery on the high street.',
      'The Environment Agency issued a severe flood warning at 4am, the highest level, meaning there is a danger to life.',
      'Forecasters expect a further 40mm of rain by Sunday, and officials warned that the river could peak again on Saturday night.',
    ]);
  });

  it('marks the photo line as a caption', () => {
    expect(r.caption).toEqual(['Firefighters wade through flood water on Station Road on Friday morning. Photo: Daniel Reyes/Millbrook Gazette']);
  });

  it('gives each removal a reason of the right kind', () => {
    expect(r.reasons.get('We use cookies to improve your experience on our site and to show you relevant advertising. By continuing to browse, you agree to our Cookie Policy.')).toBe('cookie_notice');
    expect(r.reasons.get('Accept all cookies')).toBe('cookie_notice');
    expect(r.reasons.get('Home › News › Local')).toBe('navigation');
    expect(r.reasons.get('Facebook Twitter WhatsApp Email')).toBe('share_widget');
    expect(r.reasons.get('By Hannah Okafor')).toBe('byline');
    expect(r.reasons.get('Published 14 June 2024, 07:32')).toBe('page_timestamp');
    expect(r.reasons.get('Advertisement - Scroll to continue')).toBe('advertisement');
    expect(r.reasons.get('Read more: Council approves new flood defences after years of delay')).toBe('read_more');
    expect(r.reasons.get('Lee también: Las lluvias dejan sin luz a miles de hogares en la región')).toBe('read_more');
    expect(r.reasons.get('Sign up for our daily newsletter to get the latest local news delivered to your inbox.')).toBe('subscription_appeal');
    expect(r.reasons.get('Noticias relacionadas')).toBe('related_heading');
    expect(r.reasons.get('El alcalde promete ayudas para los comercios afectados')).toBe('related_block');
    expect(r.reasons.get('Comments (12)')).toBe('comment_box');
    expect(r.reasons.get('Follow us on Facebook and Instagram')).toBe('social_promo');
  });

  it('indexes the cleaned text with each kept line’s offsets', () => {
    for (const l of r.a.lines) {
      if (l.start === null || l.end === null) continue;
      expect(r.a.text.slice(l.start, l.end)).toBe(l.text.trim());
    }
    expect(r.a.text.split('\n')).toHaveLength(7);
  });
});

describe('a blog-style election page', () => {
  const r = byKind(fixture('blog-election.txt'));

  it('removes timestamps, tags, widgets, teasers, promos, source and copyright lines', () => {
    expect(r.removed).toEqual([
      'Posted by admin on March 3, 2025 at 9:15 pm',
      'Tags: elections, local government',
      'Listen to this article',
      'READ MORE: Turnout surges in rural areas as polls close',
      'Take our reader survey for a chance to win a tablet',
      'This article originally appeared on The Northern Ledger.',
      '© 2025 Northern Ledger Media. All rights reserved.',
    ]);
  });

  it('keeps all seven story lines, including the quote', () => {
    expect(r.story).toHaveLength(7);
    expect(r.story.some((s) => s.includes('"once every vote has been counted twice"'))).toBe(true);
  });
});

describe('lines that look like furniture words but are story', () => {
  const story = [
    'Volunteers collected donations for families who lost their homes in the wildfire, the charity said.',
    '“We need your help to rebuild the school,” the headteacher told parents on Monday.',
    'The company said cookies and biscuits made up a third of its sales last year.',
    'Share prices fell 4 percent after the central bank raised interest rates.',
    'More than 2,000 people attended the vigil in the main square.',
    'He said:',
    '“We will not leave until the wages are paid.”',
    'Read the full statement, the union said, and you will see our demands are modest.',
    'Tags on the shipping containers showed they had left the port in May.',
    'A Reuters/Ipsos poll showed broad support for the measure among voters.',
    'The regional government described the storm as the worst in 40 years.',
  ];
  it('keeps every one of them as story', () => {
    const r = byKind(['Storm, strike and markets: a mixed news day', ...story].join('\n'));
    expect(r.story).toEqual(['Storm, strike and markets: a mixed news day', ...story]);
  });
});

describe('a wire story reprinted by a site with a foreign-language "read more" label', () => {
  it('removes the label line but keeps a story line starting with a foreign word', () => {
    const raw = [
      'Hospital strike enters second week',
      'Nurses at three public hospitals extended their strike on Monday, demanding higher pay.',
      'もっと読む: Central bank holds rates steady amid slowing growth',
      'Подробнее  Heatwave breaks records across southern Europe | World News',
      'The health ministry said talks would resume on Wednesday.',
    ].join('\n');
    const r = byKind(raw);
    expect(r.removed).toEqual([
      'もっと読む: Central bank holds rates steady amid slowing growth',
      'Подробнее  Heatwave breaks records across southern Europe | World News',
    ]);
    expect(r.story).toHaveLength(3);
  });
});

describe('normalisation and markup', () => {
  it('never produces or interprets HTML: angle brackets stay literal text', () => {
    const r = byKind('Budget vote passes\nThe bill passed 52 <b>to</b> 48 after a night of debate.');
    expect(r.a.text).toBe('Budget vote passes\nThe bill passed 52 <b>to</b> 48 after a night of debate.');
  });

  it('keeps curly quotes and dashes, removes zero-width characters and collapses spaces', () => {
    const a = cleanOne('Title line here\n\u00a0 The mayor\u200b said \u201cnever again\u201d \u2013 twice.  ');
    expect(a.text).toBe('Title line here\nThe mayor said \u201cnever again\u201d \u2013 twice.');
    expect(a.lines[1].text).toBe('\u00a0 The mayor\u200b said \u201cnever again\u201d \u2013 twice.  ');
  });
});
