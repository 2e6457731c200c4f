import { formatNumber, type Claim } from '../claim.js';
import type { Lang } from '../../core/types.js';
import { DIGITS_SOURCE, FRACTION_SOURCE, ORDINAL_WORD_SOURCE, SPELLED_SOURCE, parseDigits, parseFraction, parseOrdinalWord, parseSpelled } from '../numerals.js';
import {
  COUNTED_WITHOUT_NUMBER,
  CURRENCIES,
  GLUED_ONLY_SCALES,
  PERCENT_FORMS,
  PER_MILLE_FORMS,
  POINT_FORMS,
  SCALE_WORDS,
  UNITS,
  alternation,
  type Currency,
} from '../vocabulary.js';
import type { NumericAtom } from './atom.js';
import { findCompoundAtoms, qualifyAges } from './compounds.js';
import { findOrdinalForms, markRanksAndAnniversaries, ordinalReading, readingFlags } from './ordinals.js';
import { findChangeAtoms } from './changes.js';
import { readCounts, readEarlyYears } from './counts.js';
import { findMagnitudeAtoms } from './magnitudes.js';
import { isPrice } from './prices.js';
import { findShareAtoms, quantifiesGroup } from './shares.js';
import type { TakenSpans } from './spans.js';

interface Patterns {
  digits: RegExp;
  quarter: RegExp;
  countedWithoutNumber: RegExp;
  spelled: RegExp;
  fraction: RegExp;
  rateStep: RegExp;
  rateShare: RegExp;
  articleScale: RegExp;
  articleMeasure: RegExp;
  ordinalWord: RegExp;
  prefix: RegExp;
  scale: RegExp;
  qualifier: RegExp;
  qualifierKinds: Array<{ index: number; apply: (atom: NumericAtom, form: string) => void }>;
}

/** "under-6s", "over-65s": children or people of an age, not a word's number. */
/** A word between a number and its unit that says no more: "a full percentage point", "zwei volle Stunden". */
/** "eine bis zehn Milliarden", "one to two million": the article is the number one, a range's lower end. */
const ONE_TO = /^\s+(?:bis|oder|to|or)\s/u;

const FILLER = /^\s+(?:full|whole|volle[nmrs]?|ganze[nmrs]?)(?=\s)/iu;

const AGE_GROUP = /(?:under|over)[-\u2010]\d+s$/iu;

const cache = new Map<Lang, Patterns>();

