/** Pieces of the stance patterns (stance.ts, outcomeStances.ts) that keep a match inside one clause. */

/** A character of the same clause: no punctuation, save a figure's decimal or thousands mark ("1,5 Milliarden"). */
// A German ordinal's point is no boundary either: "rät ab der 32. Woche von der Impfung ab".
export const IN_CLAUSE = String.raw`(?:[^,.;:!?()–]|(?<=\d)[,.](?=\d)|(?<=\d)\.(?=\s+\p{L}))`;

/**
 * Words between a German finite verb and its separable particle: any number, but no clause boundary,
 * since the particle closes the verb's own clause ("lehnt die geplante elektronische Patientenakte ab").
 */
export const SPAN = String.raw`\s(?:${IN_CLAUSE}*?\s)?`;
/** The clause's end after a particle: punctuation, the text's end, or a coordinated clause ("lehnte den Plan ab und forderte …"). */
export const CLAUSE_END = String.raw`(?=\s*(?:[,.;:!?()–"“”»«]|$)|\s+(?:und|oder|aber|sondern|doch|denn)\s)`;
