import type { Lang } from '../../core/types.js';
import { OUTCOME_OPPOSITES, OUTCOME_STANCES, OUTCOME_WORDS, type OutcomeStance } from './outcomeStances.js';
import { CLAUSE_END, COPULA_EN, IN_CLAUSE, SPAN, germanState } from './stanceClauses.js';

/**
 * A verb of assent ("approved", "stimmte … zu") or of refusal ("rejected", "lehnte … ab"), of going on
 * ("continues to", "weiterhin") or of stopping ("stopped selling", "stellte den Verkauf ein"), and where
 * it stands. Each pair (OPPOSED_STANCES) is one thing said and denied.
 */
export interface Stance {
  stance:
    | 'assent'
    | 'refusal'
    | 'continuation'
    | 'cessation'
    | 'acquittal'
    | 'conviction'
    | 'closed'
    | 'open'
    | 'annulment'
    | 'confirmation'
    | 'free'
    | 'charged'
    | OutcomeStance;
  start: number;
  end: number;
}

/** The stances that deny each other, the denying one first. */
export const OPPOSED_STANCES: ReadonlyArray<readonly [Stance['stance'], Stance['stance']]> = [
  ['refusal', 'assent'],
  ['cessation', 'continuation'],
  ['acquittal', 'conviction'],
  ['closed', 'open'],
  ['annulment', 'confirmation'],
  ['free', 'charged'],
  ...OUTCOME_OPPOSITES,
];

/** A few words of the same clause before "against", none of them an infinitive's "to" ("advise women to get vaccinated against flu" assents). */
const FEW = String.raw`\s+(?:(?!to\s)[^\s,.;:!?()–]+\s+){0,5}?`;

/**
 * The closed class of verbs by which English and German grant or refuse what is asked: a vote, a
 * permit, a recommendation, a plan. Only forms that are verbs count: "support" and "permit" bare
 * are as often nouns, "billigen" is also "cheap", "declined" alone is "fell", "nimmt an" also
 * "assumes", "as opposed to" contrasts, and a German "stimmt" alone is "is right"; such forms
 * stay out. Refusals are read first, so "advise against" and "rät … ab" are not also read as the
 * assent "advise", "rät".
 */
