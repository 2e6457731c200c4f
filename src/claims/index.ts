import { CLAIMS_FORMAT, CLAIMS_FORMAT_VERSION, type ClaimType, type ClaimsDiffDocument, type Finding } from '../core/claims.js';
import { isEnglishGerman, pairLanguages, type AlignMode, type AlignmentDocument, type AlignmentLink, type Lang, type Sentence } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import { UserError } from '../core/errors.js';
import { compareLink } from './compare.js';
import type { Claim } from './claim.js';
import type { DiffContext } from './diffContext.js';
import { extractDocumentClaims } from './extract/document.js';
import { ClaimLookup } from './lookup.js';
import { ClaimContexts } from './context.js';
import { WrittenNames } from './writtenNames.js';
import { shippedLexicon, shippedReverseLexicon } from '../lexicon/load.js';
import type { Lexicon } from '../lexicon/lexicon.js';

export { extractDocumentClaims };

/**
 * The claims diff of an alignment: every claim of both documents as a match, a conflict, or
 * English-/German-only. Pure and deterministic; the rules are in docs/format.md, "How claims are compared".
 */
export function diffClaims(alignment: AlignmentDocument, options: DiffOptions = {}): Finding[] {
  // Claim extraction reads English and German (number formats, month names, negation words).
  const languages = pairLanguages(alignment);
  if (!isEnglishGerman(languages)) {
    throw new UserError(`the claims diff and the HTML report read English and German only, and this alignment is ${languages.join('–')}; write it as json, tsv, moses, jsonl or tmx`);
  }
  const contexts = new ClaimContexts(
    () => (options.lexicon === undefined ? shippedLexicon() : options.lexicon),
    () => (options.lexicon === null ? null : shippedReverseLexicon()),
  );
  const claims = extractDocumentClaims(alignment.sentences, {}, (word) => contexts.isWord(word, 'en'));
  const context: DiffContext = {
    sentences: alignment.sentences,
    claims,
    lookup: { en: new ClaimLookup(claims.en), de: new ClaimLookup(claims.de) },
    confident: (link) => confidentLink(alignment.mode, link),
    reportedOnce: new Set(),
    contexts,
    written: { en: writtenNames(alignment.sentences.en), de: writtenNames(alignment.sentences.de) },
  };
  const findings = linksCoveringEverySentence(alignment).flatMap((link) => compareLink(link, context));
  return findings.map((finding) => (finding.type === 'range' ? { ...finding, type: rangeType(finding, claims) } : finding)).sort(compareFindings);
}

/**
 * A range is a claim of the kind of its ends: "between 7,000 and 10,000 euros" is an amount, "from 1850 to 1950" a date,
 * and a reader looking for the amounts that differ finds it among them (its value, "7000 EUR..10000 EUR", shows the range).
 */
function rangeType(finding: Finding, claims: Record<Lang, Claim[][]>): ClaimType {
  for (const lang of ['en', 'de'] as const) {
    const side = finding[lang];
    const claim = side && claims[lang][side.sentence]?.find((item) => item.type === 'range' && item.start === side.start && item.end === side.end);
    const type = claim?.kind.split(':')[0];
    if (type !== undefined && CLAIM_TYPES.has(type)) return type as ClaimType;
  }
  return 'range';
}

const CLAIM_TYPES: ReadonlySet<string> = new Set(['number', 'amount', 'percentage', 'date', 'time', 'ordinal', 'quantity']);

/**
 * `lexicon`: what tells whether two claims are about the same thing (context.ts): the shipped one
 * (both directions) when undefined, none when null, else the given one with the shipped DE→EN direction.
 */
export interface DiffOptions {
  lexicon?: Lexicon | null;
}

function writtenNames(sentences: Sentence[]): WrittenNames {
  return new WrittenNames(() => sentences.map(readerText));
}

export function buildClaimsDiff(alignment: AlignmentDocument, options: DiffOptions = {}): ClaimsDiffDocument {
  return {
    format: CLAIMS_FORMAT,
    version: CLAIMS_FORMAT_VERSION,
    documents: alignment.documents,
    sentences: alignment.sentences,
    findings: diffClaims(alignment, options),
  };
}

/**
 * Comparable texts are written independently, so one side saying "not" where the other does not, or
 * "50" where the other says "35", is weak evidence unless the aligner is confident the sentences say
 * the same thing. In a translation (parallel mode) every link is taken at its word. A comparable
 * link's score is the lowest probability of its sentence pairs being gold links; at 0.8 or more, 37
 * of its 42 pairs are gold links and 31 strong ones — the same main claim — over the 32 news stories
 * and 6 seed pairs of bench/align-comparable-news.mjs (against 54 of 77 strong at 0.7, 112 of 193 at
 * 0.5): a reported conflict should rest on the same claim.
 */
export const CONFIDENT_SCORE_COMPARABLE = 0.8;

function confidentLink(mode: AlignMode, link: AlignmentLink): boolean {
  return mode === 'parallel' || link.score >= CONFIDENT_SCORE_COMPARABLE;
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
