/**
 * Trigger words in a sentence: each word token looks up the phrases that
 * start with it (longest first) and the following tokens must match the rest.
 * A trigger is dropped when
 *   - a negation or doubt word sits just before it ("did not attack", "could visit"),
 *   - its type's `unless_next` words follow it ("calls for", "struck back") or an
 *     `unless_before` word precedes it ("video released"),
 *   - it is a base form after "to" and its type is not one that is announced in
 *     advance ("urged the union to accept" is no agreement; "to travel to" is a visit),
 *   - it is a past participle used as an adjective ("the captured soldiers"),
 *   - it is capitalised inside an ordinary sentence (a name: "Storm Force", "March"),
 *   - it lies inside quotation marks (quoted words are claims, not reports).
 */
import type { Token } from '../../doc/doc.ts';
import type { EventVocabulary, TriggerPhrase } from './vocabulary.ts';

export interface TriggerHit {
  start: number;
  end: number;
  phrase: TriggerPhrase;
  /** Index of the first token in the sentence's token list. */
  token: number;
}

/** A token's text as the vocabulary writes it: lower case, straight apostrophes. */
function norm(t: Token): string {
  const text = t.text;
  // plain lower-case ASCII (most tokens) is already in that form
  let plain = true;
  for (let i = 0; i < text.length && plain; i++) {
    const c = text.charCodeAt(i);
    plain = c < 128 && !(c >= 65 && c <= 90);
  }
  if (plain) return text;
  const s = text.toLowerCase();
  return s.indexOf('\u2019') < 0 ? s : s.replace(/\u2019/g, "'");
}

/**
 * A cheap fingerprint of a word: its first and last characters (case-blind
 * for ASCII letters: `& 31`) and its length (up to 15). For a token written in
 * ASCII, lower-casing changes none of these, so it equals the fingerprint of
 * the token's `norm`.
 */
function shape(s: string): number {
  return (((s.charCodeAt(0) & 31) << 5) | (s.charCodeAt(s.length - 1) & 31)) * 16 + Math.min(s.length, 15);
}

/**
 * Per vocabulary: which fingerprints the first words of its trigger phrases
 * have. A token whose fingerprint is not among them starts no trigger, and is
 * passed over without lower-casing it or looking it up.
 */
const FIRST_SHAPES = new WeakMap<EventVocabulary, Uint8Array>();

function firstShapes(vocab: EventVocabulary): Uint8Array {
  let table = FIRST_SHAPES.get(vocab);
  if (!table) {
    table = new Uint8Array(32 * 32 * 16);
    for (const first of vocab.byFirst.keys()) table[shape(first)] = 1;
    FIRST_SHAPES.set(vocab, table);
  }
  return table;
}

/** Could the token start a trigger phrase? False only when it certainly cannot (an ASCII token of a fingerprint no first word has). */
function mayStartTrigger(text: string, shapes: Uint8Array): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return true;
  return shapes[shape(text)] === 1;
}
const UPPER = /^\p{Lu}/u;

/** Does `text` start with an upper-case letter? (ASCII answered without the regex) */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(text);
}

/** Does the word sequence `seq` occur in `ws` as a run? */
function containsRun(ws: string[], seq: string[]): boolean {
  for (let i = 0; i + seq.length <= ws.length; i++) {
    let ok = true;
    for (let j = 0; j < seq.length && ok; j++) ok = ws[i + j] === seq[j];
    if (ok) return true;
  }
  return false;
}

function startsWithRun(tokens: Token[], from: number, seq: string[]): boolean {
  for (let j = 0; j < seq.length; j++) {
    const t = tokens[from + j];
    if (!t || norm(t) !== seq[j]) return false;
  }
  return true;
}

/** A headline or all-caps line: most longer words capitalised. */
function headlineLike(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (startsUpper(t.text)) caps++;
  }
  return words >= 4 && caps / words >= 0.8;
}

/** For each token, is it inside double quotation marks? */
function quoted(tokens: Token[]): boolean[] {
  const out: boolean[] = [];
  let inside = false;
  for (const t of tokens) {
    if (t.text === '\u201c') inside = true;
    else if (t.text === '\u201d') inside = false;
    else if (t.text === '"') inside = !inside;
    out.push(inside);
  }
  return out;
}

export function findTriggers(tokens: Token[], vocab: EventVocabulary): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const headline = headlineLike(tokens);
  const firstWord = tokens.findIndex((t) => t.kind === 'word');
  let inQuote: boolean[] | null = null;
  const shapes = firstShapes(vocab);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || !mayStartTrigger(tokens[i].text, shapes)) continue;
    const candidates = vocab.byFirst.get(norm(tokens[i]));
    if (!candidates) continue;
    const phrase = candidates.find((p) => startsWithRun(tokens, i, p.words));
    if (!phrase) continue;
    const last = i + phrase.words.length - 1;
    i = last;
    const start = last - phrase.words.length + 1;
    if (!keep(tokens, start, last, phrase, vocab, headline, firstWord)) continue;
    inQuote ??= quoted(tokens);
    if (inQuote[start]) continue;
    hits.push({ start: tokens[start].start, end: tokens[last].end, phrase, token: start });
  }
  return hits;
}

function keep(tokens: Token[], i: number, last: number, phrase: TriggerPhrase, vocab: EventVocabulary, headline: boolean, firstWord: number): boolean {
  const type = phrase.type;
  if (!headline && i !== firstWord && startsUpper(tokens[i].text)) return false;
  if ((vocab.unlessNext.get(type) ?? []).some((seq) => startsWithRun(tokens, last + 1, seq))) return false;
  // Up to three words before the trigger; "n't" is matched as the end of a word.
  const before: string[] = [];
  for (let k = i - 1; k >= 0 && before.length < 3; k--) {
    if (tokens[k].kind !== 'word') break;
    const w = norm(tokens[k]);
    before.unshift(w.endsWith("n't") ? "n't" : w);
  }
  const prev = before[before.length - 1];
  if (vocab.blockers.some((seq) => containsRun(before, seq))) return false;
  if (prev && vocab.unlessBefore.get(type)?.has(prev)) return false;
  if (phrase.participle && prev && vocab.participleBlockers.has(prev)) return false;
  if (phrase.base && !vocab.plannedOk.has(type)) {
    const prev2 = before[before.length - 2];
    if (prev === 'to' || (prev?.endsWith('ly') && prev2 === 'to')) return false;
  }
  return true;
}