const REFUSAL: Record<Lang, string[]> = {
  en: [
    String.raw`reject(?:s|ed|ing)?`,
    // "refused to" is a negation cue already (negation.ts); a refused object is a refusal.
    String.raw`refus(?:e|es|ed|ing)`,
    // Transitive "decline" refuses ("declined the prize", "declined to comment"); intransitive it falls,
    // by a measure or to a level ("declined the most", "a further 3%", "declined to a record low").
    String.raw`declin(?:e|es|ed|ing)\s+(?:to(?=\s+(?!(?:a|an|the|its|their|his|her|our|this|that|these|those|record|levels?)\s)\p{Ll})|(?:the|an?|his|her|their|its|our)\s+(?!(?:most|least|same|further|bit|little|lot|fraction|percent|third|quarter|half)(?![\p{L}]))\p{L}+)`,
    // A court or authority dismissing a claim, a complaint, a request.
    String.raw`dismiss(?:es|ed|ing)?`,
    String.raw`(?<!as\s)oppos(?:e|es|ed)`,
    String.raw`turn(?:s|ed|ing)?(?:\s+[^\s,.;:!?()]+){0,4}?\s+down`,
    // "turned away patients" = "wies Patienten ab".
    String.raw`turn(?:s|ed|ing)?(?:\s+[^\s,.;:!?()]+){0,3}?\s+away`,
    String.raw`veto(?:es|ed|ing)?`,
    // Not a vote against that was not cast: "passed without a single vote against" is unanimous.
    String.raw`(?<!without\s+(?:a\s+single\s+|any\s+|a\s+)?)(?:vot|advis|recommend|argu|spok|speak|came\s+out|come\s+out|comes\s+out)(?:e|es|ed|s|ing|en)?${FEW}against`,
    String.raw`forb(?:id|ids|ade|idden|idding)`,
    String.raw`ban(?:s|ned|ning)?(?=\s+(?:the|an?|all|any|its|their|his|her)\s)|banned`,
    String.raw`prohibit(?:s|ed|ing)?`,
    // Gainsaying a statement: "contradicted the operator's estimate" = "widersprach der Einschätzung".
    String.raw`contradict(?:s|ed|ing)?`,
  ],
  de: [
    String.raw`lehn(?:e|st|t|en|te|test|ten|tet)${SPAN}ab${CLAUSE_END}`,
    String.raw`ab(?:zu)?lehn\p{Ll}*|abgelehnt\p{Ll}*`,
    String.raw`(?:weis(?:e|t|en|et)?|wies(?:en|t)?)${SPAN}zurück${CLAUSE_END}`,
    String.raw`zurück(?:zu)?weis\p{Ll}*|zurückwies\p{Ll}*|zurückgewiesen\p{Ll}*`,
    String.raw`(?:rät|rätst|raten|ratet|riet|rieten|rietst)${SPAN}ab${CLAUSE_END}`,
    String.raw`ab(?:zu)?rat(?:en|e|et)|abriet(?:en)?|abgeraten`,
    // "verweigert" is a negation cue already (negation.ts).
    String.raw`verweiger\p{Ll}*`,
    String.raw`(?:weis(?:e|t|en|et)?|wies(?:en|t)?)${SPAN}ab${CLAUSE_END}|ab(?:zu)?weis(?:en|t|e|et)|abwies(?:en)?|abgewiesen`,
    String.raw`untersag(?:e|st|t|en|te|test|ten|tet)`,
    String.raw`verbiet(?:e|est|et|en)|verbietet|verbiete|verbot(?:en|st)?`,
    // "sprach sich dagegen aus, das Mittel zu empfehlen" = "voted against recommending the drug".
    String.raw`(?:sprech(?:e|t|en)|sprich(?:t|st)|sprach(?:en|st)?)\s+sich${SPAN}(?:da)?gegen\s(?:${IN_CLAUSE}*?\s)?aus${CLAUSE_END}`,
    String.raw`sich${SPAN}(?:da)?gegen\s(?:${IN_CLAUSE}*?\s)?ausgesprochen`,
    // "stimmte dagegen, die Halle zu öffnen": "dagegen" closing its clause, not "however" ("stimmte dagegen nicht").
    String.raw`stimmten?\s+(?:\p{Ll}+\s+){0,2}(?:gegen(?=\s)|dagegen(?=\s*(?:[,;.:]|$)))|(?:da)?gegen\s(?:${IN_CLAUSE}*?\s)?gestimmt`,
    String.raw`leg(?:e|st|t|en|te|ten)${SPAN}Veto${SPAN}ein${CLAUSE_END}`,
    String.raw`widersprich(?:t|st)|widersprech(?:e|en|t)|widersprach(?:en|st)?|widersprochen`,
  ],
};

