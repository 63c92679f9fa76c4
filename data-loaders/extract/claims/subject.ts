/**
 * What a number measures: `subject`, a short phrase built from the counted
 * noun phrase and the verb that governs it ("Ukrainian troops captured",
 * "land retaken", "truce duration"), and `metric`, a normalised key made of
 * the canonical unit and that verb or noun (`soldier:captured`,
 * `km2:retaken`, `day:truce`) so one measure can be followed across articles.
 *
 * The verb is found after the noun phrase (passive: "troops had been
 * captured", "people were killed") or right before the number (active:
 * "retaken 24 settlements", "suffered approximately 55,000"), or is the noun
 * before "of" ("the capture of five villages").
 */
import type { Doc, NumberSpan } from '../../doc/doc.ts';
import type { NumberLexicon } from '../numbers/lexicon.ts';
import { singular } from '../numbers/nouns.ts';
import type { ClaimsLexicon } from './lexicon.ts';
import { tailAfterRuns } from './text-tail.ts';
import { lowerCase } from './sentence-words.ts';

export interface SubjectMetric {
  subject: string | null;
  metric: string | null;
}

const PASSIVE_AFTER = /^\s+(?:(?:had|has|have|was|were|is|are|will|would|could|may|might)\s+)?(?:(?:been|be|being)\s+)?(?:(?:\p{L}+ly|also|already|reportedly|now)\s+)?(\p{L}+)/u;
const OF_AFTER = /^\s*(?:\([^)]{0,40}\)\s*)?of\s+(?:the\s+|its\s+|their\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=[\s,.;:)]|$)/u;
const FROM_AFTER = /^\s+(?:away\s+)?from\s+((?:the\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=[\s,.;:)]|$)/u;
/** End-anchored, run on the text after the 3rd (4th) white-space run from the end (text-tail.ts): a match spans at most 2 (3). */
const WORD_BEFORE = /(\p{L}+)\s+(?:(?:the|a|an|its|their|some)\s+)?$/u;
const NOUN_OF_BEFORE = /(\p{L}+)\s+of\s+(?:the\s+|some\s+)?$/u;

function isVerbForm(word: string, lex: ClaimsLexicon): boolean {
  const w = lowerCase(word);
  return (/[^e]ed$/.test(w) && w.length > 4) || /[^e]eed$|ied$/.test(w) || lex.irregularVerbs.has(w);
}

export function subjectAndMetric(doc: Doc, n: NumberSpan, cl: ClaimsLexicon, nl: NumberLexicon, qualifierStart: number): SubjectMetric {
  const text = doc.text;
  const sentence = doc.sentences[n.sentence];
  const after = text.slice(n.end, Math.min(sentence.end, n.end + 80));
  let np: string | null = null;
  let tail = n.end;

  if (n.noun) {
    const words = n.noun.text.split(/\s+/).filter((w) => !nl.nounModifiers.has(lowerCase(w)));
    np = words.join(' ') || n.noun.text;
    tail = n.noun.end;
  } else if (n.quantity === 'duration' && /-/.test(n.text)) {
    const head = /^\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)/u.exec(after);
    if (head) {
      const words = head[1].split(/\s+/);
      // Keep a two-word compound only when both are nouns-ish ("ceasefire plan"), not "truce put".
      np = words.length === 2 && isVerbForm(words[1], cl) ? words[0] : words.join(' ');
      return finish(`${np} duration`, n.canonicalUnit ?? n.unit, np.split(/\s+/).pop()!.toLowerCase(), nl);
    }
  } else if (n.quantity === 'length') {
    const from = FROM_AFTER.exec(after);
    if (from) return finish(`distance from ${from[1]}`, n.canonicalUnit ?? n.unit, 'distance', nl);
  } else if (n.quantity !== 'count') {
    const of = OF_AFTER.exec(after);
    if (of) {
      np = of[1];
      tail = n.end + of[0].length;
    }
  }

  // The governing verb: passive after the phrase, active before the number, or "the capture of".
  let verb: string | null = null;
  const passive = PASSIVE_AFTER.exec(text.slice(tail, Math.min(sentence.end, tail + 60)));
  const aux = passive && /\b(?:had|has|have|was|were|is|are|been|be)\b/.test(passive[0]);
  if (passive && aux && (isVerbForm(passive[1], cl) || /ing$/.test(passive[1]))) verb = passive[1];
  if (!verb) {
    const before = text.slice(Math.max(sentence.start, qualifierStart - 40), qualifierStart);
    const active = WORD_BEFORE.exec(tailAfterRuns(before, 2));
    if (active && isVerbForm(active[1], cl)) verb = active[1];
    else {
      const nominal = before.includes('of') ? NOUN_OF_BEFORE.exec(tailAfterRuns(before, 3)) : null;
      if (nominal && !/^(?:one|some|all|most|many|none|each|both|out|share|total|number|majority|part)$/i.test(nominal[1])) verb = nominal[1];
    }
  }
  if (!verb && passive && isVerbForm(passive[1], cl)) verb = passive[1];
  const phrase = [np, verb?.toLowerCase()].filter(Boolean).join(' ') || null;
  const key = verb?.toLowerCase() ?? (np ? singular(np.split(/\s+/).pop()!, nl) : null);
  return finish(phrase, n.canonicalUnit ?? n.unit, key, nl);
}

function finish(subject: string | null, unit: string | null, key: string | null, _nl: NumberLexicon): SubjectMetric {
  const base = unit ?? 'count';
  return { subject, metric: key ? `${base}:${key}` : base };
}
