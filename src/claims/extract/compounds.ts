import type { Lang } from '../../core/types.js';
import { DE_AND_A_HALF_SOURCE, DE_FRACTION_PREFIXES, DE_ORDINAL_STEM_SOURCE, ORDINAL_WORD_SOURCE, SPELLED_SOURCE, parseDigits, parseFraction, parseOrdinalWord, parseSpelled } from '../numerals.js';
import { unitBySymbol, type Unit } from '../vocabulary.js';
import type { NumericAtom } from './atom.js';

/**
 * Numbers inside words, which the number patterns (bounded by word ends) cannot see, and multiples:
 * German glues a number to what it qualifies ("zehnprozentige" = "10-percent", "80-Jährige" =
 * "80-year-old", "zweitgrößte" = "second-largest", "Viertplatzierte" = "fourth-placed"), and both
 * languages say a factor in one word ("verdreifacht" = "tripled", "fünfmal" = "five times",
 * "zweifach" = "twofold"). Each match is a finished atom: a factor, a percentage, an age or
 * duration, or an ordinal.
 */

const SPELLED = (lang: Lang) => `(?:${SPELLED_SOURCE[lang]})`;
/** Fractions German glues to a noun of time as it glues numbers: "halbstündig", "viertelstündig", "dreivierteljährig". */
const FRACTION_STEMS = 'halb|viertel|dreiviertel';
const DIGITS = String.raw`\d+(?:[.,]\d+)?`;

/** German suffixes that make a number an adjective, and what the number then claims. */
const GERMAN_SUFFIXES: Record<string, { percent?: true; factor?: true; count?: true; unit?: string }> = {
  prozentig: { percent: true },
  // "die achtköpfige Jury" = "the eight-member jury", "vierspurig" = "four-lane", "dreistöckig", "zweiteilig".
  köpfig: { count: true },
  spurig: { count: true },
  stöckig: { count: true },
  teilig: { count: true },
  // "die siebenstufige INES-Skala" = "the seven-level INES scale".
  stufig: { count: true },
  fach: { factor: true },
  mal: { factor: true },
  jährig: { unit: 'yr' },
  monatig: { unit: 'mo' },
  wöchig: { unit: 'wk' },
  tägig: { unit: 'd' },
  stündig: { unit: 'h' },
  minütig: { unit: 'min' },
};

/**
 * "almost double what it was in 2015" = "fast doppelt so viel wie 2015", "more than triple the amount": the
 * word as a predeterminer of what it multiplies, after a hedge, a comparison or a verb of being.
 */
const DOUBLE_WHAT = String.raw`(?<=(?:almost|nearly|roughly|about|around|than|over|is|was|are|were|be|been)\s)(?:double|triple|treble|quadruple)(?=\s+(?:what|that|those|its|their|his|her|the\s+(?:amount|number|level|figure|rate|price|size|sum|total))(?![\p{L}]))`;

/** Nouns "double" and "triple" are adjectives of, so that "to double digits" is no factor. */
const MULTIPLE_ADJECTIVE_NOUNS = String.raw`(?:digits?|figures?|rooms?|beds?|glazing|click\p{Ll}*|check\p{Ll}*|standards?|whammy|agents?|deckers?|dips?|shots?|jumps?|crowns?|plays?|taxation|bogey|time)`;

