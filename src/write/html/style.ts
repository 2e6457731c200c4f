/**
 * The report's stylesheet, inlined so the file needs nothing else. Colours are chosen for WCAG AA
 * contrast (body text ≥ 7:1, muted and greyed text ≥ 4.5:1 on their backgrounds); colour is never
 * the only cue (scores are printed, claim notes are text, the legend names every mark).
 */
export const REPORT_STYLE = String.raw`
:root {
  --text: #1f2328; --muted: #57606a; --line: #d0d7de; --faint: #f6f8fa; --accent: #0969da;
  --shared-bg: #fff0a0; --shared-line: #9a6700;
  --conflict-bg: #ffdcd7; --conflict-line: #cf222e; --conflict-text: #a40e26;
  --alone-bg: #f6f8fa; --alone-text: #545d68;
  --one-side-bg: #f5efff; --one-side-line: #8250df;
  --match-line: #1a7f37;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--text); background: #fff; }
body { margin: 0 auto; padding: 0 1.25rem 2rem; max-width: 1600px; }
h1 { font-size: 1.3rem; margin: 0.75rem 0 0.25rem; line-height: 1.3; }
h1 .subtitle { font-size: 0.95rem; font-weight: normal; color: var(--muted); overflow-wrap: anywhere; margin-left: 0.5rem; }
h2 { font-size: 1.1rem; margin: 1rem 0 0.25rem; }
.muted { color: var(--muted); font-weight: normal; }
code, kbd { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85em; }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; padding: 0 0.3em; background: var(--faint); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip { position: absolute; left: -999px; top: 0.5rem; background: #fff; padding: 0.25rem 0.5rem; }
.skip:focus { left: 1rem; z-index: 10; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }

/* Summary header */
.summary { border-bottom: 1px solid var(--line); padding-bottom: 0.5rem; }
table.documents { border-collapse: collapse; font-size: 0.9rem; margin: 0.25rem 0 0.5rem; }
table.documents th, table.documents td { text-align: left; padding: 0.1rem 1rem 0.1rem 0; vertical-align: baseline; }
table.documents .path { overflow-wrap: anywhere; font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85rem; }
.facts { display: flex; flex-wrap: wrap; gap: 0.25rem 2rem; margin: 0; font-size: 0.9rem; }
.facts > div { flex: 0 1 auto; min-width: 0; }
.facts > div:first-child { flex: 1 1 24rem; }
.facts dt { font-weight: 600; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); }
.facts dt .muted { text-transform: none; letter-spacing: 0; margin-left: 0.3rem; }
.facts dd { margin: 0; }
.types { display: inline; list-style: none; margin: 0; padding: 0; }
.types li { display: inline-block; margin-right: 0.6rem; }
.types .type { font-weight: 600; }
.conflict-count { color: var(--conflict-text); font-weight: 700; }

/* Toolbar: tabs, filters, status; stays in view while scrolling */
.toolbar { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid var(--line);
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1.25rem; padding: 0.45rem 0; font-size: 0.9rem; }
.toolbar[hidden] { display: none; }
.filters { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; align-items: center; gap: 0.3rem 0.6rem; }
.filters label { white-space: nowrap; }
.filters label:has(input:disabled) { color: var(--muted); }
.filters input[type=number] { width: 4.2rem; font: inherit; padding: 0.05rem 0.25rem; margin-right: 0.6rem; }
.status { margin: 0 0 0 auto; color: var(--muted); }
button { font: inherit; color: var(--text); background: var(--faint); border: 1px solid var(--line); border-radius: 6px; padding: 0.15rem 0.6rem; cursor: pointer; }
button:hover { background: #eaeef2; }
.tabs { display: flex; gap: 0; }
.tabs [role=tab] { border-radius: 0; margin-right: -1px; }
.tabs [role=tab]:first-child { border-radius: 6px 0 0 6px; }
.tabs [role=tab]:last-child { border-radius: 0 6px 6px 0; }
.tabs [role=tab][aria-selected=true] { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }

/* Legend */
.legend { font-size: 0.8rem; color: var(--muted); padding: 0.4rem 0; }
.legend ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2rem 1.1rem; }
.legend li { white-space: nowrap; }
.legend .score { margin-right: 0.2rem; }
.legend mark { color: var(--text); }
.legend p { margin: 0.3rem 0 0; }
.no-js-note { font-size: 1rem; color: var(--text); padding: 1rem 0.75rem; }
.js .no-js-note { display: none; }
.alone-sample { color: var(--alone-text); background: var(--alone-bg); border: 1px solid var(--line); padding: 0 0.3em; }

/* The side-by-side table */
table.pairs { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.pairs caption { text-align: left; caption-side: top; font-size: 0.85rem; color: var(--muted); padding: 0.2rem 0 0.4rem; }
.col-link { width: 6.25rem; }
table.pairs thead th { text-align: left; font-size: 0.85rem; border-bottom: 2px solid var(--line); padding: 0.3rem 0.75rem;
  position: sticky; top: var(--toolbar-height, 0px); z-index: 4; background: #fff; }
table.pairs thead th .muted { font-size: 0.8rem; margin-left: 0.3rem; }
tr.pair > * { border-bottom: 1px solid var(--line); vertical-align: top; padding: 0.45rem 0.75rem; }
tr.pair { scroll-margin-top: calc(var(--toolbar-height, 0px) + 2.5rem); scroll-margin-bottom: 1rem; }
tr.pair:focus { outline: 3px solid var(--accent); outline-offset: -3px; }
tr.pair:focus > th.link { box-shadow: inset 4px 0 0 var(--accent); }
tr.pair.has-conflict > th.link { box-shadow: inset 4px 0 0 var(--conflict-line); }
tr.pair.has-conflict:focus > th.link { box-shadow: inset 4px 0 0 var(--accent); }
tr.section-head th { text-align: left; font-size: 0.95rem; padding: 1.25rem 0.75rem 0.4rem; border-bottom: 2px solid var(--line); }
tr.section-head .count { color: var(--muted); font-weight: normal; }
th.link { text-align: left; font-weight: normal; font-size: 0.8rem; color: var(--muted); }
th.link > span { display: block; }
.score { display: inline-block; min-width: 3.1rem; text-align: center; font-weight: 700; font-size: 0.9rem; color: var(--text);
  font-variant-numeric: tabular-nums; border-radius: 4px; padding: 0 0.3rem;
  background: hsl(var(--hue) 80% 86%); border: 1px solid hsl(var(--hue) 55% 42%); }
th.link > .score { display: inline-block; }
.score.none { background: none; border-color: transparent; color: var(--muted); font-weight: normal; }
.meter { height: 4px; width: 3.1rem; background: #e6e9ec; border-radius: 2px; margin: 0.2rem 0 0.15rem; overflow: hidden; }
.meter > span { display: block; height: 100%; background: #57606a; }
th.link .type { font-weight: 600; color: var(--text); }
th.link .moved, .moved-sample { font-style: italic; }
td.side { overflow-wrap: anywhere; }
td.alone { color: var(--alone-text); background: var(--alone-bg); }
td.empty { background: var(--alone-bg); }
td.empty .none { color: var(--muted); font-size: 0.85rem; font-style: italic; }
.sent { display: flex; gap: 0.5rem; }
.sent + .sent { margin-top: 0.35rem; }
.sn { flex: 0 0 1.9rem; text-align: right; color: var(--muted); font-size: 0.75rem; font-style: normal; padding-top: 0.15rem; font-variant-numeric: tabular-nums; }
.st { flex: 1 1 auto; min-width: 0; white-space: pre-line; }

/* Drawn rows only: spacers stand for the rows off screen */
tr.spacer > td { padding: 0; border: 0; }
tbody#rows { overflow-anchor: none; }

/* Review: the chosen row's edits, what is left, the reviewer's marks */
.review { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3rem 0.4rem; flex-basis: 100%; }
.review button { font-size: 0.85rem; padding: 0.1rem 0.45rem; }
.review button kbd { font-size: 0.75rem; }
.review .save { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
.review-left { color: var(--muted); margin-left: 0.5rem; }
.review-said { color: var(--text); font-weight: 600; }
.review-mark { display: block; margin-top: 0.2rem; font-weight: 600; color: var(--text); white-space: nowrap; }
tr.review-accepted > th.link { box-shadow: inset 4px 0 0 var(--match-line); }
tr.review-edited > th.link { box-shadow: inset 4px 0 0 var(--accent); }
tr.review-deleted > td.side { text-decoration: line-through; color: var(--alone-text); background: var(--alone-bg); }

/* Marks: shared names and numbers, claims */
mark { color: inherit; background: none; }
mark.shared { background: var(--shared-bg); box-shadow: inset 0 -2px 0 var(--shared-line); border-radius: 2px; padding: 0 1px; }
mark.claim { border-radius: 2px; padding: 0 1px; }
mark.claim-conflict { background: var(--conflict-bg); box-shadow: inset 0 -2px 0 var(--conflict-line); font-weight: 600; }
mark.claim-en-only, mark.claim-de-only { background: var(--one-side-bg); border-bottom: 2px dashed var(--one-side-line); }
mark.claim-match { border-bottom: 2px dotted var(--match-line); }
.claim-note { color: var(--conflict-text); font-weight: 700; font-size: 0.85em; font-style: normal; margin: 0 0.15em 0 0.3em; white-space: nowrap; }
.no-rows { color: var(--muted); font-style: italic; padding: 1rem 0.75rem; }

/* Keyboard help */
dialog { border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.5rem; max-width: 42rem; max-height: 92vh; overflow: auto; box-shadow: 0 8px 24px rgba(0,0,0,0.2); }
dialog::backdrop { background: rgba(0,0,0,0.3); }
dialog h2 { margin-top: 0; }
dialog dl { display: grid; grid-template-columns: auto 1fr; gap: 0.3rem 1rem; margin: 0 0 0.75rem; }
dialog dl > div { display: contents; }
dialog dd { margin: 0; }

@media (max-width: 900px) {
  .col-link { width: 4.8rem; }
  tr.pair > * { padding: 0.4rem 0.4rem; }
  .sn { display: none; }
}

@media print {
  @page { margin: 1.5cm; }
  html { font-size: 10pt; }
  body { padding: 0; max-width: none; }
  .toolbar, .skip, dialog { display: none !important; }
  tr.pair, tr.section-head, .sent { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  table.pairs thead th { position: static; }
  tr.pair:focus { outline: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
