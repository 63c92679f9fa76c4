/** Shared passages between articles, robust to small edits, found without comparing all pairs. */
import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../data-loaders/clean/index.ts';
import { dice, distinctSorted, findOverlaps, wordTokens } from '../../data-loaders/clean/syndication.ts';
import { Knowledge } from '../../data-loaders/knowledge/index.ts';
import { article } from './helpers.ts';

const kb = new Knowledge();
const clean = (...raws: Array<[string, string]>) =>
  cleanCorpus(raws.map(([raw, outlet], i) => article(raw, { id: `art${i}`, outlet, file: `s${i}.txt` })), kb).articles;

// A wire story about a port strike, as the agency sent it ...
const WIRE = [
  'Dock workers strike, halting exports',
  'Dock workers at the country’s largest container port walked off the job on Monday, halting exports of grain and copper.',
  'The union said 4,000 members had joined the strike after talks on a new wage deal collapsed over the weekend.',
  '“We have been patient for two years, and patience has run out,” union leader Marta Quispe told reporters at the gate.',
  'The port handles about 60 percent of the country’s foreign trade, according to the transport ministry.',
];
// ... reprinted with straight quotes, a replaced word, changed punctuation and an own intro and ending.
const REPRINT = [
  'Port strike hits grain shipments',
  'Shipping agents in the capital said on Monday that several vessels were waiting offshore.',
  'Dock workers at the country\'s biggest container port walked off the job on Monday - halting exports of grain and copper.',
  'The union said 4,000 members had joined the strike after talks on a new wage deal collapsed over the weekend.',
  '"We have been patient for two years, and patience has run out," union leader Marta Quispe told reporters at the gate.',
  'The port handles about 60 percent of the country\'s foreign trade, according to the transport ministry.',
  'Our correspondent said the mood at the gate was calm but determined.',
];
const UNRELATED = [
  'Orchestra returns after renovation',
  'The city orchestra played its first concert in the renovated hall on Saturday after three years away.',
  'Tickets for the season sold out within an hour, the box office said.',
];

describe('findOverlaps', () => {
  const arts = clean([WIRE.join('\n'), 'Wire Agency'], [REPRINT.join('\n'), 'Daily Herald'], [UNRELATED.join('\n'), 'Daily Herald']);
  const ov = findOverlaps(arts);

  it('merges the four shared sentences into one passage despite small edits', () => {
    expect(ov).toHaveLength(1);
    const o = ov[0];
    expect([o.a_id, o.b_id]).toEqual(['art0', 'art1']);
    expect(o.text).toBe(WIRE.slice(1).join('\n'));
    expect(arts[1].text.slice(o.b_start, o.b_end)).toBe(REPRINT.slice(2, 6).join('\n'));
    expect(o.similarity).toBeGreaterThan(0.9);
    expect(o.similarity).toBeLessThan(1);
  });

  it('reports nothing for unrelated articles or for one article alone', () => {
    expect(ov.some((o) => o.a_id === 'art2' || o.b_id === 'art2')).toBe(false);
    expect(findOverlaps([arts[0]])).toEqual([]);
  });

  it('orders the pair by id whatever the input order', () => {
    const rev = findOverlaps([arts[1], arts[0]]);
    expect(rev).toEqual(ov);
  });

  it('keeps separate passages apart when the texts in between differ', () => {
    const mixed = [
      'Lorries queue as port shuts',
      WIRE[1],
      'Police closed the road to the terminal and diverted lorries to a car park outside town for the night.',
      WIRE[3],
    ];
    const out = findOverlaps(clean([WIRE.join('\n'), 'Wire Agency'], [mixed.join('\n'), 'Morning Post']));
    expect(out.map((o) => o.text)).toEqual([WIRE[1], WIRE[3]]);
  });

  it('ignores short shared phrases', () => {
    const a = 'Title one\nThe minister said on Tuesday that the plan would go ahead.';
    const b = 'Title two\nThe minister said on Tuesday that talks had failed again after midnight.';
    expect(findOverlaps(clean([a, 'X'], [b, 'Y']))).toEqual([]);
  });

  it('scales: 2,000 articles with a few syndicated pairs finish quickly and find exactly those pairs', () => {
    const syl = ['ka', 'ro', 'mi', 'tu', 'le', 'sa', 'no', 'vi', 'de', 'pa', 'zu', 'ge', 'lo', 'ri', 'ba', 'fe'];
    const words = syl.flatMap((x) => syl.map((y) => x + y + 'n')); // 256 made-up words
    const rnd = (() => {
      let s = 42; // mulberry32: a small deterministic generator
      return () => {
        s = (s + 0x6d2b79f5) | 0;
        let t = Math.imul(s ^ (s >>> 15), 1 | s);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    })();
    const sentence = () => Array.from({ length: 14 }, () => words[Math.floor(rnd() * words.length)]).join(' ') + '.';
    const raws: Array<[string, string]> = [];
    for (let i = 0; i < 2000; i++) raws.push([['Headline ' + i, sentence(), sentence(), sentence()].join('\n'), 'Outlet ' + (i % 50)]);
    // Articles 10 and 1500 share a passage; so do 700 and 701.
    raws[1500][0] += '\n' + raws[10][0].split('\n').slice(1, 3).join('\n');
    raws[701][0] += '\n' + raws[700][0].split('\n')[2];
    const arts = clean(...raws);
    const t = Date.now();
    const out = findOverlaps(arts);
    expect(Date.now() - t).toBeLessThan(5000);
    const pairs = new Set(out.map((o) => `${o.a_id}-${o.b_id}`));
    expect(pairs).toEqual(new Set(['art10-art1500', 'art700-art701']));
  });
});

describe('helpers', () => {
  it('tokenises without punctuation or quote style', () => {
    expect(wordTokens('“Port’s” closed, said—Ana.')).toEqual(wordTokens('"Port\'s" closed said - ana'));
  });
  it('dice is 1 for equal sets and 0 for disjoint ones', () => {
    expect(dice(new Set(['a', 'b']), new Set(['b', 'a']))).toBe(1);
    expect(dice(new Set(['a']), new Set(['b']))).toBe(0);
  });
});

describe('distinctSorted', () => {
  it('writes the distinct values ascending after the fill, short and long runs alike', () => {
    const words = Float64Array.from([5, 3, 5, 2 ** 40, 1, 3, 9]);
    const out = new Float64Array(10).fill(-1);
    expect(distinctSorted(words, 1, 6, out, 2)).toBe(6);
    expect([...out.subarray(0, 6)]).toEqual([-1, -1, 1, 3, 5, 2 ** 40]);
    const long = Float64Array.from({ length: 200 }, (_, i) => (i * 37) % 101);
    const all = new Float64Array(200);
    expect(distinctSorted(long, 0, 200, all, 0)).toBe(101);
    expect([...all.subarray(0, 101)]).toEqual(Array.from({ length: 101 }, (_, i) => i));
  });
});
