import type { Lang } from '../../core/types.js';
import { parseFraction } from '../numerals.js';
import type { Claim } from '../claim.js';
import type { NumericAtom } from './atom.js';
import { DE_HEDGE, EN_AFTER_FRACTION, EN_HEDGE } from './hedges.js';

/**
 * A change by a fraction is a multiple of the old value, like "halved" (0.5×) or "tripled" (3×):
 * "fell by a quarter" = "ging um ein Viertel zurück" = 0.75×, "rose by a third" = "stieg um ein
 * Drittel" = 1.33×, "has been cut in half" = "hat sich halbiert" = "sank um die Hälfte" = 0.5×. Read as
 * the bare fraction, "fell by a third" had been the ordinal "third", and "rose by half" had been the
 * same claim as "halved".
 *
 * English puts the verb right before "by"; German puts "um" and the fraction anywhere in the clause
 * with the verb, before it ("sank um ein Drittel"), after it ("ist um ein Drittel gesunken") or around
 * it ("ging um ein Drittel zurück"). A comparative says the direction as a verb does ("um ein Drittel
 * größer", see comparatives); without either ("by a third party", "um ein Drittel tiefer"), the fraction
 * stays a share. Each match is a finished atom.
 */
const EN_NUMERATORS = 'an?|one|two|three|four|five|six|seven|eight|nine';
const EN_FRACTION = String.raw`(?:(?:${EN_NUMERATORS})[\s\u2010-]+(?:half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?|half)`;
const DE_FRACTION = String.raw`(?:(?:ein|eine[mnr]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun)\s+(?:drittel|viertel|fünftel|sechstel|siebtel|achtel|neuntel|zehntel)|(?:zwei|drei|vier)(?:drittel|viertel|fünftel)|die\s+hälfte)`;

// Verbs that are nouns too ("the contract", "a gain", "a dip") count only as a past or a participle.
/** Losing a fraction of something is a change of it ("lost almost a fifth of its value" = "verlor fast ein Fünftel seines Wertes"). */
const EN_LOSS = String.raw`los(?:e|es|t|ing)`;
const EN_UP = String.raw`ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|gr[eo]w(?:s|n|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|widen(?:s|ed|ing)?|gain(?:ed|ing)|rebound(?:ed|ing)|advanc(?:ed|ing)|(?:go|goes|went|gone|going)\s+up|(?<!(?:mak(?:e|es|ing)|made)\s)up`;
const EN_DOWN = String.raw`f[ae]ll(?:s|en|ing)?|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|shr[iau]nk(?:s|en|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?|lower(?:s|ed|ing)?|plung(?:e|es|ed|ing)|slump(?:s|ed|ing)?|s[iau]nk(?:s|ing)?|tumbl(?:e|es|ed|ing)|trimm?(?:s|ed|ing)?|slid(?:es|ing)?|slipp(?:ed|ing)|dipp(?:ed|ing)|eas(?:ed|ing)|contract(?:ed|ing)|narrow(?:ed|ing)|dwindl(?:e|es|ed|ing)|shed(?:s|ding)?|${EN_LOSS}|(?:go|goes|went|gone|going)\s+down|down`;
/** What may follow the fraction of a change: the end of the clause or a word that is no noun it modifies ("by a third party"). */
const EN_AFTER = String.raw`(?=\s*(?:[^\s\p{L}\p{N}]|$)|\s+${EN_AFTER_FRACTION}(?![\p{L}]))`;

