// Arquero for pages, without its Node-only file readers. Arquero's package
// entry also exports loaders that import `node:fs` and `node:stream`, which
// Framework cannot bundle for the browser; the table verbs, ops and helpers
// below are everything a page needs to reshape the loaded tables.
export {table, from} from "arquero/src/table/index.js";
export {opApi as op} from "arquero/src/op/op-api.js";
export {desc} from "arquero/src/helpers/desc.js";
export {escape} from "arquero/src/helpers/escape.js";
export {all, not, range} from "arquero/src/helpers/selection.js";
