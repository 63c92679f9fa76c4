/**
 * The `numbers` stage: every number in the story text, read with its value,
 * bounds, qualifier, unit and counted noun (see numbers/scan.ts), into
 * `doc.layers.numbers`. Numbers that are not claims (dates, clock times,
 * names, …) are kept with `excluded` set so later stages and tests can see why.
 */
import type { Stage } from './stage.ts';
import { numberLexicon } from './numbers/lexicon.ts';
import { scanSentence } from './numbers/scan.ts';

export const numbersStage: Stage = {
  name: 'numbers',
  requires: ['dates'],
  run(doc, kb) {
    const lex = numberLexicon(kb);
    const dates = [...doc.layers.dates].sort((a, b) => a.start - b.start);
    let d = 0;
    const out = [];
    for (const sentence of doc.sentences) {
      // Date mentions are ordered; collect those inside this sentence.
      while (d < dates.length && dates[d].end <= sentence.start) d++;
      const here = [];
      for (let j = d; j < dates.length && dates[j].start < sentence.end; j++) here.push(dates[j]);
      out.push(...scanSentence(doc.text, sentence, lex, here));
    }
    doc.layers.numbers = out;
  },
};
