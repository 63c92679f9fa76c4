/** `claims`: every number stated about the world, with who asserts it and when it holds. */
import { createHash } from 'node:crypto';
import { actorIdsByKey } from '../link/actors.ts';
import type { TableDef } from './table.ts';
import { sortRows } from './table.ts';

export function claimId(articleId: string, start: number, end: number): string {
  return createHash('sha1').update(`${articleId}:${start}:${end}`).digest('hex').slice(0, 12);
}

export const claimsTable: TableDef = {
  name: 'claims',
  description: 'One row per numeric claim: the number, its bounds and unit, what it counts, who asserts it, the cited source and the date it describes.',
  columns: [
    { name: 'claim_id', type: 'string', description: 'Stable id: hash of article id and offsets.' },
    { name: 'article_id', type: 'string', description: 'Article the claim comes from.' },
    { name: 'file', type: 'string', description: 'Source file of the article.' },
    { name: 'outlet', type: 'string', nullable: true, description: 'Outlet of the article.' },
    { name: 'published', type: 'string', nullable: true, description: 'Publication date of the article.' },
    { name: 'sentence', type: 'string', description: 'The sentence the number was stated in.' },
    { name: 'start', type: 'int', description: 'Start offset of the number (with its unit) in the cleaned article text.' },
    { name: 'end', type: 'int', description: 'End offset (exclusive).' },
    { name: 'text', type: 'string', description: 'The number as written (`more than 400`, `1,100 square km`).' },
    { name: 'value', type: 'float', nullable: true, description: 'The stated value (the bound for `more_than`/`less_than`, the midpoint of a range).' },
    { name: 'value_low', type: 'float', nullable: true, description: 'Lower bound, when known.' },
    { name: 'value_high', type: 'float', nullable: true, description: 'Upper bound, when known.' },
    { name: 'qualifier', type: 'string', description: '`exact`, `approx`, `more_than`, `less_than`, `at_least`, `at_most`, `range` or `vague`.' },
    { name: 'vague', type: 'bool', description: 'True for vague amounts (`dozens`, `hundreds of`).' },
    { name: 'unit', type: 'string', nullable: true, description: 'Canonical unit (`km2`, `mi2`, `km`, `usd`, `percent`, `day`, or the counted noun: `soldier`, `drone`, `person`).' },
    { name: 'quantity', type: 'string', description: 'Quantity kind: `area`, `length`, `money`, `percent`, `duration`, `count` or `other`.' },
    { name: 'value_canonical', type: 'float', nullable: true, description: 'Value in the canonical unit of its kind (km² for areas, km for lengths, …).' },
    { name: 'unit_canonical', type: 'string', nullable: true, description: 'That canonical unit.' },
    { name: 'conversion_of', type: 'string', nullable: true, description: 'For a conversion in parentheses (`(425 square miles)`), the claim_id of the number it converts.' },
    { name: 'subject', type: 'string', nullable: true, description: 'Short phrase for what is counted.' },
    { name: 'metric', type: 'string', nullable: true, description: 'Normalized key to follow the same measure across articles.' },
    { name: 'claimant', type: 'string', nullable: true, description: 'Who asserts the number; null when the outlet states it in its own voice. An unnamed or descriptive source is kept as written (`a person familiar with the talks`, `port sources`, `Lyon emergency services`) and is a `group` actor of its own article.' },
    { name: 'claimant_text', type: 'string', nullable: true, description: 'The claimant as the sentence writes it, when `claimant` completes or resolves it (`officials` for `Ghanaian officials`, `the agency` for the agency it names); null when they are the same.' },
    { name: 'claimant_id', type: 'string', nullable: true, description: 'actor_id of the claimant (an unnamed source has an actor of its own article); null for the outlet\'s own voice.' },
    { name: 'claimant_side', type: 'string', nullable: true, description: 'Side or affiliation of the claimant.' },
    { name: 'attribution', type: 'string', nullable: true, description: 'How the claimant was found (`said`, `pronoun`, `according_to`, `citing`, `statement`, `quote`, `carried_over`).' },
    { name: 'cited_source', type: 'string', nullable: true, description: 'Agency or outlet credited for the report (`Reuters`, `AFP`).' },
    { name: 'as_of', type: 'string', nullable: true, description: 'Date the number describes (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).' },
    { name: 'period_start', type: 'string', nullable: true, description: 'Start of the period the number covers (`in the last five days`, `since August`).' },
    { name: 'period_end', type: 'string', nullable: true, description: 'End of that period.' },
    { name: 'caption', type: 'bool', description: 'True when the number comes from a photo caption.' },
  ],
  rows(result) {
    const actorId = actorIdsByKey(result.actors);
    const rows = result.extractions.flatMap(({ article, sentences, layers }) =>
      layers.claims.map((c) => {
        const sentence = sentences[c.sentence];
        return {
          claim_id: claimId(article.id, c.start, c.end),
          article_id: article.id,
          file: article.file,
          outlet: article.outlet,
          published: article.published,
          sentence: sentence?.text ?? '',
          start: c.start,
          end: c.end,
          text: c.text,
          value: c.value,
          value_low: c.low,
          value_high: c.high,
          qualifier: c.qualifier,
          vague: c.vague,
          unit: c.unit,
          quantity: c.quantity,
          value_canonical: c.canonicalValue,
          unit_canonical: c.canonicalUnit,
          conversion_of: c.conversionOf ? claimId(article.id, c.conversionOf.start, c.conversionOf.end) : null,
          subject: c.subject,
          metric: c.metric,
          claimant: c.claimant,
          claimant_text: c.claimantText ?? null,
          claimant_id: c.claimantKey ? actorId.get(c.claimantKey) ?? null : null,
          claimant_side: c.claimantSide,
          attribution: c.claimantHow,
          cited_source: c.citedSource,
          as_of: c.asOf,
          period_start: c.periodStart,
          period_end: c.periodEnd,
          caption: c.caption,
        };
      }),
    );
    return sortRows(rows, ['file', 'article_id', 'start', 'end']);
  },
};
