import type { Stage } from './stage.ts';

export const claimsStage: Stage = {
  name: 'claims',
  requires: ['dates', 'actors', 'quotes', 'numbers'],
  run() {
    // filled in by the extraction work
  },
};