const SOURCES: Record<Lang, string> = {
  de: [
    // "verdreifacht", "Verzehnfachung".
    String.raw`ver(${SPELLED('de')})fach(?:t(?:e[nmrs]?)?|en|ung(?:en)?)`,
    // "zehnprozentige", "80-Jährige", "zweifach", "fünfmal", "zweimalige", "dreistündigen", "zweieinhalbstündige";
    // a fraction only of time: "halbstündige" = "30-minute", "viertelstündig", "halbjährige" = "six-month".
    String.raw`(${SPELLED('de')}|${DIGITS}[-\u2010]?|${DE_AND_A_HALF_SOURCE}|${FRACTION_STEMS})(${Object.keys(GERMAN_SUFFIXES).join('|')})(?:e[nmrs]?|ig(?:e[nmrs]?)?)?`,
    // "auf das Doppelte", "um das Doppelte": the noun, like "das Dreifache", is a multiple, and so is the
    // adverb before the verb that closes its clause ("den Monat doppelt berechnet" = "charged twice for the month"; the adjective
    // "die doppelte Staatsbürgerschaft" is none; see german()).
    String.raw`(verdoppe?l(?:t(?:e[nmrs]?)?|n|e|ung(?:en)?)|halbier(?:t(?:e[nmrs]?)?|en|ung(?:en)?)|doppelt(?=\s+so\s)|doppelt(?=\s*(?:[,.;:!?)]|$)|\s+\p{Ll}{3,}(?:t|en)\s*(?:[,.;:!?)]|$)|\s+(?:und|oder|aber|sowie)\s(?!dreifach))|doppel-?klick\p{Ll}*|(?<=(?:das|aufs|ums|dem|des)\s)doppelte[ns]?)`,
    // "fünf Mal", "um den Faktor 1,2"; not a dimension's sign ("60 mal 30 Meter" = "60 by 30 metres").
    String.raw`(?:(${SPELLED('de')}|\d+)\s+Mal(?!\s+\d)|Faktor\s+(?:von\s+)?(${SPELLED('de')}|${DIGITS}))`,
    // "zweitgrößte", "Viertplatzierte", "drittbeste", "Zweitligist" (a second-division club); not "Viertelfinale" nor "achtzigste".
    String.raw`(${DE_ORDINAL_STEM_SOURCE})(?!el|zig|zehn|und|hundert|tausend)(?:\p{Ll}+?[sß]te[nmrs]?|platziert(?:e[nmrs]?)?|ligist(?:en)?|liga|klässler(?:in|innen|n)?)`,
    // A number before a noun of time inside a compound: "Dreijahresvertrag" = "three-year contract",
    // "Fünftagewoche", "Achtstundentag", "Zweimonatsfrist".
    String.raw`(${SPELLED('de')}|${DIGITS}[-\u2010]?)(jahres|monats|wochen|tage|tages|stunden|minuten)(?=\p{Ll}{3})\p{L}*`,
    // "der zehnmillionste Besucher" = "the ten millionth visitor", "die 20-millionste Übernachtung": an ordinal of a scale word.
    String.raw`(${SPELLED('de')}|\d+[-\u2010])(tausend|million|milliard)ste[nmrs]?`,
    // "Vizemeister" = "runner-up": the second of a championship.
    String.raw`(vize-?(?:welt|europa|landes)?meister(?:in|innen|s)?)`,
    // A percentage opening a noun: "Fünfprozenthürde" = "5 percent hurdle", "Zehn-Prozent-Marke".
    String.raw`(${SPELLED('de')}|${DIGITS}[-\u2010]?)prozent[-\u2010]?(?=\p{L}{4})\p{L}[\p{L}-]*`,
    // An ordinal opening a noun: "Zweitstimmen" = "second votes", "Erstwähler" = "first-time voters",
    // "Drittstaaten" = "third countries": it confirms the English ordinal and is never reported alone. Not
    // a number and a half ("Achteinhalb").
    String.raw`(${DE_ORDINAL_STEM_SOURCE})(?!el|zig|zehn|und|hundert|tausend|einhalb|e[nmrs]?(?![\p{L}])|ens(?![\p{L}])|mals(?![\p{L}]))(?=\p{Ll}{4})\p{Ll}+`,
    // A number opening any other compound: "Zweizimmerwohnung" = "two-room flat", "Nullrunde" = "zero
    // round". Not a number's own parts, fractions, ordinals ("Zweitwohnung", "Viertel", "Zweidrittelmehrheit") nor
    // the words that only begin like one ("Achtung", "Achterbahn", "Zweifel"); "Dreierbündnis" = "three-party alliance".
    String.raw`(${SPELLED('de')})(?!und|zig|zehn|hundert|tausend|s?t|el|ung|erbahn|fel(?![\p{L}])|e[nmrs]?(?![\p{L}])|(?:dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt)el|einhalb)(?=\p{Ll}{4})\p{Ll}+`,
    // A noun of a number: "der Vierer" = "the four-man boat", "ein Zweier", "alle 14 Achttausender" = "all 14
    // eight-thousanders", "Viertausender": the number the English compound opens with. Not "Achter", which
    // is also the ordinal ("wurde Achter" = "finished eighth").
    String.raw`(?:(zwei|drei|vier|fünf|sechs|sieben|neun|zehn|elf|zwölf)er|(zwei|drei|vier|fünf|sechs|sieben|acht)tausender)[ns]?`,
  ].join('|'),
  en: [
    String.raw`(${SPELLED('en')}|${DIGITS})[-\u2010\s]?fold`,
    String.raw`(${SPELLED('en')}|${DIGITS})\s+times`,
    // "double-click" = "doppelklicken" = "zweimal klicken".
    // The bare verb only after a modal or "to" ("will double to 50 percent", "wants to double rail traffic"),
    // and not before the nouns it is an adjective of ("to double digits", "upgraded to double rooms"); after
    // "and" or "or" only with its object a pronoun ("to double it by 2030 and triple it by 2050").
    String.raw`(twice|thrice|(?:doubl|tripl|trebl|quadrupl)(?:ed|es|ing)|(?<=(?:will|would|could|can|may|might|should|must|to)\s)(?:double|triple|treble|quadruple)(?=\s+(?!${MULTIPLE_ADJECTIVE_NOUNS}(?![\p{L}]))[\p{L}]|[.,;])|(?<=(?:and|or)\s)(?:double|triple|treble|quadruple)(?=\s+(?:it|them|this|that|its|their|again)(?![\p{L}]))|halv(?:e|ed|ing)|double[-\u2010\s]?click\p{Ll}*|${DOUBLE_WHAT})`,
    String.raw`factor\s+of\s+(${SPELLED('en')}|${DIGITS})`,
    // "second-largest", "fourth-placed": an ordinal with or without a determiner.
    String.raw`(${ORDINAL_WORD_SOURCE.en})(?=[-\u2010](?:\p{Ll}+est|placed|ranked|best|worst|most|least)(?![\p{L}]))`,
    // "its ten millionth visitor", "the 2 millionth car"; "a millionth of a second" is a fraction.
    String.raw`(?<!(?:^|[^\p{L}])(?:a|one)\s)(${SPELLED('en')}|${DIGITS})[\s\u2010-]+(thousandth|millionth|billionth)`,
    // "the runner-up" = "der Zweitplatzierte", "Vizemeister".
    String.raw`(runners?[-\u2010\s]up)`,
  ].join('|'),
};

