import { REVIEW_EDITS } from './client/edits.js';
import { PAGE_SCRIPT } from './client/page.js';
import { MARKED_TEXT, ROW_MARKUP } from './client/rowMarkup.js';
import { SAVE_ALIGNMENT } from './client/save.js';
import { VIRTUAL_ROWS } from './client/virtualRows.js';

/**
 * The report's behaviour, plain JavaScript inlined in the page: it draws the rows from the JSON
 * the page carries (only those on screen), filters them, and lets a reviewer correct the
 * alignment and save it. The parts are kept apart by concern in client/ and joined here in one
 * function scope; `npx tsc` stays the only build step.
 */
export const REPORT_SCRIPT = `(function () {
  'use strict';
${ROW_MARKUP}
${MARKED_TEXT}
${REVIEW_EDITS}
${SAVE_ALIGNMENT}
${VIRTUAL_ROWS}
${PAGE_SCRIPT}
})();
`;

/** The parts without the page, for running in Node (the tests) or anywhere without a DOM. */
export const PURE_CLIENT_SCRIPT = `${ROW_MARKUP}\n${MARKED_TEXT}\n${REVIEW_EDITS}\n${SAVE_ALIGNMENT}`;
