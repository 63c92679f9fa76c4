/**
 * The `numbers` stage: every number in the story text, read with its value,
 * bounds, qualifier, unit and counted noun (see numbers/scan.ts), into
 * `doc.layers.numbers`. Numbers that are not claims (dates, clock times,
 * names, …) are kept with `excluded` set so later stages and tests can see why.
 * Across sentences, a bare count after a noun pointing back ("put the figure
 * at 2,000") takes the counted noun of the last count before it.
 */
import type { Stage } from './stage.ts';
import { numberLexicon } from './numbers/lexicon.ts';
import { scanSentence } from './numbers/scan.ts';
import { anaphoricNoun } from './numbers/context.ts';
import type { NumberSpan } from '../doc/doc.ts';

/** How many sentences back a noun pointing at an earlier count ("the figure") may reach. */
const ANAPHORA_SENTENCES = 2;

export const numbersStage: Stage = {
  name: 'numbers',
  requires: ['dates'],
  run(doc, kb) {
    const lex = numberLexicon(kb);
    const dates = [...doc.layers.dates].sort((a, b) => a.start - b.start);
    let d = 0;
    const out: NumberSpan[] = [];
    // The last count with a counted noun, and the sentence it is in.
    let lastCounted: { span: NumberSpan; sentence: number } | null = null;
    for (const sentence of doc.sentences) {
      // Date mentions are ordered; collect those inside this sentence.
      while (d < dates.length && dates[d].end <= sentence.start) d++;
      const here = [];
      for (let j = d; j < dates.length && dates[j].start < sentence.end; j++) here.push(dates[j]);
      const spans = scanSentence(doc.text, sentence, lex, here);
      for (const s of spans) {
        const previous = lastCounted && sentence.index - lastCounted.sentence <= ANAPHORA_SENTENCES ? lastCounted.span : null;
        const unit = anaphoricNoun(doc.text, sentence, s, previous, lex);
        if (unit) {
          s.unit = unit;
          s.canonicalUnit = previous!.canonicalUnit;
          s.canonicalValue = s.value;
        }
        if (!s.excluded && s.quantity === 'count' && s.noun && s.unit) lastCounted = { span: s, sentence: sentence.index };
      }
      out.push(...spans);
    }
    doc.layers.numbers = out;
  },
};
