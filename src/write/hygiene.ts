/**
 * Translation-memory hygiene: units that align well but teach a CAT tool nothing, named as LF
 * Aligner users know the filters. Pure predicates over a unit's two cleaned texts.
 */

/** The filters an export can apply, each on or off (`pageFurniture` is on for text extracted from pages). */
export interface UnitFilters {
  /** A unit whose English and German text an earlier unit already had ("Tip" ↔ "Tipp" 157 times). */
  duplicates?: boolean;
  /** No letter on either side: page numbers, figures, table cells of digits. */
  numberOnly?: boolean;
  /** The same text on both sides: code, commands, untranslated names. */
  identical?: boolean;
  /** Page numbers, index entries and running headers left in text extracted from pages. */
  pageFurniture?: boolean;
}

export type UnitFilter = keyof UnitFilters;

/** In the order they are tried; a unit is counted under the first filter that removes it. */
export const UNIT_FILTERS: readonly UnitFilter[] = ['pageFurniture', 'numberOnly', 'identical', 'duplicates'];

/** A count of zero removals for every filter, to add to. */
export function noneDropped(): Record<UnitFilter, number> {
  return { pageFurniture: 0, numberOnly: 0, identical: 0, duplicates: 0 };
}

/** How the stderr count names each filter's removals. */
export const FILTER_LABELS: Record<UnitFilter, string> = {
  pageFurniture: 'page furniture (page numbers, index entries, running headers)',
  numberOnly: 'number-only',
  identical: 'identical on both sides',
  duplicates: 'duplicate',
};

export function hasNoLetters(text: string): boolean {
  return !/\p{L}/u.test(text);
}

/** "21", "xiv", "Page 21", "Seite 21 von 40", "- 21 -". */
const PAGE_NUMBER = /^[-–—\s]*(?:(?:page|seite|p\.|s\.)\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|von|\/)\s*\d{1,4})?[-–—\s]*$/iu;

/** An index line: a few words and then page numbers ("apt-get, 21, 45–47"), with no sentence punctuation. */
const INDEX_ENTRY = /^(\p{L}[^.!?;:]{0,80}?)[,\s]\s*(\d{1,4}(?:[–-]\d{1,4})?(?:,\s*\d{1,4}(?:[–-]\d{1,4})?)*)$/u;

/** The page numbers of an index line, or undefined when the text is not one. */
function indexPages(text: string): string | undefined {
  const match = INDEX_ENTRY.exec(text);
  if (!match || match[1]!.split(/\s+/).length > 8) return undefined;
  return match[2]!.replace(/\s+/g, '');
}

/** A line a page repeats at its top or bottom: short, without a sentence's final punctuation. */
function looksLikeHeader(text: string): boolean {
  return text.split(/\s+/).length <= 10 && !/[.!?:;"”“»«)]$/.test(text);
}

/**
 * A running header the typesetter cut short to fit the page ("CHAPTER 15. CHANGES EXPECTED IN THE …",
 * "2.3. WHERE/HOW CAN I GET THE DEBIAN …", as DocBook's LaTeX styles print them): no lower-case
 * letter, a few words, an ellipsis at the end. It names the chapter or section of its page, so it
 * changes from page to page and recurs too seldom for the rule of repeats.
 */
function looksLikeCutHeader(text: string): boolean {
  return text.endsWith('…') && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) && text.split(/\s+/).length <= 12;
}

/** A running header must recur this often among the units to be told from a heading that is translated twice. */
const RUNNING_HEADER_REPEATS = 3;

/**
 * An index is a list: with this many units whose two sides are both index lines, those lines are an
 * index even where their page numbers differ (a translation is paginated anew: "apt, 37" ↔ "apt, 41").
 */
const INDEX_MIN_ENTRIES = 3;

/** Whether both sides of a unit are index lines, whichever pages each points to. */
export function isIndexEntryPair(en: string, de: string): boolean {
  return indexPages(en) !== undefined && indexPages(de) !== undefined;
}

/** What the rest of the export says about a unit: how often its pair occurs, how many index-line pairs it holds. */
export interface FurnitureContext {
  /** How often this English–German pair occurs in the export. */
  repeats: number;
  /** How many units of the export are index lines on both sides (isIndexEntryPair). */
  indexEntries: number;
}

/**
 * Page furniture as it survives in a pdftotext alignment: both sides a page number; both sides an
 * index entry, pointing to the same pages or one of an index's many entries; both sides a running
 * header cut short with an ellipsis; or a short line without sentence punctuation that recurs at
 * least three times (a running header).
 */
export function isPageFurniture(en: string, de: string, context: FurnitureContext): boolean {
  if (PAGE_NUMBER.test(en) && PAGE_NUMBER.test(de)) return true;
  const pages = indexPages(en);
  if (pages !== undefined && pages === indexPages(de)) return true;
  if (context.indexEntries >= INDEX_MIN_ENTRIES && isIndexEntryPair(en, de)) return true;
  if (looksLikeCutHeader(en) && looksLikeCutHeader(de)) return true;
  return context.repeats >= RUNNING_HEADER_REPEATS && looksLikeHeader(en) && looksLikeHeader(de);
}
