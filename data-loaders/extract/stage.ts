/**
 * An extractor is a named stage: it reads a Doc (and the layers earlier stages
 * filled) and adds spans to one or more layers. Stages are listed in order in
 * extract/index.ts; each can be run alone with `runStages(doc, ['numbers'])`
 * after the stages it `requires`.
 */
import type { Doc } from '../doc/doc.ts';
import type { Knowledge } from '../knowledge/index.ts';

export interface Stage {
  /** Short name, used on the command line and in error rows (`numbers`, `quotes`, …). */
  name: string;
  /** Names of stages whose layers this one reads. */
  requires: string[];
  run(doc: Doc, kb: Knowledge): void;
}
