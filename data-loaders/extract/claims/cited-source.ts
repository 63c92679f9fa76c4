/**
 * The cited source of a claim: the news agency or outlet credited for the
 * report. In the sentence: an agency as the subject of a report verb
 * ("Reuters reports"), after "according to" / "citing" / "told", or in
 * parentheses ("(AP)"). Article-wide: a wire credit of the article
 * (`Article.wireCredits`) counts for every claim without a source of its own —
 * unless the agency only appears in photo captions or in such sentence-level
 * citations inside sentences with claims (then it credits a picture or one
 * sentence, not the story).
 */
import type { Doc } from '../../doc/doc.ts';
import type { ClaimsLexicon } from './lexicon.ts';
import { bySentence } from './by-sentence.ts';

const BEFORE_CUE = /(?:according to|citing|told|to|by|quoted by|cited by|\()\s*(?:the\s+)?(?:state\s+)?(?:news\s+agency\s+)?$/i;

/** An agency credited inside sentence `s` (canonical name), or null. */
export function sentenceCitation(doc: Doc, s: number, lex: ClaimsLexicon): string | null {
  const sentence = doc.sentences[s];
  const re = lex.agencyRe;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence.text)) !== null) {
    const before = sentence.text.slice(Math.max(0, m.index - 30), m.index);
    const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const verbAfter = /^\s+(?:news agency\s+)?([\p{L}]+)/u.exec(after);
    if (BEFORE_CUE.test(before) || /^\s*\)/.test(after) || (verbAfter && lex.speechVerbs.has(verbAfter[1].toLowerCase()))) {
      return lex.agencies.get(m[0]) ?? m[0];
    }
  }
  return null;
}

/** The article-wide wire credit that applies to its claims, or null. */
export function articleCredit(doc: Doc, lex: ClaimsLexicon): string | null {
  return doc.article.wireCredits.find((credit) => appliesToStory(doc, credit, lex)) ?? null;
}

function appliesToStory(doc: Doc, credit: string, lex: ClaimsLexicon): boolean {
  let seen = false;
  for (const s of doc.sentences) {
    const re = lex.agencyRe;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let here = false;
    while ((m = re.exec(s.text)) !== null) if ((lex.agencies.get(m[0]) ?? m[0]) === credit) here = true;
    if (!here) continue;
    seen = true;
    if (s.caption) continue;
    // A citation inside a sentence with claims credits that sentence; anywhere else it credits the story.
    const hasClaims = (bySentence(doc, doc.layers.numbers)[s.index] ?? []).some((n) => !n.excluded);
    if (!hasClaims || sentenceCitation(doc, s.index, lex) !== credit) return true;
  }
  return !seen;
}