const ASSENT: Record<Lang, string[]> = {
  en: [
    String.raw`approv(?:e|es|ed|ing)`,
    String.raw`support(?:s|ed)|(?<=(?:to|will|would|could|can|may|might|must|should|shall|did|do|does|they|we|I|you)\s)support`,
    String.raw`backed(?!\s+(?:up|off|out|down|away))`,
    String.raw`endors(?:e|es|ed|ing)`,
    String.raw`accept(?:s|ed|ing)?`,
    String.raw`agree(?:s|d|ing)?\s+(?:to|with)(?=\s)`,
    String.raw`recommend(?:s|ed|ing)?`,
    String.raw`advis(?:e|es|ed|ing)`,
    String.raw`welcom(?:es|ed|ing)`,
    String.raw`vot(?:e|es|ed|ing)\s+(?:for|in\s+favou?r\s+of)(?=\s)`,
    // "voted to install the lift" = "stimmte für den Einbau".
    String.raw`vot(?:e|es|ed|ing)\s+to(?=\s+\p{Ll})`,
    String.raw`allow(?:s|ed|ing)?`,
    String.raw`permitted`,
    String.raw`authori[sz](?:e|es|ed|ing)`,
    String.raw`(?:gave|give|gives|giving)\s+(?:\p{L}+\s+){0,2}(?:green\s+light|go-ahead)`,
    // A court upholding a claim, an appeal or a ruling; granting what is asked ("granted bail"), not "taken
    // for granted".
    String.raw`uph(?:old|olds|eld|olding)`,
    String.raw`(?<!for\s)grant(?:s|ed|ing)`,
  ],
  de: [
    String.raw`stimm(?:e|st|t|en|te|test|ten|tet)${SPAN}zu${CLAUSE_END}`,
    String.raw`zu(?:zu)?stimm\p{Ll}*|zugestimmt`,
    String.raw`billigt(?:e|en|est)?|gebilligt\p{Ll}*`,
    String.raw`genehmig(?:e|st|t|en|te|test|ten|tet)?`,
    String.raw`unterstütz(?:e|st|t|en|te|test|ten|tet)`,
    String.raw`befürwort(?:e|est|et|en|ete|eten|etest)`,
    String.raw`empf(?:ehle|iehlst|iehlt|ehlen|ehlt|ahl|ahlst|ahlen|ohlen)`,
    String.raw`rät|rätst|raten|ratet|riet|rieten`,
    String.raw`begrüß(?:e|t|en|te|ten|test|tet)`,
    String.raw`erlaub(?:e|st|t|en|te|test|ten|tet)`,
    String.raw`gestatt(?:e|est|et|en|ete|eten)`,
    String.raw`(?:gib|gibt|geben|gebt|gab|gaben)${SPAN}statt${CLAUSE_END}|stattgegeben|stattzugeben|stattgeb\p{Ll}*`,
    String.raw`zu(?:zu)?lass(?:en)|zugelassen|(?:lass(?:e|t|en)?|lässt|ließ(?:en|t)?)${SPAN}zu${CLAUSE_END}`,
    String.raw`akzeptier(?:e|st|t|en|te|test|ten|tet)`,
    String.raw`(?:sprech(?:e|t|en)|sprich(?:t|st)|sprach(?:en|st)?)\s+sich${SPAN}für\s(?:${IN_CLAUSE}*?\s)?aus${CLAUSE_END}`,
    String.raw`sich${SPAN}für\s(?:${IN_CLAUSE}*?\s)?ausgesprochen`,
    String.raw`stimmten?\s+(?:\p{Ll}+\s+){0,2}für(?=\s)|für\s(?:${IN_CLAUSE}*?\s)?gestimmt`,
    String.raw`willig(?:e|st|t|en|te|ten)${SPAN}ein${CLAUSE_END}|eingewilligt|einzuwilligen`,
    // "gewährte die Freilassung" grants; "gewährleisten" ensures, a word of its own.
    String.raw`gewähr(?:e|st|t|en|te|test|ten|tet)|gewährt`,
    // "erklärte sich bereit" agrees to do.
    String.raw`(?:erklär(?:e|st|t|en|te|test|ten|tet))\s+sich${SPAN}bereit|sich\s+bereit\s+(?:erklärt|erklären|zu\s+erklären)`,
    // "nahm den Antrag an" adopts what is offered; "nimmt an, dass", "nahm zunächst an, der Täter …"
    // assume, with a clause where the thing accepted, a noun, would stand.
    String.raw`(?:nimm(?:t|st)|nehm(?:e|en|t)|nahm(?:en|st)?)\s(?:${IN_CLAUSE}*?\s)?\p{Lu}${IN_CLAUSE}*?\san(?=\s*(?:[.;!?]|$)|\s*,\s*(?!(?:dass|daß|ob|wie|wann|weil)\s))`,
    // Reported speech puts the auxiliary in the subjunctive: "beide Parteien hätten den Vorschlag angenommen".
    String.raw`(?<=(?:wurde|wurden|worden|hat|haben|hatte|hatten|habe|hätte|hätten)\s(?:${IN_CLAUSE}*?\s)?)angenommen(?!\s*,\s*(?:dass|daß))`,
  ],
};

/**
 * Stopping what was done: a verb of stopping with what stopped ("stopped selling", "halted production",
 * "stellte den Verkauf ein", "stoppte die Auslieferung"). German "einstellen" also hires and adjusts, so
 * only with the nouns of an activity; English "end" also closes a meeting, so it stays out.
 */
