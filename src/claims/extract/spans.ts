import { firstAtLeast } from '../../core/sorted.js';

/**
 * Which parts of a sentence an earlier extractor already claimed, so that "29.04.2021" is one
 * date and not three numbers. Extractors run from the most specific to the most general.
 * Kept as disjoint intervals sorted by start, so that a sentence with thousands of claims (a whole
 * document on one line) costs a binary search per question, not a scan of every span.
 */
export class TakenSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: ReadonlyArray<[number, number]> = []) {
    for (const [start, end] of spans) this.take(start, end);
  }

  overlaps(start: number, end: number): boolean {
    const k = this.lastStartingBefore(end);
    return k >= 0 && this.ends[k]! > start;
  }

  take(start: number, end: number): void {
    if (end <= start) return;
    // Merge with every interval it overlaps: those from the first ending after `start` to the last
    // starting before `end`.
    let first = this.lastStartingBefore(start);
    if (first < 0 || this.ends[first]! <= start) first++;
    const last = this.lastStartingBefore(end);
    if (first <= last) {
      start = Math.min(start, this.starts[first]!);
      end = Math.max(end, this.ends[last]!);
    }
    this.starts.splice(first, Math.max(0, last - first + 1), start);
    this.ends.splice(first, Math.max(0, last - first + 1), end);
  }

  /** Index of the last interval whose start is below `position`, or −1. */
  private lastStartingBefore(position: number): number {
    return firstAtLeast(this.starts, position) - 1;
  }
}

