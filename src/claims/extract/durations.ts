import type { Lang } from '../../core/types.js';
import { formatNumber, unitOf, type Claim } from '../claim.js';
import { unitBySymbol } from '../vocabulary.js';
import { DE_FRACTION_PREFIXES, SPELLED_SOURCE, parseSpelled } from '../numerals.js';
import type { TakenSpans } from './spans.js';

/**
 * A duration said in two units is one duration: "an hour and 15 minutes" = "eine Stunde und 15
 * Minuten" = "75 minutes", "two years and six months" = "zweieinhalb Jahre", "2 hours 30 minutes" = "150 Minuten", "1 Minute und 20 Sekunden" = "80
 * seconds". Read as two claims, the hours stood alone and the minutes met "75 minutes" as another
 * figure: a false conflict. The larger unit comes first, the smaller counts less than one of it, and
 * nothing but a comma or "and" / "und" stands between. A single hour, minute or day is said with the
 * article, which counts as no number on its own ("eine Stunde"), so it is read here, before the
 * smaller unit.
 */
const STEPS: ReadonlyArray<{ larger: string; smaller: string; per: number; one: RegExp }> = [
  { larger: 'h', smaller: 'min', per: 60, one: /(?:^|[^\p{L}])((?:an|one|eine|einer)\s+(?:hour|Stunde))\s*(?:,\s*)?(?:and|und)?\s*$/iu },
  { larger: 'min', smaller: 's', per: 60, one: /(?:^|[^\p{L}])((?:a|one|eine|einer)\s+(?:minute|Minute))\s*(?:,\s*)?(?:and|und)?\s*$/iu },
  { larger: 'd', smaller: 'h', per: 24, one: /(?:^|[^\p{L}])((?:a|one|ein|einem|eines)\s+(?:day|Tag))\s*(?:,\s*)?(?:and|und)?\s*$/iu },
  // A sentence or a term: "two years and six months" = "zweieinhalb Jahre", "a week and three days".
  { larger: 'yr', smaller: 'mo', per: 12, one: /(?:^|[^\p{L}])((?:a|one|ein|einem|eines)\s+(?:year|Jahr(?:es|e)?))\s*(?:,\s*)?(?:and|und)?\s*$/iu },
  { larger: 'wk', smaller: 'd', per: 7, one: /(?:^|[^\p{L}])((?:a|one|eine|einer)\s+(?:week|Woche))\s*(?:,\s*)?(?:and|und)?\s*$/iu },
];

const BETWEEN = /^\s*(?:,\s*)?(?:and|und)?\s*$/iu;
/** "between 2 hours and 30 minutes" is no sum. */
const RANGE_BEFORE = /(?:between|zwischen)\s+$/iu;

/** The claims with each duration said in two units made one, in the smaller unit; other claims as they are. */
export function joinDurations(text: string, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (let k = 0; k < claims.length; k++) {
    const claim = claims[k]!;
    const step = claim.type === 'quantity' && claim.kind === 'duration' ? STEPS.find((s) => s.smaller === unitOf(claim)) : undefined;
    if (!step || figureOf(claim) >= step.per || figureOf(claim) < 0) {
      out.push(claim);
      continue;
    }
    const previous = out[out.length - 1];
    if (previous && isLargerPart(text, previous, claim, step)) {
      out[out.length - 1] = quantity(previous.start, claim.end, figureOf(previous) * step.per + figureOf(claim), step.smaller);
      continue;
    }
    const from = Math.max(previous?.end ?? 0, claim.start - 20);
    const one = step.one.exec(text.slice(from, claim.start));
    if (one) {
      out.push(quantity(from + one.index + one[0].indexOf(one[1]!), claim.end, step.per + figureOf(claim), step.smaller));
      continue;
    }
    out.push(claim);
  }
  return out;
}

/**
 * Whether `previous` is the larger part of one duration whose smaller part is `claim`: a whole number
 * of the step's larger unit right before it, with only a comma or "and" between ("2 hours 30 minutes",
 * "2 hours, 5 minutes"), not the first end of a range ("between 2 hours and 30 minutes").
 */
function isLargerPart(text: string, previous: Claim, claim: Claim, step: (typeof STEPS)[number]): boolean {
  if (previous.type !== 'quantity' || unitOf(previous) !== step.larger || !Number.isInteger(figureOf(previous)) || previous.end > claim.start) return false;
  const between = text.slice(previous.end, claim.start);
  if (!BETWEEN.test(between) || RANGE_BEFORE.test(text.slice(Math.max(0, previous.start - 12), previous.start))) return false;
  return writtenOut(text, previous) || /[,\p{L}]/u.test(between);
}

