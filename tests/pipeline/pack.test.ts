import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../data-loaders/doc/make.ts';
import { Knowledge } from '../../data-loaders/knowledge/index.ts';
import { extractArticle } from '../../data-loaders/pipeline/extract-article.ts';
import { packExtraction, unpackExtraction } from '../../data-loaders/pipeline/pack.ts';

describe('packed extractions', () => {
  it('round-trip through JSON to an equal extraction, smaller', () => {
    const article = makeArticle(
      'Health officials said on Tuesday that 1,240 people had been vaccinated, up from about 900 a week earlier.\n' +
        '"It is a good start," said Dr. Amara Okafor, who leads the regional programme.',
      { file: 'p/1.txt', published: '2024-02-13' },
    );
    const { extraction } = extractArticle(article, new Knowledge([]));
    const packed = JSON.stringify(packExtraction(extraction));
    expect(packed.length).toBeLessThan(JSON.stringify(extraction).length);
    expect(unpackExtraction(JSON.parse(packed))).toEqual(JSON.parse(JSON.stringify(extraction)));
  });

  it('keeps a span text that is not the slice of the article text', () => {
    const article = makeArticle('Ten boats sank.', { file: 'p/2.txt' });
    const x = { article, sentences: [{ start: 0, end: 15, text: 'Ten boats sank.', index: 0, paragraph: 0, caption: false }], actors: [], layers: { mentions: [], quotes: [], numbers: [], claims: [], dates: [], events: [], places: [{ start: 0, end: 3, text: 'TEN' }] } };
    const p = packExtraction(x) as unknown as { sentences: Array<{ text: unknown }>; layers: { places: Array<{ text: unknown }> } };
    expect(p.sentences[0].text).toBe(0);
    expect(p.layers.places[0].text).toBe('TEN');
    expect(x.sentences[0].text).toBe('Ten boats sank.'); // the input is untouched
  });
});
