import type { IndexLink } from './gold.js';

/** How sure a gold link is: taken from the translation's units, assumed, an omission made for a test, or a whole restructured paragraph. */
export type GoldLinkType = 'exact' | 'assumed' | 'null' | 'coarse';

const TYPES: readonly string[] = ['exact', 'assumed', 'null', 'coarse'];

/**
 * Parses a `NAME.types` file: one word per gold link, in the gold's order. Returns the gold's
 * coarse links (the ones ignore-coarse scoring leaves out), or what does not fit: a word that is
 * no type (with its 1-based line) or a count that differs from the gold's.
 */
export function coarseLinks(typesText: string, gold: IndexLink[]): { coarse: IndexLink[] } | { badLine: number; word: string } | { count: number } {
  const words = typesText.split(/\r?\n/).map((line) => line.trim());
  const coarse: IndexLink[] = [];
  let link = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (word === '') continue;
    if (!TYPES.includes(word)) return { badLine: k + 1, word };
    if (word === 'coarse' && link < gold.length) coarse.push(gold[link]!);
    link++;
  }
  if (link !== gold.length) return { count: link };
  return { coarse };
}
