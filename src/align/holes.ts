/** A link of the DP path: English sentences i0 … i1 − 1 and German sentences j0 … j1 − 1. */
export type Span = [number, number, number, number];

/** Paragraph starts of both documents (1 = the sentence opens a paragraph); see analyse/paragraphs.ts. */
export interface Paragraphs {
  en: Uint8Array;
  de: Uint8Array;
}

/** A merged link never grows beyond this many sentences on either side (paragraphs longer than this keep their sentence links). */
export const MAX_PARAGRAPH_SENTENCES = 10;

/**
 * Where a translator restructured a paragraph (split or joined sentences), the correspondence of
 * the sentences around the split is a guess, while the paragraph as a whole certainly corresponds:
 * such a paragraph becomes one n-m link (hunalign's "holes"; also the convention of the handbook
 * gold, where a paragraph with unequal sentence counts is one link).
 *
 * A paragraph pair is a run of DP links between two points of the path where both documents
 * start a paragraph. The run becomes one link when it holds a split or merge (any shape but 1-1
 * with sentences on both sides) or a sentence without a counterpart whose content is in the
 * paragraph's other side after all, or sentences without a counterpart on both sides (most
 * likely each other's translation in words the lexicon lacks: "They must thus be upgraded
 * together." / "Sie müssen also auch gleichzeitig aktualisiert werden."). A run with a sentence whose content is not there is left
 * alone: a real omission stays visible and never collapses into its neighbours, and a paragraph
 * dropped as a whole is a run of omissions only. Without paragraph marks in both documents
 * nothing changes — sentence-level evidence alone cannot tell where a restructured paragraph
 * ends (docs/alignment.md, "Restructured paragraphs").
 */
export function mergeRestructuredParagraphs(spans: Span[], paragraphs: Paragraphs | undefined, found: FoundShare): Span[] {
  if (!paragraphs || spans.length === 0) return spans;
  const n = paragraphs.en.length;
  const m = paragraphs.de.length;
  const boundary = (i: number, j: number) => (i === n || paragraphs.en[i] === 1) && (j === m || paragraphs.de[j] === 1);
  const out: Span[] = [];
  let from = 0;
  for (let k = 1; k <= spans.length; k++) {
    const next = spans[k];
    if (next !== undefined && !boundary(next[0], next[2])) continue;
    const run = spans.slice(from, k);
    // Appended one by one: a run may hold a whole document's spans, more than a call's arguments.
    if (restructured(run, found)) out.push(joined(run));
    else for (const span of run) out.push(span);
    from = k;
  }
  return out;
}

/**
 * Share of the content of a sentence without a counterpart (a 1-0 or 0-1 span) that is found in
 * the other document's side of the paragraph pair `paragraph`.
 */
export type FoundShare = (skip: Span, paragraph: Span) => number;

/**
 * A skipped sentence whose content is at least this much in the paragraph was merged by the translator,
 * not dropped. Low on purpose: a sentence the DP left alone inside a paragraph pair whose other sentences
 * correspond is mostly half of a split it did not dare (merges cost more than a skip), and shares little
 * with the other side because the lexicon misses the translator's wording. Only a sentence with next to
 * nothing in the other paragraph — an addition — stays visible as an omission. Measured with real
 * paragraph marks (bench/align-handbook-html.mjs, before the both-sides rule: 0.5 → 0.985,
 * 0.2 → 0.988, 0 → 0.989 strict F1).
 */
export const ABSORBED_SHARE = 0.2;

function restructured(run: Span[], found: FoundShare): boolean {
  if (run.length < 2 || run.every(isSkip)) return false;
  const all = joined(run);
  if (all[1] - all[0] > MAX_PARAGRAPH_SENTENCES || all[3] - all[2] > MAX_PARAGRAPH_SENTENCES) return false;
  const skips = run.filter(isSkip);
  if (skips.some((s) => s[1] - s[0] + (s[3] - s[2]) !== 1)) return false;
  // Sentences left alone on both sides of one paragraph pair are most likely each other's translation.
  const bothSides = skips.some((s) => s[0] === s[1]) && skips.some((s) => s[2] === s[3]);
  if (!bothSides && skips.some((s) => found(s, all) < ABSORBED_SHARE)) return false;
  return skips.length > 0 || run.some((s) => s[1] - s[0] !== 1 || s[3] - s[2] !== 1);
}

/** A 1-0 or 0-1 span: sentences on one side only. */
export function isSkip(s: Span): boolean {
  return s[0] === s[1] || s[2] === s[3];
}

/** The span from the first of a run of neighbouring spans to the end of the last. */
export function joined(run: Span[]): Span {
  return [run[0]![0], run[run.length - 1]![1], run[0]![2], run[run.length - 1]![3]];
}
