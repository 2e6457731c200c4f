import { prf } from './score.js';

/**
 * Comparable gold in the shared development format (`links.json`): per article pair, links between
 * 1-based line numbers of two segment files, each link `strong` (one sentence's main claim is
 * expressed in the other) or `weak` (they share facts, not the main claim).
 */
export interface ComparableGoldPair {
  /** Names of the segment files (`segments/<en>.txt`, `segments/<de>.txt`). */
  en: string;
  de: string;
  links: ComparableGoldLink[];
}

export interface ComparableGoldLink {
  /** 0-based segment indices (the file's 1-based line numbers minus one). */
  en: number;
  de: number;
  kind: 'strong' | 'weak';
}

/** Whether a gold file's text is comparable gold (a JSON object with `pairs`) rather than vecalign's link lines. */
export function isComparableGold(text: string): boolean {
  return /^\s*\{/.test(text);
}

/** Parses `links.json`; returns the pairs, or what is wrong with the file. */
export function parseComparableGold(text: string): { pairs: ComparableGoldPair[] } | { error: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { error: 'not JSON' };
  }
  const pairs = (doc as { pairs?: unknown }).pairs;
  if (!Array.isArray(pairs) || pairs.length === 0) return { error: 'expected {"pairs": [{"en": …, "de": …, "links": […]}]}' };
  const out: ComparableGoldPair[] = [];
  for (const [k, pair] of pairs.entries()) {
    const p = pair as { en?: unknown; de?: unknown; links?: unknown };
    if (typeof p.en !== 'string' || typeof p.de !== 'string' || !Array.isArray(p.links)) return { error: `pair ${k + 1}: expected "en", "de" and "links"` };
    const links: ComparableGoldLink[] = [];
    for (const link of p.links) {
      const l = link as { e?: unknown; d?: unknown; kind?: unknown };
      if (!isLineNumber(l.e) || !isLineNumber(l.d) || (l.kind !== 'strong' && l.kind !== 'weak')) {
        return { error: `pair ${p.en}-${p.de}: a link is not {"e": line, "d": line, "kind": "strong" | "weak"}` };
      }
      links.push({ en: l.e - 1, de: l.d - 1, kind: l.kind });
    }
    out.push({ en: p.en, de: p.de, links });
  }
  return { pairs: out };
}

function isLineNumber(x: unknown): x is number {
  return Number.isInteger(x) && (x as number) >= 1;
}

/** A segment file's lines as character spans of the source text it was cut from; a leading `+` marks an optional boundary. */
export function segmentSpans(segmentText: string, source: string): { spans: Array<[number, number]> } | { missing: string } {
  const spans: Array<[number, number]> = [];
  let position = 0;
  for (const raw of segmentText.replace(/\n+$/, '').split('\n')) {
    const segment = raw.startsWith('+') ? raw.slice(1) : raw;
    const at = source.indexOf(segment, position);
    if (at < 0) return { missing: segment };
    spans.push([at, at + segment.length]);
    position = at + segment.length;
  }
  return { spans };
}

/** For each sentence (a span of the source), the gold segments it covers: at least half of the segment or half of the sentence. */
export function mapToSegments(sentences: ReadonlyArray<{ start: number; end: number }>, segments: ReadonlyArray<[number, number]>): number[][] {
  return sentences.map(({ start, end }) => {
    const covered: number[] = [];
    segments.forEach(([from, to], g) => {
      const overlap = Math.min(end, to) - Math.max(start, from);
      if (overlap > 0 && (overlap * 2 >= to - from || overlap * 2 >= end - start)) covered.push(g);
    });
    return covered;
  });
}

export interface ComparableScores {
  /** Proposed sentence pairs that are gold links (strong or weak), over all proposed pairs. */
  precision: number;
  /** Sentences with a strong gold link that are linked to one of their gold counterparts, over all such sentences. */
  recall: number;
  f1: number;
  proposedPairs: number;
  correctPairs: number;
  strongSentences: number;
  coveredSentences: number;
}

/**
 * Scores an alignment against comparable gold as the shared development scorer does: each link
 * proposes every English × German pair of its sentences, mapped onto gold segments (`map`); a
 * proposed pair is right when it is a gold link of either kind; a sentence with a strong gold link
 * is covered when it is linked to one of its gold counterparts (of either kind).
 */
export function scoreComparable(
  links: ReadonlyArray<{ en: number[]; de: number[] }>,
  gold: ComparableGoldLink[],
  map: { en: number[][]; de: number[][] },
): ComparableScores {
  const kinds = new Map(gold.map((l) => [pairKey(l.en, l.de), l.kind]));
  const proposed = new Set<number>();
  const proposedPairs: Array<[number, number]> = [];
  for (const link of links) {
    if (link.en.length === 0 || link.de.length === 0) continue;
    for (const i of link.en) {
      for (const j of link.de) {
        for (const e of map.en[i] ?? []) {
          for (const d of map.de[j] ?? []) {
            const key = pairKey(e, d);
            if (proposed.has(key)) continue;
            proposed.add(key);
            proposedPairs.push([e, d]);
          }
        }
      }
    }
  }
  const correctPairs = proposedPairs.filter(([e, d]) => kinds.has(pairKey(e, d))).length;
  const strong = gold.filter((l) => l.kind === 'strong');
  const needEn = new Set(strong.map((l) => l.en));
  const needDe = new Set(strong.map((l) => l.de));
  const linkedEn = new Set(proposedPairs.filter(([e, d]) => needEn.has(e) && kinds.has(pairKey(e, d))).map(([e]) => e));
  const linkedDe = new Set(proposedPairs.filter(([e, d]) => needDe.has(d) && kinds.has(pairKey(e, d))).map(([, d]) => d));
  const strongSentences = needEn.size + needDe.size;
  const coveredSentences = linkedEn.size + linkedDe.size;
  return withF1({ proposedPairs: proposedPairs.length, correctPairs, strongSentences, coveredSentences });
}

/** Precision, recall and F1 of counts (several article pairs' counts may be summed first). */
export function withF1(counts: Pick<ComparableScores, 'proposedPairs' | 'correctPairs' | 'strongSentences' | 'coveredSentences'>): ComparableScores {
  return { ...prf(counts.correctPairs, counts.proposedPairs, counts.coveredSentences, counts.strongSentences), ...counts };
}

function pairKey(en: number, de: number): number {
  return en * 1_000_003 + de;
}
