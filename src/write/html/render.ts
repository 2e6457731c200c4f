import type { Finding } from '../../core/claims.js';
import type { AlignmentDocument, DocumentInfo, Lang, Segmentation } from '../../core/types.js';
import { escapeHtml } from './escape.js';
import { sentenceMarkup } from './rows.js';
import { REPORT_SCRIPT } from './script.js';
import { REPORT_STYLE } from './style.js';
import { summarise, type ReportSummary } from './summary.js';
import { buildViews, type ReportView } from './views.js';

export interface ReportOptions {
  /** Initial threshold of the "low confidence only" filter (0–1); the reader can change it. */
  lowScoreThreshold?: number;
}

export const DEFAULT_LOW_SCORE_THRESHOLD = 0.5;

const LANG_NAME: Record<Lang, string> = { en: 'English', de: 'German' };

const SEGMENTATION_LABEL: Record<Segmentation, string> = { rules: 'segmented by rules', clean: 'markup and noise removed, segmented by rules', lines: 'one per line' };

/**
 * One self-contained HTML page showing the alignment side by side: inline CSS and JS, no
 * network, no external assets, no timestamps (the same input gives the same bytes). `findings`
 * are the claims diff of this alignment; without them the report shows no claim marks and says
 * that claims were not compared. The rows are drawn by the page's script from one JSON blob
 * (the alignment, each sentence's marks), so a book's report stays small and opens fast, and a
 * reviewer can regroup them and save the corrected alignment.
 */
export function renderReport(alignment: AlignmentDocument, findings: readonly Finding[] | undefined, options: ReportOptions = {}): string {
  const threshold = options.lowScoreThreshold ?? DEFAULT_LOW_SCORE_THRESHOLD;
  const summary = summarise(alignment, findings);
  const views = buildViews(alignment);
  const title = `satzpaar report: ${baseName(alignment.documents.en.path)} ↔ ${baseName(alignment.documents.de.path)}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(`${alignment.generator.name} ${alignment.generator.version}`)}">
<title>${escapeHtml(title)}</title>
<style>
${REPORT_STYLE}
</style>
</head>
<body>
<a class="skip" href="#views">Skip to the sentences</a>
<header class="summary">
<h1>Alignment report <span class="subtitle">${escapeHtml(baseName(alignment.documents.en.path))} ↔ ${escapeHtml(baseName(alignment.documents.de.path))}</span></h1>
${renderSummary(alignment, summary)}
</header>
${renderControls(views, summary, threshold)}
${renderLegend(summary)}
<main id="views">
${renderTable(alignment)}
</main>
${renderKeysDialog(views.length > 1)}
<script type="application/json" id="report-data">${scriptSafeJson({ alignment, views, threshold, ...sentenceMarkup(alignment, findings) })}</script>
<script>
${REPORT_SCRIPT}
</script>
</body>
</html>
`;
}

function renderSummary(doc: AlignmentDocument, summary: ReportSummary): string {
  const documentRow = (lang: Lang) => {
    const info: DocumentInfo = doc.documents[lang];
    const language = `${info.language.detected}, ${LANGUAGE_SOURCE[info.language.source]?.(info.language.confidence) ?? info.language.source}`;
    return (
      `<tr><th scope="row">${LANG_NAME[lang]}</th><td class="path">${escapeHtml(info.path)}</td>` +
      `<td>${escapeHtml(language)}</td><td>${doc.sentences[lang].length} sentences (${SEGMENTATION_LABEL[info.segmentation] ?? 'segmented by rules'})</td>` +
      `<td><code title="SHA-256 ${escapeHtml(info.sha256)}">${escapeHtml(info.sha256.slice(0, 12))}…</code></td></tr>`
    );
  };
  const types = summary.linkTypes
    .map(({ type, count }) => `<li title="${describeType(type)}"><span class="type">${type}</span> ${count}</li>`)
    .join('');
  const mean = summary.meanScore === null ? 'no aligned links' : `${summary.meanScore.toFixed(3)} <span class="muted">over ${summary.aligned} aligned links</span>`;
  const claims = summary.findings === null
    ? '<span class="muted">not compared (no claims diff given)</span>'
    : `<span${summary.findings.conflict > 0 ? ' class="conflict-count"' : ''}>${summary.findings.conflict} conflict${summary.findings.conflict === 1 ? '' : 's'}</span>` +
      ` <span class="muted">· ${summary.findings.match} matching · ${summary.findings['en-only']} only in English · ${summary.findings['de-only']} only in German</span>`;
  return `<table class="documents">
<caption class="sr-only">Documents</caption>
<thead class="sr-only"><tr><th scope="col">Language</th><th scope="col">Path</th><th scope="col">Detection</th><th scope="col">Sentences</th><th scope="col">Checksum</th></tr></thead>
<tbody>
${documentRow('en')}
${documentRow('de')}
</tbody>
</table>
<dl class="facts">
<div><dt>Mode</dt><dd><strong>${escapeHtml(doc.mode)}</strong> <span class="muted">${escapeHtml(doc.modeReason)}</span></dd></div>
<div><dt>Links by type <span class="muted">(${summary.linkTypes.reduce((n, t) => n + t.count, 0)})</span></dt><dd><ul class="types">${types}</ul></dd></div>
<div><dt>Mean score</dt><dd>${mean}</dd></div>
<div><dt>Claims</dt><dd>${claims}</dd></div>
</dl>`;
}

