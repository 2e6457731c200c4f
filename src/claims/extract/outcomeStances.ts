import type { Lang } from '../../core/types.js';
import { CLAUSE_END, IN_CLAUSE, SPAN } from './stanceClauses.js';

/**
 * Whether a target was reached: met ("met its primary endpoint", "reached the target", "das Ziel erreicht") or
 * missed ("missed its forecast", "verfehlte", "verpasste"). The English verbs and German "erreichen" say so only
 * of a target; "verfehlen" and "verpassen" always miss.
 */
const TARGET_EN = String.raw`(?:its|the|their|his|her|our|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:target|goal|endpoint|forecast|expectations|estimate|threshold|quota)s?`;
// Also at a compound's end: "Gewinnziel", "Jahresprognose".
const TARGET_DE = String.raw`(?:\p{Lu}\p{Ll}*(?:ziel|endpunkt|vorgabe|erwartung|prognose|schwelle|quote)|Ziel|Endpunkt|Vorgabe|Erwartung|Prognose|Schwelle|Quote)(?:e|en|es|s|n)?`;
const MISSED: Record<Lang, string[]> = {
  en: [String.raw`miss(?:es|ed|ing)?\s+${TARGET_EN}`, String.raw`f[ae]ll(?:s|en|ing)?\s+short\s+of`],
  de: [String.raw`verfehl\p{Ll}*`, String.raw`verpass(?:e|t|en|te|ten|tet)`],
};
const MET: Record<Lang, string[]> = {
  en: [String.raw`(?:met|meets?|meeting|reach(?:es|ed|ing)?|achiev(?:e|es|ed|ing)|hit|hits|hitting)\s+${TARGET_EN}`],
  de: [String.raw`${TARGET_DE}\s(?:${IN_CLAUSE}*?\s)?(?:erreicht|erfüllt)`, String.raw`(?:erreich|erfüll)(?:e|t|en|te|ten|tet)\s+(?:\p{Ll}+\s+){1,2}?${TARGET_DE}`],
};

/**
 * Whether an attempt came off: it failed ("the talks failed", "collapsed", "unsuccessful", "scheiterten",
 * "misslang", "fehlgeschlagen") or succeeded ("succeeded", "successful", "gelang", "glückte", "erfolgreich").
 * "succeeded" before its object follows someone in office, so only before "in" or the clause's end; "failed
 * to" is a negative word already (negativeWords.ts).
 */
const FAILURE: Record<Lang, string[]> = {
  en: [String.raw`fail(?:s|ed)?(?!\s+to\s)`, String.raw`failures?`, String.raw`collaps(?:e|es|ed)`, String.raw`(?:broke|break|breaks)\s+down`, String.raw`fell\s+through`, String.raw`unsuccessful(?:ly)?`],
  de: [
    String.raw`scheiter\p{Ll}*|gescheitert\p{Ll}*|[Ss]cheitern`,
    String.raw`misslang(?:en)?|misslingt|misslungen\p{Ll}*|missglückt\p{Ll}*|[Mm]isserfolg\p{Ll}*`,
    String.raw`fehlgeschlagen\p{Ll}*|(?:schlug|schlugen|schlägt|schlagen)${SPAN}fehl${CLAUSE_END}`,
    String.raw`erfolglos\p{Ll}*`,
  ],
};
const SUCCESS: Record<Lang, string[]> = {
  en: [String.raw`succe(?:ed|eds|eded)(?=\s+in\s|\s*(?:[,.;:!?)]|$))`, String.raw`successful(?:ly)?`, String.raw`success(?:es)?`],
  de: [String.raw`gelang(?:en)?|gelingt|gelingen|gelungen\p{Ll}*`, String.raw`glückte(?:n)?|geglückt\p{Ll}*`, String.raw`erfolgreich\p{Ll}*|Erfolg(?:e|es|s)?`],
};

