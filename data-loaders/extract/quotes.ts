import type { Stage } from './stage.ts';

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['actors'],
  run() {
    // filled in by the extraction work
  },
};
