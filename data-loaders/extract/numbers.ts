import type { Stage } from './stage.ts';

export const numbersStage: Stage = {
  name: 'numbers',
  requires: [],
  run() {
    // filled in by the extraction work
  },
};
