import type { DocumentFeatures } from '../analyse/documentFeatures.js';
import { contentCount, type SentenceFeatures } from '../analyse/features.js';
import type { AlignmentLink } from '../core/types.js';
import type { PairMatcher } from '../score/match.js';
import { describePair, groupEvidence, pairEvidence, type GroupEvidence } from '../score/pair.js';

/** A sentence (or run of sentences) without a counterpart. */
export function omission(en: number[], de: number[]): AlignmentLink {
  return { en, de, score: 0 };
}

/** A link with its evidence, scored on the exact token matches of the two groups. */
export function describeLink(enAll: DocumentFeatures, deAll: DocumentFeatures, en: number[], de: number[], matcher: PairMatcher): AlignmentLink {
  const evidence = en.length === 1 && de.length === 1 ? pairLinkEvidence(enAll, en[0]!, deAll, de[0]!, matcher) : groupLinkEvidence(enAll, deAll, en, de, matcher);
  const { score, lexical, length, shared } = describePair(anchorsOf(enAll, en), anchorsOf(deAll, de), evidence);
  return { en, de, score, lexical, length, shared };
}

/** The evidence of a 1-1 link (most links), read from the flat features, on the keys both documents have. */
function pairLinkEvidence(enAll: DocumentFeatures, i: number, deAll: DocumentFeatures, j: number, matcher: PairMatcher): GroupEvidence {
  return pairEvidence(enAll, i, deAll, j, matcher.countPair(enAll, i, deAll, j));
}

function groupLinkEvidence(enAll: DocumentFeatures, deAll: DocumentFeatures, en: number[], de: number[], matcher: PairMatcher): GroupEvidence {
  const enGroup = en.map((i) => enAll.at(i));
  const deGroup = de.map((j) => deAll.at(j));
  const deMerged = mergeFeatures(deGroup);
  matcher.load(mergeFeatures(enGroup));
  const matched = matcher.count(deMerged);
  if (enGroup.length > 1) {
    // The matcher tracks 31 English tokens one by one; count a long group sentence by sentence.
    matched.en = 0;
    for (const f of enGroup) {
      matcher.load(f);
      matched.en += matcher.count(deMerged).en;
    }
  }
  return groupEvidence(enGroup, deGroup, matched);
}

function anchorsOf(doc: DocumentFeatures, sentences: number[]): string[] {
  return sentences.length === 1 ? doc.anchorsOf(sentences[0]!) : sentences.flatMap((i) => doc.anchorsOf(i));
}

/**
 * Share of the content tokens of the one sentence of `skip` (a 1-0 or 0-1 span, as
 * [i0, i1, j0, j1]) that find a counterpart in the other document's sentences of `group`.
 */
export function foundShare(enAll: DocumentFeatures, deAll: DocumentFeatures, skip: readonly number[], group: readonly number[], matcher: PairMatcher): number {
  const [i0, i1, j0] = skip as [number, number, number, number];
  const [gi0, gi1, gj0, gj1] = group as [number, number, number, number];
  if (i1 > i0) {
    const sentence = enAll.at(i0);
    const tokens = contentCount(sentence);
    if (tokens === 0) return 0;
    matcher.load(sentence);
    return matcher.count(mergeFeatures(deAll.slice(gj0, gj1))).en / tokens;
  }
  const sentence = deAll.at(j0);
  const tokens = contentCount(sentence);
  if (tokens === 0) return 0;
  matcher.load(mergeFeatures(enAll.slice(gi0, gi1)));
  return matcher.count(sentence).de / tokens;
}

/**
 * How many more content tokens of the other side of `link` (a span [i0, i1, j0, j1]) find a
 * counterpart once the one sentence of `skip` (a 1-0 or 0-1 span beside it) joins the link.
 */
export function addedMatches(enAll: DocumentFeatures, deAll: DocumentFeatures, skip: readonly number[], link: readonly number[], matcher: PairMatcher): number {
  return grownBy(enAll, deAll, skip, link, matcher, (de) => matcher.count(de).de, (de) => matcher.count(de).en);
}

/**
 * `addedMatches` with each token used once: how many more tokens pair off across the link when the skip
 * joins it. Where the other side says a word twice ("… der Befehl udpkg … udpkg ist eine reduzierte
 * Variante des dpkg-Befehls."), the link's one "udpkg" pairs with one of them and a piece that says it
 * again with the other, which `addedMatches` does not count: there the link's word explains both.
 */
