import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getKnowledge } from '../../data-loaders/knowledge/index.ts';
import { inferMetadata } from '../../data-loaders/sources/infer/index.ts';
import { detectLanguage } from '../../data-loaders/sources/infer/language.ts';
import { inferOutlet } from '../../data-loaders/sources/infer/outlet.ts';
import { inferPublished } from '../../data-loaders/sources/infer/published.ts';
import { inferTitle, stripTitleSuffix } from '../../data-loaders/sources/infer/title.ts';
import { wireCredits } from '../../data-loaders/sources/infer/wire.ts';
import type { Article } from '../../data-loaders/types.ts';
import { ENGLISH_STORY } from './helpers.ts';

const kb = getKnowledge();

describe('wire credits', () => {
  it('credits agencies in the usual credit forms, with canonical names, sorted and unique', () => {
    const text = [
      'NAIROBI (AFP) — Floodwaters rose again on Tuesday.',
      'Rescuers wade through a street. AP Photo/Brian Inganga',
      'The ministry said 20 people had died, Xinhua reported.',
      'A resident speaks to the press. Photograph: Jane Mwangi/Reuters',
      'With reporting by Agence France-Presse and dpa',
      '© AFP 2024',
    ].join('\n');
    expect(wireCredits(text, kb)).toEqual(['AFP', 'AP', 'Reuters', 'Xinhua', 'dpa']);
  });

  it('credits attribution forms: according to, told, reported, via', () => {
    expect(wireCredits('The mayor told AFP the dam would hold.', kb)).toEqual(['AFP']);
    expect(wireCredits('According to AP, turnout was low.', kb)).toEqual(['AP']);
    expect(wireCredits('The blast was heard across the city, Yonhap said.', kb)).toEqual(['Yonhap']);
    expect(wireCredits('Smoke rises over the port. (Image via PA)', kb)).toEqual(['PA Media']);
    expect(wireCredits('State agency Tass quoted the governor as saying the fire was out.', kb)).toEqual(['TASS']);
  });

  it('does not credit ambiguous abbreviations outside credit contexts', () => {
    expect(wireCredits('The PA said talks with Israel had stalled.', kb)).toEqual([]);
    expect(wireCredits('She moved to Pittsburgh, PA, in 2019 and joined an AP history class.', kb)).toEqual([]);
    expect(wireCredits('The AFP arrested two men in Sydney on drug charges.', kb)).toEqual([]);
    expect(wireCredits('An APA spokesperson and the UPI payment system were mentioned.', kb)).toEqual([]);
  });

  it('the present-spellings prefilter credits exactly what the full scans credit', () => {
    // texts built from agency spellings (and near misses), credit-context words and separators
    const pieces = fc.constantFrom(
      'AFP', 'AP', 'APA', 'PA', 'AA', 'UPI', 'Reuters', 'Thomson Reuters', 'Tass', 'TASS', 'ITAR-TASS', 'dpa', 'DPA',
      'Agence France-Presse', 'Associated Press', 'Anadolu', 'Anadolu Agency', 'PA Wire', 'PA news agency', 'Jiji', 'Kyodo News',
      'Interfax-Ukraine', 'Reutersx', 'AFPs', 'Photo', 'Images', 'via', 'the', 'told', 'according to', 'reported', 'said',
      'Reporting by', 'contributed to this report by', '©', '(c)', 'Copyright', '2025', 'Getty', 'Jane Doe', 'news agency',
      ' ', ' ', ' ', '/', '(', ')', '.', ',', '-', '\n', ' — ', 'é', 'x',
    );
    const texts = fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(texts, (text) => {
      expect(wireCredits(text, kb)).toEqual(wireCredits(text, kb, true));
    }), { numRuns: 300 });
  });
});

