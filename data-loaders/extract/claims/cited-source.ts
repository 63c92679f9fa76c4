/**
 * The cited source of a claim: the news agency or outlet credited for the
 * report. In the sentence: an agency as the subject of a report verb
 * ("Reuters reports"), after "according to" / "citing" / "told", or in
 * parentheses ("(AP)"). Article-wide: a wire credit of the article
 * (`Article.wireCredits`) counts for every claim without a source of its own
 * when the text credits the story to it ("(AP)", "© AFP 2025", "With
 * reporting by Reuters") or never names it; an agency named only in photo
 * captions or cited for one statement ("Tass reported …") credits that
 * picture or sentence, not the story.
 */
import type { Doc } from '../../doc/doc.ts';
import type { ClaimsLexicon } from './lexicon.ts';
import { anyWordWithin } from './literal-hits.ts';

const BEFORE_CUE = /(?:according to|citing|told|to|by|quoted by|cited by|\()\s*(?:the\s+)?(?:state\s+)?(?:news\s+agency\s+)?$/i;

/** An agency credited inside sentence `s` (canonical name), or null. */
export function sentenceCitation(doc: Doc, s: number, lex: ClaimsLexicon): string | null {
  const sentence = doc.sentences[s];
  if (!anyWordWithin(doc, lex.agencyWords, sentence.start, sentence.end)) return null;
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

/** Credit lines that name the agency for the whole story: "(AP)", "© AFP 2025", "With reporting by Reuters". */
const STORY_CREDIT_BEFORE = /(?:©|\(c\)|copyright|reporting by|reporting from|contributed by|additional reporting(?: by)?|compiled by|\()\s*(?:[–—-]\s*)?(?:©\s*)?(?:\d{4}\s+)?(?:the\s+)?$/i;
const STORY_CREDIT_AFTER = /^\s*(?:\)|contributed\b|\/\s*$)/i;

function appliesToStory(doc: Doc, credit: string, lex: ClaimsLexicon): boolean {
  let seen = false;
  for (const s of doc.sentences) {
    if (!anyWordWithin(doc, lex.agencyWords, s.start, s.end)) continue;
    const re = lex.agencyRe;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text)) !== null) {
      if ((lex.agencies.get(m[0]) ?? m[0]) !== credit) continue;
      seen = true;
      if (s.caption) continue; // a photo credit
      const before = s.text.slice(Math.max(0, m.index - 30), m.index);
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (STORY_CREDIT_BEFORE.test(before) || STORY_CREDIT_AFTER.test(after)) return true;
      // Otherwise the agency is cited for one statement ("Tass reported …"): that sentence only.
    }
  }
  return !seen; // credited by the source metadata alone
}
