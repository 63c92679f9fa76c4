/**
 * Page furniture that cleaning left in the text and that is not a story
 * number: a reading time ("6 min read", "Listen to this article · 5 min"),
 * a market-data notice, a price ticker ("EUR/USD 1.08 ▲0.1%") and a
 * subscription or donation appeal ("Donate from $5 a month"). Marks the
 * numbers of such a sentence `excluded` ('furniture' / 'promo'). Phrases
 * live in knowledge/not-claims.yaml; one regex test per sentence.
 */
import type { NumberSpan, Sentence } from '../../doc/doc.ts';
import type { NumberLexicon } from './lexicon.ts';
import { CUE_LISTED, sentenceCues, type CueWords } from '../dates/cues.ts';

/** Does the sentence hold one of the words (a cheap test before the phrase regex)? */
function mayHold(text: string, sentence: Sentence, words: CueWords): boolean {
  return (sentenceCues(text, sentence.start, sentence.end, words) & CUE_LISTED) !== 0;
}

export function furnitureReason(text: string, sentence: Sentence, spans: NumberSpan[], lex: NumberLexicon): void {
  if (spans.length === 0) return;
  const s = sentence.text;
  if ((mayHold(text, sentence, lex.furnitureWords) && lex.furniture.test(s)) || lex.ticker.test(s)) {
    for (const n of spans) n.excluded ??= 'furniture';
    return;
  }
  if (!spans.some((n) => n.quantity === 'money') || !(mayHold(text, sentence, lex.promoWordsWords) && lex.promoWords.test(s))) return;
  for (const n of spans) {
    if (n.quantity !== 'money' || n.excluded) continue;
    lex.promoPeriodAfter.lastIndex = n.end;
    if (lex.promoPeriodAfter.test(text)) n.excluded = 'promo';
  }
}
