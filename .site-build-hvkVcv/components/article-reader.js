// The article reader's annotated text: the cleaned article text with its
// claims, quotes, actor mentions and event reports highlighted. The DOM is
// built from text nodes only (never innerHTML), so article text that looks
// like markup is displayed, not run. Spans may nest or overlap (a claim
// inside a quote): the text is cut at every span boundary and each piece
// carries the classes of every span covering it.
import {parseDay} from "./links.js";

/**
 * @param text the cleaned article text (every offset indexes it)
 * @param spans [{start, end, kind: "claim"|"quote"|"actor"|"event", id?, title?}]
 */
export function annotatedText(text, spans) {
  const n = text.length;
  const clean = spans.filter((s) => s.start >= 0 && s.end <= n && s.start < s.end).sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = [...new Set([0, n, ...clean.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const root = document.createElement("div");
  root.className = "cs-article";
  const seenClaim = new Set();
  let next = 0; // index of the first span not yet active
  let active = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i];
    const to = cuts[i + 1];
    active = active.filter((s) => s.end > from);
    while (next < clean.length && clean[next].start <= from) {
      if (clean[next].end > from) active.push(clean[next]);
      next++;
    }
    const piece = text.slice(from, to);
    if (!active.length) {
      const span = document.createElement("span");
      span.dataset.start = from;
      span.dataset.end = to;
      span.textContent = piece;
      root.append(span);
      continue;
    }
    const claim = active.find((s) => s.kind === "claim");
    const el = document.createElement(claim ? "mark" : "span");
    el.className = [...new Set(active.map((s) => s.kind))].join(" ");
    el.dataset.start = from;
    el.dataset.end = to;
    el.title = active.map((s) => s.title).filter(Boolean).join("\n");
    if (claim) {
      el.dataset.claim = claim.id;
      if (!seenClaim.has(claim.id)) {
        seenClaim.add(claim.id);
        el.id = `claim-${claim.id}`;
      }
    }
    el.textContent = piece;
    root.append(el);
  }
  return root;
}

/**
 * Scroll to and highlight what the URL hash names: `#claim-<id>` (a claim) or
 * `#at-<offset>` (the text at a character offset: quotes, reports, passages).
 * Returns true when something was found.
 */
export function focusHash(root, hash = location.hash) {
  const h = decodeURIComponent(hash.replace(/^#/, ""));
  for (const el of root.querySelectorAll(".cs-target, .cs-target-span")) el.classList.remove("cs-target", "cs-target-span");
  let targets = [];
  if (h.startsWith("claim-")) {
    targets = [...root.querySelectorAll("[data-claim]")].filter((el) => el.dataset.claim === h.slice(6));
    for (const t of targets) t.classList.add("cs-target");
  } else if (/^at-\d+$/.test(h)) {
    const at = Number(h.slice(3));
    const hit = [...root.querySelectorAll("[data-start]")].find((el) => +el.dataset.start <= at && at < +el.dataset.end);
    if (hit) {
      targets = [hit];
      hit.classList.add("cs-target-span");
    }
  }
  if (targets.length) targets[0].scrollIntoView({block: "center"});
  return targets.length > 0;
}

/** Only http(s) URLs become links (never `javascript:` or data URLs from a corpus). */
export const safeUrl = (url) => (typeof url === "string" && /^https?:\/\//i.test(url) ? url : null);

export {parseDay};
