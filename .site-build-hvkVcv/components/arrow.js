// Decode Arrow IPC bytes with the bundled apache-arrow. Pages call
// `rows(await FileAttachment("data/tables/x.arrow").arrayBuffer())`: calling
// `.arrayBuffer()` directly keeps Framework from adding its CDN-backed Arrow
// import (which `.arrow()` or a bare FileAttachment would trigger).
import {tableFromIPC} from "apache-arrow";

/** Arrow IPC bytes → the Arrow Table. */
export function arrowTable(buffer) {
  return tableFromIPC(new Uint8Array(buffer));
}

/** Arrow IPC bytes → an array of plain row objects (list columns become arrays). */
export function rows(buffer) {
  const table = arrowTable(buffer);
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((n) => table.getChild(n));
  const out = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const o = {};
    for (let j = 0; j < names.length; j++) {
      let v = columns[j].get(i);
      if (v && typeof v === "object" && typeof v.toArray === "function") v = [...v.toArray()];
      o[names[j]] = v;
    }
    out[i] = o;
  }
  return out;
}