/**
 * Whether a quantity's unit is written out ("2 hours"): program output abbreviates ("28 min 7 sec")
 * and is copied unchanged into a translation, where German reads the abbreviations as no unit.
 */
function writtenOut(text: string, claim: Claim): boolean {
  return /\p{L}{4,}/u.test(text.slice(claim.start, claim.end));
}

/** A quantity of `n` in the unit `symbol` (one of UNITS), with its value in the dimension's base unit. */
function quantity(start: number, end: number, n: number, symbol: string): Claim {
  const unit = unitBySymbol(symbol)!;
  return { type: 'quantity', kind: unit.dimension, start, end, value: `${formatNumber(n)} ${symbol}`, base: n * unit.factor };
}

function figureOf(claim: Claim): number {
  return Number(claim.value.split(' ')[0]);
}

/**
 * Days counted back or on from today: "vorgestern" = "the day before yesterday" = "two days ago" = "vor
 * zwei Tagen", "übermorgen" = "the day after tomorrow". Each is a day named from today ("day -2",
 * kind `relative-day`, see extractDaysFromToday), so "vorgestern" conflicts with "yesterday".
 */
const DAYS_AWAY: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`(?<![\p{L}])(?:the\s+day\s+(before\s+yesterday|after\s+tomorrow)|(${SPELLED_SOURCE.en}|\d{1,2})\s+days?\s+ago)(?![\p{L}])`, 'giu'),
  de: new RegExp(String.raw`(?<![\p{L}])(?:(vorgestern|übermorgen)(?:abend|morgen|nachmittag|vormittag|nacht)?|vor\s+(${SPELLED_SOURCE.de}|\d{1,2})\s+Tagen)(?![\p{L}])`, 'giu'),
};

export function extractDaysAway(text: string, lang: Lang, taken: TakenSpans): Claim[] {
  const claims: Claim[] = [];
  if (!/gestern|morgen|yesterday|tomorrow|ago|Tagen/i.test(text)) return claims;
  for (const m of text.matchAll(DAYS_AWAY[lang])) {
    const end = m.index + m[0].length;
    const days = m[1] !== undefined ? (/^(?:before|vorgestern)/i.test(m[1]) ? -2 : 2) : -(/\d/.test(m[2]!) ? Number(m[2]) : (parseSpelled(m[2]!, lang) ?? NaN));
    if (Number.isNaN(days) || taken.overlaps(m.index, end)) continue;
    taken.take(m.index, end);
    claims.push({ type: 'date', kind: 'relative-day', start: m.index, end, value: `day ${days}` });
  }
  return claims;
}

/**
 * An interval of half or a quarter of an hour in one word: "im Halbstundentakt", "halbstündlich",
 * "every half hour", "half-hourly" = "every 30 minutes"; a quarter of an hour likewise 15 minutes.
 */
const PART_HOUR: Record<Lang, RegExp> = {
  // Also the adjective: "per half-hour time slot" = "pro halbstündigem Zeitfenster".
  en: /(?<![\p{L}])(?:every\s+(half|quarter)(?:[\s-]+of\s+an)?[\s-]+hour|(half|quarter)[\s-]hourly|(half|quarter)[-\u2010]hour)(?![\p{L}])/giu,
  de: /(?<![\p{L}])(?:(halb|viertel)(?:stündlich\p{Ll}*|stundentakt\p{Ll}*)|(?:jede|alle)\s+(halbe)\s+Stunde)(?![\p{L}])/giu,
};

/**
 * Parts of a unit German writes as one word, and "an hour and a half": "eine Viertelstunde" = "a quarter
 * of an hour", "eine Dreiviertelstunde", "ein Viertelliter" = "a quarter of a litre", "ein
 * Vierteljahrhundert" = "a quarter of a century", "ein Vierteljahr" = "three months", "anderthalb Stunden"
 * = "an hour and a half".
 */
const PART_UNITS: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:an?|one)\s+(hour|day|week|month|year)\s+and\s+a\s+half(?![\p{L}])/giu,
  de: /(?<![\p{L}])(dreiviertel|viertel|achtel)(stunde|liter|jahrhundert|jahr)(?:e?s)?(?![\p{L}])/giu,
};
/**
 * Half a unit as an adjective: "a half-year membership" = "eine halbjährige Mitgliedschaft", "half-day" = "halbtägig".
 * Weak: "half-year revenue", "the half-year to September" name a period ("Halbjahresumsatz", "im Halbjahr"), no
 * length; the claim meets a length the other side gives and is no finding alone.
 */
