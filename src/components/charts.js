// Chart functions for the analysis pages: `(data, {width, base, …}) => chart`,
// used with `resize((width) => chart(data, {width, base}))`. Conventions:
// - colours from the colour-blind-safe "observable10" scheme, always doubled
//   by a second encoding (symbol, position or a text label);
// - ink is `currentColor` so charts read in the light and dark themes;
// - every mark that stands for claims links (href) to where they are stated.
import * as Plot from "@observablehq/plot";
import {actorHref, articleHref, claimAnchor, claimsHref, parseDay} from "./links.js";

const SCHEME = "observable10";
const DAY = 86_400_000;

/** A time domain at least `minDays` wide around the dates (so a single day does not get an hourly axis). */
function dayDomain(dates, minDays = 14) {
  const ts = dates.filter(Boolean).map((d) => +d);
  if (!ts.length) return undefined;
  const lo = Math.min(...ts);
  const hi = Math.max(...ts);
  const pad = Math.max(DAY, (minDays * DAY - (hi - lo)) / 2, (hi - lo) * 0.05);
  return [new Date(lo - pad), new Date(hi + pad)];
}
const longest = (xs) => Math.max(0, ...xs.map((x) => String(x ?? "").length));
const marginFor = (labels, min = 60, max = 220) => Math.min(max, Math.max(min, 7 * longest(labels)));

/** Articles per outlet and publication date: one dot per outlet and day, sized by the article count. */
export function articlesByOutletDate(rows, {width} = {}) {
  const data = rows.filter((d) => d.published).map((d) => ({...d, date: parseDay(d.published)}));
  const outlets = [...new Set(rows.map((d) => d.outlet))].sort();
  return Plot.plot({
    width,
    marginLeft: marginFor(outlets),
    height: 60 + 32 * outlets.length,
    x: {label: "Publication date", type: "utc", domain: dayDomain(data.map((d) => d.date))},
    y: {label: null, domain: outlets},
    r: {range: [4, 14], label: "Articles"},
    color: {scheme: SCHEME, legend: false},
    marks: [
      Plot.gridY({strokeDasharray: "2,3"}),
      Plot.dot(data, {x: "date", y: "outlet", r: "articles", fill: "outlet", stroke: "currentColor", strokeWidth: 0.5, tip: true,
        title: (d) => `${d.outlet}\n${d.published}: ${d.articles} article${d.articles === 1 ? "" : "s"}`}),
      Plot.text(data, {x: "date", y: "outlet", text: (d) => (d.articles > 1 ? String(d.articles) : ""), dy: -16, fill: "currentColor"})
    ]
  });
}

/**
 * How far the sources disagree on the key numbers: per metric, a line from the
 * lowest to the highest stated value, both ends labelled with the words used,
 * on a log scale of "times the lowest value" so different units compare.
 */
export function keyNumberSpread(rows, {width, base = "./"} = {}) {
  const data = rows.filter((d) => d.low.value > 0 && d.high.value > 0);
  const metrics = data.map((d) => d.metric);
  const end = (d, which) => ({metric: d.metric, ratio: d[which].value / d.low.value, c: d[which], which});
  const ends = data.flatMap((d) => [end(d, "low"), end(d, "high")]);
  const href = (e) => (e.c.page ? articleHref(base, e.c.article_id, claimAnchor(e.c.claim_id)) : null);
  return Plot.plot({
    width,
    marginLeft: marginFor(metrics),
    marginRight: 40,
    height: 50 + 34 * data.length,
    x: {type: "log", label: "Highest stated value ÷ lowest stated value (log scale) →", grid: true, domain: [1, Math.max(2, ...ends.map((e) => e.ratio)) * 1.2]},
    y: {label: null, domain: metrics},
    symbol: {domain: ["low", "high"], range: ["circle", "triangle"], legend: true, tickFormat: (d) => (d === "low" ? "lowest stated" : "highest stated")},
    marks: [
      Plot.ruleY(data, {y: "metric", x1: 1, x2: (d) => d.high.value / d.low.value, stroke: "currentColor", strokeOpacity: 0.5}),
      Plot.dot(ends, {x: "ratio", y: "metric", symbol: "which", fill: "which", r: 5, href, target: "_self",
        title: (e) => `${e.which === "low" ? "Lowest" : "Highest"}: “${e.c.text}” (${e.c.qualifier})\n${e.c.claimant ?? "outlet’s own voice"} — ${e.c.outlet ?? "unknown outlet"}\nClick to read the sentence`, tip: true}),
      Plot.text(ends, {x: "ratio", y: "metric", text: (e) => e.c.text, dy: -11, fill: "currentColor", fontSize: 10, href, target: "_self"})
    ],
    color: {scheme: SCHEME}
  });
}