export function addedPairs(enAll: DocumentFeatures, deAll: DocumentFeatures, skip: readonly number[], link: readonly number[], matcher: PairMatcher): number {
  const paired = (de: SentenceFeatures) => matcher.pairedOneToOne(de);
  return grownBy(enAll, deAll, skip, link, matcher, paired, paired);
}

/**
 * How much a count of the link grows when the skip joins it: `germanSide` counts the German side's tokens
 * against the loaded English (when an English sentence joins), `englishSide` the English side's, sentence by
 * sentence (when a German sentence joins; the matcher tracks 31 English tokens a sentence).
 */
function grownBy(enAll: DocumentFeatures, deAll: DocumentFeatures, skip: readonly number[], link: readonly number[], matcher: PairMatcher, germanSide: (de: SentenceFeatures) => number, englishSide: (de: SentenceFeatures) => number): number {
  const [si0, si1, sj0, sj1] = skip as [number, number, number, number];
  const [i0, i1, j0, j1] = link as [number, number, number, number];
  if (si1 > si0) {
    const de = mergeFeatures(deAll.slice(j0, j1));
    matcher.load(mergeFeatures(enAll.slice(Math.min(i0, si0), Math.max(i1, si1))));
    const grown = germanSide(de);
    matcher.load(mergeFeatures(enAll.slice(i0, i1)));
    return grown - germanSide(de);
  }
  const grownDe = mergeFeatures(deAll.slice(Math.min(j0, sj0), Math.max(j1, sj1)));
  const de = mergeFeatures(deAll.slice(j0, j1));
  let grown = 0;
  for (let i = i0; i < i1; i++) {
    matcher.loadSentence(enAll, i);
    grown += englishSide(grownDe) - englishSide(de);
  }
  return grown;
}

/** Several sentences as one, for scoring a group. */
export function mergeFeatures(group: SentenceFeatures[]): SentenceFeatures {
  if (group.length === 1) return group[0]!;
  const tokens = group.reduce((sum, f) => sum + f.starts.length - 1, 0);
  const starts = new Int32Array(tokens + 1);
  const keys = new Int32Array(group.reduce((sum, f) => sum + f.keys.length, 0));
  let t = 0;
  let k = 0;
  for (const f of group) {
    keys.set(f.keys, k);
    for (let s = 1; s < f.starts.length; s++) starts[++t] = k + f.starts[s]!;
    k += f.keys.length;
  }
  const heads = Int32Array.from(group.flatMap((f) => [...f.heads]));
  return { length: group.reduce((sum, f) => sum + f.length, 0), starts, keys, heads, anchors: group.flatMap((f) => f.anchors), clauseStarts: mergedClauseStarts(group) };
}

/** Each sentence of a group opens a clause, as do its own clause marks (shifted past the sentences before it). */
function mergedClauseStarts(group: SentenceFeatures[]): number {
  let bits = 0;
  let offset = 0;
  for (const f of group) {
    if (offset > 0) bits |= 1 << Math.min(offset, 30);
    if (offset < 31) bits |= f.clauseStarts << offset;
    offset += f.starts.length - 1;
  }
  return bits;
}

/**
 * Completes a set of links so that every sentence appears in exactly one entry:
 * unlinked sentences get a 1-0 or 0-1 entry. Entries are ordered by their first
 * English index (0-1 entries slotted after the English sentence before them).
 */
export function completeLinks(links: AlignmentLink[], enCount: number, deCount: number): AlignmentLink[] {
  const enSeen = new Uint8Array(enCount);
  const deSeen = new Uint8Array(deCount);
  for (const l of links) {
    for (const i of l.en) enSeen[i] = 1;
    for (const j of l.de) deSeen[j] = 1;
  }
  const all = [...links];
  for (let i = 0; i < enCount; i++) if (!enSeen[i]) all.push(omission([i], []));
  for (let j = 0; j < deCount; j++) if (!deSeen[j]) all.push(omission([], [j]));
  return all.sort(compareLinks);
}

function compareLinks(a: AlignmentLink, b: AlignmentLink): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka[0] - kb[0] || ka[1] - kb[1];
}

function sortKey(l: AlignmentLink): [number, number] {
  if (l.en.length > 0) return [l.en[0]!, l.de[0] ?? -1];
  return [Number.MAX_SAFE_INTEGER, l.de[0]!];
}