/** Filters and view tabs; `hidden` until the script runs, since they do nothing without it. */
function renderControls(views: ReportView[], summary: ReportSummary, threshold: number): string {
  const noConflicts = summary.findings === null || summary.findings.conflict === 0;
  const tabs = views.length > 1
    ? `<div class="tabs" role="tablist" aria-label="Row order">${views
        .map((view, i) => `<button type="button" role="tab" id="tab-${view.id}" aria-controls="pairs" aria-selected="${i === 0}"${i === 0 ? '' : ' tabindex="-1"'}>${escapeHtml(view.label)}</button>`)
        .join('')}</div>`
    : '';
  return `<div class="toolbar" id="controls" hidden>
${tabs}<fieldset class="filters">
<legend class="sr-only">Filters</legend>
<label><input type="checkbox" id="filter-low"> Low confidence: score below</label>
<input type="number" id="filter-threshold" min="0" max="1" step="0.05" value="${threshold}" aria-label="Score threshold for low confidence" data-default="${threshold}">
<label${summary.findings === null ? ' title="claims were not compared"' : ''}><input type="checkbox" id="filter-conflicts"${noConflicts ? ' disabled' : ''}> Conflicts only</label>
<label><input type="checkbox" id="filter-aligned"> Hide unaligned</label>
<label><input type="checkbox" id="filter-one-sided"> One side only</label>
<label><input type="checkbox" id="filter-unreviewed"> Unreviewed</label>
</fieldset>
<p class="status" id="status" role="status" aria-live="polite"></p>
<button type="button" class="keys-button" id="show-keys" aria-haspopup="dialog">Keys <kbd>?</kbd></button>
<div class="review" role="group" aria-label="Review the chosen row">
${REVIEW_BUTTONS.map(([edit, label, key]) => `<button type="button" data-edit="${edit}" data-key="${key}" aria-keyshortcuts="${/[A-Z]/.test(key) ? `Shift+${key}` : key}" title="${escapeHtml(label)} (${key})">${escapeHtml(label)} <kbd>${key}</kbd></button>`).join('')}
<button type="button" id="undo" aria-keyshortcuts="z" title="Undo the last edit (z)">Undo <kbd>z</kbd></button>
<button type="button" id="save" class="save" title="Download the corrected alignment JSON (Ctrl+S)">Save</button>
<button type="button" id="start-over" title="Forget this review and start from the aligner's links (undo brings it back)">Start over</button>
<span class="review-left" id="review-left"></span>
<span class="review-said" id="review-said" role="status" aria-live="polite"></span>
</div>
</div>`;
}

/** The row edits, as buttons and in the keys dialog: edit name (client/edits.ts), button label, key, what it does. */
const REVIEW_BUTTONS: Array<[string, string, string, string]> = [
  ['accept', 'Accept', 'a', 'accept the row (and go to the next)'],
  ['merge', 'Merge with next', 'm', 'merge the row with the next row'],
  ['split', 'Split', 's', 'split a row with several sentences on a side'],
  ['moveEnUp', 'English ↑', 'u', 'move the first English sentence to the row above'],
  ['moveEnDown', 'English ↓', 'n', 'move the last English sentence to the row below'],
  ['moveDeUp', 'German ↑', 'U', 'move the first German sentence to the row above'],
  ['moveDeDown', 'German ↓', 'N', 'move the last German sentence to the row below'],
  ['link', 'Link', 'i', 'link a one-sided row with the nearest row of the other language'],
  ['unlink', 'Unlink', 'o', 'unlink the row into an English and a German row'],
  ['delete', 'Delete', 'x', 'delete the row from the export (again: restore it)'],
];