const HALF_UNIT = /(?<![\p{L}])half[-\u2010](day|week|month|year)(?:ly)?(?![\p{L}])/giu;
/** "a fortnight" = "zwei Wochen", "vierzehn Tage". */
const FORTNIGHT = /(?<![\p{L}])(?:(?:an?|one)\s+)?fortnight(?![\p{L}])/giu;
const UNIT_SYMBOL: Record<string, string> = { hour: 'h', day: 'd', week: 'wk', month: 'mo', year: 'yr' };
/** The unit a German part-of-a-unit word counts in, and how many of it the whole unit holds. */
const PART_UNIT_OF: Record<string, [number, string]> = { stunde: [60, 'min'], liter: [1000, 'ml'], jahrhundert: [100, 'yr'], jahr: [12, 'mo'] };

export function extractPartHours(text: string, taken: TakenSpans): Claim[] {
  const claims: Claim[] = [];
  if (!/half|quarter|halb|viertel|achtel|fortnight/i.test(text)) return claims;
  const add = (m: RegExpMatchArray, n: number, symbol: string, weak = false) => {
    const end = m.index! + m[0].length;
    if (taken.overlaps(m.index!, end)) return;
    taken.take(m.index!, end);
    claims.push({ ...quantity(m.index!, end, n, symbol), ...(weak ? { soft: true } : {}) });
  };
  // Both languages' forms: a German document leaves sentences in English ("for a year and a half"),
  // and neither language writes the other's.
  for (const m of [...text.matchAll(PART_HOUR.en), ...text.matchAll(PART_HOUR.de)]) add(m, /^(?:half|halb)/i.test(m[1] ?? m[2] ?? m[3]!) ? 30 : 15, 'min');
  for (const m of text.matchAll(PART_UNITS.en)) add(m, 1.5, UNIT_SYMBOL[m[1]!.toLowerCase()]!);
  for (const m of text.matchAll(HALF_UNIT)) add(m, 0.5, UNIT_SYMBOL[m[1]!.toLowerCase()]!, true);
  for (const m of text.matchAll(FORTNIGHT)) add(m, 2, 'wk');
  for (const m of text.matchAll(PART_UNITS.de)) {
    const [part, unit] = PART_UNIT_OF[m[2]!.toLowerCase()]!;
    add(m, part * DE_FRACTION_PREFIXES[m[1]!.toLowerCase()]!, unit);
  }
  return claims.sort((a, b) => a.start - b.start);
}

/**
 * Days named from today: "today" = "heute", "tomorrow" = "morgen", "yesterday" = "gestern" (value "day
 * 0", "day 1", "day -1"; kind `relative-day`, so they conflict with each other and with periods named
 * from now, never with a date; see relativePeriodsAgree). A capitalised German "Morgen" is the morning ("heute Morgen"), not tomorrow.
 */
const DAYS_FROM_TODAY: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night)(?![\p{L}])/giu,
  de: /(?<![\p{L}])([Hh]eute|morgen|[Gg]estern|heutige[nmrs]?|morgige[nmrs]?|gestrige[nmrs]?)(?![\p{L}])/gu,
};
const DAY_OFFSET: Record<string, number> = { today: 0, tonight: 0, heute: 0, tomorrow: 1, morgen: 1, yesterday: -1, gestern: -1, 'last night': -1 };

export function extractDaysFromToday(text: string, lang: Lang, taken: TakenSpans): Claim[] {
  const claims: Claim[] = [];
  if (!/today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|heut|morg|gest/i.test(text)) return claims;
  for (const m of text.matchAll(DAYS_FROM_TODAY[lang])) {
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    taken.take(m.index, end);
    // "am heutigen Abend" = "this evening", "der morgige Tag" = "tomorrow".
    const word = m[1]!.toLowerCase().replace(/\s+/g, ' ').replace(/^heutige[nmrs]?$/, 'heute').replace(/^morgige[nmrs]?$/, 'morgen').replace(/^gestrige[nmrs]?$/, 'gestern');
    claims.push({ type: 'date', kind: 'relative-day', start: m.index, end, value: `day ${DAY_OFFSET[word] ?? 0}` });
  }
  return claims;
}

