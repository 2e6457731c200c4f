import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import { clauseAround } from './changes.js';
import { gazetteerAdjectiveIds } from '../gazetteer.js';

/** The verbs of denial among the cues (English "deny" is one only before what is denied, see CUES). */
export const DENIAL_VERBS: Record<Lang, string> = {
  en: String.raw`denie[sd]|refut(?:e|es|ed)|disprov(?:e|es|ed)`,
  de: String.raw`bestr(?:eitet|eiten|itt|itten)|dementier(?:t|te|ten|en)|leugne(?:t|te|ten|n)|widerleg(?:t|te|ten|en)`,
};

/**
 * Negation cues, with the words that negate without "not": "hardly", "refuses to", "fails to", "unable to", a
 * denial ("denied" = "bestritt", "dementierte", "leugnete", "refuted" = "widerlegte": what is denied is said not to be so), "has
 * yet to" (= "noch nie", "noch kein"), "kaum",
 * "mitnichten", "verweigert", "ausgeblieben". A sentence's polarity is whether it has any; only that is compared, so
 * "no longer" = "nicht mehr" agree without a list of idioms, and "unless" = "wenn … nicht",
 * "N/A" = "nicht verfügbar".
 * A contrastive "…, not X" / "(…, nicht X)" / "…, keine X" denies an alternative, not the statement
 * (see isContrastive); so do an attributive "nicht" (see isAttributive) and an elliptical "if not,"
 * (see ELLIPTICAL). They are soft cues: they confirm a negation on the other side, which often says
 * the same with one, and never conflict. An additive "not only" / "nicht nur" (see ADDITIVE) is no
 * cue at all, nor is one that opens a hyphenated compound ("Nicht-Apple-Plattformen",
 * "not-for-profit"), which names a kind of thing, as "non-Apple" does (see negativeWords.ts).
 */
