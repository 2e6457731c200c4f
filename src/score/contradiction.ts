import type { DocumentFeatures } from '../analyse/documentFeatures.js';

/** What the test reads of one side of a link: its content tokens and its sentences' anchors. */
export interface LinkSide {
  tokens: number;
  anchors: readonly string[];
}

/** Sentences from … to − 1 of a document as one side of a link. */
export function sideOf(doc: DocumentFeatures, from: number, to: number): LinkSide {
  return { tokens: doc.tokenStart[to]! - doc.tokenStart[from]!, anchors: doc.anchors.slice(doc.anchorStart[from]!, doc.anchorStart[to]!) };
}

/** A normalised number among a sentence's anchors (names are kept as written, numbers as values). */
const NUMBER = /^\d+(\.\d+)?$/;

/**
 * Whether each side states a number the other side does not: "/dev/sr0 has the major device number 11"
 * against "/dev/sda hat die major-Gerätenummer 8". A translation keeps its numbers, so two sentences that
 * each hold a number missing from the other most likely state different facts — unless the rest of
 * their words agree, where a translator localised an example ("104 keys" / "105 Tasten", an IPv6
 * address), which `contradicts` judges by the lexical overlap.
 */
export function numbersContradict(en: LinkSide, de: LinkSide): boolean {
  const enNumbers = numbers(en);
  const deNumbers = numbers(de);
  return [...enNumbers].some((n) => !deNumbers.has(n)) && [...deNumbers].some((n) => !enNumbers.has(n));
}

function numbers(side: LinkSide): Set<string> {
  const out = new Set<string>();
  for (const anchor of side.anchors) if (NUMBER.test(anchor)) out.add(anchor);
  return out;
}

/**
 * When numbers that differ make two sides no link: each side has at least `tokens` content tokens, and
 * less than `lexical` of the link's content tokens found a counterpart. A label or an index entry is too
 * short for its overlap to say whether the rest agrees ("release notes, 23" / "Hinweise zur
 * Veröffentlichung, 25": the German edition's page numbers run ahead); a statement is long enough.
 * The overlap was fitted leaving one development document out; see docs/alignment.md.
 */
export const CONTRADICTION = { tokens: 5, lexical: 0.5 };

/** Whether two sides state different facts, so cannot be one link; `lexical` gives the link's overlap (called only when needed). */
export function contradicts(en: LinkSide, de: LinkSide, lexical: () => number): boolean {
  if (en.tokens < CONTRADICTION.tokens || de.tokens < CONTRADICTION.tokens || !numbersContradict(en, de)) return false;
  return lexical() < CONTRADICTION.lexical;
}