/**
 * Whether a course is ruled out ("ruled out", "schloss … aus", "ausgeschlossen") or held open ("is considering",
 * "in Erwägung gezogen", "erwägt", "in Aussicht gestellt"). "is considered" is "gilt als", so the English
 * passive stays out.
 */
const EXCLUSION: Record<Lang, string[]> = {
  en: [String.raw`rul(?:e|es|ed|ing)\s+(?:(?:it|this|that|them)\s+)?out`],
  de: [String.raw`(?:schließ(?:e|t|en|st)|schloss(?:en)?)${SPAN}aus${CLAUSE_END}`, String.raw`ausgeschlossen|auszuschließen`],
};
const CONSIDERATION: Record<Lang, string[]> = {
  en: [String.raw`(?<!(?:is|are|was|were|be|been|being)\s)consider(?:s|ed|ing)(?!\s+(?:it|that|him|her|them|this|itself|themselves|whether|as)\s)`, String.raw`(?:held|hold|holds|holding)\s+out\s+the\s+prospect`],
  de: [
    String.raw`in\s+Erwägung\s+(?:gezogen|zu\s+ziehen|ziehen|zieht|zog(?:en)?)|(?:zieh(?:e|t|en|st)|zog(?:en)?)${SPAN}in\s+Erwägung`,
    String.raw`erwäg(?:e|t|en|st|te|ten)|erwogen`,
    String.raw`in\s+Aussicht\s+(?:gestellt|zu\s+stellen|stellen|stellt|stellte|stellten)|(?:stell(?:e|t|en|te|ten))${SPAN}in\s+Aussicht`,
  ],
};

/**
 * Whether a target is given up ("dropped its forecast", "abandoned the target", "gab das Gewinnziel auf") or
 * held ("confirmed its profit target", "bestätigte die Prognose", "hielt am Ziel fest").
 */
const ABANDONMENT: Record<Lang, string[]> = {
  en: [String.raw`(?:abandon(?:s|ed|ing)?|drop(?:s|ped|ping)?|scrap(?:s|ped|ping)?|ditch(?:es|ed|ing)?|withdr[ae]w(?:s|n|ing)?)\s+${TARGET_EN}`, String.raw`(?:gave|give|gives|giving)\s+up\s+${TARGET_EN}`],
  de: [
    String.raw`(?:gib|gibt|geben|gebt|gab|gaben)\s(?:${IN_CLAUSE}*?\s)?${TARGET_DE}\s(?:${IN_CLAUSE}*?\s)?auf${CLAUSE_END}`,
    String.raw`${TARGET_DE}\s(?:${IN_CLAUSE}*?\s)?(?:aufgegeben|aufzugeben|kassiert|gekippt)`,
  ],
};
const AFFIRMATION: Record<Lang, string[]> = {
  en: [String.raw`(?:confirm|reaffirm|reiterat|maintain|uph[eo]ld)(?:s|ed|ing|e|es)?\s+${TARGET_EN}`, String.raw`(?:stuck|stick|sticks|sticking)\s+(?:to|with)\s+${TARGET_EN}`],
  de: [
    String.raw`bestätig(?:e|st|t|en|te|ten|tet)\s+(?:\p{L}+\s+){0,3}?${TARGET_DE}`,
    String.raw`${TARGET_DE}\s(?:${IN_CLAUSE}*?\s)?bestätigt`,
    String.raw`(?:hält|halten|hielt|hielten)\s(?:${IN_CLAUSE}*?\s)?an\s(?:${IN_CLAUSE}*?\s)?${TARGET_DE}\s(?:${IN_CLAUSE}*?\s)?fest${CLAUSE_END}`,
  ],
};

/**
 * Whether something is lawful, as a court or authority finds it: unlawful ("unlawful", "illegal", "rechtswidrig",
 * "unzulässig", "verfassungswidrig") or lawful ("was lawful", "is legal", "rechtmäßig", "zulässig", "rechtens").
 * English "legal" is as often the law's ("legal action"), so only after a copula.
 */
