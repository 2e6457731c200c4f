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

/**
 * A copula before the state it says, with a few words between: "remains open", "is now free", "bleibt bis Montag
 * geschlossen", "ist standardmäßig aktiviert" (German puts the participle last in its clause, after the times it
 * holds: "ist sonntags von 11:00 bis 15:00 Uhr für Besucher geschlossen").
 */
export const COPULA_EN = String.raw`(?:remain|remains|remained|stay|stays|stayed|is|are|was|were|be|been|keep|keeps|kept)\s+(?:\p{Ll}+\s+){0,2}?`;
/**
 * The copula after the state, where a German subordinate clause puts its verb: "dass die Angabe falsch war", also
 * past a state coordinated with it ("die aktiviert oder deaktiviert werden können", "mit -e aktiviert und mit -d
 * deaktiviert werden"), and the infinitive a modal verb leaves at the clause's end ("muss geöffnet bleiben", "soll
 * geschlossen sein", "dass er deaktiviert sein muss"; "sein" only there, where it is no possessive).
 */
export const COPULA_AFTER_DE = String.raw`(?=(?:\s+(?:und|oder)(?:\s[^,.;:!?()]*?)?)?\s+(?:(?:ist|sind|war|waren|sei|seien|bleibt|blieb|bleiben|blieben|wird|wurde|werden|wurden|gewesen)(?![\p{L}])|sein(?=\s*(?:[,.;:!?)]|$)|\s+(?:muss|müssen|musste|mussten|kann|können|konnte|konnten|soll|sollen|sollte|sollten|darf|dürfen|wird|werden|würde|würden)(?![\p{L}]))))`;
export const COPULA_DE = String.raw`(?:bleib\p{Ll}*|blieb\p{Ll}*|ist|sind|war|waren|sein|wird|werden|wurde|wurden)\s+(?:(?:[^\s,.;:!?()]|(?<=\d)[:.,](?=\d))+\s+){0,8}?`;

/** A German state said with its copula before it (`before`, by default COPULA_DE) or after it (COPULA_AFTER_DE). */
export const germanState = (words: string, before = COPULA_DE) => String.raw`(?:${before})(?:${words})(?![\p{L}])|(?:${words})${COPULA_AFTER_DE}`;