const ACTIVITY_DE = String.raw`(?:den|die|das|seinen|seine|ihren|ihre|sämtliche|alle)\s+(?:\p{Lu}\p{Ll}*)?(?:Verkauf|Vertrieb|Produktion|Herstellung|Betrieb|Lieferung(?:en)?|Auslieferung(?:en)?|Zahlung(?:en)?|Förderung|Flüge|Flugbetrieb|Dienst|Service|Angebot|Ermittlungen|Verfahren|Arbeiten|Bau|Bauarbeiten|Export(?:e)?|Import(?:e)?)`;
const CESSATION: Record<Lang, string[]> = {
  en: [
    String.raw`(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|quit(?:s|ting)?)\s+\p{Ll}{3,}ing`,
    String.raw`(?:halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|discontinu(?:e|es|ed|ing)|ceas(?:e|es|ed|ing))\s+(?:the|its|their|all|his|her)\s+(?:\p{Ll}+\s+)?(?:sales?|production|deliver(?:y|ies)|shipments?|payments?|operations?|flights?|services?|exports?|imports?|work|construction)`,
    // A product or a service discontinued, a warning lifted: "was discontinued in 2023" = "wird seit 2023 nicht mehr hergestellt".
    String.raw`(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?(?:discontinued|lifted)`,
  ],
  de: [
    String.raw`stell(?:e|st|t|en|te|ten|tet)\s${ACTIVITY_DE}\s(?:${IN_CLAUSE}*?\s)?ein${CLAUSE_END}`,
    String.raw`${ACTIVITY_DE}\s(?:${IN_CLAUSE}*?\s)?(?:eingestellt|einzustellen|gestoppt|zu\s+stoppen)`,
    String.raw`stopp(?:e|st|t|en|te|ten|tet)\s${ACTIVITY_DE}`,
    String.raw`hör(?:e|st|t|en|te|ten|tet)\s(?:${IN_CLAUSE}*?\s)?auf${CLAUSE_END}|aufgehört`,
    // The passive of a warning or a ban lifted, as English "was lifted" (an annulment as well).
    String.raw`(?:wird|werden|wurde|wurden|ist|sind|war|waren)\s(?:${IN_CLAUSE}*?\s)?aufgehoben`,
  ],
};

/** Who was found guilty, a few words ("the 48-year-old nurse", "the former chief financial officer"). */
const ACCUSED = String.raw`(?:[\p{L}\p{N}'’-]+\s+){0,10}?`;

/**
 * A court's verdict: acquitting ("acquitted", "cleared of", "found not guilty", "sprach … frei",
 * "freigesprochen", "Freispruch") denies what convicting says ("convicted", "found guilty", "verurteilt",
 * "schuldig gesprochen"). English "sentenced" presumes a conviction as German "verurteilt" says both.
 */
const ACQUITTAL: Record<Lang, string[]> = {
  en: [String.raw`acquit(?:s|ted|ting|tal)?`, String.raw`cleared\s+(?:\p{L}+\s+){0,3}?of`, String.raw`found\s+${ACCUSED}not\s+guilty`],
  de: [String.raw`(?:sprech(?:e|t|en)|sprich(?:t|st)|sprach(?:en|st)?)${SPAN}frei${CLAUSE_END}`, String.raw`freigesprochen\p{Ll}*|freizusprechen|[Ff]reispr(?:uch|üche|uchs)`],
};
const CONVICTION: Record<Lang, string[]> = {
  en: [String.raw`convict(?:s|ed|ing)`, String.raw`(?:found|pleaded|pled)\s+${ACCUSED}guilty`, String.raw`sentenc(?:e|es|ed|ing)`],
  de: [String.raw`verurteil\p{Ll}*`, String.raw`[Vv]erurteilung(?:en)?`, String.raw`schuldig\s+gesprochen|(?:sprech(?:e|t|en)|sprich(?:t|st)|sprach(?:en|st)?)${SPAN}schuldig${CLAUSE_END}`],
};

/** Going on with what was done: "continues to sell", "still sells", "verkauft weiterhin", "nach wie vor". */
const CONTINUATION: Record<Lang, string[]> = {
  en: [String.raw`continu(?:e|es|ed|ing)\s+to`, String.raw`(?:keep|keeps|kept|keeping)\s+\p{Ll}{3,}ing`, String.raw`still(?=\s+\p{Ll}{3,}s(?![\p{L}]))`],
  // "die Tabletten weiter einnehmen": "weiter" before the verb that closes the clause; after a verb, before what it
  // goes on with ("belieferte die Fabrik weiter mit Gas", "arbeitet weiter an dem Projekt").
  de: [String.raw`weiterhin`, String.raw`weiter(?=\s+\p{Ll}{3,}(?:en|t)\s*(?:[,.;:!?]|$))`, String.raw`(?<=\p{Ll}{3,}(?:te|ten|t|en)\s(?:${IN_CLAUSE}*?\s)?)weiter(?=\s+(?:mit|an|auf|in|bei)\s)`, String.raw`nach\s+wie\s+vor`, String.raw`(?:noch\s+immer|immer\s+noch)`, String.raw`setz(?:e|t|en|te|ten)${SPAN}fort${CLAUSE_END}|fortgesetzt|fortzusetzen`],
};