const UNLAWFUL: Record<Lang, string[]> = {
  en: [String.raw`unlawful(?:ly)?|illegal(?:ly)?|unconstitutional|impermissible`],
  de: [String.raw`rechtswidrig\p{Ll}*|unrechtmäßig\p{Ll}*|gesetzwidrig\p{Ll}*|verfassungswidrig\p{Ll}*|unzulässig\p{Ll}*|illegal\p{Ll}*`],
};
const LAWFUL: Record<Lang, string[]> = {
  en: [String.raw`lawful(?:ly)?`, String.raw`(?:is|are|was|were|be|been|being|remains?|remained)\s+(?:\p{Ll}+\s+)?(?:legal|permissible|permitted|constitutional)(?![\p{L}-])`],
  de: [String.raw`rechtmäßig\p{Ll}*|verfassungsgemäß\p{Ll}*|zulässig\p{Ll}*|rechtens|legal(?:e[nmrs]?)?`],
};

/**
 * Which way a figure moved: down ("fell", "dropped", "sank", "gesunken", "ging … zurück", "nahm … ab") or up ("rose",
 * "grew", "stieg", "gewachsen", "nahm … zu"). "declined to" refuses and "fiel aus" is cancelled, so those stay out;
 * German "fiel" only before the measure of its fall.
 */
const FALL: Record<Lang, string[]> = {
  en: [String.raw`fell|fallen|falls|dropped|drops|sank|sunk|sinks|slumped|plunged|plummeted|shrank|shrunk|decreased|went\s+down`, String.raw`declin(?:ed|es)(?!\s+to\s+\p{Ll})`],
  de: [
    String.raw`sank(?:en)?|gesunken|sinkt|schrumpfte(?:n)?|geschrumpft|eingebrochen`,
    String.raw`fiel(?:en)?(?=\s+(?:um|auf|unter)\s)`,
    String.raw`(?:ging|gingen|geht|gehen)${SPAN}zurück${CLAUSE_END}|zurückgegangen`,
    String.raw`(?:nahm|nahmen|nimmt)${SPAN}ab${CLAUSE_END}|abgenommen`,
  ],
};
const RISE: Record<Lang, string[]> = {
  en: [String.raw`rose|risen|rises|grew|grown|climbed|jumped|soared|surged|increased|went\s+up`],
  de: [
    String.raw`stieg(?:en)?|gestiegen|steigt|wuchs(?:en)?|gewachsen|wächst|kletterte(?:n)?|geklettert`,
    String.raw`(?:nahm|nahmen|nimmt)${SPAN}zu${CLAUSE_END}|zugenommen`,
  ],
};

/**
 * The words of the stances that say how an attempt, a target, a legal test or a figure came out, by stance, each
 * denying one before the one it denies (see stance.ts).
 */
export const OUTCOME_WORDS = {
  missed: MISSED,
  met: MET,
  failure: FAILURE,
  success: SUCCESS,
  exclusion: EXCLUSION,
  consideration: CONSIDERATION,
  abandonment: ABANDONMENT,
  affirmation: AFFIRMATION,
  unlawful: UNLAWFUL,
  lawful: LAWFUL,
  fall: FALL,
  rise: RISE,
} as const satisfies Record<string, Record<Lang, string[]>>;

export type OutcomeStance = keyof typeof OUTCOME_WORDS;

/** The outcome stances in OUTCOME_WORDS' order. */
export const OUTCOME_STANCES = Object.keys(OUTCOME_WORDS) as OutcomeStance[];

/** The outcome stances that deny each other, the denying one first: OUTCOME_WORDS' stances two by two. */
export const OUTCOME_OPPOSITES: ReadonlyArray<readonly [OutcomeStance, OutcomeStance]> = OUTCOME_STANCES.flatMap((stance, k) => (k % 2 === 0 ? [[stance, OUTCOME_STANCES[k + 1]!] as const] : []));
