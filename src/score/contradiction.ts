import type { SentenceFeatures } from '../analyse/features.js';

/** A normalised number among a sentence's anchors (names are kept as written, numbers as values). */
const NUMBER = /^\d+(\.\d+)?$/;

/**
 * Whether each side states a number the other side does not: "/dev/sr0 has the major device number 11"
 * against "/dev/sda hat die major-Gerätenummer 8". A translation keeps its numbers, so two sentences that
 * each hold a number missing from the other most likely state different facts — unless the rest of
 * their words agree, where a translator localised an example ("104 keys" / "105 Tasten", an IPv6
 * address), which the caller judges by the lexical overlap.
 */
export function numbersContradict(en: readonly SentenceFeatures[], de: readonly SentenceFeatures[]): boolean {
  const enNumbers = numbers(en);
  const deNumbers = numbers(de);
  return [...enNumbers].some((n) => !deNumbers.has(n)) && [...deNumbers].some((n) => !enNumbers.has(n));
}

function numbers(group: readonly SentenceFeatures[]): Set<string> {
  const out = new Set<string>();
  for (const f of group) for (const anchor of f.anchors) if (NUMBER.test(anchor)) out.add(anchor);
  return out;
}

/**
 * Numbers that differ contradict a link only when less than this share of its content tokens found a
 * counterpart (fitted leaving one development document out; see docs/alignment.md).
 */
export const CONTRADICTION = { lexical: 0.5 };
