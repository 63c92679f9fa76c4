/**
 * The extraction pipeline: named stages run in order over a Doc.
 * Add a stage by writing a module that exports a `Stage` and listing it here.
 */
import type { Doc } from '../doc/doc.ts';
import { getKnowledge, type Knowledge } from '../knowledge/index.ts';
import type { Stage } from './stage.ts';
import { datesStage } from './dates.ts';
import { actorsStage } from './actors.ts';
import { quotesStage } from './quotes.ts';
import { numbersStage } from './numbers.ts';
import { claimsStage } from './claims.ts';
import { eventsStage } from './events.ts';

export const STAGES: Stage[] = [datesStage, actorsStage, quotesStage, numbersStage, claimsStage, eventsStage];

/** Run the named stages (default: all) with the stages they require, in pipeline order. */
export function runStages(doc: Doc, names?: string[], kb: Knowledge = getKnowledge()): Doc {
  const wanted = new Set<string>();
  const add = (name: string) => {
    if (wanted.has(name)) return;
    const stage = STAGES.find((s) => s.name === name);
    if (!stage) throw new Error(`unknown stage "${name}" (known: ${STAGES.map((s) => s.name).join(', ')})`);
    stage.requires.forEach(add);
    wanted.add(name);
  };
  (names ?? STAGES.map((s) => s.name)).forEach(add);
  for (const stage of STAGES) if (wanted.has(stage.name)) stage.run(doc, kb);
  return doc;
}
