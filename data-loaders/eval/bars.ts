/**
 * The quality bars the extraction must meet on a gold-annotated corpus (issue
 * "Extraction"). The regression guard (tests/eval/bars.test.ts), the eval
 * report and the Data quality page all read them from here.
 */
import type { EvalReport } from './score.ts';

export interface Bar {
  /** Dotted path of the figure in the report, e.g. `claims.f1`. */
  id: string;
  label: string;
  min: number;
  value(r: EvalReport): number;
}

const c = (r: EvalReport) => r.components;

export const BARS: Bar[] = [
  { id: 'claims.f1', label: 'Claims F1', min: 0.9, value: (r) => c(r).claims.f1 },
  { id: 'claims.claimant', label: 'Claimant correct (of matched claims)', min: 0.85, value: (r) => c(r).claim_attributes.claimant.accuracy },
  { id: 'quotes.recall', label: 'Quotes recall', min: 0.9, value: (r) => c(r).quotes.recall },
  { id: 'quotes.speaker', label: 'Quote speaker correct (of found quotes)', min: 0.9, value: (r) => c(r).quotes.speaker.accuracy },
  { id: 'actors.recall', label: 'Actors recall', min: 0.9, value: (r) => c(r).actors.recall },
  { id: 'boilerplate.precision', label: 'Boilerplate lines precision', min: 0.95, value: (r) => c(r).boilerplate.precision },
  { id: 'boilerplate.recall', label: 'Boilerplate lines recall', min: 0.95, value: (r) => c(r).boilerplate.recall },
  { id: 'captions.precision', label: 'Caption lines precision', min: 0.95, value: (r) => c(r).captions.precision },
  { id: 'captions.recall', label: 'Caption lines recall', min: 0.95, value: (r) => c(r).captions.recall },
];

export interface BarResult {
  id: string;
  label: string;
  min: number;
  value: number;
  pass: boolean;
}

export function checkBars(r: EvalReport, bars: Bar[] = BARS): BarResult[] {
  return bars.map((b) => {
    const value = b.value(r);
    return { id: b.id, label: b.label, min: b.min, value, pass: value >= b.min };
  });
}
