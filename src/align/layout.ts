import type { Lang } from '../core/types.js';
import type { Paragraphs } from './holes.js';

/** What the input's layout says beside the words, for parallel mode. */
export interface Layout {
  /** Paragraph starts of both documents, when both mark them. */
  paragraphs?: Paragraphs;
  /**
   * In line-per-sentence input: how many sentences the segmentation rules find in line `index` of the
   * `lang` document. A line holding two is most likely a translator's merge of two sentences the other
   * document keeps apart.
   */
  sentencesInLine?: (lang: Lang, index: number) => number;
}
