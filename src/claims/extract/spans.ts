/**
 * Which parts of a sentence an earlier extractor already claimed, so that "29.04.2021" is one
 * date and not three numbers. Extractors run from the most specific to the most general.
 */
export class TakenSpans {
  private readonly spans: Array<[number, number]>;

  constructor(spans: ReadonlyArray<[number, number]> = []) {
    this.spans = [...spans];
  }

  overlaps(start: number, end: number): boolean {
    return this.spans.some(([s, e]) => start < e && s < end);
  }

  take(start: number, end: number): void {
    this.spans.push([start, end]);
  }
}

/** Letters and digits of any script: what a word boundary means in both languages. */
export const WORD_CHAR = String.raw`[\p{L}\p{N}]`;