/** A count matrix (rows × columns) drawn as labelled cells; `href(d)` links each cell. */
export function countMatrix(data, {width, x, y, value, xLabel, yLabel, href, title}) {
  const xs = [...new Set(data.map((d) => d[x]))].sort();
  const ys = [...new Set(data.map((d) => d[y]))].sort();
  const max = Math.max(1, ...data.map((d) => d[value]));
  const cell = Math.max(22, Math.min(48, ((width ?? 640) - marginFor(ys)) / Math.max(1, xs.length)));
  return Plot.plot({
    width: Math.min(width ?? 640, marginFor(ys) + cell * xs.length + 40),
    height: 40 + marginFor(xs, 40, 160) + cell * ys.length,
    marginLeft: marginFor(ys),
    marginBottom: marginFor(xs, 40, 160),
    x: {label: xLabel, domain: xs, tickRotate: -40},
    y: {label: yLabel, domain: ys},
    color: {scheme: "blues", type: "sqrt", domain: [0, max], legend: true, label: title ?? value},
    marks: [
      Plot.cell(data, {x, y, fill: value, inset: 1, href, target: "_self", tip: true}),
      // Dark text on light cells, light text on dark cells (the cells' colours are the same in both themes).
      Plot.text(data, {x, y, text: value, fill: (d) => (d[value] > max * 0.55 ? "white" : "black"), href, target: "_self", fontSize: 11})
    ]
  });
}

/** Who an outlet's sources are: claims (by claimant side) and quotes (by speaker side), as shares per outlet. */
export function sourceSides(rows, {width} = {}) {
  const outlets = [...new Set(rows.map((d) => d.outlet))].sort();
  return Plot.plot({
    width,
    marginLeft: marginFor(outlets),
    height: 80 + 2 * 28 * outlets.length,
    x: {percent: true, label: "Share of the outlet’s claims / quotes (%) →"},
    y: {label: null, domain: outlets},
    fy: {label: null, domain: ["claims", "quotes"]},
    color: {scheme: SCHEME, legend: true, label: "Side or affiliation"},
    marks: [
      Plot.barX(rows, Plot.stackX({offset: "normalize", order: "side", x: "n", y: "outlet", fy: "source", fill: "side", tip: true,
        title: (d) => `${d.outlet} — ${d.source}\n${d.side}: ${d.n}`})),
      Plot.textX(rows, Plot.stackX({offset: "normalize", order: "side", x: "n", y: "outlet", fy: "source", text: (d) => d.side.slice(0, 14), fill: "black", stroke: "white", strokeWidth: 3, fontSize: 10,
        filter: (d) => d.n > 0})),
      Plot.ruleX([0, 1])
    ]
  });
}