/**
 * A place's state said with a copula: open ("remains open", "bleibt geöffnet", "ist offen", "reopened") or
 * closed ("stays closed", "bleibt geschlossen"). Only predicative forms: "opened a store", "closed at $82"
 * and "Öffnungszeiten" say no state.
 */
const OPEN: Record<Lang, string[]> = {
  en: [String.raw`${COPULA_EN}open(?![\p{L}-])`, String.raw`reopen(?:s|ed|ing)?`],
  de: [germanState('geöffnet|offen|freigegeben'), String.raw`wiedereröffnet|wieder\s+geöffnet|wieder\s+freigegeben`],
};
const CLOSED: Record<Lang, string[]> = {
  en: [String.raw`${COPULA_EN}(?:closed|shut)(?![\p{L}-])`],
  de: [germanState('geschlossen|gesperrt'), String.raw`geschlossen\s+(?:zu\s+)?halt\p{Ll}*`],
};

/**
 * What a court or authority does with a decision: sets it aside ("overturned", "quashed", "hob … auf",
 * "gekippt") or lets it stand ("upheld", "confirmed the ruling", "bestätigte das Urteil"). "Confirm" and
 * "bestätigen" say so only of a decision: "the police confirmed" is no ruling.
 */
const DECISION_EN = String.raw`(?:the|its|their|his|her|a|an)\s+(?:\p{Ll}+\s+){0,2}?(?:ruling|verdict|sentence|judgm?ent|decision|fine|ban|conviction|order|penalty|injunction)s?`;
const DECISION_DE = String.raw`(?:das|die|den|dem|des|ein|eine|einen|sein|seine|seinen|ihr|ihre|ihren)\s+(?:\p{Ll}+\s+){0,2}?(?:\p{Lu}\p{Ll}*)?(?:Urteil|Entscheidung|Beschluss|Bußgeld|Strafe|Verbot|Verurteilung|Bescheid|Verfügung|Anordnung)(?:e|en|es|s)?`;
const ANNULMENT: Record<Lang, string[]> = {
  en: [String.raw`overturn(?:s|ed|ing)?`, String.raw`quash(?:es|ed|ing)?`, String.raw`annul(?:s|led|ling)?`, String.raw`(?:struck|strikes?|striking)\s+down`, String.raw`(?:set|sets|setting)\s+aside`],
  de: [
    String.raw`(?:heb(?:e|st|t|en)|hob(?:en|st)?)${SPAN}auf${CLAUSE_END}`,
    String.raw`aufgehoben|aufzuheben|aufheb(?:en|t)`,
    String.raw`kippt(?:e|en)?|gekippt`,
    String.raw`annulliert\p{Ll}*|für\s+nichtig\s+erklärt`,
  ],
};
const CONFIRMATION: Record<Lang, string[]> = {
  en: [String.raw`uph(?:old|olds|olding|eld)`, String.raw`confirm(?:s|ed|ing)?\s+${DECISION_EN}`],
  de: [String.raw`bestätig(?:e|st|t|en|te|ten|tet)\s+${DECISION_DE}`, String.raw`${DECISION_DE}\s(?:${IN_CLAUSE}*?\s)?bestätigt`],
};

/**
 * Whether something costs: free ("free of charge", "remains free", "kostenlos", "gebührenfrei") or charged
 * ("subject to a fee", "kostenpflichtig"). "Free" alone is as often "free software" or "free speech", so
 * only predicative; "umsonst" is as often "in vain".
 */
const FREE: Record<Lang, string[]> = {
  en: [String.raw`free\s+of\s+charge`, String.raw`gratis`, String.raw`${COPULA_EN}free(?![\p{L}-])(?!\s+(?:of|from|to|for)\s)`],
  de: [String.raw`kostenlos\p{Ll}*`, String.raw`kostenfrei\p{Ll}*`, String.raw`gebührenfrei\p{Ll}*`, String.raw`gratis`, String.raw`unentgeltlich\p{Ll}*`],
};
const CHARGED: Record<Lang, string[]> = {
  en: [String.raw`subject\s+to\s+(?:a\s+)?(?:charge|fee)s?`, String.raw`chargeable`, String.raw`for\s+a\s+fee`],
  de: [String.raw`kostenpflichtig\p{Ll}*`, String.raw`gebührenpflichtig\p{Ll}*`, String.raw`gegen\s+(?:eine\s+)?(?:Gebühr|Entgelt|Bezahlung)`],
};


