import { CLAIMS_FORMAT, CLAIMS_FORMAT_VERSION, type ClaimsDiffDocument, type Finding } from '../core/claims.js';
import type { AlignmentDocument, AlignmentLink, Lang } from '../core/types.js';
import type { Claim } from './claim.js';
import { compareLink, type DiffContext } from './compare.js';
import { extractClaims } from './extract/index.js';
import { ClaimLookup } from './lookup.js';

/**
 * The claims diff of an alignment: every claim of both documents as a match, a conflict, or
 * English-/German-only. Pure and deterministic; see docs/format.md ("Claims") for the rules.
 */
export function diffClaims(alignment: AlignmentDocument): Finding[] {
  const claims: Record<Lang, Claim[][]> = {
    en: alignment.sentences.en.map((s) => extractClaims(s.text, 'en')),
    de: alignment.sentences.de.map((s) => extractClaims(s.text, 'de')),
  };
  const context: DiffContext = {
    sentences: alignment.sentences,
    claims,
    lookup: { en: new ClaimLookup(claims.en), de: new ClaimLookup(claims.de) },
    compareNegation: () => true,
    reportedElsewhere: new Set(),
  };
  const findings = linksCoveringEverySentence(alignment).flatMap((link) => compareLink(link, context));
  return findings.sort(compareFindings);
}

export function buildClaimsDiff(alignment: AlignmentDocument): ClaimsDiffDocument {
  return {
    format: CLAIMS_FORMAT,
    version: CLAIMS_FORMAT_VERSION,
    documents: alignment.documents,
    sentences: alignment.sentences,
    findings: diffClaims(alignment),
  };
}

/** The alignment's links plus a one-sided link for any sentence a hand-edited alignment left out. */
function linksCoveringEverySentence(alignment: AlignmentDocument): AlignmentLink[] {
  const links = [...alignment.alignments];
  for (const lang of ['en', 'de'] as const) {
    const covered = new Set(alignment.alignments.flatMap((link) => link[lang]));
    alignment.sentences[lang].forEach((_, i) => {
      if (!covered.has(i)) links.push(lang === 'en' ? { en: [i], de: [], score: 0 } : { en: [], de: [i], score: 0 });
    });
  }
  return links;
}

const NOWHERE = Number.MAX_SAFE_INTEGER;

/** Conflicts first, then by position: English sentence and offset, then German sentence and offset. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    rank(a) - rank(b) ||
    (a.en?.sentence ?? NOWHERE) - (b.en?.sentence ?? NOWHERE) ||
    (a.en?.start ?? 0) - (b.en?.start ?? 0) ||
    (a.de?.sentence ?? NOWHERE) - (b.de?.sentence ?? NOWHERE) ||
    (a.de?.start ?? 0) - (b.de?.start ?? 0) ||
    (a.type < b.type ? -1 : a.type > b.type ? 1 : 0)
  );
}

function rank(finding: Finding): number {
  return finding.status === 'conflict' ? 0 : 1;
}