// Each pattern starts with a word, not a look-behind, so that the engine skips to it; the verb before
// "by" and the word boundary before are checked on the match.
const EN_PATTERN = new RegExp(String.raw`by\s+(?:${EN_HEDGE})?(${EN_FRACTION})${EN_AFTER}|cut\s+in\s+half(?![\p{L}])`, 'giu');
// Without "by" the verb stands right before the figure ("fell almost a fifth", "is down a third");
// "cut a third of its staff" is then a share of the staff, not a change (see englishDirection); what
// is lost is lost of something ("lost a fifth of its value").
const EN_VERB_PATTERN = new RegExp(String.raw`(?:(${EN_LOSS})|${EN_UP}|${EN_DOWN})(?:\s+\p{L}+ly)?\s+(?:${EN_HEDGE})?(${EN_FRACTION})${EN_AFTER}`, 'giu');
// The passive puts the loss after what was lost: "a quarter of its volume has been lost" (German "ist verloren gegangen").
const EN_LOST_LAST = new RegExp(String.raw`(${EN_FRACTION})(?=\s+of(?![\p{L}])[^,;.!?]*?(?<![\p{L}])(?:been|was|were|is|are|be)\s+lost(?![\p{L}]))`, 'giu');
const OF_AFTER = /^\s+of(?![\p{L}])/u;
// The verb's object may stand between: "cut its energy consumption by a quarter".
const EN_VERB_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:(${EN_UP})|(${EN_DOWN}))(?:\s+[\p{L}'’-]+){0,6}\s+$`, 'iu');
// Also "verlor fast ein Fünftel ihres Wertes" = "fell by almost a fifth": losing a share is a change without "um",
// with the middle field's adverbials between verb and share ("verlor binnen sechs Wochen ein Fünftel").
// A noun of change takes its fraction with "von" too: "ein Plus von einem Drittel", "ein Rückgang um ein Fünftel".
const DE_PATTERN = new RegExp(String.raw`(?:um\s+|(?<=(?:Plus|Minus|Anstieg|Zuwachs|Rückgang|Einbruch)\s+)von\s+|(?:verlor(?:en)?|verliert|verlieren|eingebüßt|büßte)\s+(?:[^\s,.;:!?()]+\s+){0,5}?)(?:${DE_HEDGE})?(${DE_FRACTION})(?![\p{L}])`, 'giu');

// A perfect or a future puts the verb of loss last in the clause: "hat ein Viertel seines Volumens verloren".
const DE_LOSS_LAST = new RegExp(String.raw`(?:${DE_HEDGE})?(${DE_FRACTION})(?![\p{L}])(?=[^,;.!?]*?(?<![\p{L}])(?:verloren|verlieren|eingebüßt|einbüßen)(?![\p{L}]))`, 'giu');

/** German verbs of change, in the clause of "um" and the fraction, by direction. */
const DE_UP = [
  /(?<![\p{L}])(?:an)?(?:steig(?:t|en|e)?|stieg(?:en)?|gestiegen)(?![\p{L}])/iu,
  // A separable verb with its infinitive's "zu" inside: "beschlossen, den Beitrag … anzuheben", "zuzulegen".
  /(?<![\p{L}])(?:erhöh|steiger|vergrößer|verteuer|kletter)\p{Ll}*|(?<![\p{L}])ge(?:steigert|klettert)|(?<![\p{L}])(?:wächst|wachsen|wuchs(?:en)?|gewachsen|zugenommen|zunehmen|zuzunehmen|zugelegt|zulegen|zuzulegen|angehoben|anheben|anzuheben)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:nimmt|nehmen|nahm(?:en)?|legt|legen|legte[n]?)(?![\p{L}])[^,;]*(?<![\p{L}])zu(?![\p{L}])/iu,
  // "hob den Leitzins … an" = "raised its rate".
  /(?<![\p{L}])(?:hebt|heben|hob(?:en)?)(?![\p{L}])[^,;]*(?<![\p{L}])an(?![\p{L}])/iu,
  // The nouns: "ein Plus von einem Drittel" = "up a third", "ein Zuwachs um ein Viertel".
  /(?<![\p{L}])(?:Plus|Anstieg(?:s|es)?|Zuwachs(?:es)?|Zunahme)(?![\p{L}])/u,
];
const DE_DOWN = [
  /(?<![\p{L}])(?:sink(?:t|en)|sank(?:en)?|gesunken|fällt|fallen|fiel(?:en)?|gefallen|zurückgegangen|zurückgehen|zurückzugehen|zurückging(?:en)?|abgenommen|abnehmen|abzunehmen|eingebrochen|geschrumpft|gesenkt|gekürzt)(?![\p{L}])/iu,
  // "um ein Drittel gedrosselt" = "reduced by a third": throttling output lowers it.
  /(?<![\p{L}])(?:verringer|reduzier|schrumpf|verkleiner|verbillig|drossel|gedrosselt)\p{Ll}*|(?<![\p{L}])(?:senk|kürz)(?:t|te|ten|en|ung)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:ging(?:en)?|geht|gehen)(?![\p{L}])[^,;]*(?<![\p{L}])zurück(?![\p{L}])|(?<![\p{L}])(?:nimmt|nehmen|nahm(?:en)?)(?![\p{L}])[^,;]*(?<![\p{L}])ab(?![\p{L}])/iu,
  /(?<![\p{L}])(?:verl(?:or|oren|iert|ieren)|eingebüßt|büßte)(?![\p{L}])/iu,
  // "brach um fast ein Drittel ein" = "slumped by almost a third".
  /(?<![\p{L}])(?:brach(?:en)?|bricht|brechen)(?![\p{L}])[^,;]*(?<![\p{L}])ein(?=\s*(?:[,;.!?]|$))/iu,
  // "ein Rückgang um ein Fünftel" = "down a fifth", "ein Minus von einem Drittel".
  /(?<![\p{L}])(?:Minus|Rückgang(?:s|es)?|Einbruch(?:s|es)?|Abnahme)(?![\p{L}])/u,
];