/** Reliance on wire agencies: share of each outlet's articles crediting an agency, and of its claims citing one. */
export function wireReliance(rows, {width} = {}) {
  const data = rows.flatMap((d) => [
    {outlet: d.outlet, measure: "articles crediting a wire agency", share: d.articles ? d.wire_articles / d.articles : 0, n: d.wire_articles, of: d.articles},
    {outlet: d.outlet, measure: "claims citing a source agency", share: d.claims ? d.cited_claims / d.claims : 0, n: d.cited_claims, of: d.claims}
  ]);
  const outlets = rows.map((d) => d.outlet);
  return Plot.plot({
    width,
    marginLeft: marginFor(outlets),
    height: 60 + 44 * outlets.length,
    marginRight: 60,
    x: {domain: [0, 100], label: "Share (%) →", grid: true},
    y: {label: null, domain: outlets},
    fy: {label: null, axis: null},
    color: {scheme: SCHEME, legend: true, domain: data.map((d) => d.measure).filter((v, i, a) => a.indexOf(v) === i)},
    marks: [
      Plot.barX(data, {x: (d) => d.share * 100, y: "outlet", fill: "measure", fy: "measure", tip: true, title: (d) => `${d.outlet}: ${d.n} of ${d.of} ${d.measure}`}),
      Plot.text(data, {x: (d) => d.share * 100, y: "outlet", fy: "measure", text: (d) => `${d.n}/${d.of}`, dx: 4, textAnchor: "start", fill: "currentColor"}),
      Plot.ruleX([0])
    ]
  });
}

/** Mentions and quotes per actor and outlet (top actors), each cell linking to the actor page. */
export function actorsByOutlet(rows, {width, base = "./", pages = new Set()} = {}) {
  return countMatrix(rows.filter((d) => d.mentions > 0), {
    width, x: "outlet", y: "name", value: "mentions", xLabel: "Outlet", yLabel: null, title: "Mentions",
    href: (d) => (pages.has(d.actor_id) ? actorHref(base, d.actor_id) : null)
  });
}

/** Who appears with whom: articles mentioning both actors, as a symmetric adjacency matrix. */
export function coOccurrence(links, {width, base = "./", pages = new Set()} = {}) {
  const cells = links.flatMap((l) => [
    {row: l.a_name, col: l.b_name, id: l.a, articles: l.articles},
    {row: l.b_name, col: l.a_name, id: l.b, articles: l.articles}
  ]);
  return countMatrix(cells, {
    width, x: "col", y: "row", value: "articles", xLabel: "… appears with", yLabel: null, title: "Articles mentioning both",
    href: (d) => (pages.has(d.id) ? actorHref(base, d.id) : null)
  });
}

const NO_CLAIMANT = "(outlet’s own voice)";

/** A short horizontal bar, for the ends of an interval (a d3-shape symbol type). */
const DASH = {
  draw(context, size) {
    const r = Math.sqrt(size) * 0.9;
    context.moveTo(-r, 0);
    context.lineTo(r, 0);
  }
};

/**
 * A metric's values against the dates they describe, coloured and shaped by the
 * claimant's side. Bounds are drawn as bounds: an upward arrow from a lower
 * bound ("more than 400", "at least"), a downward arrow from an upper bound,
 * ranges as intervals, approximations with a tilde; open bounds are hollow.
 * Every point links to its sentence in the article reader.
 */
