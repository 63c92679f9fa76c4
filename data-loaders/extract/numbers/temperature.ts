/**
 * Bare degrees as a temperature: "never fell below 25 degrees", "a drop of 6
 * to 8 degrees" are read in the scale the story writes elsewhere ("45.8C",
 * "114F", "degrees Fahrenheit"), counted once per text, else the default
 * scale of units.yaml (`temperature`). "A 180-degree turn" and "tilted 30
 * degrees" stay angles (unit `degree`).
 */
import type { NumberSpan } from '../../doc/doc.ts';
import type { NumberLexicon } from './lexicon.ts';

let memo: { text: string; unit: string } | null = null;

/** The temperature scale a text writes most often (computed once per text). */
export function storyScale(text: string, lex: NumberLexicon): string {
  if (memo?.text === text) return memo.unit;
  let best = lex.temperature.fallback;
  let most = 0;
  for (const { unit, re } of lex.temperature.marks) {
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(text) !== null) n++;
    if (n > most) {
      most = n;
      best = unit;
    }
  }
  memo = { text, unit: best };
  return best;
}

/** Turn the bare degrees among `spans` into the story's temperature unit. */
export function resolveDegrees(text: string, spans: NumberSpan[], sentenceStart: number, lex: NumberLexicon): void {
  for (const s of spans) {
    if (s.unit !== 'degree' || s.excluded) continue;
    if (/\d\s*-\s*degree/i.test(s.text)) continue; // "a 180-degree turn": an adjective of angle
    lex.temperature.angleAfter.lastIndex = s.end;
    if (lex.temperature.angleAfter.test(text)) continue;
    if (lex.temperature.angleBefore.test(text.slice(Math.max(sentenceStart, s.start - 30), s.start))) continue;
    const unit = storyScale(text, lex);
    const info = lex.unitInfo.get(unit);
    s.unit = unit;
    s.canonicalUnit = info?.canonical ?? unit;
    const v = s.value ?? s.low;
    s.canonicalValue = v === null ? null : info?.factor != null ? Math.round((v + info.offset) * info.factor * 1e6) / 1e6 : v;
  }
}