const CUES: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:not|never|${DENIAL_VERBS.en}|deny(?=\s+(?:that|having|being|any|the\s+(?:report|claim|allegation)s?)(?![\p{L}]))|(?<=(?:has|have|had|is|are|was|were)\s)yet(?=\s+to\s)|neither|nor|none|nobody|no[\s-]one|nothing|nowhere|without|cannot|unless|hardly|barely|scarcely|n\/a|no(?=\s|,)|\p{Ll}{1,6}n['’]t|(?:refus|fail)(?:e|es|ed|s)?(?=\s+to\s)|unable(?=\s+to\s)|lack(?:s|ed)?(?=\s+(?:the|a|an|any)\s))(?![\p{L}\p{N}]|-\p{L})`, 'giu'),
  de: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:nicht|nichts|nie|niemals|nimmer|niemand(?:em|en|es)?|nirgends|nirgendwo|weder|ohne|keinerlei|keineswegs|keinesfalls|mitnichten|kaum|kein(?:e[mnrs]?)?|es sei denn|(?:ver)?weiger(?:n|t|te|ten|st)|verwehr(?:en|t|te|ten)|ausbleib(?:en|t)|ausgeblieben|${DENIAL_VERBS.de})(?![\p{L}\p{N}]|-\p{L})`, 'giu'),
};

/**
 * Whether the cue denies an alternative after a comma or bracket: "(the company, not the platform)",
 * "Microsoft kaufte Kinvolk, nicht Flatcar", "eine Partnerschaft, keine Übernahme". Other cues keep
 * their force there: German puts a comma before every "ohne"-clause ("…, ohne den Zustand zu
 * verwalten") and after every subordinate clause ("Der Prozess, der schreibt, wird nicht eher
 * beendet"), so a German "nicht" denies an alternative only when a noun phrase follows; and "…, nor
 * does it …" or "…, nie …" negate the statement.
 */
function isContrastive(lang: Lang, cue: string, before: string, after: string, clauseBefore: string): boolean {
  if (!/[,(]\s*$/.test(before)) return false;
  if (lang === 'en') return /^not$/i.test(cue);
  // A short aside in brackets, as English "(not purge!)" is read: "(nicht purge!)", "(nicht wirklich genutzt)".
  if (/\(\s*$/.test(before) && /^nicht$/i.test(cue) && /^[^()]{0,40}\)/u.test(after) && clauseWords(after).length <= 4) return true;
  if (!endsWithNoun(after) || closesSubordinateClause(clauseBefore)) return false;
  if (/^kein/i.test(cue)) return true;
  // "…, nicht aber die Dateiendung" = "…, not the file extension".
  const phrase = after.replace(/^\s+(?:aber|jedoch)(?=\s)/iu, '');
  return /^nicht$/i.test(cue) && (/^\s+[^\s\p{L}\p{N}]*\p{Lu}/u.test(phrase) || DETERMINER_NEXT.test(phrase) || (PREPOSITION_NEXT.test(phrase) && clauseWords(phrase).length <= 3));
}

/**
 * Whether the comma before the cue closes a subordinate clause, after which the main clause goes on: "Das
 * Werk produzierte während des Streiks, der um 6 Uhr begonnen hatte, keine Autos" denies that cars were
 * made; no alternative is denied. German opens such a clause with a relative pronoun or a conjunction
 * and closes it with a comma; the clause before this comma opened with one.
 */
function closesSubordinateClause(before: string): boolean {
  const m = /(?:^|([,;(]))\s*([^,;()]*?),\s*$/u.exec(before);
  if (!m) return false;
  // A relative pronoun opens a clause only after a comma; at the sentence's start "Das gilt …" is an article.
  return CONJUNCTION_OPENING.test(m[2]!) || (m[1] !== undefined && RELATIVE_OPENING.test(m[2]!));
}

const RELATIVE_OPENING = /^(?:\p{Ll}+\s+)?(?:der|die|das|dem|den|deren|dessen|denen|welche[rsmn]?)(?![\p{L}])/u;
const CONJUNCTION_OPENING = /^(?:dass|weil|wenn|falls|obwohl|nachdem|bevor|seitdem|sobald|solange|wobei|womit|wodurch)(?![\p{L}])/iu;

/**
 * "…, nicht nach München", "…, nicht in der Cloud": the denied alternative may open with a preposition,
 * but is then short; "…, wenn möglich, nicht auf eine bestimmte Version des Compilers" negates the verb.
 */
const PREPOSITION_NEXT = /^\s+(?:nach|in|im|an|am|auf|aus|bei|beim|für|gegen|mit|von|vom|zu|zum|zur|über|unter|vor|hinter|neben|zwischen|durch|um|ab|bis|seit|wegen|trotz|statt)\s/iu;

/**
 * Whether the words after a German cue, up to the end of the clause, are a noun phrase: a few words
 * ending in a capitalised one ("…, keine Übernahme.", "…, nicht die Plattform)"). A clause of its own
 * ends in its verb ("…, die ihn verwenden, keine Warnmeldungen mehr verursachen").
 */
function endsWithNoun(after: string): boolean {
  const phrase = clauseWords(after);
  // The noun may be quoted or set as code: "(nicht `JavaScript`)".
  return phrase.length >= 1 && phrase.length <= 6 && /^[^\p{L}\p{N}]*\p{Lu}/u.test(phrase[phrase.length - 1]!);
}

/** The words from `after`'s start to the end of its clause. */
function clauseWords(after: string): string[] {
  return /^([^,.;:!?()]*)(?:[,.;:!?()]|$)/u.exec(after)![1]!.trim().split(/\s+/);
}

/**
 * A negation another part of the sentence corrects: "nicht direkt, sondern über einen Server" says how
 * it is done, which the other language says without a cue ("not only directly but also via …", "not
 * available until they install" = "nur verfügbar, wenn …", "will not be installed unless" = "wird erst
 * installiert, wenn").
 */
const CORRECTED: Record<Lang, RegExp> = {
  en: /^[^.;:!?]*?(?<![\p{L}\p{N}])(?:until|unless)(?![\p{L}\p{N}])/iu,
  de: /^[^.;:!?]*?,\s*sondern(?![\p{L}\p{N}])/iu,
};

/**
 * German "ob … nicht" asks whether something is so, not whether it is not: "prüfen, ob sich der Status
 * nicht verschlechtert hat" = "check if it gets worse".
 */
const EXPLETIVE = /(?:^|[,;(:]\s*)ob\s[^,.;:!?()]*$/iu;

/** Idioms around a cue ("before\u0000after") in which the cue negates nothing; see cuesOf. */
const AFFIRMATIVE_IDIOM: Record<Lang, RegExp> = {
  en: /\u0000\s*(?:mind|forget)(?![\p{L}\p{N}])|\u0000\s+(?:you|it|they|we|he|she|I|there)\s*\?/u,
  de: /[Vv]ergessen\s+(?:Sie|du|ihr|wir)\s*\u0000|\u0000\s+(?:\p{L}+\s+){0,2}vergessen(?![\p{L}\p{N}])/u,
};

/**
 * "nobody except staff was allowed" = "nur das Personal durfte", "nichts außer Wasser" = "only water": none but some
 * is "only", which the other language says without a cue.
 */
const NONE_BUT: Record<Lang, RegExp> = {
  en: /^\s+(?:\p{Ll}+\s+)?(?:except|but|other\s+than|apart\s+from|besides|save)(?![\p{L}])/iu,
  de: /^\s+(?:\p{Ll}+\s+)?(?:außer|ausgenommen|bis\s+auf)(?![\p{L}])/iu,
};

/**
 * A comparison with what has not been so since then: "so viele wie seit 2001 nicht mehr" = "the most
 * since 2001", "so hoch wie nie zuvor" / "as never before" = "the highest ever". The other language
 * says it with a superlative, without a cue: soft, never a conflict.
 */
const SINCE_THEN: Record<Lang, { before: RegExp; after: RegExp }> = {
  en: { before: /(?<![\p{L}])(?:as|like)\s+$/iu, after: /^\s+before(?![\p{L}])/iu },
  de: { before: /(?<![\p{L}])wie(?:\s+(?:seit|in)\s+[^,.;:!?]{1,40}?|\s+(?:noch|bisher|lange))?\s+$/iu, after: /^(?:\s+(?:mehr|zuvor|vorher|davor))?\s*(?:[,.;:!?)–-]|$)/u },
};

/**
 * A superlative said by comparison with all others: "so spät wie in keinem anderen Bundesland" = "the
 * latest of any state", "wie kein anderer" = "like no other" = "more than anyone", "wie in keinem Jahr zuvor" = "more
 * than in any previous year". The other language
 * often says it without a cue: soft, never a conflict.
 */
const LIKE_NO_OTHER: Record<Lang, { before: RegExp; after: RegExp }> = {
  en: { before: /(?<![\p{L}])(?:like|as)\s+$/iu, after: /^\s+other(?![\p{L}])/iu },
  // "so viele wie in keinem Monat zuvor" = "more than in any previous month".
  de: {
    // "so tief wie noch kein Boot seiner Klasse zuvor" = "the deepest dive yet for a boat of its class".
    before: /(?<![\p{L}])wie\s+(?:(?:noch|bisher)\s+)?(?:(?:in|bei|an|auf|von|unter|aus|mit|für|zu)\s+)?$/iu,
    after: /^\s+(?:ander(?:e[nmrs]?)?|(?:\p{L}+\s+)?\p{Lu}\p{Ll}+(?:\s+[\p{L}-]+){0,3}?\s+(?:zuvor|vorher|davor|bisher))(?![\p{L}])/u,
  },
};

/**
 * The same superlative with its comparison after it: "In keinem anderen OECD-Land arbeiten Rentner so viel
 * wie in Japan" = "Pensioners in Japan work more than in any other OECD country", "no other club has won
 * more titles than"; the comparative may stand before what it compares ("In keinem anderen Land warten Patienten
 * länger auf eine Operation als in Polen").
 */
const NO_OTHER_COMPARED: Record<Lang, RegExp> = {
  en: /^\s+other\s[^.;:!?]*?(?<![\p{L}])(?:more|fewer|less|\p{Ll}{3,}er)(?:\s+[^\s.;:!?]+){0,6}?\s+than(?![\p{L}])/u,
  de: /^\s+ander(?:e[nmrs]?)?\s[^.;:!?]*?(?<![\p{L}])(?:so\s+\p{Ll}+\s+wie|(?:mehr|weniger|\p{Ll}{3,}er)(?:\s+[^\s.;:!?]+){0,6}?\s+als)(?![\p{L}])/u,
};

/** What one "bestreitet" without denying it: a game or contest, or costs (Duden, "bestreiten" 2 and 3). */
const CONTESTED = /(?:[Ss]piel|Partie|Match|Finale|Wettkampf|Rennen|Turnier|Kampf|Duell|Runde|Saison|Lebensunterhalt|Kosten|Unterhalt|Programm)\p{Ll}*(?![\p{L}])/u;


/** The "not" of "not … unless" is counted once: the pair reads "only if" ("erst, wenn"). */
const NEGATED_BEFORE_UNLESS = /(?<![\p{L}\p{N}])(?:not|cannot|\p{Ll}+n['’]t)(?![\p{L}\p{N}])[^.;:!?]*$/iu;

/** "whether it is charging or not", "whether or not someone has", "ob … oder nicht" ask; they negate nothing. */
const ALTERNATIVE = { before: /(?:^|[^\p{L}])(?:or|oder)\s+$/iu, after: /^\s*(?:[,;).!?]|$)/u, whether: /(?:^|[^\p{L}])(?:whether|if)\s+or\s+$/iu };

/** "bestanden oder nicht bestanden", "pass or not pass": a word and its negation as the two outcomes, which deny nothing. */
function saysBothWays(text: string, start: number, end: number): boolean {
  const word = /(\p{L}{3,})\s+(?:or|oder)\s+$/iu.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return word !== undefined && new RegExp(String.raw`^\s+${word}(?![\p{L}])`, 'iu').test(text.slice(end, end + 40));
}

/** An elliptical "if not," / "falls nicht," means "otherwise", which the other language often says without a cue ("anderenfalls"). */
const ELLIPTICAL = { before: /(?:^|[^\p{L}])(?:if|wenn|falls)\s+$/iu, after: /^\s*[,;)]/ };

/** Whether the cue at [start, end) of `text` negates only the adjective after it (see isAttributive). */
export function negatesAdjectiveOnly(text: string, start: number, end: number, lang: Lang): boolean {
  return isAttributive(lang, text.slice(Math.max(0, start - 8), start), text.slice(end, end + 80));
}

/**
 * "not"/"nicht" inside a noun phrase negates its adjective, not the statement: "an undisclosed
 * amount" = "einen nicht genannten Betrag", "unsecured LDAP" = "nicht abgesichertes LDAP", "an
 * unusable system" = "einem nicht mehr verwendbaren System"; so does "nie" ("einem niemals endenden
 * Strom" = "a never-ending stream"). In English that is the cue right after an article. German shows it
 * by what follows: an inflected adjective and its noun, whatever stands
 * before ("Branches, die nicht zusammengeführt wurden" is a relative clause).
 * An article, possessive or quantifier there is no adjective: "nicht die Umschalt-Taste", "nicht
 * seine Schuld", "nicht alle Daten", "nicht irgendwelche Pakete" negate the statement.
 */
function isAttributive(lang: Lang, before: string, after: string): boolean {
  if (lang === 'en') return /(?:^|[^\p{L}])(?:a|an|the)\s+$/iu.test(before);
  const adjective = /^\s+(?:mehr\s+)?(\p{Ll}+(?:e|en|er|es|em))\s+\p{Lu}/u.exec(after);
  return adjective !== null && !DETERMINERS.has(adjective[1]!) && !NO_ADJECTIVES.has(adjective[1]!);
}

/** Prepositions and adverbs with an adjective's ending: "nicht ohne Komplikationen", "nicht mehr ohne Hilfe gehen". */
const NO_ADJECTIVES = new Set('ohne gegen neben hinter unter über wider binnen zwischen außer oben unten gerne immer wieder selten später früher eher lieber weiter länger'.split(' '));

const DETERMINERS = new Set(
  [
    'der die das den dem des ein eine einen einem einer eines keine keinen keinem keiner',
    'meine meinen meinem meiner deine deinen deinem deiner seine seinen seinem seiner ihre ihren ihrem ihrer unsere unseren unserem unserer eure euren eurem eurer',
    'alle allen aller alles viele vielen vieler jede jeden jedem jeder jedes beide beiden einige einigen einiger mehrere mehreren',
    'wenige wenigen weniger andere anderen anderer diese diesen dieser dieses jene jenen ganze ganzen genügend',
    'irgendwelche irgendwelchen irgendeine irgendeinen irgendeinem irgendeiner solche solchen solcher manche manchen mancher welche welchen welcher',
  ]
    .join(' ')
    .split(' '),
);

const DETERMINER_NEXT = /^\s+(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)(?![\p{L}\p{N}])/iu;

/**
 * "nicht über 25 °C lagern" = "store below 25 °C", "not more than 10" = "höchstens 10": a negated bound
 * is the other bound (see bounds.ts), which the other language says without a negation.
 */
// Also a comparative before a figure: "not cheaper than 3.29 euros" = "mindestens 3,29 Euro", "nicht länger als 3 Meter".
const NEGATED_BOUND = /^\s+(?:über|unter|mehr\s+als|weniger\s+als|\p{Ll}{2,}er\s+als|more\s+than|less\s+than|fewer\s+than|(?:more\s+|less\s+)?\p{Ll}{2,}(?:er)?\s+than|over|under|above|below)\s+(?:(?:EUR|USD|CHF)\s*)?[\d−€$£-]/iu;

/** "no later than 10:25" = "spätestens um 10:25", "no more than 30" = "höchstens 30": a bound, said without a negation in German. */
// "no less effective than" = "mindestens ebenso wirksam", "no more expensive than" = "höchstens so teuer wie".
const NO_LATER_THAN = /^\s+(?:later|earlier|sooner|more|less|fewer|longer|shorter|higher|lower|greater|smaller|older|younger|(?:more|less)\s+\p{Ll}{3,})\s+than(?![\p{L}])/iu;

/**
 * "not only … but also" / "nicht nur …, sondern auch" adds to the statement, as "not least" / "nicht zuletzt" does; the other text often
 * says the same with "and" or "as well as", so counting it would report a false conflict.
 */
const ADDITIVE: Record<Lang, RegExp> = {
  en: /^\s+(?:only|just|merely|least)(?![\p{L}\p{N}])/iu,
  de: /^\s+(?:nur|bloß|bloss|lediglich|zuletzt)(?![\p{L}\p{N}])/iu,
};

/**
 * "is not limited to married couples" = "steht nicht nur Ehepaaren offen": a negated limit adds, as "not only" does,
 * which the other language may say with a cue or without one: soft, never a conflict.
 */
const UNLIMITED = /^\s+(?:(?:be|been|being)\s+)?(?:limited|restricted|confined)\s+to(?![\p{L}])/iu;

/**
 * "without a single dissenting vote" = "einstimmig", "ohne Gegenstimme" = "unanimously": no one against says all in
 * favour, which the other language says without a cue: soft, never a conflict.
 */
const UNANIMOUS: Record<Lang, RegExp> = {
  en: /^\s+(?:(?:a\s+single|any|a)\s+)?(?:dissent(?:ing\s+votes?)?|objections?|opposition|votes?\s+against)(?![\p{L}])/iu,
  de: /^\s+(?:(?:jede|jegliche|eine)\s+)?(?:Gegenstimmen?|Widerspruch|Widerrede)(?![\p{L}])/u,
};

/**
 * Negation cues of either language, each judged by its own language's rules. `lang` is the document's
 * language, which need not be the sentence's: translations leave sentences untranslated ("This means
 * that users who are not collaborators …" in a German README), and neither language's cue words are
 * words of the other, so an English "not" in a German document is a negation all the same.
 */
export function extractNegation(text: string, lang: Lang): Claim[] {
  const other: Lang = lang === 'en' ? 'de' : 'en';
  return [...cuesOf(text, lang), ...cuesOf(text, other)].sort((a, b) => a.start - b.start);
}

function cuesOf(text: string, lang: Lang): Claim[] {
  const claims: Claim[] = [];
  for (const m of text.matchAll(CUES[lang])) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 80);
    const isNot = /^(?:not|nicht)$/i.test(m[0]);
    // A lower-case "no" before a word is a determiner ("no evidence", "if no Deny from applies", "no
    // .diff.gz"); before a Markdown table bar ("| no |") or a number it is a cell's value. A capitalised
    // "No" is a determiner only before a word in lower case ("No \"%option\" is needed"); before a
    // capital or a table cell's end (a tab in clean mode) it is an answer or a "No" column. Tested
    // without the flag `i`, under which \p{Ll} matches capitals too.
    // In text set in capitals ("NO WARRANTY", "THERE IS NO WARRANTY FOR THE PROGRAM") a capital word follows the determiner.
    const shouted = m[0] === 'NO' && /^[ \u00a0]+\p{Lu}{2,}(?![\p{Ll}])/u.test(after);
    // A people's adjective is capitalised in English: "No German player reached …" is a determiner.
    const beforeAdjective = m[0] === 'No' && gazetteerAdjectiveIds().has(/^[ \u00a0]+(\p{Lu}\p{Ll}+)[ \u00a0]+\p{Ll}/u.exec(after)?.[1]?.toLowerCase() ?? '');
    const answer = /^no$/i.test(m[0]) && !shouted && !beforeAdjective && !(m[0] === 'no' ? /^[ \u00a0]+[^\s|\d]/u : /^[ \u00a0]+[^\s\p{L}\p{N}]*\p{Ll}/u).test(after);
    // A capitalised "No" that is no determiner is an answer ("No, of course" = "Natürlich nicht") or
    // a determiner before a name ("No Bluetooth adapter" = "Kein Bluetooth-Adapter"): it confirms the
    // other side's cue but never conflicts. A table's "| no |" is no cue.
    if (answer && m[0] !== 'No') continue;
    // "not only" adds to the statement.
    if (isNot && ADDITIVE[lang].test(after.slice(0, 12))) continue;
    // The first part of a compound its hyphen leaves open ("Not- und Ambulanzflüge" = "emergency and medical flights").
    if (/^-\s/u.test(after)) continue;
    // "do not mind facing bugs" = "Fehler hinnehmen", "vergessen Sie nicht" = "be sure to", "don't forget" =
    // "remember": each idiom is one affirmative verb. A tag question ("…, haven't you?") asks for assent.
    // "ein Spiel bestreiten" = "to play a game", "den Lebensunterhalt bestreiten" = "to pay for one's keep".
    if (lang === 'de' && /^bestr/i.test(m[0]) && CONTESTED.test(clauseAround(text, m.index, end))) continue;
    if (AFFIRMATIVE_IDIOM[lang].test(`${text.slice(Math.max(0, m.index - 20), m.index)}\u0000${text.slice(end, end + 24)}`)) continue;
    // A cue that denies an alternative, stands for a clause ("if not,") or negates an adjective does not
    // negate the statement, but the other language often says the same with a negation of it ("an hour
    // that never existed" = "einer nicht existenten Stunde"): a soft cue, which confirms and never conflicts.
    const soft =
      answer ||
      isContrastive(lang, m[0], before, after, text.slice(Math.max(0, m.index - 160), m.index)) ||
      CORRECTED[lang].test(text.slice(end, end + 120)) ||
      (lang === 'en' && /^unless$/i.test(m[0]) && NEGATED_BEFORE_UNLESS.test(text.slice(Math.max(0, m.index - 80), m.index))) ||
      (lang === 'de' && isNot && EXPLETIVE.test(text.slice(Math.max(0, m.index - 60), m.index))) ||
      (isNot && ELLIPTICAL.before.test(before) && ELLIPTICAL.after.test(after)) ||
      (isNot && ((ALTERNATIVE.before.test(before) && ALTERNATIVE.after.test(after)) || ALTERNATIVE.whether.test(text.slice(Math.max(0, m.index - 12), m.index)) || saysBothWays(text, m.index, end))) ||
      ((isNot || /^(?:never|nie|niemals)$/i.test(m[0])) && isAttributive(lang, before, after)) ||
      (isNot && NEGATED_BOUND.test(after)) ||
      (isNot && lang === 'en' && UNLIMITED.test(after)) ||
      (/^(?:without|ohne)$/i.test(m[0]) && UNANIMOUS[lang].test(after)) ||
      (/^no$/i.test(m[0]) && NO_LATER_THAN.test(after)) ||
      (/^(?:no|kein\p{L}*)$/iu.test(m[0]) && LIKE_NO_OTHER[lang].before.test(text.slice(Math.max(0, m.index - 16), m.index)) && LIKE_NO_OTHER[lang].after.test(after)) ||
      (/^(?:no|kein\p{L}*)$/iu.test(m[0]) && NO_OTHER_COMPARED[lang].test(after)) ||
      (/^(?:nobody|no\s+one|no-one|none|nothing|niemand\p{L}*|keine[rs]?|nichts)$/iu.test(m[0]) && NONE_BUT[lang].test(after)) ||
      // "barely 540,000 hectares" = "knapp 540.000 Hektar": a bound of a figure, not a denial.
      (/^(?:barely|hardly|scarcely|kaum)$/i.test(m[0]) && /^\s+(?:over|above|under|more\s+than|mehr\s+als|über)?\s*\d/iu.test(after)) ||
      (/^(?:not|nicht|never|nie|niemals)$/i.test(m[0]) && SINCE_THEN[lang].before.test(text.slice(Math.max(0, m.index - 60), m.index)) && (/^(?:nie|niemals)$/i.test(m[0]) || SINCE_THEN[lang].after.test(after)) && !/(?:gut|fast)\s+wie\s+$/iu.test(before));
    claims.push({ type: 'negation', kind: 'negation', start: m.index, end, value: 'negated', ...(soft ? { soft } : {}) });
  }
  return claims;
}