const PATTERN: Record<Lang, RegExp> = {
  de: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${SOURCES.de})(?![\p{L}])`, 'giu'),
  en: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${SOURCES.en})(?![\p{L}])`, 'giu'),
};
/** Each form holds one of these; most sentences hold none and skip the pattern. */
const HINT: Record<Lang, RegExp> = {
  de: /null|erst|zweit|dritt|viert|prozent|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zig|ßig|hundert|tausend|vize|fach|mal|prozentig|köpfig|spurig|stöckig|teilig|stufig|jährig|monatig|wöchig|tägig|stündig|minütig|doppel|halbier|faktor|[sß]te|platziert|liga|ligist|klässler|jahres|monats|wochen|tage|stunden|minuten/i,
  en: /fold|times|twice|thrice|doubl|tripl|trebl|quadrupl|halv|factor|-|thousandth|millionth|billionth|runners?\s+up/i,
};

const WORD_FACTORS: Record<string, number> = { twice: 2, thrice: 3, doubl: 2, tripl: 3, trebl: 3, quadrupl: 4, halv: 0.5, verdoppel: 2, verdoppl: 2, halbier: 0.5, doppel: 2 };

export function findCompoundAtoms(text: string, lang: Lang): NumericAtom[] {
  const atoms: NumericAtom[] = lang === 'de' ? [...speedLimits(text), ...quarterScales(text)] : [];
  if (!HINT[lang].test(text)) return atoms;
  for (const m of text.matchAll(PATTERN[lang])) {
    const span: Span = { start: m.index, end: m.index + m[0].length, fourDigits: false };
    const atom = lang === 'de' ? german(m, span) : english(m, span);
    if (atom) atoms.push(atom);
  }
  return atoms;
}

type Span = { start: number; end: number; fourDigits: false };

/**
 * German names a speed limit by "Tempo" and its kilometres per hour: "Tempo 30", "Tempo-30-Zonen" = "30
 * km/h zones", "Tempo 130 auf Autobahnen".
 */
function speedLimits(text: string): NumericAtom[] {
  if (!text.includes('Tempo')) return [];
  const unit = unitBySymbol('km/h')!;
  return [...text.matchAll(SPEED_LIMIT)].map((m) => ({ start: m.index, end: m.index + m[0].length, n: Number(m[1]), fourDigits: false, unit }));
}
/** A quarter of a scale word in one German word: "eine Viertelmillion" = 250,000, "Dreiviertelmilliarde". */
function quarterScales(text: string): NumericAtom[] {
  if (!/viertelmilli/iu.test(text)) return [];
  return [...text.matchAll(QUARTER_SCALE)].map((m) => ({ start: m.index, end: m.index + m[0].length, n: (m[1] ? 3 : 1) * 0.25 * (/illiarde/iu.test(m[0]) ? 1e9 : 1e6), fourDigits: false }));
}
const QUARTER_SCALE = /(?<![\p{L}])(?:[Ee]ine\s+)?(drei)?[Vv]iertelmilli(?:on|arde)(?:en|n)?(?![\p{L}])/giu;

