import type { AlignmentDocument, AlignmentLink, Sentence } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import { cleanSegmentText } from '../core/unitText.js';
import { hasNoLetters, isIndexEntryPair, isPageFurniture, noneDropped, UNIT_FILTERS, type UnitFilter, type UnitFilters } from './hygiene.js';

/** The sentences of one side of a link, joined with single spaces (n-m links become one unit). */
export function joinedText(sentences: Sentence[], indices: number[]): string {
  return cleanSegmentText(indices.map((i) => readerText(sentences[i]!)).join(' '));
}

/** One link as an export sees it: its place in `alignments` and the cleaned text of both sides. */
export interface ExportUnit {
  /** 0-based index of the link in `alignments`: the same number in every export format. */
  index: number;
  link: AlignmentLink;
  en: string;
  de: string;
}

/** What an export wrote and why it left links out; the CLI reports it on stderr. */
export interface ExportCount {
  written: number;
  /** What one written item is called (singular): "translation unit", "line pair", "link". */
  noun: string;
  belowMinScore: number;
  /** 1-0 and 0-1 links, which bilingual formats cannot hold. */
  oneSided: number;
  /** Links whose text was nothing but unwritable characters. */
  emptyAfterCleaning: number;
  /** Links a reviewer deleted in the HTML report (`review: "deleted"`). */
  deletedInReview: number;
  /** Units each translation-memory filter removed (hygiene.ts). */
  dropped: Record<UnitFilter, number>;
}

export interface UnitSelection {
  units: ExportUnit[];
  count: Omit<ExportCount, 'noun'>;
}

/** What every export selects by: the score threshold and the translation-memory filters. */
export interface UnitOptions {
  minScore?: number;
  drop?: UnitFilters;
}

/**
 * The links an export contains, in alignment order. `bilingual` formats (TMX, TSV, Moses) take only
 * links with text on both sides — an empty segment in a CAT tool is an empty translation that
 * deletes text; JSONL keeps omissions with an empty string on the missing side.
 * `--min-score` applies to every format alike: a link is kept when `score >= minScore`. Links a
 * reviewer deleted in the HTML report are left out of every format.
 */
export function selectUnits(doc: AlignmentDocument, options: UnitOptions & { bilingual: boolean }): UnitSelection {
  const minScore = options.minScore ?? 0;
  const units: ExportUnit[] = [];
  const count = { written: 0, belowMinScore: 0, oneSided: 0, emptyAfterCleaning: 0, deletedInReview: 0, dropped: noneDropped() };
  doc.alignments.forEach((link, index) => {
    // Before any other reason: the reviewer's word is final, whatever else would have dropped it.
    if (link.review === 'deleted') {
      count.deletedInReview++;
      return;
    }
    const oneSided = link.en.length === 0 || link.de.length === 0;
    if (options.bilingual && oneSided) {
      count.oneSided++;
      return;
    }
    if (link.score < minScore) {
      count.belowMinScore++;
      return;
    }
    const en = joinedText(doc.sentences.en, link.en);
    const de = joinedText(doc.sentences.de, link.de);
    if (options.bilingual ? en === '' || de === '' : en === '' && de === '') {
      count.emptyAfterCleaning++;
      return;
    }
    units.push({ index, link, en, de });
  });
  const kept = options.drop ? dropUnits(units, options.drop, count.dropped) : units;
  count.written = kept.length;
  return { units: kept, count };
}

/** The units no filter in `drop` removes; `dropped` counts each filter's removals. */
function dropUnits(units: ExportUnit[], drop: UnitFilters, dropped: Record<UnitFilter, number>): ExportUnit[] {
  const key = (unit: ExportUnit) => `${unit.en}\u0000${unit.de}`;
  const repeats = new Map<string, number>();
  for (const unit of units) repeats.set(key(unit), (repeats.get(key(unit)) ?? 0) + 1);
  const indexEntries = units.filter((unit) => isIndexEntryPair(unit.en, unit.de)).length;
  const seen = new Set<string>();
  const removes: Record<UnitFilter, (unit: ExportUnit) => boolean> = {
    pageFurniture: (unit) => isPageFurniture(unit.en, unit.de, { repeats: repeats.get(key(unit))!, indexEntries }),
    numberOnly: (unit) => hasNoLetters(unit.en) && hasNoLetters(unit.de),
    identical: (unit) => unit.en === unit.de,
    duplicates: (unit) => seen.has(key(unit)),
  };
  return units.filter((unit) => {
    const filter = UNIT_FILTERS.find((name) => drop[name] && removes[name](unit));
    seen.add(key(unit));
    if (filter) dropped[filter]++;
    return filter === undefined;
  });
}
