import type { Stage } from './stage.ts';

export const datesStage: Stage = {
  name: 'dates',
  requires: [],
  run() {
    // filled in by the extraction work
  },
};
