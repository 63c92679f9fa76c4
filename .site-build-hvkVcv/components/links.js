// Links between pages and small text helpers shared by every page.
// Pages live at two depths (`/numbers`, `/articles/<id>`), so every link is
// built relative to the page: pass `base` ("./" on top-level pages, "../" on
// parameterized ones). Relative links keep the site working under any
// sub-path (`https://example.org/claimscope/`).
import {html} from "htl";

/**
 * ".html" when the site was built with extensions kept in links
 * (CLAIMSCOPE_CLEAN_URLS=false, for hosts that serve exact files only), else "".
 * Read from Framework's own sidebar links, which follow that setting.
 */
export function pageExt() {
  if (typeof document === "undefined") return "";
  return document.querySelector('#observablehq-sidebar a[href$=".html"]') ? ".html" : "";
}

/** Link to a top-level page (`outlets`, `numbers`, …). */
export function pageHref(base, path) {
  return `${base}${path}${pageExt()}`;
}

/** Link to the article reader, optionally at one claim (`#claim-<id>`) or offset (`#at-<n>`). */
export function articleHref(base, articleId, anchor) {
  const hash = anchor ? `#${anchor}` : "";
  return `${base}articles/${encodeURIComponent(articleId)}${pageExt()}${hash}`;
}

export const claimAnchor = (claimId) => `claim-${claimId}`;

export function actorHref(base, actorId) {
  return `${base}actors/${encodeURIComponent(actorId)}${pageExt()}`;
}

/** Link to the claims list page holding a metric, with filters preset (`?metric=…&outlet=…`). */
export function claimsHref(base, page = 1, filters = {}) {
  const q = new URLSearchParams(Object.entries(filters).filter(([, v]) => v != null && v !== ""));
  const path = (page > 1 ? `claims/${page}` : "claims") + pageExt();
  const qs = q.toString();
  return `${base}${path}${qs ? `?${qs}` : ""}`;
}

/** An anchor element whose label is text (never parsed as HTML); plain text when there is no page to link to. */
export function link(href, label, {title} = {}) {
  if (!href) return html`<span>${label}</span>`;
  return html`<a href=${href} title=${title ?? null}>${label}</a>`;
}

/** The "no rows yet" note shown in place of a chart or table fed by an empty table. */
export function noRows(what, why = "") {
  return html`<div class="note cs-empty" role="status"><strong>No rows yet.</strong> ${what}${why ? html` ${why}` : ""}</div>`;
}

/** Nothing to show (an empty text node: \`html\`\`\` would display as "null"). */
export const nothing = () => document.createTextNode("");

/** A list capped by the loader: say how many rows were left out. */
export function cappedNote(capped, what) {
  if (!capped || capped.total <= capped.rows.length) return nothing();
  return html`<p class="cs-muted">Showing ${capped.rows.length.toLocaleString("en-US")} of ${capped.total.toLocaleString("en-US")} ${what}.</p>`;
}

export const fmt = (n) => (n == null || Number.isNaN(n) ? "–" : Number(n).toLocaleString("en-US", {maximumFractionDigits: 2}));

export const pct = (n) => (n == null || Number.isNaN(n) ? "–" : `${(100 * n).toLocaleString("en-US", {maximumFractionDigits: 1})}%`);

/** Parse `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as a UTC date (first day of the month or year). */
export function parseDay(s) {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(s);
  if (!m) return null;
  return new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1));
}

/** A sentence with the number at [start, end) highlighted; all text set as text nodes. */
export function highlightedSentence(sentence, hl) {
  const span = document.createElement("span");
  span.style.whiteSpace = "normal"; // wrap inside table cells: the whole sentence stays readable
  if (!hl || hl[0] < 0 || hl[1] > sentence.length) {
    span.textContent = sentence;
    return span;
  }
  const mark = document.createElement("mark");
  mark.className = "cs-number";
  mark.textContent = sentence.slice(hl[0], hl[1]);
  span.append(sentence.slice(0, hl[0]), mark, sentence.slice(hl[1]));
  return span;
}

/** How a qualifier reads in words next to a number: "more than 400" is not 400. */
export function qualifierLabel(q) {
  return (
    {
      exact: "exact",
      approx: "approximately (~)",
      more_than: "more than (lower bound)",
      at_least: "at least (lower bound)",
      less_than: "less than (upper bound)",
      at_most: "at most (upper bound)",
      range: "range",
      vague: "vague amount"
    }[q] ?? q
  );
}
