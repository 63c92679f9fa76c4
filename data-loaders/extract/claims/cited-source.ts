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

/** A match of `agencyRe` in a sentence's text: where it starts and what it matched. */
interface AgencyMatch {
  index: number;
  text: string;
}

const NO_MATCHES: AgencyMatch[] = [];

/** `agencyMatches` per Doc, by sentence (with the lexicon they were found with). */
const matchCache = new WeakMap<Doc, { lex: ClaimsLexicon; bySentence: Array<AgencyMatch[] | undefined> }>();

/**
 * The matches of `lex.agencyRe` in the text of sentence `s`, in order, found
 * once per sentence: the sentence's citation and the article's credit both
 * read them. The regex runs only where an agency word occurs.
 */
function agencyMatches(doc: Doc, s: number, lex: ClaimsLexicon): AgencyMatch[] {
  let memo = matchCache.get(doc);
  if (!memo || memo.lex !== lex) {
    memo = { lex, bySentence: new Array(doc.sentences.length) };
    matchCache.set(doc, memo);
  }
  let found = memo.bySentence[s];
  if (found === undefined) {
    const sentence = doc.sentences[s];
    found = NO_MATCHES;
    if (anyWordWithin(doc, lex.agencyWords, sentence.start, sentence.end)) {
      const re = lex.agencyRe;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sentence.text)) !== null) {
        if (found === NO_MATCHES) found = [];
        found.push({ index: m.index, text: m[0] });
      }
    }
    memo.bySentence[s] = found;
  }
  return found;
}

/** An agency credited inside sentence `s` (canonical name), or null. */
export function sentenceCitation(doc: Doc, s: number, lex: ClaimsLexicon): string | null {
  const text = doc.sentences[s].text;
  for (const m of agencyMatches(doc, s, lex)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m.text.length, m.index + m.text.length + 30);
    const verbAfter = /^\s+(?:news agency\s+)?([\p{L}]+)/u.exec(after);
    if (BEFORE_CUE.test(before) || /^\s*\)/.test(after) || (verbAfter && lex.speechVerbs.has(verbAfter[1].toLowerCase()))) {
      return lex.agencies.get(m.text) ?? m.text;
    }
  }
  return null;
}

/**
 * The article-wide wire credit that applies to its claims, or null: the
 * first of the article's credits that the text credits the story to, or
 * never names (credited by the source metadata alone).
 */
export function articleCredit(doc: Doc, lex: ClaimsLexicon): string | null {
  const credits = doc.article.wireCredits;
  if (credits.length === 0) return null;
  // One pass over the agencies named in the text, for every credit at once.
  const wanted = new Set(credits);
  const seen = new Set<string>();
  const story = new Set<string>();
  for (const s of doc.sentences) {
    for (const m of agencyMatches(doc, s.index, lex)) {
      const name = lex.agencies.get(m.text) ?? m.text;
      if (!wanted.has(name)) continue;
      seen.add(name);
      if (s.caption || story.has(name)) continue; // a photo credit
      const before = s.text.slice(Math.max(0, m.index - 30), m.index);
      const after = s.text.slice(m.index + m.text.length, m.index + m.text.length + 20);
      if (STORY_CREDIT_BEFORE.test(before) || STORY_CREDIT_AFTER.test(after)) story.add(name);
      // Otherwise the agency is cited for one statement ("Tass reported …"): that sentence only.
    }
  }
  return credits.find((credit) => story.has(credit) || !seen.has(credit)) ?? null;
}

/** Credit lines that name the agency for the whole story: "(AP)", "© AFP 2025", "With reporting by Reuters". */
const STORY_CREDIT_BEFORE = /(?:©|\(c\)|copyright|reporting by|reporting from|contributed by|additional reporting(?: by)?|compiled by|\()\s*(?:[–—-]\s*)?(?:©\s*)?(?:\d{4}\s+)?(?:the\s+)?$/i;
const STORY_CREDIT_AFTER = /^\s*(?:\)|contributed\b|\/\s*$)/i;
