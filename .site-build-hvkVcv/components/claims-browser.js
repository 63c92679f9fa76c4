// The claims list: a search box, outlet / claimant / unit / metric filters and
// a table of claims with their sentences (the number highlighted, all text
// set as text). Shared by /claims and its later pages /claims/<n>. Filters
// start from the page URL (`?metric=…&outlet=…&claimant=…&unit=…&q=…`), so
// charts can link to "these claims".
import * as Inputs from "@observablehq/inputs";
import {html} from "htl";
import {articleHref, claimAnchor, fmt, highlightedSentence, link, qualifierLabel} from "./links.js";

const ALL = "(all)";
const OWN = "(outlet’s own voice)";

const options = (rows, key) => [ALL, ...[...new Set(rows.map((r) => r[key] ?? (key === "claimant" ? OWN : "(none)")))].sort()];

export function claimsBrowser(rows, {base, params = new URLSearchParams(location.search)}) {
  const pick = (key) => {
    const opts = options(rows, key);
    const wanted = params.get(key);
    return Inputs.select(opts, {label: key[0].toUpperCase() + key.slice(1), value: wanted && opts.includes(wanted) ? wanted : ALL});
  };
  const filters = {outlet: pick("outlet"), claimant: pick("claimant"), unit: pick("unit"), metric: pick("metric")};
  const search = Inputs.search(rows, {placeholder: "Search sentences, numbers, claimants…", query: params.get("q") ?? "", columns: ["sentence", "text", "claimant", "outlet", "metric", "cited_source", "subject"]});
  const out = html`<div></div>`;
  const value = (r, key) => r[key] ?? (key === "claimant" ? OWN : "(none)");
  const update = () => {
    const shown = search.value.filter((r) => Object.entries(filters).every(([k, input]) => input.value === ALL || value(r, k) === input.value));
    out.replaceChildren(
      html`<p class="cs-muted">${shown.length.toLocaleString("en-US")} of ${rows.length.toLocaleString("en-US")} claims on this page match.</p>`,
      Inputs.table(shown, {select: false, 
        columns: ["sentence", "text", "qualifier", "claimant", "claimant_side", "cited_source", "outlet", "as_of", "metric", "unit"],
        header: {sentence: "Sentence", text: "Number", qualifier: "Qualifier", claimant: "Claimant", claimant_side: "Side", cited_source: "Cited source", outlet: "Outlet", as_of: "As of", metric: "Metric", unit: "Unit"},
        format: {
          sentence: (s, i) => highlightedSentence(s, shown[i].hl),
          text: (t, i) => link(shown[i].page ? articleHref(base, shown[i].article_id, claimAnchor(shown[i].claim_id)) : null, t, {title: "Read it in the article"}),
          qualifier: qualifierLabel,
          claimant: (c) => c ?? OWN
        },
        width: {sentence: 440},
        rows: 25
      })
    );
  };
  for (const input of [search, ...Object.values(filters)]) input.addEventListener("input", update);
  update();
  return html`<div class="cs-claims">${search}<div style="display:flex;flex-wrap:wrap;gap:0 1.5rem">${Object.values(filters)}</div>${out}</div>`;
}

export {fmt};