const SPEED_LIMIT = /(?<![\p{L}])Tempo[\s-](\d{2,3})(?![\p{L}\p{N}]|[.,]\d)/gu;

function number(written: string, lang: Lang): number | undefined {
  const bare = written.replace(/[-\u2010\s]+$/, '');
  if (lang === 'de' && bare.toLowerCase().endsWith('halb')) return parseFraction(bare, lang);
  return /\d/.test(bare) ? parseDigits(bare, lang) : parseSpelled(bare, lang);
}

function wordFactor(word: string): number | undefined {
  const stem = Object.keys(WORD_FACTORS).find((key) => word.toLowerCase().startsWith(key));
  return stem === undefined ? undefined : WORD_FACTORS[stem];
}

function german(m: RegExpMatchArray, span: Span): NumericAtom | undefined {
  if (m[1] !== undefined) return factor(span, number(m[1], 'de'));
  if (m[2] !== undefined) {
    const fraction = DE_FRACTION_PREFIXES[m[2].toLowerCase()];
    const n = fraction ?? number(m[2], 'de');
    const meaning = GERMAN_SUFFIXES[m[3]!.toLowerCase()]!;
    if (n === undefined || (fraction !== undefined && !meaning.unit)) return undefined;
    if (meaning.factor) return factor(span, n);
    if (meaning.percent) return { ...span, n, percent: true };
    if (meaning.count) return { ...span, n };
    return { ...span, n, unit: unitOf(meaning.unit!) };
  }
  if (m[4] !== undefined) return /^doppelte/.test(m[4]) ? undefined : factor(span, wordFactor(m[4]));
  if (m[5] !== undefined || m[6] !== undefined) return factor(span, number((m[5] ?? m[6])!, 'de'));
  if (m[7] !== undefined) {
    const n = parseOrdinalWord(`${m[7]}e`, 'de');
    return n === undefined ? undefined : { ...span, n, ordinal: true };
  }
  if (m[8] !== undefined) {
    const n = number(m[8], 'de');
    return n === undefined ? undefined : { ...span, n, unit: unitOf(TIME_NOUNS[m[9]!.toLowerCase()]!) };
  }
  if (m[12] !== undefined) return { ...span, n: 2, ordinal: true };
  if (m[13] !== undefined) {
    const n = number(m[13], 'de');
    return n === undefined ? undefined : { ...span, n, percent: true };
  }
  if (m[14] !== undefined) {
    // Not a number word ("Viertausend", "Sechstausend" at a sentence's start), which only begins like one.
    const n = /^\p{Lu}/u.test(m[0]) && !WHOLE_NUMBER.test(m[0]) ? parseOrdinalWord(`${m[14]}e`, 'de') : undefined;
    return n === undefined ? undefined : { ...span, n, ordinal: true, soft: true };
  }
  if (m[15] !== undefined) return compoundNumber(m[0], m[15], span);
  if (m[16] !== undefined || m[17] !== undefined) return numberNoun(m[0], (m[16] ?? m[17])!, span);
  return scaleOrdinal(span, number(m[10]!, 'de'), m[11]!);
}

/**
 * A number opening a noun compound, which says what it counts only through the rest of the word: it
 * confirms the same number on the other side but is never reported alone nor paired into a conflict,
 * since words that merely begin like a number ("Elfmeter", "Dreieck") have no number in English.
 */
function compoundNumber(word: string, written: string, span: Span): NumericAtom | undefined {
  if (!(/^\p{Lu}/u.test(word) || countAdjective(word, written)) || WHOLE_NUMBER.test(word)) return undefined;
  const n = number(written, 'de');
  return n === undefined ? undefined : { ...span, n, soft: true };
}

/**
 * A noun German makes of a number with "-er" ("der Vierer", "ein Achttausender"), capitalised: it confirms the
 * number the English compound opens with ("four-man", "eight-thousander") and is never reported alone, since
 * the noun may name something else ("Zehner", a ten-euro note). Not "ein Einser".
 */
function numberNoun(word: string, written: string, span: Span): NumericAtom | undefined {
  if (!/^\p{Lu}/u.test(word) || /^eine?$/iu.test(written)) return undefined;
  const n = number(written, 'de');
  return n === undefined ? undefined : { ...span, n, soft: true };
}