describe('outlet inference', () => {
  it('prefers the page site name, canonicalised', () => {
    expect(inferOutlet({ raw: ENGLISH_STORY, siteName: 'BBC' }, kb)).toBe('BBC News');
    expect(inferOutlet({ raw: ENGLISH_STORY, siteName: 'Lakeside Tribune' }, kb)).toBe('Lakeside Tribune');
  });

  it('reads known outlets and suffix rules from title suffixes', () => {
    expect(inferOutlet({ raw: `Wildfires spread in the south - BBC News\n${ENGLISH_STORY}` }, kb)).toBe('BBC News');
    expect(inferOutlet({ raw: `Ministers face vote on housing bill | UK news\n${ENGLISH_STORY}` }, kb)).toBe('The Guardian');
    expect(inferOutlet({ raw: ENGLISH_STORY, pageTitle: 'Budget row deepens | Politics | The Irish Times' }, kb)).toBe('The Irish Times');
  });

  it('reads outlet signatures written as general patterns', () => {
    expect(inferOutlet({ raw: `${ENGLISH_STORY}\nThis article was originally published by The Conversation.` }, kb)).toBe('The Conversation');
    expect(inferOutlet({ raw: `${ENGLISH_STORY}\nContributions from members like you keep Riverside Weekly independent.` }, kb)).toBe('Riverside Weekly');
    expect(inferOutlet({ raw: `${ENGLISH_STORY}\nSign up for Metro Ledger’s daily newsletter` }, kb)).toBe('Metro Ledger');
    expect(inferOutlet({ raw: `${ENGLISH_STORY}\n© 2024 Prairie Gazette. All rights reserved.` }, kb)).toBe('Prairie Gazette');
  });

  it('never takes a wire credit or photo agency for the outlet', () => {
    expect(inferOutlet({ raw: `${ENGLISH_STORY}\n© AFP 2024` }, kb)).toBeNull();
    expect(inferOutlet({ raw: `${ENGLISH_STORY}\n© 2024 Reuters. All rights reserved.` }, kb)).toBeNull();
    expect(inferOutlet({ raw: `${ENGLISH_STORY}\nCopyright © Getty Images. All rights reserved.` }, kb)).toBeNull();
  });

  it('uses a known outlet domain, and says nothing when there is no clue', () => {
    expect(inferOutlet({ raw: ENGLISH_STORY, url: 'https://www.aljazeera.com/news/2024/1/1/x' }, kb)).toBe('Al Jazeera');
    expect(inferOutlet({ raw: ENGLISH_STORY, url: 'https://unknown.example/story' }, kb)).toBeNull();
    expect(inferOutlet({ raw: `Talks collapse as deadline passes\n${ENGLISH_STORY}\nThe minister told Fox News the offer stood.` }, kb)).toBeNull();
  });
});

describe('title inference', () => {
  it('takes the first heading-like line, skipping page furniture and captions', () => {
    const raw = ['Advertisement', 'Skip to content', 'We need your support today', 'Firefighters at the scene. Photo: Getty Images', 'Factory fire forces thousands from their homes', '', ENGLISH_STORY].join('\n');
    expect(inferTitle(raw, undefined, kb)).toBe('Factory fire forces thousands from their homes');
  });

  it('strips title suffixes that name an outlet or follow a bar', () => {
    expect(stripTitleSuffix('Wildfires spread in the south - BBC News', kb)).toBe('Wildfires spread in the south');
    expect(stripTitleSuffix('Rates held again | Business | Daily Ledger', kb)).toBe('Rates held again');
    expect(stripTitleSuffix('Israel - Hamas talks resume in Cairo', kb)).toBe('Israel - Hamas talks resume in Cairo');
    expect(inferTitle(ENGLISH_STORY, 'Quake toll rises | World', kb)).toBe('Quake toll rises');
  });

  it('refuses sentences and gives null when no line qualifies', () => {
    expect(inferTitle('The river burst its banks overnight. Residents fled.\nshort', undefined, kb)).toBeNull();
  });
});