/** Every change by a fraction holds a fraction's word (checked before the patterns run). */
const HINT: Record<Lang, RegExp> = { en: /half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth/i, de: /hälfte|drittel|viertel|fünftel|sechstel|siebtel|achtel|neuntel|zehntel/i };

export function findChangeAtoms(text: string, lang: Lang): NumericAtom[] {
  if (!HINT[lang].test(text)) return [];
  return lang === 'en' ? english(text) : german(text);
}

function startsWord(text: string, index: number): boolean {
  return index === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(index - 1));
}

function english(text: string): NumericAtom[] {
  return [...englishBy(text), ...englishAfterVerb(text), ...englishLostLast(text), ...comparatives(text, 'en')].sort((a, b) => a.start - b.start);
}

/**
 * A fraction before a comparative is a change as much as one before a verb of change: "a quarter lower than in 2023" =
 * "um ein Viertel niedriger" = "fell by a quarter" = 0.75×, "a third more" = "ein Drittel mehr" = "up a third" = 1.33×;
 * so also a noun of change before "of" ("an increase of a fifth" = "ein Plus von einem Fünftel"). Not before a figure,
 * where the fraction is a share of those above or below it ("ein Drittel über 65 Jahre", "a quarter under 18").
 */
function comparatives(text: string, lang: Lang): NumericAtom[] {
  const atoms: NumericAtom[] = [];
  for (const m of text.matchAll(COMPARATIVE[lang])) {
    if (!startsWord(text, m.index)) continue;
    const group = m[1] !== undefined ? 1 : 3;
    const [start, end] = m.indices![group]!;
    const fraction = m[group]!;
    const share = parseFraction(fraction, lang);
    const up = UP_WORD.test(m[2] ?? m[0]);
    if (share !== undefined && share < 1 && !/^half$/iu.test(fraction)) atoms.push(change(start, end, up ? 1 + share : 1 - share));
  }
  return atoms;
}
/** Comparatives whose direction is certain, up first ("tiefer", "leichter" say either, by what they measure). */
const COMPARATIVE_WORDS: Record<Lang, { up: string; down: string }> = {
  en: { up: 'more|higher|larger|bigger|greater|above|longer|faster|heavier|stronger|wider|dearer|costlier', down: 'less|lower|fewer|smaller|below|cheaper|shorter|slower|weaker|narrower' },
  de: { up: 'mehr|höher|größer|über|länger|schneller|schwerer|stärker|breiter|teurer', down: 'weniger|niedriger|geringer|kleiner|unter|billiger|günstiger|kürzer|langsamer|schwächer|schmaler' },
};
const EN_COMPARATIVE_WORDS = `${COMPARATIVE_WORDS.en.up}|${COMPARATIVE_WORDS.en.down}`;
const DE_COMPARATIVE_WORDS = `${COMPARATIVE_WORDS.de.up}|${COMPARATIVE_WORDS.de.down}`;
/** English nouns of change, up first. */
const EN_CHANGE_NOUNS = { up: 'increase|rise|gain|jump|growth|hike', down: 'drop|fall|decline|decrease|reduction|cut|loss|slump' };
const COMPARATIVE: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`(?:${EN_HEDGE})?(${EN_FRACTION})\s+(${EN_COMPARATIVE_WORDS})(?![\p{L}])(?!\s+\d)|(?:${EN_CHANGE_NOUNS.up}|${EN_CHANGE_NOUNS.down})\s+of\s+(?:${EN_HEDGE})?(${EN_FRACTION})${EN_AFTER}`, 'giud'),
  de: new RegExp(String.raw`(?:um\s+)?(?:${DE_HEDGE})?(${DE_FRACTION})\s+(${DE_COMPARATIVE_WORDS})(?![\p{L}])(?!\s+\d)`, 'giud'),
};
/** The comparatives that say "up", and the nouns of change (read from the match's start). */
const UP_WORD = new RegExp(String.raw`^(?:${COMPARATIVE_WORDS.en.up}|${COMPARATIVE_WORDS.de.up}|${EN_CHANGE_NOUNS.up})(?![\p{L}])`, 'iu');

