/**
 * The next match of a pattern at or after a position, for a scan that moves forward: the last answer is
 * reused while it still lies ahead, so a whole pass searches every stretch of the text at most once per
 * pattern (no quadratic rescanning when many openers, e.g. "<!--", never find their closer).
 */
export class NextOccurrence {
  private readonly pattern: RegExp;
  private from = Number.POSITIVE_INFINITY;
  private index = -1;
  private end = -1;

  constructor(private readonly text: string, pattern: RegExp) {
    this.pattern = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  }

  /** Start of the first match at or after `position`, or -1. */
  startAfter(position: number): number {
    this.search(position);
    return this.index;
  }

  /** End of the first match at or after `position`, or -1. */
  endAfter(position: number): number {
    this.search(position);
    return this.end;
  }

  private search(position: number): void {
    if (position >= this.from && (this.index === -1 || this.index >= position)) return;
    this.pattern.lastIndex = position;
    const match = this.pattern.exec(this.text);
    this.from = position;
    this.index = match ? match.index : -1;
    this.end = match ? match.index + match[0].length : -1;
  }
}