const compile = (patterns: string[]) => new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${patterns.join('|')})(?![\p{L}\p{N}]|-\p{L})`, 'gu');
const patternsOf = (lang: Lang): Record<Stance['stance'], RegExp> => ({
  refusal: compile(REFUSAL[lang]),
  assent: compile(ASSENT[lang]),
  cessation: compile(CESSATION[lang]),
  continuation: compile(CONTINUATION[lang]),
  acquittal: compile(ACQUITTAL[lang]),
  conviction: compile(CONVICTION[lang]),
  closed: compile(CLOSED[lang]),
  open: compile(OPEN[lang]),
  annulment: compile(ANNULMENT[lang]),
  confirmation: compile(CONFIRMATION[lang]),
  free: compile(FREE[lang]),
  charged: compile(CHARGED[lang]),
  ...outcomePatterns(lang),
});
function outcomePatterns(lang: Lang): Record<OutcomeStance, RegExp> {
  return Object.fromEntries(OUTCOME_STANCES.map((stance) => [stance, compile(OUTCOME_WORDS[stance][lang])])) as Record<OutcomeStance, RegExp>;
}
const PATTERNS: Record<Lang, Record<Stance['stance'], RegExp>> = { en: patternsOf('en'), de: patternsOf('de') };

/** The stances read by their pattern alone; assent and refusal are read together (a refusal may govern an assent). */
const PLAIN_STANCES: ReadonlyArray<Stance['stance']> = [
  'cessation',
  'continuation',
  'acquittal',
  'conviction',
  'closed',
  'open',
  'annulment',
  'confirmation',
  'free',
  'charged',
  ...OUTCOME_STANCES,
];

/**
 * An assent in an infinitive or gerund a refusal governs is what is refused, not a second stance:
 * "declined to approve", "advised against approving", "lehnte es ab, den Plan zu genehmigen".
 */
const GOVERNED: Record<Lang, RegExp> = {
  en: /^(?:\s+(?:\p{L}+\s+){0,3}to\s+|\s+)$|^\s*$/u,
  de: new RegExp(String.raw`^(?:\s+es)?(?:\s+(?:ab|zurück))?\s*,?\s+(?:${IN_CLAUSE}*\s)?$`, 'u'),
};

/**
 * The sentence's verbs of assent and refusal, in the document's language only (as negativeWords.ts
 * reads its words): English "rate" or "raten" in the other language are other words. An English
 * sentence's first word is read in lower case ("Approved by …").
 */
export function extractStances(text: string, lang: Lang): Stance[] {
  const read = lang === 'en' ? text.replace(/^(\P{L}*)(\p{Lu})(?=\p{Ll})/u, (_, lead: string, first: string) => lead + first.toLowerCase()) : text;
  const refusals: Stance[] = [...read.matchAll(PATTERNS[lang].refusal)].map((m) => ({ stance: 'refusal', start: m.index, end: m.index + m[0].length }));
  const assents: Stance[] = [];
  for (const m of read.matchAll(PATTERNS[lang].assent)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (refusals.some((r) => r.start < end && start < r.end)) continue;
    if (refusals.some((r) => r.end <= start && governs(lang, read, r, start, m[0]))) continue;
    assents.push({ stance: 'assent', start, end });
  }
  const plain = PLAIN_STANCES.flatMap((stance) => [...read.matchAll(PATTERNS[lang][stance])].map((m): Stance => ({ stance, start: m.index, end: m.index + m[0].length })));
  return [...refusals, ...assents, ...plain].sort((a, b) => a.start - b.start);
}

function governs(lang: Lang, text: string, refusal: Stance, start: number, verb: string): boolean {
  const between = text.slice(refusal.end, start);
  if (lang === 'en') return GOVERNED.en.test(between) || (/ing$/.test(verb) && /^\s+$/.test(between));
  // A German infinitive with "zu": "…, den Plan zu genehmigen", "zuzustimmen".
  return GOVERNED.de.test(between) && (/\szu\s*$/u.test(between) || /^\p{Ll}+zu/u.test(verb));
}
