/** Photo captions and credits are kept but marked `caption`. */
import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../data-loaders/clean/index.ts';
import { Knowledge } from '../../data-loaders/knowledge/index.ts';
import { article } from './helpers.ts';

const kb = new Knowledge();
const kinds = (raw: string, meta = {}) => cleanCorpus([article(raw, meta)], kb).articles[0].lines.filter((l) => l.kind !== 'blank').map((l) => [l.kind, l.reason]);

describe('captions', () => {
  it.each([
    'Rescue workers search the rubble of a collapsed building in the old town. Photograph: Ana Lima/AFP/Getty Images',
    'Demonstrators march towards parliament on Saturday. (AP Photo/Martin Keller)',
    'A farmer inspects his flooded rice field near the delta. Reuters/Sam Okoye',
    'Firefighters battle the blaze on the ridge above the village. Alamy Stock Photo',
    'The finance minister arrives for the budget meeting (Photo by Lee Chan/Getty Images)',
    'Smoke rises over the port after the explosion, in this screengrab taken from a social media video.',
    'A still image taken from video shows the damaged bridge.',
    'Officials count ballots at a polling station in the capital. Photo: Supplied',
    'Nurses wait outside a closed ward at the district hospital on Monday. PHOTO | ANNE WERU | VALLEY DAILY',
    'The chief presents the annual report at headquarters on Wednesday. (Jo Whitebird / Prairie Dispatch)',
  ])('marks %s', (line) => {
    const out = kinds(`Headline of the story\nA full story sentence that reports what happened on Monday.\n${line}`);
    expect(out[2][0]).toBe('caption');
  });

  it.each([
    'The agency said the report had been shared with Reuters/Ipsos pollsters and several ministries in May.',
    'Getty Images said on Tuesday it had agreed to merge with a rival photo agency.',
    'Police released a photo of the suspect and asked anyone with information to call them.',
    '“It looked like a still image taken from a war film,” said one resident.',
  ])('leaves story line %s alone', (line) => {
    const out = kinds(`Headline of the story\n${line}`);
    expect(out[1]).toEqual(['story', null]);
  });

  it('marks a bare caption printed just before the same caption with its credit', () => {
    const cap = 'Volunteers fill sandbags outside the town hall on Thursday.';
    const out = kinds(`Headline of the story\n${cap}\n${cap} Photograph: Jo Hart/PA`);
    expect(out.slice(1)).toEqual([
      ['caption', 'caption_repeated'],
      ['caption', 'photo_credit'],
    ]);
  });

  it('marks lines the reader saw in a <figcaption>', () => {
    const out = kinds('Headline of the story\nThe harbour at dawn after the storm\nA story sentence follows here.', { captionHints: ['The harbour at dawn after the storm'] });
    expect(out[1]).toEqual(['caption', 'caption_html']);
  });
});