function patterns(lang: Lang): Patterns {
  let p = cache.get(lang);
  if (p) return p;
  const scaleForms = SCALE_WORDS[lang].flatMap((s) => s.forms);
  const pointForms = POINT_FORMS[lang].flatMap((s) => s.forms);
  const currencySuffixes = CURRENCIES.flatMap((c) => c.suffixes[lang]);
  const unitForms = UNITS.flatMap((u) => u.forms[lang]);
  const measureForms = UNITS.filter((u) => u.dimension !== 'duration').flatMap((u) => u.forms[lang].filter((form) => /^\p{L}{3}/u.test(form)));
  const bigScales = lang === 'en' ? 'thousand|million|billion|trillion' : 'Tausend|Million|Milliarde|Billion';
  // Spelled share units, before which "one"/"ein" is the number: "one percent", "einen Prozentpunkt".
  const shareWords = alternation([...PERCENT_FORMS[lang], ...pointForms, ...PER_MILLE_FORMS[lang]].filter((form) => /^\p{L}{3}/u.test(form)));
  // The article that is the number one before a scale, a share word or a measure: "a billion",
  // "einen Prozentpunkt", "eines Meters".
  const oneArticle = lang === 'en' ? 'an?|one|One|An?' : '[Ee]ine[mnrs]?|[Ee]in';
  p = {
    // Not inside a token ("A320", "COVID-19") and not the tail of a longer number; after a lower-case
    // prefix only a year counts ("mid-2021" is a date, "Covid-19" is a name).
    // A relay's or a product's factors are figures too: "4x100 metres" = "4 x 100 Meter".
    digits: new RegExp(String.raw`(?:(?<=\d\s?[x×]\s?)|(?<![\p{L}\p{N}]|\p{Lu}[-\u2010]|\d[.,]))(?:${DIGITS_SOURCE})(?!\p{N})`, 'gu'),
    quarter: /(?<![\p{L}\p{N}])Q([1-4])(?![\p{L}\p{N}])/gu,
    countedWithoutNumber: new RegExp(
      String.raw`(?<=(?:^|[^\p{L}])(?:${COUNTED_WITHOUT_NUMBER[lang].after.join('|')})\s)(${COUNTED_WITHOUT_NUMBER[lang].units.join('|')})(?![\p{L}])`,
      'giu',
    ),
    spelled: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${SPELLED_SOURCE[lang]})(?![\p{L}\p{N}])`, 'giu'),
    fraction: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${FRACTION_SOURCE[lang]})(?![\p{L}\p{N}])`, 'giu'),
    rateStep: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${RATE_STEP_SOURCE[lang]})(?![\p{L}\p{N}])`, 'giu'),
    rateShare: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${RATE_SHARE_SOURCE[lang]})(?![\p{L}\p{N}])`, 'giu'),
    articleScale: new RegExp(String.raw`(?<![\p{L}])(?:${oneArticle})(?=\s+(?:(?:full|whole|volle[nmrs]?|ganze[nmrs]?)\s+)?(?:${bigScales}|${shareWords})(?![\p{L}])|\s+(?:bis|oder|to|or)\s+(?:\d|${SPELLED_SOURCE[lang]})[^.;]{0,20}?(?:${bigScales}))`, 'gu'),
    // "a kilometre", "einen Meter": the article is one of a measure (see qualify); not of a duration. So it is
    // of a currency: "kostet einen Euro" = "costs €1".
    articleMeasure: new RegExp(String.raw`(?<![\p{L}])(?:${oneArticle})(?=\s+(?:${alternation(measureForms)}|${ARTICLE_CURRENCIES[lang]})(?![\p{L}\p{N}]))`, 'gu'),
    ordinalWord: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${ORDINAL_WORD_SOURCE[lang]})(?![\p{L}\p{N}])`, 'giu'),
    prefix: new RegExp(String.raw`(?:^|[^\p{L}])(${alternation(CURRENCIES.flatMap((c) => c.prefixes))})[\s\u00a0]?$`, 'u'),
    // Also in a compound adjective: "a $5-billion deal", "the 600-million-euro programme".
    scale: new RegExp(String.raw`([\s\u00a0]?|[-\u2010])(${alternation(scaleForms)})(?![\p{L}])`, 'uy'),
    qualifier: new RegExp(
      String.raw`[\s\u00a0\-]?(?:(${alternation(pointForms)})|(${alternation(PERCENT_FORMS[lang])})|(${alternation(currencySuffixes)})|(${alternation(unitForms)})|(${alternation(PER_MILLE_FORMS[lang])}))(?![\p{L}\p{N}])`,
      'uy',
    ),
    qualifierKinds: [
      { index: 1, apply: (atom, form) => (atom.points = POINT_FORMS[lang].find((s) => matchesForm(s.forms, form))!.factor) },
      { index: 2, apply: (atom) => (atom.percent = true) },
      { index: 3, apply: (atom, form) => setCurrency(atom, CURRENCIES.find((c) => matchesForm(c.suffixes[lang], form))!) },
      { index: 4, apply: (atom, form) => (atom.unit = UNITS.find((u) => matchesForm(u.forms[lang], form))) },
      { index: 5, apply: (atom) => (atom.perMille = true) },
    ],
  };
  cache.set(lang, p);
  return p;
}

function setCurrency(atom: NumericAtom, currency: Currency): void {
  atom.currency = currency.code;
  if (currency.subunit) {
    atom.n /= currency.subunit;
    atom.subunit = currency.subunit;
  }
  if (currency.open) atom.openCurrency = currency.family;
}

function matchesForm(forms: string[], written: string): boolean {
  const normal = written.replace(/\s+/g, ' ');
  return forms.includes(normal);
}

/**
 * British English glues "p" for pence to the figure: "up 10p to £1.35", "142.9p a litre". Not with a space
 * ("10 p" is as often a page), and not the line counts that name video resolutions ("720p", "1080p").
 */
const GLUED_PENCE = /^\dp(?![\p{L}\p{N}]|\.\p{L})/u;
const VIDEO_LINES: ReadonlySet<number> = new Set([144, 240, 360, 480, 540, 576, 720, 1080, 1440, 2160, 4320]);
const PENCE: Currency = CURRENCIES.find((currency) => currency.code === 'GBP' && currency.subunit !== undefined)!;

/** Currencies said in the singular after "one": "einen Euro", "a dollar". Not "pound", as often a weight. */
const ARTICLE_CURRENCIES: Record<Lang, string> = { en: 'euro|dollar', de: 'Euro|Dollar|Franken' };

/** Finds every number with its qualifiers in spans not yet taken, in text order. */
export function findNumericAtoms(text: string, lang: Lang, taken: TakenSpans): NumericAtom[] {
  const p = patterns(lang);
  // A core is a bare number that `qualify` reads on from, or (`whole`) an atom already complete.
  // A change by a fraction before the fraction it holds ("fell by a quarter"), a share before its ordinal ("jeder dritte").
  const finished = [...findChangeAtoms(text, lang), ...findShareAtoms(text, lang), ...findMagnitudeAtoms(text, lang), ...findCompoundAtoms(text, lang)];
  const cores: Array<NumericAtom & { whole?: boolean }> = finished.map((atom) => ({ ...atom, whole: true }));
  const countedUnits: NumericAtom[] = [];
  for (const m of text.matchAll(p.digits)) {
    // A word's number ("covid-19", "x-11"), but not a range's end ("18-to-29") nor an age group ("under-6s").
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    const wordsNumber = /\p{Ll}[-\u2010]$/u.test(before) && !/^\d{4}$/.test(m[0]) && !/\d[-\u2010]to[-\u2010]$/u.test(before) && !AGE_GROUP.test(`${before}${text.slice(m.index, m.index + m[0].length + 1)}`);
    // Inside a compound it is the number of the name the compound opens with ("Formel-1-Eigentümer" = "Formula 1
    // owner"): it confirms the number said apart, and is never reported alone.
    const inCompound = wordsNumber && /^[-\u2010]\p{L}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2));
    if (wordsNumber && !inCompound) continue;
    const n = parseDigits(m[0], lang);
    if (n !== undefined) cores.push({ start: m.index, end: m.index + m[0].length, n, fourDigits: /^\d{4}$/.test(m[0]), ...(inCompound ? { soft: true } : {}) });
  }
  // German keeps the English "Top Ten", "Top Five" of charts and rankings.
  if (lang === 'de') for (const m of text.matchAll(TOP_LIST)) cores.push({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length, n: TOP_LIST_NUMBERS[m[1]!.toLowerCase()]!, fourDigits: false });
  for (const m of text.matchAll(p.spelled)) {
    // A capitalised number word joined to a word before it is part of a name: "Take-Two", "Catch-Twenty".
    if (/^\p{Lu}/u.test(m[0]) && /\p{L}[-\u2010]$/u.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    // "Erde zu sieben" is to sift soil: an infinitive with "zu" closing its clause is the verb, not seven.
    if (lang === 'de' && m[0] === 'sieben' && /(?:^|\s)zu\s+$/u.test(text.slice(Math.max(0, m.index - 4), m.index)) && /^\s*(?:[.,;:!?)]|$)/u.test(text.slice(m.index + m[0].length))) continue;
    const n = parseSpelled(m[0], lang);
    if (n !== undefined) cores.push({ start: m.index, end: m.index + m[0].length, n, fourDigits: false });
  }
  // Before the spelled numbers in the sort below when longer: "two-thirds" is no "two".
  for (const m of FRACTION_HINT.test(text) ? text.matchAll(p.fraction) : []) {
    const n = parseFraction(m[0], lang);
    // A bare half is as often a manner of speaking as a figure, unless it quantifies a group (see quantifiesGroup);
    // "zur Hälfte" is "half" or "halfway" ("zur Hälfte der Legislaturperiode" = "halfway through the term").
    const soft = (/^(?:half|(?:die|der)\s+hälfte)$/iu.test(m[0]) && !quantifiesGroup(text, m.index + m[0].length, lang)) || /^zur\s+hälfte$/iu.test(m[0]);
    if (n !== undefined) cores.push({ start: m.index, end: m.index + m[0].length, n, fourDigits: false, ...(soft ? { soft } : {}), ...(n < 1 ? { share: true } : {}) });
  }
  // Half or a quarter of a percentage point, or of one percent.
  for (const [pattern, share] of FRACTION_HINT.test(text) ? ([[p.rateStep, { points: 1 }], [p.rateShare, { percent: true }]] as const) : []) {
    for (const m of text.matchAll(pattern)) cores.push({ start: m.index, end: m.index + m[0].length, n: /half|halb/i.test(m[0]) ? 0.5 : 0.25, fourDigits: false, ...share, whole: true });
  }
  for (const m of [...text.matchAll(p.articleScale), ...text.matchAll(p.articleMeasure)]) {
    cores.push({ start: m.index, end: m.index + m[0].length, n: 1, fourDigits: false });
  }
  for (const m of text.matchAll(p.countedWithoutNumber)) {
    const unit = UNITS.find((u) => u.forms[lang].includes(m[1]!))!;
    const end = m.index + m[0].length;
    // The unit of a fraction before it ("half a century", "a quarter of a century") counts no one of its own.
    const ofFraction = cores.some((core) => core.share === true && core.end <= m.index && /^\s*$/u.test(text.slice(core.end, m.index)));
    if (!taken.overlaps(m.index, end) && !ofFraction) countedUnits.push({ start: m.index, end, n: 1, fourDigits: false, unit });
  }
  // "Q3" is the third quarter: "im dritten Quartal".
  for (const m of text.matchAll(p.quarter)) {
    cores.push({ start: m.index, end: m.index + m[0].length, n: Number(m[1]), fourDigits: false, ordinal: true, whole: true });
  }
  for (const m of text.matchAll(p.ordinalWord)) {
    const n = parseOrdinalWord(m[0], lang);
    const end = m.index + m[0].length;
    const reading = n === undefined ? undefined : ordinalReading(text, m.index, end, lang);
    if (reading) cores.push({ start: m.index, end, n: n!, fourDigits: false, ordinal: true, whole: true, ...readingFlags(reading) });
  }
  cores.push(...findOrdinalForms(text, lang));
  cores.sort((a, b) => a.start - b.start || b.end - a.end);
  const atoms: NumericAtom[] = [...countedUnits];
  let lastEnd = -1;
  for (const core of cores) {
    if (core.start < lastEnd || taken.overlaps(core.start, core.end)) continue;
    const { whole, ...rest } = core;
    const atom = whole ? rest : qualify(text, rest, lang, p);
    if (!atom) continue;
    atoms.push(atom);
    lastEnd = atom.end;
  }
  atoms.sort((a, b) => a.start - b.start);
  qualifyAges(text, atoms, lang);
  readCounts(text, atoms, lang);
  readEarlyYears(text, atoms, lang);
  markRanksAndAnniversaries(text, atoms, lang);
  return atoms;
}

/**
 * Steps of an interest rate or a share said in words: "half a percentage point", "a half-point cut",
 * "a quarter of a percentage point", "a quarter point" = "einen halben Prozentpunkt", "einen
 * Viertelprozentpunkt" (0.5 and 0.25 percentage points). In either language a bare "point" is a
 * percentage point only after half or quarter ("einen halben Punkt", "einen Viertelpunkt").
 */
const RATE_STEP_SOURCE: Record<Lang, string> = {
  en: String.raw`(?:an?\s+)?(?:half|quarter)(?:[\s\u2010-]+(?:of\s+)?an?)?[\s\u2010-]+(?:percentage[\s\u2010-]+)?points?`,
  de: String.raw`(?:(?:einen|eines|einem|ein)\s+)?(?:halbe[nmr]?[\s\u2010-]*|viertel[\s\u2010-]*)(?:prozent)?punkte?s?`,
};

/**
 * A half or a quarter of one percent in words: "half a percent", "a quarter of a per cent" = "ein halbes
 * Prozent", "einem Viertelprozent" (0.5 and 0.25 %).
 */
const RATE_SHARE_SOURCE: Record<Lang, string> = {
  en: String.raw`(?:an?\s+)?(?:half|quarter)(?:\s+of)?\s+(?:an?|one)\s+(?:percent|per\s+cent)`,
  de: String.raw`(?:(?:ein|eines|einem|einen)\s+)?(?:halbe[nms]?\s+|viertel[\s\u2010-]*)prozent`,
};

const TOP_LIST_NUMBERS: Record<string, number> = { three: 3, five: 5, ten: 10, twenty: 20, forty: 40, fifty: 50, hundred: 100 };
const TOP_LIST = /(?<![\p{L}])Top[-\s](Three|Five|Ten|Twenty|Forty|Fifty|Hundred)(?![\p{L}])/giu;

/** Every fraction, half and dozen contains one of these (checked before the long pattern runs). */
const FRACTION_HINT = /half|hälfte|halb|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|drittel|viertel|fünftel|sechstel|siebtel|achtel|neuntel|zehntel|dozen|dutzend/i;

function qualify(
  text: string,
  core: { start: number; end: number; n: number; fourDigits: boolean; soft?: boolean; share?: boolean },
  lang: Lang,
  p: Patterns,
): NumericAtom | undefined {
  const atom: NumericAtom = { ...core };
  const prefix = p.prefix.exec(text.slice(Math.max(0, core.start - 8), core.start));
  if (prefix) {
    setCurrency(atom, CURRENCIES.find((c) => c.prefixes.includes(prefix[1]!))!);
    atom.start = core.start - (prefix[0].length - prefix[0].indexOf(prefix[1]!));
  }
  let cursor = core.end;
  if (lang === 'en') {
    const suffix = /(?:st|nd|rd|th)(?![\p{L}\p{N}])/uy;
    suffix.lastIndex = cursor;
    // "21st", "1000th", "the 10,000th visitor".
    if (/^(?:\d+|\d{1,3}(?:,\d{3})+)$/.test(text.slice(core.start, core.end)) && suffix.test(text)) {
      return { ...atom, start: core.start, end: suffix.lastIndex, ordinal: true, currency: undefined, fourDigits: false };
    }
  } else if (!atom.currency && germanOrdinalDigits(text, core.start, core.end) && /^\.[ \t]+[\p{L}]/u.test(text.slice(cursor))) {
    // "3. Quartal", "die 10.000. Operation", "ihre 2000. Filiale": a German ordinal. A number at the very end of
    // the sentence keeps its full stop.
    // "1. FC Köln", "1. FSV Mainz 05": part of a club's name.
    if (/^\.[ \t]+(?:\p{Lu}{2,4}|\p{Lu}f\p{Lu})[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(cursor))) return undefined;
    return { ...atom, end: cursor + 1, ordinal: true, fourDigits: false };
  }
  p.scale.lastIndex = cursor;
  const scale = p.scale.exec(text);
  if (scale) {
    const form = scale[2]!;
    const gluedOnly = GLUED_ONLY_SCALES.has(form);
    const factor = SCALE_WORDS[lang].find((s) => s.forms.includes(form))!.factor;
    // A year before "tausend" is two numbers: "bis 2027 tausend Schulen" = "a thousand schools by 2027"; nobody
    // counts thousands in four digits.
    const yearBeforeThousand = factor === 1e3 && atom.fourDigits;
    if (!yearBeforeThousand && (!gluedOnly || (scale[1] === '' && (atom.currency || countsThings(text, p.scale.lastIndex, lang))))) {
      atom.scale = factor;
      atom.n *= atom.scale;
      atom.fourDigits = false;
      cursor = p.scale.lastIndex;
    }
  }
  p.qualifier.lastIndex = cursor;
  let qualifier = p.qualifier.exec(text);
  // "einen vollen Prozentpunkt" = "a full percentage point", "zwei volle Stunden": the word between says no more.
  const filler = qualifier ? null : FILLER.exec(text.slice(cursor, cursor + 12));
  if (filler) {
    p.qualifier.lastIndex = cursor + filler[0].length;
    qualifier = p.qualifier.exec(text);
  }
  if (qualifier) {
    const kind = p.qualifierKinds.find((k) => qualifier[k.index] !== undefined)!;
    const form = qualifier[kind.index]!;
    const isCurrency = kind.index === 3;
    if (!(isCurrency && atom.currency)) {
      kind.apply(atom, form);
      if (atom.unit?.symbol === 'lb' && (atom.scale !== undefined || isPrice(text, atom.start, p.qualifier.lastIndex))) {
        atom.unit = undefined;
        atom.currency = 'GBP';
      }
      atom.fourDigits = false;
      cursor = p.qualifier.lastIndex;
    }
  } else if (lang === 'en' && atom.currency === undefined && atom.scale === undefined && GLUED_PENCE.test(text.slice(cursor - 1, cursor + 2)) && !VIDEO_LINES.has(atom.n)) {
    setCurrency(atom, PENCE);
    atom.fourDigits = false;
    cursor += 1;
  }
  atom.end = cursor;
  // "a"/"ein" only counts as the number one before a scale word ("a billion", "eine Milliarde") or a
  // share's unit ("one percent", "einen Prozentpunkt", "ein Promille").
  const share = atom.percent || atom.points !== undefined || atom.perMille;
  // Nor before the other end of a range in a scale word ("eine bis zehn Milliarden Dollar").
  // Before a measure it is one of it, but said too loosely to report alone ("a kilometre away", "einen
  // Meter hoch"): it confirms the same measure in figures ("1,000 metres" / "einen Kilometer"). Not a
  // duration: "a second" is as often the ordinal, "eine Stunde" an hour of the day. So is one of a currency
  // ("kostet einen Euro" = "costs €1"), which as often names the currency itself ("ein Euro entspricht …").
  if (!atom.scale && !share && /^(?:an?|one|eine?[mnrs]?)$/i.test(text.slice(core.start, core.end)) && !ONE_TO.test(text.slice(core.end, core.end + 12))) {
    if (atom.currency === undefined && (atom.unit === undefined || atom.unit.dimension === 'duration')) return undefined;
    atom.soft = true;
  }
  // "minus 15 degrees" = "minus 15 Grad" = "−15 °C". An ASCII hyphen is a sign only glued to the number
  // after a space or an opening bracket, where no number stands before it ("-5 °C", "(-3 %)"); elsewhere
  // it is far more often a dash or a range ("2015-2018", "10 -20") than a sign.
  const sign = /(?:^|[^\p{L}\p{N}])(minus\s+|\u2212\s?)$|(?:^|[([]|(?<![\p{N}.,%]\s*)\s)(-)$/iu.exec(text.slice(Math.max(0, atom.start - 8), atom.start));
  // Not the German suspended compound "5.0- und -5.1-Dateien", whose hyphens join words.
  // "plus or minus one percentage point", "plus/minus 2 Grad", "±": a tolerance either way, no negative value.
  const tolerance = sign?.[1] !== undefined && /(?:plus\s*(?:or|oder|\/)\s*|±\s*)$/iu.test(text.slice(Math.max(0, atom.start - 24), atom.start - sign[1].length));
  if (sign && !tolerance && !(sign[2] && /^-\p{L}/u.test(text.slice(atom.end, atom.end + 2)))) {
    atom.n = 0 - atom.n;
    atom.start -= (sign[1] ?? sign[2])!.length;
    atom.fourDigits = false;
  }
  return atom;
}

/**
 * Whether a glued "m", "k" or "bn" counts things ("1.2m users", "300k votes": a million, a thousand)
 * rather than measuring ("a 5m wall", "5m long"): in English a plural noun follows.
 */
function countsThings(text: string, after: number, lang: Lang): boolean {
  return lang === 'en' && /^\s+(?:people|children|men|women|\p{Ll}{2,}s)(?![\p{L}\p{N}])/u.test(text.slice(after, after + 40));
}

/**
 * Digits a German ordinal's point may follow: up to three, grouped thousands ("10.000."), or four and more
 * after an article or possessive ("ihre 2000. Filiale"), where a year would stand after a word of time.
 */
function germanOrdinalDigits(text: string, start: number, end: number): boolean {
  const digits = text.slice(start, end);
  if (/^\d{1,3}(?:\.\d{3})*$/.test(digits)) return true;
  return /^\d{4,}$/.test(digits) && /(?:^|[^\p{L}])(?:der|die|das|den|dem|des|zum|zur|(?:ihr|sein|unser|euer|dein|mein)e?[nmrs]?)\s+$/iu.test(text.slice(Math.max(0, start - 12), start));
}

/** The claim a lone atom makes; years are dates, everything else keeps its qualifier. */
export function atomClaim(atom: NumericAtom): Claim {
  const span = { start: atom.start, end: atom.end };
  if (atom.magnitude) return { ...span, type: 'number', kind: 'magnitude', value: atom.magnitude };
  if (atom.ordinal) return { ...span, type: 'ordinal', kind: 'ordinal', value: `#${formatNumber(atom.n)}`, ...(atom.soft ? { soft: true } : {}), ...(atom.unreported ? { unreported: true } : {}) };
  if (atom.factor) return { ...span, type: 'number', kind: 'factor', value: `${formatNumber(atom.n)}×` };
  if (atom.points !== undefined) return { ...span, type: 'percentage', kind: 'percentage', value: `${formatNumber(atom.n * atom.points)} pp` };
  if (atom.percent) return { ...span, type: 'percentage', kind: 'percentage', value: `${formatNumber(atom.n)}%` };
  if (atom.perMille) return { ...span, type: 'percentage', kind: 'percentage', value: `${formatNumber(atom.n)}‰` };
  if (atom.currency) {
    return { ...span, type: 'amount', kind: 'amount', value: `${formatNumber(atom.n)} ${atom.currency}`, ...(atom.openCurrency ? { openCurrency: atom.openCurrency } : {}), ...(atom.soft ? { soft: true } : {}) };
  }
  if (atom.unit) {
    const base = atom.n * atom.unit.factor + (atom.unit.offset ?? 0);
    return { ...span, type: 'quantity', kind: atom.unit.dimension, value: `${formatNumber(atom.n)} ${atom.unit.symbol}`, base, ...(atom.soft ? { soft: true } : {}) };
  }
  if (isYear(atom)) return { ...span, type: 'date', kind: 'date', value: String(atom.n) };
  const kind = atom.share && atom.scale === undefined ? 'share' : 'number';
  return { ...span, type: 'number', kind, value: formatNumber(atom.n), ...(atom.soft ? { soft: true } : {}), ...(kind === 'share' && atom.count ? { count: atom.count } : {}) };
}

export function isYear(atom: NumericAtom): boolean {
  return atom.fourDigits && ((atom.n >= 1800 && atom.n <= 2199) || atom.earlyYear === true);
}
