import type { Finding } from '../../core/claims.js';
import type { AlignmentDocument, Lang } from '../../core/types.js';
import { readerText } from '../../segment/readerText.js';
import { escapeHtml } from './escape.js';
import { claimMarksBySentence, renderMarkedText, sharedSpans, type ClaimMark } from './marks.js';
import type { ReportRow, ReportView } from './views.js';

const COUNTERPART_MISSING: Record<Lang, string> = { en: 'no English counterpart', de: 'no German counterpart' };

/** Renders table rows; built once per report so claim marks are indexed a single time. */
export class RowRenderer {
  private readonly claims: Map<string, ClaimMark[]>;
  /** The conflicting findings (by index) touching each sentence, to flag their rows for the filter. */
  private readonly conflictsBySentence = new Map<string, number[]>();

  constructor(
    private readonly doc: AlignmentDocument,
    findings: readonly Finding[] | undefined,
  ) {
    this.claims = claimMarksBySentence(findings ?? [], doc.sentences);
    (findings ?? []).forEach((finding, index) => {
      if (finding.status !== 'conflict') return;
      for (const lang of ['en', 'de'] as const) {
        const side = finding[lang];
        if (!side) continue;
        const key = `${lang}:${side.sentence}`;
        this.conflictsBySentence.set(key, [...(this.conflictsBySentence.get(key) ?? []), index]);
      }
    });
  }

  view(view: ReportView): string {
    return view.sections
      .map((section) => {
        const head = section.heading
          ? `<tr class="section-head"><th colspan="3" scope="colgroup">${escapeHtml(section.heading)} <span class="count">(${section.rows.length})</span></th></tr>\n`
          : '';
        return `<tbody>\n${head}${section.rows.map((row) => this.row(view.id, row)).join('')}</tbody>\n`;
      })
      .join('');
  }

  private row(viewId: string, row: ReportRow): string {
    const conflicts = this.countConflicts(row);
    const classes = ['pair', row.aligned ? 'aligned' : 'unaligned', conflicts > 0 ? 'has-conflict' : ''].filter(Boolean).join(' ');
    return (
      `<tr id="${viewId}-${row.link}" class="${classes}" tabindex="-1" data-link="${row.link}" data-type="${row.type}"` +
      ` data-score="${row.score}" data-aligned="${row.aligned}" data-conflicts="${conflicts}">` +
      this.linkCell(row) +
      this.sideCell('en', row) +
      this.sideCell('de', row) +
      '</tr>\n'
    );
  }

  /** How many conflicts have a side in this row (a conflict within the row counts once). */
  private countConflicts(row: ReportRow): number {
    const conflicts = new Set<number>();
    for (const lang of ['en', 'de'] as const) {
      for (const i of row[lang]) for (const index of this.conflictsBySentence.get(`${lang}:${i}`) ?? []) conflicts.add(index);
    }
    return conflicts.size;
  }

  /** The row header: score (colour and number), link type and the link's index in the JSON. */
  private linkCell(row: ReportRow): string {
    const evidence = [`score ${row.score}`];
    if (row.lexical !== undefined) evidence.push(`lexical ${row.lexical}`);
    if (row.length !== undefined) evidence.push(`length ${row.length}`);
    if (row.shared.length > 0) evidence.push(`shared: ${row.shared.join(', ')}`);
    const score = row.aligned
      ? `<span class="score" style="--hue:${Math.round(clamp01(row.score) * 120)}" title="${escapeHtml(evidence.join(' · '))}">${row.score.toFixed(2)}</span>` +
        `<span class="meter" aria-hidden="true"><span style="width:${Math.round(clamp01(row.score) * 100)}%"></span></span>`
      : '<span class="score none" title="no counterpart, no score">–<span class="sr-only">no score</span></span>';
    return `<th scope="row" class="link">${score}<span class="kind"><span class="type">${row.type}</span>${row.moved ? ' <span class="moved" title="Found out of the documents\' order: the translator moved this sentence. The row stands at the English sentence\'s place.">moved</span>' : ''} <span class="lid" title="link ${row.link} in the alignment JSON">#${row.link}</span></span></th>`;
  }

  private sideCell(lang: Lang, row: ReportRow): string {
    const indices = row[lang];
    if (indices.length === 0) {
      return `<td class="side ${lang} empty" lang="${lang}"><span class="none" lang="en">${COUNTERPART_MISSING[lang]}</span></td>`;
    }
    const sentences = indices.map((index) => {
      const sentence = this.doc.sentences[lang][index];
      if (!sentence) return `<div class="sent missing" lang="en">sentence ${index} is missing from the alignment file</div>`;
      const body = renderMarkedText(readerText(sentence), sharedSpans(readerText(sentence), lang, row.shared), this.claims.get(`${lang}:${index}`) ?? []);
      return `<div class="sent"><span class="sn" title="sentence ${index}">${index}</span><span class="st">${body}</span></div>`;
    });
    return `<td class="side ${lang}${row.aligned ? '' : ' alone'}" lang="${lang}">${sentences.join('')}</td>`;
  }
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
