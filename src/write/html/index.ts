/** The side-by-side HTML report: `renderReport(alignment, findings, options)` → one self-contained page. */
export { renderReport, DEFAULT_LOW_SCORE_THRESHOLD, type ReportOptions } from './render.js';