export function numbersOverTime(points, {width, base = "./", log = false} = {}) {
  const data = points.map((p) => {
    const dated = !!p.as_of;
    return {...p, x: parseDay(p.as_of ?? p.p), dated, side: p.c ? p.side ?? "(side unknown)" : NO_CLAIMANT};
  }).filter((d) => d.x);
  const href = (d) => (d.page ? articleHref(base, d.a, claimAnchor(d.id)) : null);
  const title = (d) =>
    `“${d.t}” — ${d.q.replace("_", " ")}\n${d.c ?? "Outlet’s own voice"}${d.side && d.c ? ` (${d.side})` : ""}\n${d.o ?? "Unknown outlet"}, ` +
    `${d.dated ? `as of ${d.as_of}` : `no as-of date: shown at publication ${d.p}`}${d.src ? `\nCited source: ${d.src}` : ""}\nClick to read the sentence`;
  const lower = data.filter((d) => d.q === "more_than" || d.q === "at_least");
  const upper = data.filter((d) => d.q === "less_than" || d.q === "at_most");
  const ranges = data.filter((d) => d.q === "range" && d.lo != null && d.hi != null);
  const open = (d) => d.q === "more_than" || d.q === "less_than" || d.q === "vague" || !d.dated;
  const bound = (d) => (d.q === "more_than" || d.q === "at_least" ? d.lo ?? d.v : d.q === "less_than" || d.q === "at_most" ? d.hi ?? d.v : d.v);
  const sides = [...new Set(data.map((d) => d.side))].sort();
  const values = data.flatMap((d) => [d.v, d.lo, d.hi]).filter((v) => v != null && (!log || v > 0));
  const units = [...new Set(data.map((d) => d.u).filter(Boolean))];
  return Plot.plot({
    width,
    height: 420,
    marginLeft: 60,
    marginRight: 20,
    x: {type: "utc", label: "Date the number describes (as of) →", domain: dayDomain(data.map((d) => d.x))},
    y: {type: log ? "log" : "linear", label: `↑ Stated value${units.length ? ` (${units.join(", ")})` : ""}`, grid: true, nice: true, domain: values.length ? undefined : [0, 1], zero: !log},
    // One legend: the symbol legend takes the colour too (same field on both channels).
    color: {scheme: SCHEME, domain: sides},
    symbol: {legend: true, domain: sides, label: "Claimant side"},
    marks: [
      Plot.ruleY(log ? [] : [0]),
      // Ranges: a vertical interval with ticks at both ends.
      Plot.ruleX(ranges, {x: "x", y1: "lo", y2: "hi", stroke: "side", strokeWidth: 2, href, target: "_self"}),
      Plot.dot(ranges, {x: "x", y: "lo", symbol: DASH, r: 7, stroke: "side", strokeWidth: 2}),
      Plot.dot(ranges, {x: "x", y: "hi", symbol: DASH, r: 7, stroke: "side", strokeWidth: 2}),
      // Lower bounds point up, upper bounds point down.
      Plot.vector(lower, {x: "x", y: bound, length: 22, rotate: 0, anchor: "start", stroke: "side", strokeWidth: 1.5}),
      Plot.vector(upper, {x: "x", y: bound, length: 22, rotate: 180, anchor: "start", stroke: "side", strokeWidth: 1.5}),
      // The stated number (its bound for bounded claims).
      // (Two marks: a fill channel mixing "none" with scaled values would drop the hollow points.)
      Plot.dot(data.filter((d) => !open(d)), {x: "x", y: bound, stroke: "side", symbol: "side", fill: "side", r: 5, strokeWidth: 1.5,
        href, target: "_self", title, tip: true}),
      Plot.dot(data.filter(open), {x: "x", y: bound, stroke: "side", symbol: "side", fill: "none", r: 5, strokeWidth: 1.5,
        href, target: "_self", title, tip: true}),
      // Claims stating the same value for the same date and side overlap: say how many.
      Plot.text(stacked(data, bound), {x: "x", y: "y", text: (d) => `×${d.n}`, dx: 9, textAnchor: "start", fontSize: 10, fill: "currentColor"}),
      // Approximate numbers carry a tilde.
      Plot.text(data.filter((d) => d.q === "approx"), {x: "x", y: bound, text: () => "~", dx: 10, dy: -8, fontSize: 16, fontWeight: "bold", fill: "currentColor"})
    ]
  });
}

/** Groups of two or more points at the same x and y, with their count. */
function stacked(data, y) {
  const groups = new Map();
  for (const d of data) {
    const k = `${+d.x}|${y(d)}`;
    groups.set(k, {x: d.x, y: y(d), n: (groups.get(k)?.n ?? 0) + 1});
  }
  return [...groups.values()].filter((g) => g.n > 1);
}

