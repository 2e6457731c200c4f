import type { Lang } from '../core/types.js';

/**
 * Numbers as written in English and German: digits with each language's separators
 * ("1,000.5" / "1.000,5", also thin-space grouping) and spelled-out numbers ("twelve", "zwölf",
 * "twenty-five", "fünfundzwanzig").
 */

/** Digits with optional grouping and decimals; the caller checks the word boundaries. */
export const DIGITS_SOURCE = String.raw`\d{1,3}(?:[.,\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

/** Parses a digit string by the conventions of `lang`; falls back to the other reading when only it fits. */
export function parseDigits(text: string, lang: Lang): number | undefined {
  const compact = text.replace(/[\u00a0\u202f\u2009 ]/g, (space) => (/\d[\u00a0\u202f\u2009 ]\d{3}/.test(text) ? '' : space));
  const [group, decimal] = lang === 'de' ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  let normal: string;
  if (/^\d+$/.test(compact)) normal = compact;
  else if (grouped.test(compact)) normal = compact.split(group).join('').replace(decimal, '.');
  else if (new RegExp(`^\\d+\\${decimal}\\d+$`).test(compact)) normal = compact.replace(decimal, '.');
  // The other language's convention, written in this language's text ("7.5" in a German tech article).
  else if (/^\d+[.,]\d+$/.test(compact)) normal = compact.replace(',', '.');
  else if (/^\d{1,3}([.,]\d{3})+$/.test(compact)) normal = compact.replace(/[.,]/g, '');
  else return undefined;
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

const EN_UNITS: Record<string, number> = {
  zero: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const DE_UNITS: Record<string, number> = {
  null: 0, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11,
  zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
const DE_TENS: Record<string, number> = {
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};
/** The genitive of two and three ("die Verschmelzung zweier Schwarzer Löcher"), said before a noun. */
const DE_GENITIVES: Record<string, number> = { zweier: 2, dreier: 3 };
const DE_COMPOUND_UNITS: Record<string, number> = { ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };

const EN_BELOW_100 = String.raw`(?:(?:${Object.keys(EN_TENS).join('|')})(?:[-\u2010](?:one|${Object.keys(EN_UNITS).slice(1, 9).join('|')}))?|${Object.keys(EN_UNITS).join('|')})`;
/** The rest after "hundred" or "thousand": not the start of the next figure ("two hundred and three hundred") nor a compound's number ("five hundred ten-year-olds"). */
const EN_REST_END = restEnd('hundred|thousand');
const EN_HUNDREDS = enHundreds(EN_REST_END);
/** Hundreds as a thousand's multiplier: "six hundred and fifty-two thousand". */
const EN_HUNDREDS_HEAD = enHundreds(restEnd('hundred'));

/** The lookahead that ends a rest before a hyphen or one of `scales` (see EN_REST_END). */
function restEnd(scales: string): string {
  return String.raw`(?![-\u2010]|\s+(?:${scales})(?![\p{L}]))`;
}

/** "hundred", "a hundred", "three hundred and fifty": the rest after "hundred" ending as `end` says. */
function enHundreds(end: string): string {
  return String.raw`(?:(?:${EN_BELOW_100}|one|a)\s+)?hundred(?:\s+(?:and\s+)?(?:${EN_BELOW_100}|one)${end})?`;
}

const DE_BELOW_100 = String.raw`(?:(?:${Object.keys(DE_COMPOUND_UNITS).join('|')})und(?:${Object.keys(DE_TENS).join('|')})|${Object.keys(DE_TENS).join('|')}|${Object.keys(DE_UNITS).join('|')})`;
const DE_HUNDREDS = String.raw`(?:${DE_BELOW_100}|ein)?hundert(?:und)?(?:${DE_BELOW_100}|eins|ein(?=tausend))?`;

/**
 * Cardinals below a million as the reference grammars write them: English in words ("three hundred
 * and fifty", "two thousand five hundred"), German in one word ("zweihundertfünfzig",
 * "dreitausendvierhundert", "hundertundeins"). An English thousand after a number below a hundred needs
 * a rest here; "two thousand" alone is a number and its scale word, read as "two million" is.
 * "one"/"ein"/"eins" alone are left out on purpose: as pronoun and article ("one of the", "eine Firma")
 * they are far more common than as a number; "one million" / "eine Million" is handled with the scale words.
 */
export const SPELLED_SOURCE: Record<Lang, string> = {
  en: String.raw`(?:${EN_HUNDREDS_HEAD}\s+thousand(?:\s+(?:and\s+)?(?:${EN_HUNDREDS}|(?:${EN_BELOW_100}|one)${EN_REST_END}))?|(?:${EN_BELOW_100}|one|a)\s+thousand\s+(?:and\s+)?(?:${EN_HUNDREDS}|(?:${EN_BELOW_100}|one)${EN_REST_END})|${EN_HUNDREDS}|${EN_BELOW_100})`,
  de: String.raw`(?:(?:${DE_HUNDREDS}|${DE_BELOW_100}|ein)?tausend(?:und)?(?:${DE_HUNDREDS}|${DE_BELOW_100}|eins)?|${DE_HUNDREDS}|${DE_BELOW_100}|zweier(?=\s+\p{Lu})|dreier(?=\s+\p{Lu}))`,
};

/** The value of a spelled-out number matched by `SPELLED_SOURCE`, or undefined. */
export function parseSpelled(text: string, lang: Lang): number | undefined {
  const word = text.toLowerCase().replace(/[\u2010\s]+/g, (sep) => (sep.trim() === '' ? ' ' : '-'));
  return lang === 'en' ? parseScaled(word, / ?thousand ?/, 1000, parseEnglishBelow1000) : parseScaled(word, /tausend/, 1000, parseGermanBelow1000);
}

/** `head SCALE rest` = head × scale + rest, where an empty head or the article is one and "and"/"und" may open the rest. */
function parseScaled(word: string, scale: RegExp, factor: number, below: (part: string) => number | undefined): number | undefined {
  const split = scale.exec(word);
  if (!split) return below(word);
  const head = word.slice(0, split.index).trim();
  const rest = word.slice(split.index + split[0].length).replace(/^(?:and |und)/, '').trim();
  const headValue = ['', 'a', 'one', 'ein'].includes(head) ? 1 : below(head);
  const restValue = rest === '' ? 0 : ['eins', 'ein', 'one'].includes(rest) ? 1 : below(rest);
  return headValue === undefined || restValue === undefined ? undefined : headValue * factor + restValue;
}

function parseEnglishBelow1000(word: string): number | undefined {
  return parseScaled(word, / ?hundred ?/, 100, parseEnglishBelow100);
}

function parseGermanBelow1000(word: string): number | undefined {
  return parseScaled(word, /hundert/, 100, parseGermanBelow100);
}

function parseEnglishBelow100(word: string): number | undefined {
  if (word in EN_UNITS) return EN_UNITS[word];
  const [tens, unit] = word.split('-');
  if (tens === undefined || !(tens in EN_TENS)) return undefined;
  if (unit === undefined) return EN_TENS[tens];
  const unitValue = unit === 'one' ? 1 : EN_UNITS[unit];
  return unitValue === undefined || unitValue > 9 ? undefined : EN_TENS[tens]! + unitValue;
}

function parseGermanBelow100(word: string): number | undefined {
  if (word in DE_UNITS) return DE_UNITS[word];
  if (word in DE_GENITIVES) return DE_GENITIVES[word];
  if (word in DE_TENS) return DE_TENS[word];
  const compound = /^(\p{L}+?)und(\p{L}+)$/u.exec(word);
  if (!compound) return undefined;
  const unit = DE_COMPOUND_UNITS[compound[1]!];
  const tens = DE_TENS[compound[2]!];
  return unit === undefined || tens === undefined ? undefined : unit + tens;
}

const EN_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70,
  eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000,
  // Anniversaries in one word: "its centenary" = "sein 100-jähriges Jubiläum" = "the 100th anniversary".
  centenary: 100, centennial: 100, sesquicentennial: 150, bicentenary: 200, bicentennial: 200, tercentenary: 300, tricentennial: 300,
};
const DE_ORDINAL_STEMS: Record<string, number> = {
  erst: 1, zweit: 2, dritt: 3, viert: 4, fünft: 5, sechst: 6, siebt: 7, siebent: 7, acht: 8, neunt: 9, zehnt: 10,
  elft: 11, zwölft: 12, dreizehnt: 13, vierzehnt: 14, fünfzehnt: 15, sechzehnt: 16, siebzehnt: 17, achtzehnt: 18,
  neunzehnt: 19, zwanzigst: 20, dreißigst: 30, vierzigst: 40, fünfzigst: 50, sechzigst: 60, siebzigst: 70, achtzigst: 80,
  neunzigst: 90, hundertst: 100, tausendst: 1000,
};

/** German ordinal stems ("zweit", "viert"), which also begin compounds: "zweitgrößte", "Viertplatzierte". */
export const DE_ORDINAL_STEM_SOURCE = Object.keys(DE_ORDINAL_STEMS).join('|');

/**
 * German ordinals of a unit and a ten in one word ("einundzwanzigste", "fünfundzwanzigsten"; see
 * `parseGermanBelow100`). Apart from ORDINAL_WORD_SOURCE: they are rare, and each alternative slows the
 * pattern every sentence runs (extract/ordinals.ts runs this one on the sentences that hold "…und…igst").
 */
export const DE_COMPOUND_ORDINAL_SOURCE = `(?:${Object.keys(DE_COMPOUND_UNITS).join('|')})und(?:${Object.keys(DE_TENS).join('|')})st(?:e|en|er|es|em)`;

export const ORDINAL_WORD_SOURCE: Record<Lang, string> = {
  en: `(?:${Object.keys(EN_TENS).join('|')})-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${Object.keys(EN_ORDINALS).join('|')}`,
  // German ordinals always carry an adjective ending; "acht" alone is the cardinal 8.
  de: `(?:${Object.keys(DE_ORDINAL_STEMS).join('|')})(?:e|en|er|es|em)`,
};

export function parseOrdinalWord(text: string, lang: Lang): number | undefined {
  const word = text.toLowerCase();
  if (lang === 'en') {
    if (word in EN_ORDINALS) return EN_ORDINALS[word];
    const [tens, unit] = word.split('-');
    const unitValue = unit === undefined ? undefined : EN_ORDINALS[unit];
    return tens !== undefined && tens in EN_TENS && unitValue !== undefined ? EN_TENS[tens]! + unitValue : undefined;
  }
  const stem = word.replace(/(?:e|en|er|es|em)$/, '');
  return DE_ORDINAL_STEMS[stem] ?? (/und\p{L}+st$/u.test(stem) ? parseGermanBelow100(stem.slice(0, -2)) : undefined);
}

/**
 * Fractions and halves: "half a million" = "eine halbe Million" (0.5 before a scale word), "two and a
 * half years" = "zweieinhalb Jahre", "two-thirds of voters" = "zwei Drittel der Wähler", "half of" =
 * "die Hälfte", "by half" = "um die Hälfte"; and dozens, "a dozen" = "ein Dutzend". An English fraction counts only before "of" ("half" also
 * after "by"): "the first half", "a quarter past" and "third" alone are periods, times and ordinals. Read as its parts, "half a million" had been a million.
 */
const EN_FRACTION_NUMERATORS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const EN_DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};
const DE_FRACTION_NUMERATORS: Record<string, number> = { ein: 1, eine: 1, einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };
const DE_DENOMINATORS: Record<string, number> = { drittel: 3, viertel: 4, fünftel: 5, sechstel: 6, siebtel: 7, achtel: 8, neuntel: 9, zehntel: 10 };
/** A German fraction noun, also in the dative plural ("von zwei Dritteln der Mitglieder"). */
const DE_DENOMINATOR_SOURCE = String.raw`(?:${Object.keys(DE_DENOMINATORS).join('|')})n?`;
const EN_AND_A_HALF: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const DE_EINHALB: Record<string, number> = { andert: 1, einein: 1, zweiein: 2, dreiein: 3, vierein: 4, fünfein: 5, sechsein: 6, siebenein: 7, achtein: 8, neunein: 9, zehnein: 10 };
/** A fraction German glues to a noun as one word's first part: "halbstündig", "Viertelstunde", "Dreivierteljahr", "Achtelliter". */
export const DE_FRACTION_PREFIXES: Readonly<Record<string, number>> = { halb: 0.5, viertel: 0.25, dreiviertel: 0.75, achtel: 0.125 };
/** "anderthalb", "zweieinhalb": a number and a half in one word (`parseFraction` reads it). */
export const DE_AND_A_HALF_SOURCE = String.raw`(?:${Object.keys(DE_EINHALB).join('|')})halb`;

const BIG_SCALES: Record<Lang, string> = { en: 'thousand|million|billion|trillion', de: 'Tausend|Million|Milliarde|Billion' };
/** Units a half is said of in words. */
const HALVED_UNITS: Record<Lang, string> = {
  en: 'hour|minute|day|week|month|year|decade|century|mile|kilometre|kilometer|metre|meter|litre|liter|kilo',
  de: 'Stunde|Minute|Tag|Woche|Monat|Jahr|Jahrzehnt|Jahrhundert|Meile|Kilometer|Meter|Liter|Kilo',
};

/** Words that hedge a fraction opening its clause: "about a fifth came", "roughly a quarter need". */
const SUBJECT_HEDGES = String.raw`(?:about|around|roughly|nearly|almost|approximately|some|just\s+(?:over|under)|well\s+(?:over|under)|more\s+than|less\s+than|fewer\s+than)`;
/**
 * Verbs a fraction does as a clause's subject besides the auxiliaries and the regular past: irregular pasts
 * ("a fifth came from ticket sales") and the plurals of common verbs ("a quarter need glasses all day"), which
 * an ordinal's noun never is ("a third wave", "a fifth series").
 */
const SUBJECT_VERBS = [
  'came', 'went', 'got', 'made', 'took', 'paid', 'held', 'fell', 'rose', 'grew', 'saw', 'felt', 'found', 'gave', 'left', 'lost', 'won', 'spent', 'kept', 'sold', 'bought', 'thought', 'became', 'began', 'fled', 'chose', 'drove', 'flew',
  'need', 'want', 'use', 'live', 'work', 'come', 'go', 'get', 'own', 'pay', 'plan', 'expect', 'hold', 'consider', 'prefer', 'wear', 'buy', 'visit', 'travel', 'attend', 'earn', 'receive', 'suffer', 'believe', 'think', 'support', 'oppose',
].join('|');

export const FRACTION_SOURCE: Record<Lang, string> = {
  en: [
    String.raw`(?:half\s+an?|an?\s+half)(?=\s+(?:${BIG_SCALES.en}))`,
    // Half a unit: "half an hour" = "eine halbe Stunde" = 30 minutes.
    String.raw`half\s+an?(?=\s+(?:${HALVED_UNITS.en})(?![\p{L}]))`,
    String.raw`(?:${Object.keys(EN_AND_A_HALF).join('|')})\s+and\s+a\s+half`,
    // A fraction of a unit: "a quarter of a litre" = "ein Viertelliter" = 250 ml, "three quarters of an hour".
    String.raw`(?:${Object.keys(EN_FRACTION_NUMERATORS).join('|')})[\s\u2010-]+(?:${Object.keys(EN_DENOMINATORS).join('|')})\s+of\s+an?(?=\s+(?:${HALVED_UNITS.en})(?![\p{L}]))`,
    // A fraction of a scale word: "a quarter of a million" = "eine Viertelmillion" = 250,000.
    String.raw`(?:${Object.keys(EN_FRACTION_NUMERATORS).join('|')})[\s\u2010-]+(?:${Object.keys(EN_DENOMINATORS).join('|')})\s+of\s+an?(?=\s+(?:${BIG_SCALES.en})(?![\p{L}]))`,
    // "two-thirds of voters", and a share of change: "a quarter more than" = "ein Viertel mehr als"; also
    // hedged inside: "a good quarter of" = "gut ein Viertel", "a full third of" = "ein volles Drittel".
    String.raw`(?:${Object.keys(EN_FRACTION_NUMERATORS).join('|')})[\s\u2010-]+(?:(?:good|full|bare|scant|solid)\s+)?(?:${Object.keys(EN_DENOMINATORS).join('|')})(?=[\s\u2010-]+(?:of|more|less|fewer|higher|lower|as|majority)(?![\p{L}]))`,
    // A fraction as the subject of its clause: "and a quarter earned less than the minimum wage" = "ein Viertel
    // verdiente weniger", "A third said yes". Only at the clause's start and before a verb ("a third term" is an ordinal),
    // or an adverb that stands before one ("and a quarter already run their own business").
    // Hedged too ("while roughly a quarter need them", "of which about a fifth came from ticket sales").
    String.raw`(?<=(?:^|[,;:]\s*|(?:and|but|while|whereas|another|which|whom)\s+)(?:${SUBJECT_HEDGES}\s+)?)(?:${Object.keys(EN_FRACTION_NUMERATORS).join('|')})[\s\u2010-]+(?:${Object.keys(EN_DENOMINATORS).join('|')})(?=\s+(?:(?:also|still|even|now|only)\s+)?(?:is|are|was|were|has|have|had|said|say|says|will|would|could|can|may|might|must|should|did|do|does|${SUBJECT_VERBS}|\p{Ll}{3,}ed)(?![\p{L}])|\s+(?:already|often|usually|currently|mostly|never|rarely|actually|typically|reportedly)\s+\p{Ll})`,
    // A fraction as the object of a verb of share, ending its clause: "procurement accounts for just under a quarter" =
    // "auf die Beschaffung entfällt knapp ein Viertel", "women make up a third".
    String.raw`(?<=(?:account(?:s|ed)?\s+for|mak(?:e|es|ing)\s+up|made\s+up|represent(?:s|ed)?|comprise[sd]?|constitute[sd]?|amount(?:s|ed)?\s+to)\s+(?:(?:just|well|slightly|only)\s+)?(?:(?:under|over|below|above|almost|nearly|about|around|roughly|approximately|some|more\s+than|less\s+than)\s+)?)(?:${Object.keys(EN_FRACTION_NUMERATORS).join('|')})[\s\u2010-]+(?:${Object.keys(EN_DENOMINATORS).join('|')})(?=\s*(?:[,.;:!?)]|$))`,
    // "half of", and "half the residents", "half their value": a predeterminer before the group it halves.
    String.raw`(?<!(?:first|second|other|the)\s)half(?=\s+(?:of|the|all|its|their|his|her|our|these|those)(?![\p{L}]))|(?<=(?:^|[^\p{L}])by\s+)half`,
    // "half as many as" = "halb so viele wie".
    String.raw`(?<!(?:first|second|other|the)\s)half(?=\s+as\s+\p{L}+)`,
    String.raw`(?:half\s+an?|an?|one|two|three|four|five|six)\s+dozen`,
  ].join('|'),
  de: [
    String.raw`(?:(?:ein|eine[mnr]?)\s+)?halbe[mnr]?(?=\s+(?:${BIG_SCALES.de}))`,
    String.raw`(?:ein|eine[mnrs]?)\s+halbe[mnrs]?(?=\s+(?:${HALVED_UNITS.de})(?![\p{L}]))`,
    DE_AND_A_HALF_SOURCE,
    String.raw`(?:${Object.keys(DE_FRACTION_NUMERATORS).join('|')})\s+(?:(?:gutes|knappes|volles)\s+)?${DE_DENOMINATOR_SOURCE}`,
    // Written as one word: "Dreiviertel der Plantage", "zweidrittel".
    // "mit Zweidrittelmehrheit" = "by a two-thirds majority".
    String.raw`(?:zwei|drei|vier)(?:drittel|viertel|fünftel)(?:mehrheit(?:en)?)?(?![\p{L}])`,
    String.raw`(?:die|der|zur)\s+hälfte`,
    // "halb so viele wie vor der Krise" = "half the pre-crisis level", "half as many".
    String.raw`halb(?=\s+so\s+\p{L}+)`,
    String.raw`(?:(?:ein(?:e[mnrs]?)?\s+)?halbe[mnrs]?|ein|eine[mnr]?|zwei|drei|vier|fünf|sechs)\s+dutzend`,
  ].join('|'),
};

/** The value of a fraction or half matched by `FRACTION_SOURCE` (case-insensitive), or undefined. */
export function parseFraction(text: string, lang: Lang): number | undefined {
  const words = text.toLowerCase().split(/[\s\u2010-]+/);
  const last = words[words.length - 1]!;
  // "a dozen" = "ein Dutzend" = 12; "half a dozen" = "ein halbes Dutzend" = 6.
  if (last === 'dozen' || last === 'dutzend') {
    if (words.some((word) => /^(?:half|halbe[mnrs]?)$/.test(word))) return 6;
    const count = lang === 'en' ? EN_FRACTION_NUMERATORS[words[0]!] : DE_FRACTION_NUMERATORS[words[0]!];
    return count === undefined ? undefined : count * 12;
  }
  if (lang === 'en') {
    if (words.includes('and')) return EN_AND_A_HALF[words[0]!] === undefined ? undefined : EN_AND_A_HALF[words[0]!]! + 0.5;
    // "half", "half a", "a half" (before a scale word).
    if (words.every((word) => word === 'half' || word === 'a' || word === 'an') && words.includes('half')) return 0.5;
    // "a quarter of a (litre)": the fraction is what stands before "of a".
    const fraction = words.length > 3 && words.at(-2) === 'of' ? words.slice(0, -2) : words;
    const numerator = EN_FRACTION_NUMERATORS[fraction[0]!];
    const denominator = EN_DENOMINATORS[fraction.at(-1)!];
    return numerator === undefined || denominator === undefined ? undefined : numerator / denominator;
  }
  if (last === 'hälfte' || /^halb(?:e[mnrs]?)?$/.test(last)) return 0.5;
  const einhalb = /^(\p{L}+?)halb$/u.exec(last);
  if (einhalb) return DE_EINHALB[einhalb[1]!] === undefined ? undefined : DE_EINHALB[einhalb[1]!]! + 0.5;
  const oneWord = /^(zwei|drei|vier)(drittel|viertel|fünftel)(?:mehrheit(?:en)?)?$/u.exec(last);
  if (oneWord) return DE_FRACTION_NUMERATORS[oneWord[1]!]! / DE_DENOMINATORS[oneWord[2]!]!;
  const numerator = DE_FRACTION_NUMERATORS[words[0]!];
  const denominator = DE_DENOMINATORS[last] ?? DE_DENOMINATORS[last.replace(/n$/, '')];
  return numerator === undefined || denominator === undefined ? undefined : numerator / denominator;
}