function englishBy(text: string): NumericAtom[] {
  const atoms: NumericAtom[] = [];
  for (const m of text.matchAll(EN_PATTERN)) {
    if (!startsWord(text, m.index)) continue;
    if (m[1] === undefined) {
      atoms.push(change(m.index, m.index + m[0].length, 0.5));
      continue;
    }
    const verb = EN_VERB_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    const share = parseFraction(m[1], 'en');
    const start = m.index + m[0].lastIndexOf(m[1]);
    if (verb && share !== undefined && share < 1) atoms.push(change(start, start + m[1].length, verb[1] !== undefined ? 1 + share : 1 - share));
  }
  return atoms;
}

function englishAfterVerb(text: string): NumericAtom[] {
  const atoms: NumericAtom[] = [];
  for (const m of text.matchAll(EN_VERB_PATTERN)) {
    const share = parseFraction(m[2]!, 'en');
    const start = m.index + m[0].lastIndexOf(m[2]!);
    const end = start + m[2]!.length;
    if (!startsWord(text, m.index) || share === undefined || share >= 1 || (m[1] === undefined && OF_AFTER.test(text.slice(end)))) continue;
    const verb = EN_VERB_BEFORE.exec(`${text.slice(m.index, start)} `);
    atoms.push(change(start, end, verb?.[1] !== undefined ? 1 + share : 1 - share));
  }
  return atoms;
}

function englishLostLast(text: string): NumericAtom[] {
  if (!/\slost(?![\p{L}])/u.test(text)) return [];
  const atoms: NumericAtom[] = [];
  for (const m of text.matchAll(EN_LOST_LAST)) {
    const share = parseFraction(m[1]!, 'en');
    if (startsWord(text, m.index) && share !== undefined && share < 1) atoms.push(change(m.index, m.index + m[1]!.length, 1 - share));
  }
  return atoms;
}

function german(text: string): NumericAtom[] {
  const atoms: NumericAtom[] = comparatives(text, 'de');
  // A fraction a comparative has read is not read again by the verb of its clause.
  const read = new Set(atoms.map((atom) => atom.start));
  for (const m of text.matchAll(DE_PATTERN)) {
    if (!startsWord(text, m.index)) continue;
    const start = m.index + m[0].lastIndexOf(m[1]!);
    const end = start + m[1]!.length;
    const share = parseFraction(m[1]!, 'de');
    const { up, down } = germanVerbsOfChange(clauseAround(text, m.index, end));
    if (share !== undefined && share < 1 && up !== down && !read.has(start)) atoms.push(change(start, end, up ? 1 + share : 1 - share));
  }
  if (!/verl|einb/i.test(text)) return atoms;
  for (const m of text.matchAll(DE_LOSS_LAST)) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    const share = parseFraction(m[1]!, 'de');
    if (startsWord(text, m.index) && share !== undefined && share < 1 && !atoms.some((atom) => atom.start === start)) atoms.push(change(start, start + m[1]!.length, 1 - share));
  }
  return atoms.sort((a, b) => a.start - b.start);
}

