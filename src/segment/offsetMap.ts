/**
 * A text derived from a source text by copying runs of it and replacing others (clean mode: tags removed,
 * entities decoded), with the map from positions in the derived text back to the source. The map is a list
 * of pieces, one per copied run or replacement, so a text without edits costs one piece.
 */
export interface DerivedText {
  text: string;
  map: OffsetMap;
}

export class DerivedTextBuilder {
  private readonly chunks: string[] = [];
  private length = 0;
  /** Piece k covers derived [derivedStarts[k], derivedStarts[k+1]) and source [sourceStarts[k], sourceEnds[k]). */
  private readonly derivedStarts: number[] = [];
  private readonly sourceStarts: number[] = [];
  private readonly sourceEnds: number[] = [];
  /** Copied pieces map character by character; replacements map as a whole. */
  private readonly copied: boolean[] = [];

  constructor(private readonly source: string) {}

  /** Appends source[from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    const last = this.copied.length - 1;
    if (last >= 0 && this.copied[last] && this.sourceEnds[last] === from) this.sourceEnds[last] = to;
    else this.addPiece(from, to, true);
    this.chunks.push(this.source.slice(from, to));
    this.length += to - from;
  }

  /** Appends `replacement` in place of source[from, to) (an empty replacement deletes). */
  replace(from: number, to: number, replacement: string): void {
    if (replacement.length === 0) return;
    this.addPiece(from, to, false);
    this.chunks.push(replacement);
    this.length += replacement.length;
  }

  build(): DerivedText {
    const text = this.chunks.length === 1 ? this.chunks[0]! : this.chunks.join('');
    return { text, map: new OffsetMap(this.derivedStarts, this.sourceStarts, this.sourceEnds, this.copied, this.length) };
  }

  private addPiece(from: number, to: number, copied: boolean): void {
    this.derivedStarts.push(this.length);
    this.sourceStarts.push(from);
    this.sourceEnds.push(to);
    this.copied.push(copied);
  }
}

/**
 * Maps derived positions to source positions. Lookups are meant to come in increasing order (the sentences
 * of a text), which a cursor answers in amortised constant time; an earlier position restarts the cursor.
 */
export class OffsetMap {
  private cursor = 0;

  constructor(
    private readonly derivedStarts: readonly number[],
    private readonly sourceStarts: readonly number[],
    private readonly sourceEnds: readonly number[],
    private readonly copied: readonly boolean[],
    private readonly derivedLength: number,
  ) {}

  /**
   * Where the derived text stands at source position `position`: the derived offset of a copied character,
   * the start of the replacement that covers it, or — inside a stretch that was deleted — the derived offset
   * right after the deletion. Lets a caller read what lies between two source positions in the derived text.
   */
  derivedPosition(position: number): number {
    const starts = this.sourceStarts;
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0 || position < starts[0]!) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= position) lo = mid;
      else hi = mid - 1;
    }
    if (position < this.sourceEnds[lo]!) return this.copied[lo] ? this.derivedStarts[lo]! + position - starts[lo]! : this.derivedStarts[lo]!;
    return lo + 1 < starts.length ? this.derivedStarts[lo + 1]! : this.derivedLength;
  }

  /** Source position of the derived character at `position` (a replacement maps to its source start). */
  sourceStart(position: number): number {
    const k = this.pieceOf(position);
    return this.copied[k] ? this.sourceStarts[k]! + position - this.derivedStarts[k]! : this.sourceStarts[k]!;
  }

  /** Source end (exclusive) of the derived text ending at `end` (a replacement maps to its source end). */
  sourceEnd(end: number): number {
    const k = this.pieceOf(end - 1);
    return this.copied[k] ? this.sourceStarts[k]! + end - this.derivedStarts[k]! : this.sourceEnds[k]!;
  }

  private pieceOf(position: number): number {
    const starts = this.derivedStarts;
    if (this.cursor >= starts.length || starts[this.cursor]! > position) this.cursor = 0;
    while (this.cursor + 1 < starts.length && starts[this.cursor + 1]! <= position) this.cursor++;
    return this.cursor;
  }
}
