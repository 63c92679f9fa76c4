/**
 * Generators of hostile text for the fuzz suite: real-looking news sentences
 * (written for these tests, several kinds of story) mutated by inserting
 * quote marks, digits, awkward unicode, huge tokens, unbalanced quotes, runs
 * of punctuation and line breaks. Sizes are bounded so one case stays small.
 */
import fc from 'fast-check';

/** Plain news sentences of several kinds (floods, elections, markets, strikes, war, health). */
export const NEWS_SENTENCES = [
  'Floodwaters swept through the river valley on Tuesday, killing at least 14 people, local officials said.',
  '"We have lost everything," said Maria Lopez, a farmer whose fields lay under two metres of water.',
  'The central bank raised its main rate by 0.5 percentage points to 4.25%, the highest level since 2008.',
  'According to the electoral commission, turnout reached 61 per cent, up from 54 per cent in the last vote.',
  'Police estimated the crowd at 12,000, while organisers said more than 50,000 people marched through the capital.',
  'The ministry said its air defences shot down 37 drones overnight over three border regions.',
  'Gen. Adebayo Okafor told reporters in Abuja that about 200 soldiers had been deployed to the area.',
  'Shares of the carmaker fell 7% after it cut its forecast, wiping roughly $3.2bn off its market value.',
  'Health officials reported 1,204 new cases in the past week, nearly double the figure a month ago.',
  "The union's leader, who asked not to be named, said workers would strike “until the last day of March.”",
  'The wildfire has burned 45,000 acres (18,200 hectares) since it began on Aug. 3, according to Cal Fire.',
  'Mr. Haddad, 47, was re-elected with 52.3% of the vote, the U.S.-based monitoring group said on Friday.',
  'Rescue teams pulled 9 survivors from the rubble; dozens are still missing.',
  'The deal, worth €1.5 billion over five years, was signed in Brussels, Reuters reported.',
  'Residents said the shelling started at 4:30 a.m. and lasted for nearly three hours.',
];

/** Pieces that commonly trip text processing, inserted at random places. */
const QUOTES = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」', '``', "''"];
const DIGITS = ['0', '7', '1,000,000', '3.5', '1.2.3.4', '½', '٣', '²', '10%', '$5bn', '−5', '1e9', '2025-13-45', '12:61', '0.000001', '99999999999999999999', '1,', ',5', '.5', '5.', '1/2', '#3'];
const UNICODE = [
  '\u0000', '\u200b', '\u200d', '\u202e', '\ufeff', '\u0301', '\ud800', '\udc00', '😀', '👩‍👩‍👧', '\u2028', '\u2029',
  '\r', '\t', '\u00a0', 'İ', 'ß', 'ﬁ', 'Σ', 'ǅ', '\u0130stanbul', 'Ⅻ', '𝟏𝟐', 'ꙮ', '\u0640', 'مرحبا', 'Привет', '中文', '\u3000', '\u180e',
];
const WORDS = [
  'said', 'according to', 'at least', 'more than', 'about', 'killed', 'troops', 'President', 'Minister', 'km', 'square miles',
  'per cent', 'on Tuesday', 'last year', 'Reuters', 'AFP', 'told', 'claimed', 'Mr.', 'Dr.', 'U.S.', 'e.g.', 'he said', 'she added',
  'million', 'billion', 'dozens', 'hundreds', 'in March', '2024', 'The', 'he', 'they', '(', ')', '[', ']', ':', ';', '—', '–', '-',
];
const PUNCT = ['.', '!', '?', '-', ',', ';', ':', '…', '"', '“', '(', ')', '[', '—', "'", '’', '*', '/', '\\', '|', '%', '$', '€', '\n', ' '];

/** A string that should stress some part of the pipeline. */
export const nasty: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 3, arbitrary: fc.constantFrom(...DIGITS) },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String) },
  { weight: 3, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS).map((w) => ` ${w} `) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 3 }) },
  // huge tokens: one long word, one long number, long runs of initials
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'X', '9', 'A.', 'é', 'Mr. ', '1,', '😀'), fc.integer({ min: 100, max: 20_000 })).map(([s, n]) => s.repeat(n)) },
  // long runs of one punctuation mark
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...PUNCT), fc.integer({ min: 2, max: 3_000 })).map(([s, n]) => s.repeat(n)) },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\n\n', ' \n ', '\r\n') },
);

interface Mutation {
  at: number;
  remove: number;
  insert: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 })),
  insert: nasty,
});

/** Apply mutations in order; positions wrap around the current length. */
export function mutate(text: string, mutations: Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    const at = t.length === 0 ? 0 : m.at % (t.length + 1);
    t = t.slice(0, at) + m.insert + t.slice(at + m.remove);
  }
  return t;
}

/** A few news sentences joined into paragraphs, then mutated. */
export const mutatedNews: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...NEWS_SENTENCES), fc.constantFrom(' ', ' ', '\n', '\n\n', '  ')), { minLength: 1, maxLength: 8 }),
    fc.array(mutation, { maxLength: 10 }),
  )
  .map(([parts, muts]) => mutate(parts.map(([s, sep]) => s + sep).join(''), muts));

/** Random text of every kind: mutated news most of the time, sometimes pure noise. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: mutatedNews },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.array(nasty, { maxLength: 20 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n', '.', '"', '\n\n\n') },
);

/** Wrap paragraphs in the shape a reader expects, so that it gets past its first checks. */
export function asHtml(paragraphs: string[], extra: string): string {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html><head><title>${paragraphs[0] ?? ''}</title><meta property="og:site_name" content="${extra}"></head><body><article><h1>${extra}</h1>${body}</article>${extra}</body></html>`;
}

export function asFeed(paragraphs: string[], extra: string): string {
  const items = paragraphs.map((p, i) => `<item><title>${p.slice(0, 40)}</title><guid>${extra}${i}</guid><pubDate>${extra}</pubDate><description><![CDATA[${p}]]></description></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${extra}</title>${items}</channel></rss>`;
}

export function asJson(paragraphs: string[], extra: string): string {
  return JSON.stringify(paragraphs.map((p, i) => ({ id: `${extra}${i}`, title: extra, text: p, published: extra, source: { name: extra } })));
}

export function asNdjson(paragraphs: string[], extra: string): string {
  return paragraphs.map((p, i) => (i % 3 === 2 ? `{"text": ${JSON.stringify(p)}` : JSON.stringify({ body: p, date: extra, url: extra }))).join('\n');
}

export function asMarkdown(paragraphs: string[], extra: string): string {
  return `---\ntitle: ${extra}\npublished: ${extra}\n---\n# ${paragraphs[0] ?? ''}\n\n${paragraphs.join('\n\n')}\n\n> ${extra}\n\n* ${extra}\n\n![${extra}](x.png)\n`;
}

/** Paragraphs plus a hostile extra string, for reader-shaped inputs. */
export const readerParts: fc.Arbitrary<[string[], string]> = fc.tuple(
  fc.array(mutatedNews, { minLength: 0, maxLength: 4 }),
  fc.oneof(fc.constantFrom(...QUOTES, ...DIGITS, ...UNICODE, '<', '>', '&', '&amp;', '&#0;', '&#xD800;', '<![CDATA[', ']]>', '</p>', '<div>'), fc.string({ maxLength: 20 })),
);