/**
 * Percentages said as a change gain its multiple (see Claim.change): English puts the verb right before
 * the figure or before "by" ("rose 25%", "fell by about 10 percent"), German "um" before the figure and
 * the verb anywhere in its clause ("ist um 25 Prozent gestiegen", "ging um ein Zehntel zurück"). A change
 * of more than the whole downwards is no multiple.
 */
export function withPercentChanges(text: string, lang: Lang, claims: Claim[]): Claim[] {
  if (!claims.some((claim) => claim.type === 'percentage')) return claims;
  return claims.map((claim) => {
    const percent = claim.type === 'percentage' ? /^(\d+(?:\.\d+)?)%$/.exec(claim.value) : null;
    if (!percent) return claim;
    const direction = lang === 'en' ? englishDirection(text, claim.start) : germanDirection(text, claim.start, claim.end);
    if (direction === undefined) return claim;
    const change = 1 + (direction * Number(percent[1])) / 100;
    return change > 0 ? { ...claim, change } : claim;
  });
}

const EN_BEFORE_PERCENT = new RegExp(String.raw`(?:^|[^\p{L}])(?:(${EN_UP})|(${EN_DOWN}))(?:\s+\p{L}+ly)?\s+(?:by\s+)?(?:${EN_HEDGE})?$`, 'iu');
const DE_BEFORE_PERCENT = new RegExp(String.raw`(?:^|[^\p{L}])um\s+(?:${DE_HEDGE})?$`, 'iu');

function englishDirection(text: string, start: number): number | undefined {
  const verb = EN_BEFORE_PERCENT.exec(text.slice(Math.max(0, start - 48), start));
  // "cut 25% of its staff" names a share of the staff, not a change of it.
  if (!verb || /^\S*\s+of(?![\p{L}])/u.test(text.slice(start, start + 40))) return undefined;
  return verb[1] !== undefined ? 1 : -1;
}

function germanDirection(text: string, start: number, end: number): number | undefined {
  if (!DE_BEFORE_PERCENT.test(text.slice(Math.max(0, start - 24), start))) return undefined;
  const { up, down } = germanVerbsOfChange(clauseAround(text, start, end));
  return up === down ? undefined : up ? 1 : -1;
}

/** Whether a German clause has a verb of change upwards, and one downwards ("stieg", "ging … zurück"). */
export function germanVerbsOfChange(clause: string): { up: boolean; down: boolean } {
  return { up: DE_UP.some((verb) => verb.test(clause)), down: DE_DOWN.some((verb) => verb.test(clause)) };
}

/** The clause holding text[start, end): up to the nearest punctuation on either side. */
export function clauseAround(text: string, start: number, end: number): string {
  const after = text.slice(end).search(CLAUSE_MARK);
  return text.slice(clauseStart(text, start), after < 0 ? text.length : end + after);
}

/**
 * Where the clause holding text[start] begins: after the last punctuation before it that is not a figure's.
 * Searched backwards, so that the clauses of one huge sentence cost their own length each.
 */
export function clauseStart(text: string, start: number): number {
  for (let at = start - 1; at >= 0; at--) if (isClauseMark(text, at, start)) return at + 1;
  return 0;
}

/**
 * CLAUSE_MARK at one place of text[0, end): not the point or comma of a figure ("17.600 Patienten", "2,5
 * Prozent"), nor an ordinal's point; what follows `end` is not looked at.
 */
function isClauseMark(text: string, at: number, end: number): boolean {
  const c = text[at]!;
  const digitBefore = at > 0 && /\d/.test(text[at - 1]!);
  const digitAfter = at + 1 < end && /\d/.test(text[at + 1]!);
  if (c === ',' || c === '.') return !digitBefore || (c === ',' && !digitAfter);
  return (c === ';' || c === '!' || c === '?' || c === ':') && !digitAfter;
}

// A point after a digit is a figure's or an ordinal's ("zum 1. Januar … erhöht"), not a clause's end.
const CLAUSE_MARK = /[,;!?:](?!\d)|(?<!\d)[,.]/gu;

function change(start: number, end: number, n: number): NumericAtom {
  return { start, end, n, fourDigits: false, factor: true };
}