/** Events on a time line (one row per event type), reports as small ticks at their publication dates. */
export function eventsTimeline(events, {width, base = "./"} = {}) {
  const dated = events.filter((e) => parseDay(e.date)).map((e) => ({...e, x: parseDay(e.date)}));
  const reports = dated.flatMap((e) => e.reports.filter((r) => parseDay(r.published)).map((r) => ({...r, type: e.type, label: e.label, x: parseDay(r.published), x0: e.x})));
  const types = [...new Set(dated.map((e) => e.type))].sort();
  const href = (r) => (r.page ? articleHref(base, r.article_id, `at-${r.start}`) : null);
  return Plot.plot({
    width,
    marginLeft: marginFor(types),
    height: 80 + 46 * types.length,
    x: {type: "utc", label: "Date →", domain: dayDomain([...dated.map((e) => e.x), ...reports.map((r) => r.x)])},
    y: {label: null, domain: types},
    color: {scheme: SCHEME, domain: types},
    symbol: {legend: true, domain: ["event", "report"], range: ["circle", "diamond"], label: "Mark"},
    marks: [
      Plot.gridY({strokeDasharray: "2,3"}),
      // The lag between the event and each report.
      Plot.link(reports, {x1: "x0", x2: "x", y1: "type", y2: "type", stroke: "type", strokeOpacity: 0.5, bend: false}),
      Plot.dot(reports, {x: "x", y: "type", symbol: () => "report", stroke: "type", fill: "none", r: 4, href, target: "_self", tip: true,
        title: (r) => `Report: ${r.outlet}, ${r.published}${r.lag != null ? ` (${r.lag} day${Math.abs(r.lag) === 1 ? "" : "s"} after the event)` : ""}\n${r.text}\nClick to read it`}),
      Plot.dot(dated, {x: "x", y: "type", symbol: () => "event", fill: "type", r: 6, stroke: "currentColor", tip: true,
        title: (e) => `${e.label}\n${e.date}${e.place ? ` — ${e.place}` : ""}\n${e.n_reports} report${e.n_reports === 1 ? "" : "s"}: ${e.outlets.join(", ")}`})
    ]
  });
}

/** Bars of a count per label (horizontal), each optionally linked. */
export function countBars(rows, {width, y, x, label, href, color}) {
  const ys = rows.map((d) => d[y]);
  return Plot.plot({
    width,
    marginLeft: marginFor(ys),
    marginRight: 50,
    height: 40 + 24 * rows.length,
    x: {label, grid: true},
    y: {label: null, domain: ys},
    color: color ? {scheme: SCHEME, legend: true} : undefined,
    marks: [
      Plot.barX(rows, {x, y, fill: color ?? "currentColor", fillOpacity: color ? 1 : 0.6, href, target: "_self", tip: true}),
      Plot.text(rows, {x, y, text: (d) => String(d[x]), dx: 4, textAnchor: "start", fill: "currentColor"}),
      Plot.ruleX([0])
    ]
  });
}

/** Evaluation scores (precision, recall, F1 per component) with the quality bars as ticks. */
export function evalScores(components, bars, {width} = {}) {
  const rows = Object.entries(components).flatMap(([component, s]) =>
    "f1" in s ? ["precision", "recall", "f1"].map((measure) => ({component, measure, score: s[measure], gold: s.gold, extracted: s.extracted, matched: s.matched})) : []
  );
  const barRows = (bars ?? []).map((b) => {
    const [component, measure] = b.id.split(".");
    return {component, measure, min: b.min, pass: b.pass};
  }).filter((b) => ["precision", "recall", "f1"].includes(b.measure));
  return Plot.plot({
    width,
    marginLeft: 100,
    marginRight: 100,
    height: 60 + 3 * 18 * new Set(rows.map((d) => d.component)).size,
    x: {domain: [0, 1], label: "Score (0–1) →", grid: true},
    y: {label: null, domain: ["precision", "recall", "f1"]},
    fy: {label: null},
    color: {scheme: SCHEME, legend: true, domain: ["precision", "recall", "f1"]},
    marks: [
      Plot.barX(rows, {x: "score", y: "measure", fy: "component", fill: "measure", tip: true,
        title: (d) => `${d.component} ${d.measure}: ${d.score}\n${d.matched} matched of ${d.gold} gold, ${d.extracted} extracted`}),
      Plot.text(rows, {x: "score", y: "measure", fy: "component", text: (d) => d.score.toFixed(2), dx: 4, textAnchor: "start", fill: "currentColor"}),
      Plot.tickX(barRows, {x: "min", y: "measure", fy: "component", stroke: "currentColor", strokeWidth: 2, strokeDasharray: "3,2"})
    ]
  });
}

export {claimsHref};