/**
 * A duration written like a clock, with its unit: "in 2:05:12 Stunden" = "in 2 hours, 5 minutes and 12
 * seconds" = "7512 s", "1:30 h" = "90 min". Without the unit it is a time of day.
 */
const CLOCK_DURATION = /(?<![\p{L}\p{N}:.])(\d{1,3}):([0-5]\d)(?::([0-5]\d))?\s*(Stunden|Std\.|h|hours?|hrs?|Minuten|Min\.|min|minutes?)(?![\p{L}])/giu;

/** A race time with its seconds and no unit, after "in" or "of": "won the marathon in 2:06:41", "a world record time of 2:01:09". */
const RACE_TIME = /(?<=(?:^|[^\p{L}])(?:in|within|nach|of|von|clocked)\s+)(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])(?!\s*(?:Uhr|a\.?m\.?|p\.?m\.?)(?![\p{L}]))/giu;

/**
 * A time to a fraction of a second is a lap or race time, never a time of day: "a lap of 1:29.708" = "in
 * 1:29,708 Minuten", "1:02:45.3". Minutes and seconds, or hours, minutes and seconds; a unit after it
 * is read with it.
 */
const TIMED_TO_FRACTIONS = /(?<![\p{L}\p{N}:.,])(\d{1,3}):([0-5]\d)(?::([0-5]\d))?[.,](\d{1,3})(?![\d:]|[.,]\d)(?:\s*(?:Minuten|Min\.|min|minutes?|Sekunden|Sek\.|sec|s)(?![\p{L}]))?/giu;

export function extractClockDurations(text: string, taken: TakenSpans): Claim[] {
  const claims: Claim[] = [];
  if (!/\d:\d\d/.test(text)) return claims;
  for (const m of text.matchAll(TIMED_TO_FRACTIONS)) {
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    taken.take(m.index, end);
    const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
    const wholeSeconds = c === undefined ? a * 60 + b : a * 3600 + b * 60 + c;
    // In thousandths, so "29.708" and "29.078" stay apart exactly.
    const thousandths = wholeSeconds * 1000 + Number(m[4]!.padEnd(3, '0'));
    claims.push(quantity(m.index, end, thousandths / 1000, 's'));
  }
  for (const m of text.matchAll(RACE_TIME)) {
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    taken.take(m.index, end);
    claims.push(quantity(m.index, end, Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]), 's'));
  }
  for (const m of text.matchAll(CLOCK_DURATION)) {
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    taken.take(m.index, end);
    const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
    // Hours first ("2:05:12 Stunden", "1:30 h"), or minutes and seconds ("4:30 Minuten").
    const inHours = /^(?:stunden|std\.|h|hours?|hrs?)$/i.test(m[4]!);
    const seconds = inHours ? a * 3600 + b * 60 + (c ?? 0) : a * 60 + b;
    claims.push(c !== undefined || !inHours ? quantity(m.index, end, seconds, 's') : quantity(m.index, end, seconds / 60, 'min'));
  }
  return claims;
}

/**
 * "24 hours a day", "seven days a week", "365 Tage im Jahr" say "always", which the other language
 * often says without a figure ("rund um die Uhr", "around the clock"): soft, never reported alone.
 */
const ALWAYS: ReadonlyArray<{ value: string; per: RegExp }> = [
  { value: '24 h', per: /^\s+(?:a|per|each|every|am|pro|jeden)\s+(?:day|Tag)(?![\p{L}])/u },
  { value: '7 d', per: /^\s+(?:a|per|each|every|die|pro|in\s+der)\s+(?:week|Woche)(?![\p{L}])/u },
  { value: '365 d', per: /^\s+(?:a|per|each|every|im|pro)\s+(?:year|Jahr)(?![\p{L}])/u },
];

/**
 * "compared with the previous three months" names the quarter before ("Vorquartal"), "the preceding
 * twelve months" the year before: a period by its length, which the other language names otherwise. Soft.
 */
const PREVIOUS = /(?:^|[^\p{L}])(?:the\s+)?(?:previous|preceding|prior)\s+$/iu;

export function softenAlways(text: string, claims: Claim[]): Claim[] {
  return claims.map((claim) => {
    if (claim.type !== 'quantity') return claim;
    const always = ALWAYS.some(({ value, per }) => claim.value === value && per.test(text.slice(claim.end, claim.end + 16)));
    const previous = claim.kind === 'duration' && PREVIOUS.test(text.slice(Math.max(0, claim.start - 16), claim.start));
    return always || previous ? { ...claim, soft: true } : claim;
  });
}
