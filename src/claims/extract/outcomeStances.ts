import type { Lang } from '../../core/types.js';
import { CLAUSE_END, COPULA_DE, COPULA_EN, IN_CLAUSE, SPAN, germanState } from './stanceClauses.js';

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
    // "blieb ohne Erfolg" = "was unsuccessful".
    String.raw`ohne\s+(?:(?:jeden|jeglichen|großen|nennenswerten)\s+)?Erfolg`,
  ],
};
const SUCCESS: Record<Lang, string[]> = {
  en: [String.raw`succe(?:ed|eds|eded)(?=\s+in\s|\s*(?:[,.;:!?)]|$))`, String.raw`successful(?:ly)?`, String.raw`success(?:es)?`, String.raw`(?:was|were)\s+able\s+to|managed\s+to`],
  de: [String.raw`gelang(?:en)?|gelingt|gelingen|gelungen\p{Ll}*`, String.raw`glückte(?:n)?|geglückt\p{Ll}*`, String.raw`erfolgreich\p{Ll}*|(?<!ohne\s+(?:(?:jeden|jeglichen|großen|nennenswerten)\s+)?)Erfolg(?:e|es|s)?`],
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
 * Whether a statement holds: untrue ("was false", "is incorrect", "unzutreffend", "war falsch") or true ("was true",
 * "proved accurate", "zutreffend", "traf zu", "war richtig"). Only said of a statement, so only after a copula
 * ("the wrong browser", "richtig einstellen" say no such thing), or a word that is nothing else.
 */
const PROVED_EN = String.raw`(?:proved|proven|turned\s+out\s+to\s+be)\s+`;
const PROVED_DE = String.raw`(?:erwies|erweist|erwiesen)\s+sich\s+(?:[^\s,.;:!?()]+\s+){0,4}?als\s+`;
const UNTRUE: Record<Lang, string[]> = {
  en: [String.raw`(?:${COPULA_EN}|${PROVED_EN})(?:false|untrue|incorrect|inaccurate|wrong|unfounded)(?![\p{L}-])`],
  de: [String.raw`unzutreffend\p{Ll}*|unwahr\p{Ll}*|haltlos\p{Ll}*`, germanState('falsch|unrichtig|inkorrekt', `${COPULA_DE}|${PROVED_DE}`)],
};
const TRUE: Record<Lang, string[]> = {
  en: [String.raw`(?:${COPULA_EN}|${PROVED_EN})(?:true|correct|accurate|right|well[\s-]founded)(?![\p{L}-])`],
  de: [String.raw`(?<!un)zutreffend\p{Ll}*|(?:traf|trafen|trifft|treffen)${SPAN}zu${CLAUSE_END}`, germanState('wahr|richtig|korrekt|zutreffend', `${COPULA_DE}|${PROVED_DE}`)],
};

/**
 * Whether a document or right holds: void ("is void", "invalid", "expired", "ungültig", "unwirksam", "nichtig",
 * "erlischt", "verfällt") or valid ("remains valid", "is in force", "gültig", "bleibt in Kraft").
 */
const VOID: Record<Lang, string[]> = {
  en: [String.raw`${COPULA_EN}(?:void|invalid|null|invalidated)(?![\p{L}-])`, String.raw`voids|voided|expir(?:e|es|ed)(?!\s+(?:on|in|at)\s)`],
  de: [String.raw`ungültig\p{Ll}*|unwirksam\p{Ll}*|nichtig(?:e[nmrs]?)?`, String.raw`erlisch(?:t|en)|erlosch(?:en)?|verfällt|verfiel(?:en)?`],
};
const VALID: Record<Lang, string[]> = {
  en: [String.raw`${COPULA_EN}(?:valid|in\s+force)(?![\p{L}-])`],
  de: [String.raw`(?<!un)gültig(?:e[nmrs]?)?|${COPULA_DE}in\s+Kraft`],
};

/**
 * Whether a remedy works: ineffective ("proved ineffective", "had no effect" is a cue's, "wirkungslos", "unwirksam")
 * or effective ("was effective", "erwies sich als wirksam"). German "unwirksam" is also a contract's "void" (above).
 */
const INEFFECTIVE: Record<Lang, string[]> = {
  en: [String.raw`ineffective|ineffectual`],
  de: [String.raw`wirkungslos\p{Ll}*|unwirksam\p{Ll}*`],
};
const EFFECTIVE: Record<Lang, string[]> = {
  en: [String.raw`(?:${COPULA_EN}|${PROVED_EN})(?:effective|efficacious)(?![\p{L}-])`],
  de: [germanState('wirksam|wirkungsvoll', `${COPULA_DE}|${PROVED_DE}`)],
};

/**
 * Whether a cause or an outcome is known: unknown ("remains unclear", "is unknown", "ist weiter unklar", "ungeklärt")
 * or known ("has been established", "is clear", "ist geklärt", "ist bekannt"). Only as a state after a copula.
 */
const UNKNOWN: Record<Lang, string[]> = {
  en: [String.raw`${COPULA_EN}(?:unknown|unclear|unresolved|uncertain|unexplained)(?![\p{L}-])`],
  de: [String.raw`ungeklärt\p{Ll}*`, germanState('unbekannt|unklar')],
};
const KNOWN: Record<Lang, string[]> = {
  en: [String.raw`${COPULA_EN}(?:known|clear|clarified|established|resolved|explained)(?![\p{L}-])(?!\s+(?:as|for|by|to|that)\s)`],
  de: [germanState('bekannt|klar|geklärt|aufgeklärt')],
};

/**
 * Whether someone was there: absent ("stayed away from", "was absent", "skipped", "boycotted", "blieb … fern",
 * "fehlte", "boykottierte") or present ("attended", "took part in", "nahm … teil", "war … anwesend"). English
 * "attend to" looks after; German "fehlte" alone is also "was missing", so only with a person's event after it.
 */
const ABSENCE: Record<Lang, string[]> = {
  en: [String.raw`(?:stay|stays|stayed|staying)\s+away|absent|skipp(?:ed|ing)|boycott(?:s|ed|ing)?`],
  de: [String.raw`(?:bleib(?:e|t|en)|blieb(?:en)?)${SPAN}fern${CLAUSE_END}|ferngeblieben|fernzubleiben|fernbleib\p{Ll}*|abwesend\p{Ll}*|boykottier\p{Ll}*|schwänz\p{Ll}*`],
};
const PRESENCE: Record<Lang, string[]> = {
  en: [String.raw`attend(?:s|ed|ing)?(?!\s+to\s)`, String.raw`(?:took|take|takes|taking|taken)\s+part\s+in`],
  de: [String.raw`(?:nimm(?:t|st)|nehm(?:e|en|t)|nahm(?:en|st)?)${SPAN}teil${CLAUSE_END}|teilgenommen|teilzunehmen|teilnehm(?:en|end)`, germanState('anwesend')],
};

/**
 * Whether a rule, a ban or a tax is done away with ("abolished", "scrapped", "repealed", "lifted the ban",
 * "schaffte … ab", "abgeschafft") or brought in ("introduced", "imposed", "führte … ein", "eingeführt").
 */
const ABOLITION: Record<Lang, string[]> = {
  en: [String.raw`abolish(?:es|ed|ing)?|repeal(?:s|ed|ing)?|(?:lift|lifts|lifted|lifting)\s+(?:the|a|its|their)\s+(?:\p{Ll}+\s+)?ban`],
  de: [String.raw`(?:schaff(?:e|t|en|te|ten))${SPAN}ab${CLAUSE_END}|abgeschafft\p{Ll}*|abzuschaffen|abschaff(?:en|t)|[Aa]bschaffung`],
};
const INTRODUCTION: Record<Lang, string[]> = {
  en: [String.raw`introduc(?:e|es|ed|ing)|impos(?:e|es|ed|ing)`],
  de: [String.raw`(?:führ(?:e|t|en|te|ten))${SPAN}ein${CLAUSE_END}|eingeführt\p{Ll}*|einzuführen|einführ(?:en|t)|[Ee]inführung`],
};

/**
 * Whether a function, a device or a plant is off ("is disabled", "remained inactive", "was shut down", "ist
 * deaktiviert", "wurde abgeschaltet", "außer Betrieb", "vom Netz") or on ("is enabled by default", "stays switched
 * on", "ist standardmäßig aktiviert", "in Betrieb", "im Einsatz", "am Netz"). Only the state or the passive that
 * makes it: a manual's instructions switch things on and off in the same breath ("turn Bluetooth on to connect, or
 * turn it off to save power"), and "a switch on the bottom" is no state.
 */
const SWITCHED_OFF: Record<Lang, string[]> = {
  en: [
    String.raw`${COPULA_EN}(?:disabled|deactivated|switched\s+off|turned\s+off|shut\s+down|inactive)(?![\p{L}-])`,
    // The second of two states coordinated after one copula: "can be enabled and disabled", "enabled with -e and disabled with -d".
    String.raw`(?<=(?:enabled|activated)(?:\s[^,.;:!?()]*?)?\s(?:and|or)\s+)(?:disabled|deactivated)`,
    String.raw`out\s+of\s+operation`,
  ],
  de: [germanState('deaktiviert|ausgeschaltet|abgeschaltet|inaktiv'), String.raw`außer\s+Betrieb|vom\s+Netz`],
};
const SWITCHED_ON: Record<Lang, string[]> = {
  en: [String.raw`${COPULA_EN}(?:enabled|activated|switched\s+on|turned\s+on|active)(?![\p{L}-])`, String.raw`(?<=(?:disabled|deactivated)(?:\s[^,.;:!?()]*?)?\s(?:and|or)\s+)(?:enabled|activated)`, String.raw`in\s+operation`],
  de: [germanState('aktiviert|eingeschaltet|angeschaltet|aktiv'), String.raw`in\s+Betrieb|im\s+Einsatz|am\s+Netz`],
};

/**
 * Whether an order or a rule was defied ("ignored", "defied", "violated", "ignorierte", "missachtete", "verstieß
 * gegen") or followed ("complied with", "obeyed", "befolgte", "hielt sich an").
 */
const DEFIANCE: Record<Lang, string[]> = {
  en: [String.raw`ignor(?:e|es|ed|ing)|def(?:y|ies|ied|ying)|disregard(?:s|ed|ing)?|violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?|flout(?:s|ed|ing)?`],
  de: [String.raw`ignorier\p{Ll}*|missacht\p{Ll}*|verst(?:ieß|ießen|ößt|oßen)\s+gegen|widersetz\p{Ll}*`],
};
const COMPLIANCE: Record<Lang, string[]> = {
  en: [String.raw`compl(?:y|ies|ied|ying)\s+with|obey(?:s|ed|ing)?|abid(?:e|es|ed|ing)\s+by`],
  de: [String.raw`befolg\p{Ll}*|(?:hielt|hielten|hält|halten)\s+sich${SPAN}an(?=\s)|(?:kam|kamen|kommt|kommen)${SPAN}nach${CLAUSE_END}`],
};

/**
 * A test's result: negative ("tested negative for bird flu", "a negative test", "negativ auf Vogelgrippe getestet") or
 * positive. The other language says it with the same adjective, so the two deny each other as words of a class.
 */
function testedAs(result: 'negativ' | 'positiv'): Record<Lang, string[]> {
  return {
    en: [String.raw`test(?:s|ed|ing)?\s+${result}e|${result}e\s+(?:tests?|test\s+results?)`],
    de: [String.raw`${result}\s+(?:auf\s+(?:[^\s,.;:!?]+\s+){1,4}?)?getestet|${result}e[nmrs]?\s+(?:Test|Testergebnis|Befund)\p{Ll}*`],
  };
}
const TESTED_NEGATIVE = testedAs('negativ');
const TESTED_POSITIVE = testedAs('positiv');

/**
 * The words of the stances that say how an attempt, a target, a legal test, a medical test or a figure came out, by stance, each
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
  untrue: UNTRUE,
  true: TRUE,
  void: VOID,
  valid: VALID,
  switchedOff: SWITCHED_OFF,
  switchedOn: SWITCHED_ON,
  defiance: DEFIANCE,
  compliance: COMPLIANCE,
  ineffective: INEFFECTIVE,
  effective: EFFECTIVE,
  unknown: UNKNOWN,
  known: KNOWN,
  absence: ABSENCE,
  presence: PRESENCE,
  abolition: ABOLITION,
  introduction: INTRODUCTION,
  testedNegative: TESTED_NEGATIVE,
  testedPositive: TESTED_POSITIVE,
} as const satisfies Record<string, Record<Lang, string[]>>;

export type OutcomeStance = keyof typeof OUTCOME_WORDS;

/** The outcome stances in OUTCOME_WORDS' order. */
export const OUTCOME_STANCES = Object.keys(OUTCOME_WORDS) as OutcomeStance[];

/** The outcome stances that deny each other, the denying one first: OUTCOME_WORDS' stances two by two. */
export const OUTCOME_OPPOSITES: ReadonlyArray<readonly [OutcomeStance, OutcomeStance]> = OUTCOME_STANCES.flatMap((stance, k) => (k % 2 === 0 ? [[stance, OUTCOME_STANCES[k + 1]!] as const] : []));