/**
 * An adjective German makes of a number and a noun with "-ig" ("zwölfbändig" = "twelve-volume",
 * "dreistellig" = "three-digit", "vierzeilig" = "four-line"), as the compound noun is one. Not of "ein",
 * whose adjectives are words of their own ("einseitig" = "one-sided", "einstimmig" = "unanimous").
 */
function countAdjective(word: string, written: string): boolean {
  return /\p{Ll}ig(?:e[nmrs]?)?$/u.test(word) && !/^eine?$/iu.test(written);
}

/** A number word as a whole ("Hunderteinundneunzigtausend" at a sentence's start), which the number patterns read. */
const WHOLE_NUMBER = new RegExp(`^(?:${SPELLED_SOURCE.de})$`, 'iu');

const SCALE_ORDINALS: Record<string, number> = { tausend: 1e3, thousandth: 1e3, million: 1e6, millionth: 1e6, milliard: 1e9, billionth: 1e9 };

function scaleOrdinal(span: Span, n: number | undefined, scale: string): NumericAtom | undefined {
  return n === undefined ? undefined : { ...span, n: n * SCALE_ORDINALS[scale.toLowerCase()]!, ordinal: true };
}

/** The nouns of time a compound joins to a number, and their unit. */
const TIME_NOUNS: Record<string, string> = { jahres: 'yr', monats: 'mo', wochen: 'wk', tage: 'd', tages: 'd', stunden: 'h', minuten: 'min' };

function english(m: RegExpMatchArray, span: Span): NumericAtom | undefined {
  if (m[1] !== undefined) return factor(span, number(m[1], 'en'));
  if (m[2] !== undefined) return factor(span, number(m[2], 'en'));
  if (m[3] !== undefined) return factor(span, wordFactor(m[3]));
  if (m[4] !== undefined) return factor(span, number(m[4], 'en'));
  if (m[5] !== undefined) {
    const n = parseOrdinalWord(m[5], 'en');
    return n === undefined ? undefined : { ...span, n, ordinal: true };
  }
  if (m[8] !== undefined) return { ...span, n: 2, ordinal: true };
  return scaleOrdinal(span, number(m[6]!, 'en'), m[7]!);
}

function factor(span: Span, n: number | undefined): NumericAtom | undefined {
  return n === undefined ? undefined : { ...span, n, factor: true };
}

function unitOf(symbol: string): Unit {
  return unitBySymbol(symbol)!;
}

/**
 * "aged 20-30" = "aged between 20 and 30" = "20- bis 30-Jährige": after English "aged" a bare number,
 * and the other end of its range, are ages in years.
 */
export function qualifyAges(text: string, atoms: NumericAtom[], lang: Lang): void {
  if (lang !== 'en' || !/aged|age[\s-]|under-|over-/i.test(text)) return;
  atoms.forEach((atom, i) => {
    // "the 18-to-29 age group" = "die 18- bis 29-Jährigen"; "under-6s" = "Kinder unter 6 Jahren".
    if ((AGE_GROUP_AFTER.test(text.slice(atom.end, atom.end + 24)) || UNDER_OVER.test(text.slice(Math.max(0, atom.start - 6), atom.end + 1))) && bare(atom)) {
      atom.unit = unitOf('yr');
      const previous = atoms[i - 1];
      if (previous && bare(previous) && AGE_RANGE_JOIN.test(text.slice(previous.end, atom.start))) previous.unit = atom.unit;
      return;
    }
    if (!AGED.test(text.slice(Math.max(0, atom.start - 20), atom.start)) || !bare(atom)) return;
    atom.unit = unitOf('yr');
    const next = atoms[i + 1];
    if (next && bare(next) && AGE_RANGE_JOIN.test(text.slice(atom.end, next.start))) next.unit = atom.unit;
  });
}

const AGED = /(?:^|[^\p{L}])aged\s+(?:between\s+|from\s+)?$/iu;
const AGE_RANGE_JOIN = /^\s*(?:[-\u2013]|to|and|-to-)\s*$/u;
const UNDER_OVER = /(?:under|over)[-\u2010]\d+s$/iu;
const AGE_GROUP_AFTER = /^[\s\u2010-]+age[\s\u2010-]+(?:group|bracket|band|cohort)s?(?![\p{L}])/iu;

function bare(atom: NumericAtom): boolean {
  return !atom.unit && !atom.currency && !atom.percent && !atom.ordinal && !atom.factor && atom.points === undefined;
}