/** JSON inside a script element: no `<` at all, so no `</script>` in a sentence can end it. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function renderLegend(summary: ReportSummary): string {
  const claimItems = summary.findings === null
    ? ''
    : '<li><mark class="claim claim-conflict">2015</mark><span class="claim-note">≠ DE 2016</span> conflicting claims</li>' +
      '<li><mark class="claim claim-en-only">2015</mark> claim in one text only</li>' +
      '<li><mark class="claim claim-match">2015</mark> same claim in both</li>';
  return `<aside class="legend" aria-label="Legend">
<ul>
<li><span class="score" style="--hue:0">0.10</span><span class="score" style="--hue:60">0.50</span><span class="score" style="--hue:120">0.90</span> link score 0–1, low → high</li>
<li><mark class="shared">Berlin</mark> name or number the link shares</li>
${claimItems}<li><span class="alone-sample">greyed</span> no counterpart</li>
${summary.moved > 0 ? '<li><span class="moved-sample">moved</span> pair found out of the documents\' order, shown at its English sentence</li>' : ''}
</ul>
</aside>`;
}

/** The table the script fills; without JavaScript the page says it needs it (not in <noscript>: a browser told to run no script still skips that). */
function renderTable(doc: AlignmentDocument): string {
  return `<table class="pairs" id="pairs">
<caption id="pairs-caption"></caption>
<colgroup><col class="col-link"><col class="col-en"><col class="col-de"></colgroup>
<thead><tr><th scope="col">Link</th><th scope="col">English <span class="muted">${doc.sentences.en.length} sentences</span></th><th scope="col">German <span class="muted">${doc.sentences.de.length} sentences</span></th></tr></thead>
<tbody id="rows"></tbody>
</table>
<p class="no-rows" id="no-rows" hidden>No row matches the filters.</p>
<p class="no-js-note">The sentences are drawn by JavaScript, which is off: turn it on to read and review them, or read the alignment JSON itself.</p>`;
}

function renderKeysDialog(tabbed: boolean): string {
  const keys: Array<[string, string]> = [
    ['j / ↓', 'next row'],
    ['k / ↑', 'previous row'],
    ['g / Home', 'first row'],
    ['G / End', 'last row'],
    ['c', 'next row with a conflict'],
    ['l', 'toggle “low confidence only”'],
    ['r', 'toggle “unreviewed only”'],
    ...(tabbed ? [['v', 'switch between English and German order'] as [string, string]] : []),
    ...REVIEW_BUTTONS.map(([, , key, what]) => [key, what] as [string, string]),
    ['z / Ctrl+Z', 'undo the last edit'],
    ['Ctrl+S', 'save the corrected alignment JSON'],
    ['?', 'show this list'],
    ['Esc', 'close this list'],
  ];
  return `<dialog id="keys" aria-labelledby="keys-title">
<h2 id="keys-title" tabindex="-1" autofocus>Keyboard shortcuts</h2>
<dl>${keys.map(([key, what]) => `<div><dt><kbd>${escapeHtml(key)}</kbd></dt><dd>${escapeHtml(what)}</dd></div>`).join('')}</dl>
<p class="muted">Arrow keys, Home and End move between rows once a row has the focus (click a row or press j).</p>
<form method="dialog"><button type="submit">Close</button></form>
</dialog>`;
}

/** "2-1" → "2 English sentences with 1 German sentence". */
function describeType(type: string): string {
  const [en, de] = type.split('-').map(Number) as [number, number];
  const count = (n: number, lang: string) => `${n} ${lang} sentence${n === 1 ? '' : 's'}`;
  if (de === 0) return `${count(en, 'English')} without a German counterpart`;
  if (en === 0) return `${count(de, 'German')} without an English counterpart`;
  return `${count(en, 'English')} with ${count(de, 'German')}`;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** How the report says where a document's language came from. */
const LANGUAGE_SOURCE: Record<string, (confidence: number) => string> = {
  stated: () => 'stated with --langs',
  detected: (confidence) => `detected (confidence ${confidence})`,
  paired: () => 'too short to detect; the other language of the pair',
};
