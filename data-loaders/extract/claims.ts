/**
 * The `claims` stage: every number of the numbers layer that is a claim about
 * the world (not `excluded`) becomes a Claim with what it measures
 * (claims/subject.ts), who asserts it (claims/attribution.ts), which source
 * is cited (claims/cited-source.ts) and when it holds (claims/as-of.ts).
 * Numbers in photo captions are kept and flagged `caption`.
 */
import type { Claim, NumberSpan } from '../doc/doc.ts';
import type { Stage } from './stage.ts';
import { numberLexicon } from './numbers/lexicon.ts';
import { qualifierBefore } from './numbers/qualifiers.ts';
import { claimsLexicon } from './claims/lexicon.ts';
import { analyseSentence, attribute, rememberSpeakers, type AttributionState } from './claims/attribution.ts';
import { articleCredit, sentenceCitation } from './claims/cited-source.ts';
import { resolveAsOf } from './claims/as-of.ts';
import { subjectAndMetric } from './claims/subject.ts';
import { withGroupedMetric } from './numbers/metric.ts';
import { bySentence } from './claims/by-sentence.ts';
import type { Speaker } from './claims/speakers.ts';
import { addUnnamedSources, type AttributedClaim } from './claims/unnamed-actors.ts';

export const claimsStage: Stage = {
  name: 'claims',
  requires: ['dates', 'actors', 'quotes', 'numbers'],
  run(doc, kb) {
    const cl = claimsLexicon(kb);
    const nl = numberLexicon(kb);
    const credit = articleCredit(doc, cl);
    const numbersOf = bySentence(doc, doc.layers.numbers);
    const state: AttributionState = { lastPerson: null, lastGroup: null, previous: null };
    const claims: Claim[] = [];
    const attributed: AttributedClaim[] = [];
    for (const sentence of doc.sentences) {
      const numbers = numbersOf[sentence.index] ?? [];
      const hasClaims = numbers.some((n) => !n.excluded);
      const frame = analyseSentence(doc, sentence.index, cl, hasClaims);
      const found: Array<Speaker | null> = [];
      const sentenceClaims: Claim[] = [];
      const citation = hasClaims ? sentenceCitation(doc, sentence.index, cl) : null;
      for (const n of numbers) {
        if (n.excluded) continue;
        const a = attribute(doc, frame, n, state, cl);
        found.push(a.claimant);
        const qStart = qualifierBefore(doc.text, n.start, sentence.start, nl)?.start ?? n.start;
        // A conversion ("(425 square miles)") measures the same thing as the number it converts.
        const primary = n.conversionOf ? sentenceClaims.find((c) => c.start === n.conversionOf!.start && c.end === n.conversionOf!.end) : undefined;
        const { subject, metric } = primary ? { subject: primary.subject, metric: primary.metric } : withGroupedMetric(subjectAndMetric(doc, n, cl, nl, qStart), doc, n, kb, qStart);
        const when = resolveAsOf(doc, n, numbers, frame.boundaries, a.claimant !== null, cl);
        sentenceClaims.push(asClaim(n, {
          subject,
          metric,
          claimant: a.claimant?.name ?? null,
          claimantKey: a.claimant?.key ?? null,
          claimantSide: a.claimant?.side ?? null,
          claimantHow: a.how,
          claimantText: a.claimant?.written && a.claimant.written !== a.claimant.name ? a.claimant.written : null,
          citedSource: a.cited ?? citation ?? credit,
          asOf: when.asOf,
          periodStart: when.periodStart,
          periodEnd: when.periodEnd,
          caption: sentence.caption,
        }));
        attributed.push({ claim: sentenceClaims[sentenceClaims.length - 1], speaker: a.claimant });
      }
      claims.push(...sentenceClaims);
      rememberSpeakers(doc, frame, found, state, cl);
    }
    doc.layers.claims = claims;
    addUnnamedSources(doc, attributed, cl);
  },
};

/**
 * The claim of number `n`: its fields, then the claim's own, in that order
 * (as `{ ...n, ...fields }` would give: the numbers stage builds every span
 * with the fields of NumberSpan in this order, scan.ts `readNumber`).
 * Written as one object literal because V8 builds an object with a spread
 * and a dozen more properties very slowly (tens of microseconds each), and
 * a copy followed by a dozen stores still slowly.
 */
function asClaim(n: NumberSpan, fields: Omit<Claim, keyof NumberSpan>): Claim {
  return {
    start: n.start,
    end: n.end,
    text: n.text,
    sentence: n.sentence,
    value: n.value,
    low: n.low,
    high: n.high,
    qualifier: n.qualifier,
    vague: n.vague,
    unit: n.unit,
    unitText: n.unitText,
    quantity: n.quantity,
    canonicalValue: n.canonicalValue,
    canonicalUnit: n.canonicalUnit,
    conversionOf: n.conversionOf,
    ordinal: n.ordinal,
    noun: n.noun,
    excluded: n.excluded,
    subject: fields.subject,
    metric: fields.metric,
    claimant: fields.claimant,
    claimantKey: fields.claimantKey,
    claimantSide: fields.claimantSide,
    claimantHow: fields.claimantHow,
    claimantText: fields.claimantText,
    citedSource: fields.citedSource,
    asOf: fields.asOf,
    periodStart: fields.periodStart,
    periodEnd: fields.periodEnd,
    caption: fields.caption,
  };
}
