import type { Stage } from './stage.ts';

export const actorsStage: Stage = {
  name: 'actors',
  requires: [],
  run() {
    // filled in by the extraction work
  },
};
