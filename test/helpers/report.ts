import { expect } from 'vitest';
import type { AlignmentDocument } from '../../src/core/types.js';
import { PURE_CLIENT_SCRIPT } from '../../src/write/html/script.js';

/** The report's data blob: the alignment and each sentence's marks, as the page's script reads it. */
export function reportData(html: string): ReportData {
  const json = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  if (!json) throw new Error('the report carries no data blob');
  expect(json[1]).not.toContain('<');
  return JSON.parse(json[1]!) as ReportData;
}

// The page's data and functions are plain JavaScript: any, as the browser sees them.
/* eslint-disable @typescript-eslint/no-explicit-any */
export type ReportData = { alignment: AlignmentDocument; views: Array<{ id: string; label: string; restHeading?: string }>; [key: string]: any };

/** The page's own functions (rows, marks, edits, saving), run in Node as the browser runs them. */
export const client: Record<string, any> = new Function(
  `${PURE_CLIENT_SCRIPT}\nreturn { rowsOfAlignment, viewItems, rowHtml, markedText, EDITS, rowMaker, savedAlignmentJson, isAligned };`,
)();

/** The `<tr>` elements of one view, in order, as the page's script draws them from the report's data. */
export function rowsOf(html: string, viewId: string): string[] {
  const data = reportData(html);
  const view = data.views.find((v) => v.id === viewId);
  if (!view) throw new Error(`no view ${viewId}`);
  return (client.viewItems(client.rowsOfAlignment(data.alignment), view) as Array<{ heading?: string }>)
    .filter((item) => !item.heading)
    .map((row) => client.rowHtml(row, viewId, data) as string);
}
