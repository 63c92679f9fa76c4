import type { Stage } from './stage.ts';

export const eventsStage: Stage = {
  name: 'events',
  requires: ['dates', 'actors'],
  run() {
    // filled in by the extraction work
  },
};