describe('publication date inference', () => {
  it('reads labelled lines, datelines and date-only lines, normalised', () => {
    expect(inferPublished(`Budget passes\nPublished: 5 June 2023, 10:02 BST\n${ENGLISH_STORY}`, kb)).toBe('2023-06-05');
    expect(inferPublished(`Budget passes\nLIMA, Peru, June 3, 2024 (Reuters) - The vote passed.\n`, kb)).toBe('2024-06-03');
    expect(inferPublished(`Budget passes\nThu 7 Mar 2024 06.47 GMT\n${ENGLISH_STORY}`, kb)).toBe('2024-03-07');
    expect(inferPublished(`Budget passes\n${ENGLISH_STORY}\nFirst published on Fri 8 Mar 2024 09.00 GMT`, kb)).toBe('2024-03-08');
  });

  it('prefers the published date over the updated one', () => {
    expect(inferPublished(`Budget passes\nUpdated 12 May 2022\nPosted 10 May 2022\n${ENGLISH_STORY}`, kb)).toBe('2022-05-10');
    expect(inferPublished(`Budget passes\nLast updated: 12 May 2022\n${ENGLISH_STORY}`, kb)).toBe('2022-05-12');
  });

  it('does not complete dates without a year', () => {
    expect(inferPublished(`Budget passes\nLAST UPDATE | 3 hrs ago\nOn the 12th (local time), the vote passed.\n${ENGLISH_STORY}`, kb)).toBeNull();
  });
});

describe('language detection', () => {
  it('tells English from other languages', () => {
    expect(detectLanguage(ENGLISH_STORY, kb)?.language).toBe('en');
    expect(detectLanguage('Les pompiers ont évacué plusieurs villages dans la nuit, selon la préfecture. Le fleuve est sorti de son lit et plus de 300 personnes ont été relogées dans des gymnases.', kb)?.language).toBe('fr');
    expect(detectLanguage('Los bomberos evacuaron varios pueblos durante la noche, según las autoridades. El río se desbordó y más de 300 personas fueron alojadas en polideportivos.', kb)?.language).toBe('es');
    expect(detectLanguage('Пожарные ночью эвакуировали несколько деревень, сообщили власти. Река вышла из берегов, и более 300 человек были размещены в спортзалах.', kb)?.language).toBe('ru');
    expect(detectLanguage('소방당국은 밤사이 여러 마을 주민을 대피시켰다고 밝혔다. 강이 범람해 300명 이상이 체육관으로 옮겨졌다.', kb)?.language).toBe('ko');
  });

  it('keeps English for an English story with a few lines in another script', () => {
    expect(detectLanguage(`${ENGLISH_STORY}\nআরও খবর পড়ুন\n${ENGLISH_STORY}`, kb)?.language).toBe('en');
  });

  it('gives no verdict on too little text', () => {
    expect(detectLanguage('Breaking: dam fails', kb)).toBeNull();
  });
});

describe('inferMetadata', () => {
  const article = (over: Partial<Article>): Article => ({
    id: 'x', file: 'f.txt', key: null, format: 'text', raw: ENGLISH_STORY, title: null, outlet: null, published: null, url: null,
    language: null, byline: null, inferred: {}, wireCredits: [], captionHints: [], flags: [], ...over,
  });

  it('fills only missing fields and marks them inferred', () => {
    const a = article({ raw: `Quake hits mountain region - Sky News\nPublished 2 April 2024\n${ENGLISH_STORY}\nReporting by Reuters`, outlet: 'Given Outlet' });
    expect(inferMetadata(a, {}, kb)).toEqual([]);
    expect(a).toMatchObject({ title: 'Quake hits mountain region', outlet: 'Given Outlet', published: '2024-04-02', language: 'en', wireCredits: ['Reuters'] });
    expect(a.inferred).toEqual({ title: true, published: true, language: true });
  });

  it('flags a story the source declares non-English without running the detector', () => {
    const a = article({ language: 'it' });
    const rows = inferMetadata(a, {}, kb);
    expect(a.flags).toEqual(['non_english']);
    expect(a.inferred.language).toBeUndefined();
    expect(rows).toEqual([expect.objectContaining({ severity: 'warning', article_id: 'x', reason: expect.stringMatching(/"it"/) })]);
  });
});
