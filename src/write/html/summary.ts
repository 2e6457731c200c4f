import type { Finding, FindingStatus } from '../../core/claims.js';
import type { AlignmentDocument } from '../../core/types.js';
import { linkType } from './views.js';

export interface ReportSummary {
  /** Link types with their counts: aligned types first (1-1, 1-2, 2-1, …), then 1-0, then 0-1. */
  linkTypes: Array<{ type: string; count: number }>;
  /** Links with both sides non-empty. */
  aligned: number;
  /** Mean score of the aligned links (1-0/0-1 links score 0 by definition); null when there are none. */
  meanScore: number | null;
  /** Findings per status; null when no claims were compared. */
  findings: Record<FindingStatus, number> | null;
  /** Links found out of the documents' order (parallel mode). */
  moved: number;
}

export function summarise(doc: AlignmentDocument, findings: readonly Finding[] | undefined): ReportSummary {
  const counts = new Map<string, { en: number; de: number; count: number }>();
  let aligned = 0;
  let scoreSum = 0;
  for (const link of doc.alignments) {
    const type = linkType(link);
    const entry = counts.get(type) ?? { en: link.en.length, de: link.de.length, count: 0 };
    entry.count++;
    counts.set(type, entry);
    if (link.en.length > 0 && link.de.length > 0) {
      aligned++;
      scoreSum += link.score;
    }
  }
  // Aligned types before omissions, then by size: 1-1, 1-2, 2-1, 2-2, …, 1-0, 2-0, 0-1, 0-2.
  const group = (t: { en: number; de: number }) => (t.en > 0 && t.de > 0 ? 0 : t.de === 0 ? 1 : 2);
  const linkTypes = [...counts.entries()]
    .map(([type, t]) => ({ type, ...t }))
    .sort((a, b) => group(a) - group(b) || a.en + a.de - (b.en + b.de) || a.en - b.en)
    .map(({ type, count }) => ({ type, count }));
  return {
    linkTypes,
    aligned,
    meanScore: aligned === 0 ? null : scoreSum / aligned,
    findings: findings ? countFindings(findings) : null,
    moved: doc.alignments.filter((link) => link.moved).length,
  };
}

function countFindings(findings: readonly Finding[]): Record<FindingStatus, number> {
  const counts: Record<FindingStatus, number> = { conflict: 0, 'en-only': 0, 'de-only': 0, match: 0 };
  for (const finding of findings) counts[finding.status]++;
  return counts;
}
