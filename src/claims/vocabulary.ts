import type { Lang } from '../core/types.js';

/**
 * The words around numbers that decide what a number claims: scale words, currencies, percent,
 * units. Each table lists the surface forms per language and the language-neutral meaning.
 */

export interface ScaleWord {
  forms: string[];
  factor: number;
}

/** English "billion" is 10^9, German "Billion" 10^12 ("Milliarde" is 10^9). */
export const SCALE_WORDS: Record<Lang, ScaleWord[]> = {
  en: [
    { forms: ['thousand', 'k'], factor: 1e3 },
    { forms: ['million', 'millions', 'mln', 'mn', 'm'], factor: 1e6 },
    { forms: ['billion', 'billions', 'bn', 'b'], factor: 1e9 },
    { forms: ['trillion', 'trillions', 'tn'], factor: 1e12 },
  ],
  de: [
    { forms: ['Tausend', 'tausend', 'Tsd.'], factor: 1e3 },
    { forms: ['Millionen', 'Million', 'Mio.'], factor: 1e6 },
    { forms: ['Milliarden', 'Milliarde', 'Mrd.'], factor: 1e9 },
    { forms: ['Billionen', 'Billion', 'Bio.'], factor: 1e12 },
  ],
};

/** Scale forms that only count when glued to the number or a currency amount ("$5m", "5bn"). */
export const GLUED_ONLY_SCALES = new Set(['k', 'm', 'b']);

/**
 * German "Pfund" with a number is nearly always money in news text (weights are given in kg), so it
 * is a currency; English "pounds" is a weight unless a scale word makes it money ("120 million pounds").
 */
export interface Currency {
  code: string;
  /** Currencies of one name in several countries (dollar, krone): a bare "dollars" may mean any of them. */
  family?: string;
  /** The bare name of a family ("dollars", "Dollar", "$"): read as `code`, and agreeing with any of the family. */
  open?: boolean;
  /** Written before the number: "$7.5", "€ 3", "USD 12". */
  prefixes: string[];
  /** Written after the number (and its scale word): "dollars", "Euro", "€". */
  suffixes: Record<Lang, string[]>;
  /** A hundredth of the currency, named on its own ("99 cents" = "0,99 Euro"): its figures are divided by this. */
  subunit?: number;
}

/**
 * A currency named by its country's adjective, "Australian dollars" = "australische Dollar", with the
 * German adjective's endings ("70 australischen Dollar" after a preposition).
 */
function byCountry(en: string, de: string, nouns: Record<Lang, string[]>, extra: Record<Lang, string[]> = { en: [], de: [] }): Record<Lang, string[]> {
  // The currency's name is often written with a capital, as lists of currencies give it: "Dänische Kronen".
  const adjectives = [de, de[0]!.toUpperCase() + de.slice(1)];
  const german = de.endsWith('-') ? nouns.de.map((noun) => `${de}${noun}`) : adjectives.flatMap((adjective) => ['e', 'en', 'er'].flatMap((ending) => nouns.de.map((noun) => `${adjective}${ending} ${noun}`)));
  return { en: [...nouns.en.map((noun) => `${en} ${noun}`), ...extra.en], de: [...german, ...extra.de] };
}

const DOLLARS = { en: ['dollars', 'dollar'], de: ['Dollar'] };
const KRONER = { en: ['kronor', 'krona', 'kroner', 'krone', 'crowns'], de: ['Kronen', 'Krone'] };
const codes = (...written: string[]) => ({ en: written, de: written });

export const CURRENCIES: Currency[] = [
  {
    code: 'USD',
    family: 'dollar',
    prefixes: ['US$', 'US-$', 'USD'],
    suffixes: byCountry('American', 'amerikanisch', DOLLARS, { en: ['US dollars', 'U.S. dollars', 'USD'], de: ['US-Dollar', 'USD'] }),
  },
  { code: 'USD', family: 'dollar', open: true, prefixes: ['$'], suffixes: { en: ['dollars', 'dollar', '$'], de: ['Dollar', '$'] } },
  { code: 'AUD', family: 'dollar', prefixes: ['A$', 'AU$', 'AUD'], suffixes: byCountry('Australian', 'australisch', DOLLARS, codes('AUD')) },
  { code: 'CAD', family: 'dollar', prefixes: ['C$', 'CA$', 'CAD'], suffixes: byCountry('Canadian', 'kanadisch', DOLLARS, codes('CAD')) },
  { code: 'NZD', family: 'dollar', prefixes: ['NZ$', 'NZD'], suffixes: byCountry('New Zealand', 'neuseeländisch', DOLLARS, { en: ['NZD'], de: ['NZD', 'NZ-Dollar'] }) },
  { code: 'HKD', family: 'dollar', prefixes: ['HK$', 'HKD'], suffixes: byCountry('Hong Kong', 'Hongkong-', DOLLARS, { en: ['HKD'], de: ['HKD', 'HK-Dollar'] }) },
  { code: 'SGD', family: 'dollar', prefixes: ['S$', 'SGD'], suffixes: byCountry('Singapore', 'Singapur-', DOLLARS, codes('SGD')) },
  { code: 'EUR', prefixes: ['€', 'EUR'], suffixes: { en: ['euros', 'euro', 'EUR', '€'], de: ['Euro', 'EUR', '€'] } },
  {
    code: 'GBP',
    prefixes: ['£', 'GBP'],
    suffixes: { en: ['pounds sterling', 'British pounds', 'GBP', '£'], de: ['britische Pfund', 'britischen Pfund', 'Pfund Sterling', 'Pfund', 'GBP', '£'] },
  },
  { code: 'CHF', prefixes: ['CHF'], suffixes: { en: ['Swiss francs', 'francs', 'CHF'], de: ['Schweizer Franken', 'Franken', 'CHF'] } },
  // Hundredths: a cent is the euro's in German news and as often the dollar's in English, so it agrees
  // with the same sum in any currency (family "cent", see equality.ts openAgrees); pence and Rappen name theirs.
  // German writes the sum of a cent in one word ("2 Eurocent"), and of a dollar of a country by its letters ("NZ-Dollar").
  { code: 'EUR', family: 'cent', open: true, subunit: 100, prefixes: [], suffixes: { en: ['euro cents', 'euro cent', 'eurocents', 'cents', 'cent'], de: ['Eurocent', 'Euro-Cent', 'Cent'] } },
  { code: 'GBP', subunit: 100, prefixes: [], suffixes: { en: ['pence'], de: ['Pence'] } },
  { code: 'CHF', subunit: 100, prefixes: [], suffixes: { en: ['centimes', 'Rappen'], de: ['Rappen'] } },
  { code: 'SEK', family: 'krone', prefixes: ['SEK'], suffixes: byCountry('Swedish', 'schwedisch', KRONER, codes('SEK')) },
  { code: 'NOK', family: 'krone', prefixes: ['NOK'], suffixes: byCountry('Norwegian', 'norwegisch', KRONER, codes('NOK')) },
  { code: 'DKK', family: 'krone', prefixes: ['DKK'], suffixes: byCountry('Danish', 'dänisch', KRONER, codes('DKK')) },
  { code: 'CZK', family: 'krone', prefixes: ['CZK', 'Kč'], suffixes: byCountry('Czech', 'tschechisch', { en: ['korunas', 'koruna', 'koruny', 'crowns'], de: ['Kronen', 'Krone'] }, { en: ['koruna', 'korunas', 'koruny', 'CZK', 'Kč'], de: ['CZK', 'Kč'] }) },
  // A bare "Kronen" names no country, as a bare "Dollar" does not: it agrees with any krone ("NOK 68" = "68 Kronen").
  { code: 'SEK', family: 'krone', open: true, prefixes: [], suffixes: { en: ['kronor', 'kroner', 'krona', 'krone'], de: ['Kronen', 'Krone'] } },
  { code: 'JPY', prefixes: ['¥', 'JPY'], suffixes: byCountry('Japanese', 'japanisch', { en: ['yen'], de: ['Yen'] }, { en: ['yen', 'JPY', '¥'], de: ['Yen', 'JPY', '¥'] }) },
  { code: 'CNY', prefixes: ['CNY', 'RMB'], suffixes: byCountry('Chinese', 'chinesisch', { en: ['yuan'], de: ['Yuan'] }, { en: ['yuan', 'renminbi', 'CNY'], de: ['Yuan', 'Renminbi', 'CNY'] }) },
  { code: 'INR', prefixes: ['₹', 'INR'], suffixes: byCountry('Indian', 'indisch', { en: ['rupees', 'rupee'], de: ['Rupien', 'Rupie'] }, codes('INR')) },
  { code: 'RUB', prefixes: ['RUB'], suffixes: byCountry('Russian', 'russisch', { en: ['roubles', 'rubles', 'rouble', 'ruble'], de: ['Rubel'] }, codes('RUB')) },
  { code: 'PLN', prefixes: ['PLN'], suffixes: byCountry('Polish', 'polnisch', { en: ['zlotys', 'zloty'], de: ['Zloty'] }, codes('PLN')) },
  { code: 'TRY', prefixes: ['TRY'], suffixes: byCountry('Turkish', 'türkisch', { en: ['lira'], de: ['Lira'] }, codes('TRY')) },
  { code: 'BRL', prefixes: ['R$', 'BRL'], suffixes: byCountry('Brazilian', 'brasilianisch', { en: ['reais', 'real'], de: ['Real'] }, codes('BRL')) },
  { code: 'KRW', prefixes: ['₩', 'KRW'], suffixes: byCountry('South Korean', 'südkoreanisch', { en: ['won'], de: ['Won'] }, codes('KRW')) },
  { code: 'BDT', prefixes: ['BDT', '৳'], suffixes: { en: ['taka', 'BDT'], de: ['Taka', 'BDT'] } },
  // The currencies the euro replaced, which biographies and history name: "40,000 Deutschmarks" = "40.000 D-Mark".
  { code: 'DEM', prefixes: ['DM'], suffixes: { en: ['Deutschmarks', 'Deutschmark', 'Deutsche Marks', 'Deutsche Mark', 'D-marks', 'D-Marks', 'D-Mark', 'marks', 'DM'], de: ['Deutsche Mark', 'D-Mark', 'DM', 'Mark'] } },
  { code: 'ATS', prefixes: ['ATS'], suffixes: byCountry('Austrian', 'österreichisch', { en: ['schillings', 'schilling'], de: ['Schilling'] }, { en: ['schillings', 'schilling', 'ATS'], de: ['Schilling', 'ATS'] }) },
  { code: 'FRF', prefixes: ['FRF'], suffixes: byCountry('French', 'französisch', { en: ['francs', 'franc'], de: ['Francs', 'Franc'] }, codes('FRF')) },
  { code: 'ITL', prefixes: ['ITL'], suffixes: byCountry('Italian', 'italienisch', { en: ['lire', 'lira'], de: ['Lire', 'Lira'] }, { en: ['lire', 'ITL'], de: ['Lire', 'ITL'] }) },
  { code: 'ESP', prefixes: ['ESP'], suffixes: byCountry('Spanish', 'spanisch', { en: ['pesetas', 'peseta'], de: ['Peseten', 'Peseta'] }, { en: ['pesetas', 'peseta', 'ESP'], de: ['Peseten', 'Peseta', 'ESP'] }) },
  { code: 'NLG', prefixes: ['NLG'], suffixes: byCountry('Dutch', 'niederländisch', { en: ['guilders', 'guilder'], de: ['Gulden'] }, { en: ['guilders', 'guilder', 'NLG'], de: ['Gulden', 'NLG'] }) },
];

/** The family of a currency code ("AUD" → "dollar"), if it shares its name with others. */
export function currencyFamily(code: string): string | undefined {
  return CURRENCIES.find((currency) => currency.code === code)?.family;
}

export const PERCENT_FORMS: Record<Lang, string[]> = {
  // Alcohol by volume is a share too: "6.8 percent by volume" = "6,8 Volumenprozent" = "6,8 % vol.".
  en: ['%', 'percent', 'per cent', 'pct', 'percent by volume', 'per cent by volume', '% by volume', '% vol', '% ABV', 'ABV'],
  de: ['%', 'Prozent', 'v. H.', 'Volumenprozent', 'Vol.-%', 'Vol.-Prozent', '% vol'],
};

/**
 * Per mille is a share of its own unit: "5 ‰" is not "5 %", but "0.5 ‰" is "0.05 %" (see equality.ts).
 * German writes "Promille" (also for blood alcohol), English "per mille" or the sign.
 */
export const PER_MILLE_FORMS: Record<Lang, string[]> = {
  en: ['‰', 'per mille', 'per mil', 'permille'],
  de: ['‰', 'Promille'],
};

/** Percentage points are a different claim from percent: "rose 5 points" is not "rose 5%". */
export const POINT_FORMS: Record<Lang, { forms: string[]; factor: number }[]> = {
  en: [
    { forms: ['percentage points', 'percentage point', 'percent points', 'pp', 'ppt'], factor: 1 },
    { forms: ['basis points', 'basis point', 'bp', 'bps'], factor: 0.01 },
  ],
  de: [
    { forms: ['Prozentpunkten', 'Prozentpunkte', 'Prozentpunkt', 'Pp.', 'pp'], factor: 1 },
    { forms: ['Basispunkten', 'Basispunkte', 'Basispunkt', 'Bp.'], factor: 0.01 },
  ],
};

export interface Unit {
  /** Language-neutral symbol used in the claim value: the claim keeps its own unit. */
  symbol: string;
  dimension: string;
  /** Multiply by this (then add `offset`) to get the dimension's base unit. */
  factor: number;
  offset?: number;
  forms: Record<Lang, string[]>;
}

const both = (...forms: string[]) => ({ en: forms, de: forms });

/**
 * The SI prefixes, each with its English and German word, from atto to peta: one grammar of a unit for
 * all of them. A power or an energy takes milli to peta, so "12 TWh" = "12 terawatt hours" = "12
 * Terawattstunden" and "3 TW" = "3 Terawatt" are quantities as "12 kWh" and "53 GW" are (the base is
 * the watt for power and, as it always was, the kilowatt hour for energy); a second takes atto to milli.
 */
const SI_PREFIXES: readonly { symbol: string; en: string; de: string; power: number }[] = [
  { symbol: 'a', en: 'atto', de: 'Atto', power: -18 },
  { symbol: 'f', en: 'femto', de: 'Femto', power: -15 },
  { symbol: 'p', en: 'pico', de: 'Piko', power: -12 },
  { symbol: 'n', en: 'nano', de: 'Nano', power: -9 },
  { symbol: 'µ', en: 'micro', de: 'Mikro', power: -6 },
  { symbol: 'm', en: 'milli', de: 'Milli', power: -3 },
  { symbol: '', en: '', de: '', power: 0 },
  { symbol: 'k', en: 'kilo', de: 'Kilo', power: 3 },
  { symbol: 'M', en: 'mega', de: 'Mega', power: 6 },
  { symbol: 'G', en: 'giga', de: 'Giga', power: 9 },
  { symbol: 'T', en: 'tera', de: 'Tera', power: 12 },
  { symbol: 'P', en: 'peta', de: 'Peta', power: 15 },
];

// Written out, the hour belongs to the unit ("megawatt-hours" is energy, not the power "megawatt").
function wattUnits(): Unit[] {
  return SI_PREFIXES.filter(({ power }) => power >= -3).flatMap(({ symbol, en, de, power }) => {
    const deWatt = de === '' ? 'Watt' : `${de}watt`;
    return [
      {
        symbol: `${symbol}Wh`,
        dimension: 'energy',
        factor: 10 ** (power - 3),
        forms: { en: [`${symbol}Wh`, ...['hours', 'hour', '-hours', '-hour'].map((hour) => `${en}watt${hour.startsWith('-') ? hour : ` ${hour}`}`)], de: [`${symbol}Wh`, `${deWatt}stunden`, `${deWatt}stunde`] },
      },
      { symbol: `${symbol}W`, dimension: 'power', factor: 10 ** power, forms: { en: [`${symbol}W`, `${en}watts`, `${en}watt`], de: [`${symbol}W`, deWatt] } },
    ];
  });
}

/**
 * Fractions of a second in science and computing: "40 femtoseconds" = "40 Femtosekunden", "3 ms" = "3
 * Millisekunden". The symbol is written only where it reads as nothing else after a number ("as" is a
 * word); micro also with the Greek mu.
 */
function fractionOfSecondUnits(): Unit[] {
  return SI_PREFIXES.filter(({ power }) => power < 0).map(({ symbol, en, de, power }) => {
    const written = symbol === 'a' ? [] : symbol === 'µ' ? ['µs', 'μs'] : [`${symbol}s`];
    return { symbol: `${symbol}s`, dimension: 'duration', factor: 10 ** power, forms: { en: [...written, `${en}seconds`, `${en}second`], de: [...written, `${de}sekunden`, `${de}sekunde`] } };
  });
}

export const UNITS: Unit[] = [
  { symbol: 'km', dimension: 'length', factor: 1000, forms: { en: ['km', 'kilometres', 'kilometers', 'kilometre', 'kilometer'], de: ['km', 'Kilometern', 'Kilometer'] } },
  { symbol: 'm', dimension: 'length', factor: 1, forms: { en: ['m', 'metres', 'meters', 'metre', 'meter'], de: ['m', 'Metern', 'Meter'] } },
  { symbol: 'nm', dimension: 'length', factor: 1e-9, forms: { en: ['nm', 'nanometres', 'nanometers', 'nanometre', 'nanometer'], de: ['nm', 'Nanometern', 'Nanometer'] } },
  { symbol: 'cm', dimension: 'length', factor: 0.01, forms: { en: ['cm', 'centimetres', 'centimeters', 'centimetre', 'centimeter'], de: ['cm', 'Zentimetern', 'Zentimeter'] } },
  // Weather reports give rain as litres per square metre, which is millimetres of it (German mostly,
  // English translating it).
  {
    symbol: 'mm',
    dimension: 'length',
    factor: 0.001,
    forms: {
      en: ['mm', 'millimetres', 'millimeters', 'litres per square metre', 'liters per square meter', 'litres of rain per square metre', 'liters of rain per square meter', 'l/m²'],
      de: ['mm', 'Millimetern', 'Millimeter', 'Liter pro Quadratmeter', 'Litern pro Quadratmeter', 'Liter Regen pro Quadratmeter', 'Litern Regen pro Quadratmeter', 'Liter Niederschlag pro Quadratmeter', 'l/m²', 'l/qm'],
    },
  },
  { symbol: 'mi', dimension: 'length', factor: 1609.344, forms: { en: ['miles', 'mile', 'mi'], de: ['Meilen', 'Meile'] } },
  { symbol: 'nmi', dimension: 'length', factor: 1852, forms: { en: ['nautical miles', 'nautical mile', 'nmi'], de: ['Seemeilen', 'Seemeile'] } },
  { symbol: 'ft', dimension: 'length', factor: 0.3048, forms: { en: ['feet', 'foot', 'ft'], de: ['Fuß'] } },
  { symbol: 'in', dimension: 'length', factor: 0.0254, forms: { en: ['inches', 'inch'], de: ['Zoll'] } },
  { symbol: 'yd', dimension: 'length', factor: 0.9144, forms: { en: ['yards', 'yard'], de: ['Yards', 'Yard'] } },
  { symbol: 'kg', dimension: 'mass', factor: 1, forms: { en: ['kg', 'kilograms', 'kilogrammes', 'kilogram', 'kilos', 'kilo'], de: ['kg', 'Kilogramm', 'Kilo'] } },
  // German farming counts harvests and prices in Doppelzentner (100 kg).
  { symbol: 'dt', dimension: 'mass', factor: 100, forms: { en: ['quintals', 'quintal'], de: ['Doppelzentnern', 'Doppelzentner'] } },
  { symbol: 'g', dimension: 'mass', factor: 0.001, forms: { en: ['g', 'grams', 'gram'], de: ['g', 'Gramm'] } },
  { symbol: 'mg', dimension: 'mass', factor: 1e-6, forms: { en: ['mg', 'milligrams', 'milligram', 'milligrammes'], de: ['mg', 'Milligramm'] } },
  { symbol: 'µg', dimension: 'mass', factor: 1e-9, forms: { en: ['µg', 'μg', 'mcg', 'micrograms', 'microgram'], de: ['µg', 'μg', 'Mikrogramm'] } },
  { symbol: 't', dimension: 'mass', factor: 1000, forms: { en: ['tonnes', 'tonne', 'metric tons', 't'], de: ['Tonnen', 'Tonne', 't'] } },
  { symbol: 'lb', dimension: 'mass', factor: 0.45359237, forms: { en: ['pounds', 'pound', 'lbs', 'lb'], de: ['lbs', 'lb'] } },
  { symbol: 'oz', dimension: 'mass', factor: 0.028349523, forms: { en: ['ounces', 'ounce', 'oz'], de: ['Unzen', 'Unze'] } },
  { symbol: 'km²', dimension: 'area', factor: 1e6, forms: { en: ['km²', 'km2', 'sq km', 'square kilometres', 'square kilometers'], de: ['km²', 'km2', 'Quadratkilometern', 'Quadratkilometer'] } },
  { symbol: 'm²', dimension: 'area', factor: 1, forms: { en: ['m²', 'm2', 'sq m', 'square metres', 'square meters'], de: ['m²', 'm2', 'Quadratmetern', 'Quadratmeter'] } },
  { symbol: 'ha', dimension: 'area', factor: 1e4, forms: { en: ['hectares', 'hectare', 'ha'], de: ['Hektar', 'ha'] } },
  { symbol: 'mi²', dimension: 'area', factor: 2589988.11, forms: { en: ['square miles', 'square mile', 'sq mi'], de: ['Quadratmeilen', 'Quadratmeile'] } },
  { symbol: 'acre', dimension: 'area', factor: 4046.856, forms: { en: ['acres', 'acre'], de: ['Acres', 'Acre'] } },
  { symbol: 'ft²', dimension: 'area', factor: 0.09290304, forms: { en: ['square feet', 'square foot', 'sq ft', 'ft²'], de: ['Quadratfuß', 'ft²'] } },
  { symbol: 'hl', dimension: 'volume', factor: 100, forms: { en: ['hectolitres', 'hectoliters', 'hectolitre', 'hectoliter', 'hl'], de: ['Hektolitern', 'Hektoliter', 'hl'] } },
  { symbol: 'l', dimension: 'volume', factor: 1, forms: { en: ['litres', 'liters', 'litre', 'liter', 'l'], de: ['Litern', 'Liter', 'l'] } },
  { symbol: 'ml', dimension: 'volume', factor: 0.001, forms: { en: ['millilitres', 'milliliters', 'ml'], de: ['Millilitern', 'Milliliter', 'ml'] } },
  // Kitchen measures: a teaspoon is 5 ml, a tablespoon 15 ml ("2 EL Olivenöl" = "two tablespoons of olive oil").
  { symbol: 'tsp', dimension: 'volume', factor: 0.005, forms: { en: ['teaspoons', 'teaspoon', 'tsp'], de: ['Teelöffel', 'TL'] } },
  { symbol: 'tbsp', dimension: 'volume', factor: 0.015, forms: { en: ['tablespoons', 'tablespoon', 'tbsp'], de: ['Esslöffel', 'EL'] } },
  { symbol: 'gal', dimension: 'volume', factor: 3.785411784, forms: { en: ['gallons', 'gallon'], de: ['Gallonen', 'Gallone'] } },
  { symbol: 'bbl', dimension: 'volume', factor: 158.987295, forms: { en: ['barrels', 'barrel'], de: ['Barrel', 'Fass'] } },
  { symbol: 'km³', dimension: 'volume', factor: 1e12, forms: { en: ['km³', 'km3', 'cubic kilometres', 'cubic kilometers', 'cubic kilometre', 'cubic kilometer'], de: ['km³', 'km3', 'Kubikkilometern', 'Kubikkilometer'] } },
  { symbol: 'm³', dimension: 'volume', factor: 1000, forms: { en: ['m³', 'm3', 'cubic metres', 'cubic meters', 'cubic metre', 'cubic meter'], de: ['m³', 'm3', 'Kubikmetern', 'Kubikmeter'] } },
  {
    symbol: 'km/h',
    dimension: 'speed',
    factor: 1,
    forms: { en: ['km/h', 'kph', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour'], de: ['km/h', 'Stundenkilometern', 'Stundenkilometer', 'Kilometer pro Stunde', 'Kilometern pro Stunde', 'Kilometer in der Stunde'] },
  },
  // Wind and gusts in metres per second: 10 m/s = 36 km/h.
  {
    symbol: 'm/s',
    dimension: 'speed',
    factor: 3.6,
    forms: { en: ['m/s', 'metres per second', 'meters per second', 'metres a second', 'meters a second'], de: ['m/s', 'Meter pro Sekunde', 'Metern pro Sekunde', 'Meter in der Sekunde'] },
  },
  { symbol: 'mph', dimension: 'speed', factor: 1.609344, forms: { en: ['mph', 'miles per hour'], de: ['mph', 'Meilen pro Stunde'] } },
  // A dose of radiation: "3.2 microsieverts" = "3,2 Mikrosievert" = "3,2 µSv".
  { symbol: 'Sv', dimension: 'dose', factor: 1, forms: { en: ['Sv', 'sieverts', 'sievert'], de: ['Sv', 'Sievert'] } },
  { symbol: 'mSv', dimension: 'dose', factor: 1e-3, forms: { en: ['mSv', 'millisieverts', 'millisievert'], de: ['mSv', 'Millisievert'] } },
  { symbol: 'µSv', dimension: 'dose', factor: 1e-6, forms: { en: ['µSv', 'μSv', 'microsieverts', 'microsievert'], de: ['µSv', 'μSv', 'Mikrosievert'] } },
  // An engine's torque: "85 newton metres" = "85 Newtonmeter" = "85 Nm".
  { symbol: 'Nm', dimension: 'torque', factor: 1, forms: { en: ['Nm', 'newton metres', 'newton meters', 'newton-metres', 'newton-meters', 'newton metre', 'newton meter'], de: ['Nm', 'Newtonmetern', 'Newtonmeter'] } },
  // Containers counted in twenty-foot equivalents, a unit of its own.
  { symbol: 'TEU', dimension: 'containers', factor: 1, forms: { en: ['TEUs', 'TEU'], de: ['TEU', 'Standardcontainer'] } },
  { symbol: 'dB', dimension: 'sound level', factor: 1, forms: { en: ['decibels', 'decibel', 'dB'], de: ['Dezibel', 'dB'] } },
  // A nautical mile an hour, at sea and in the air.
  { symbol: 'kn', dimension: 'speed', factor: 1.852, forms: { en: ['knots', 'knot', 'kn'], de: ['Knoten', 'kn'] } },
  { symbol: '°C', dimension: 'temperature', factor: 1, forms: { en: ['°C', 'degrees Celsius', 'degrees C', 'degrees'], de: ['°C', 'Grad Celsius', 'Grad'] } },
  { symbol: '°F', dimension: 'temperature', factor: 5 / 9, offset: -32 * (5 / 9), forms: { en: ['°F', 'degrees Fahrenheit', 'degrees F'], de: ['°F', 'Grad Fahrenheit'] } },
  { symbol: 'K', dimension: 'temperature', factor: 1, offset: -273.15, forms: { en: ['kelvins', 'kelvin', 'Kelvin'], de: ['Kelvin'] } },
  // Science news: the distance light travels in a year, and magnetic flux density.
  { symbol: 'ly', dimension: 'length', factor: 9.4607e15, forms: { en: ['light years', 'light-years', 'light year', 'light-year'], de: ['Lichtjahren', 'Lichtjahre', 'Lichtjahres', 'Lichtjahr'] } },
  { symbol: 'T', dimension: 'magnetic', factor: 1, forms: { en: ['teslas', 'tesla'], de: ['Tesla'] } },
  // The decimal prefixes in order, so that a change of prefix with the same number is a conflict.
  { symbol: 'EB', dimension: 'data', factor: 1e18, forms: both('EB', 'exabytes', 'Exabyte') },
  { symbol: 'PB', dimension: 'data', factor: 1e15, forms: both('PB', 'petabytes', 'Petabyte') },
  { symbol: 'TB', dimension: 'data', factor: 1e12, forms: both('TB', 'terabytes', 'Terabyte') },
  { symbol: 'GB', dimension: 'data', factor: 1e9, forms: both('GB', 'gigabytes', 'Gigabyte') },
  { symbol: 'MB', dimension: 'data', factor: 1e6, forms: both('MB', 'megabytes', 'Megabyte') },
  { symbol: 'kB', dimension: 'data', factor: 1e3, forms: both('kB', 'KB', 'kilobytes', 'Kilobyte') },
  { symbol: 'Tbit/s', dimension: 'datarate', factor: 1e12, forms: both('Tbit/s', 'Tbps', 'Tb/s', 'terabits per second', 'Terabit pro Sekunde', 'Terabit/s') },
  { symbol: 'Gbit/s', dimension: 'datarate', factor: 1e9, forms: both('Gbit/s', 'Gbps', 'Gb/s', 'gigabits per second', 'Gigabit pro Sekunde', 'Gigabit/s') },
  { symbol: 'Mbit/s', dimension: 'datarate', factor: 1e6, forms: both('Mbit/s', 'Mbps', 'Mb/s', 'megabits per second', 'Megabit pro Sekunde', 'Megabit/s') },
  { symbol: 'GHz', dimension: 'frequency', factor: 1e9, forms: both('GHz', 'gigahertz', 'Gigahertz') },
  { symbol: 'MHz', dimension: 'frequency', factor: 1e6, forms: both('MHz', 'megahertz', 'Megahertz') },
  { symbol: 'kbit/s', dimension: 'datarate', factor: 1e3, forms: both('kbit/s', 'kbps', 'kb/s', 'kilobits per second', 'Kilobit pro Sekunde', 'Kilobit/s') },
  // Electricity: a charger's watts against its volts are two claims, not one in another unit.
  { symbol: 'kV', dimension: 'voltage', factor: 1000, forms: both('kV', 'kilovolts', 'kilovolt', 'Kilovolt') },
  { symbol: 'V', dimension: 'voltage', factor: 1, forms: both('V', 'volts', 'volt', 'Volt') },
  { symbol: 'mAh', dimension: 'charge', factor: 1, forms: both('mAh', 'milliamp hours', 'milliampere hours', 'Milliamperestunden') },
  { symbol: 'A', dimension: 'current', factor: 1, forms: both('amps', 'amperes', 'ampere', 'Ampere') },
  { symbol: 'kHz', dimension: 'frequency', factor: 1e3, forms: both('kHz', 'kilohertz', 'Kilohertz') },
  ...wattUnits(),
  // Food energy in calories (a food calorie is a kilocalorie) and joules, in the kilowatt hours of the
  // other energies: "6,000 calories" = "6.000 Kilokalorien", about 25.000 Kilojoule.
  { symbol: 'kcal', dimension: 'energy', factor: 4184 / 3.6e6, forms: { en: ['kcal', 'kilocalories', 'kilocalorie', 'calories', 'calorie'], de: ['kcal', 'Kilokalorien', 'Kilokalorie', 'Kalorien', 'Kalorie'] } },
  { symbol: 'kJ', dimension: 'energy', factor: 1000 / 3.6e6, forms: { en: ['kJ', 'kilojoules', 'kilojoule'], de: ['kJ', 'Kilojoule'] } },
  { symbol: 'MJ', dimension: 'energy', factor: 1e6 / 3.6e6, forms: { en: ['MJ', 'megajoules', 'megajoule'], de: ['MJ', 'Megajoule'] } },
  { symbol: 'J', dimension: 'energy', factor: 1 / 3.6e6, forms: { en: ['joules', 'joule'], de: ['Joule'] } },
  {
    symbol: 'yr',
    dimension: 'duration',
    factor: 365.25 * 86400,
    // "50-year-old" / "50-jährige": the hyphenated age is a duration in both languages.
    forms: { en: ['years', 'year'], de: ['Jahren', 'Jahre', 'Jahr', 'jährigen', 'jährige', 'jähriger', 'jähriges', 'jährigem'] },
  },
  {
    symbol: 'decade',
    dimension: 'duration',
    factor: 10 * 365.25 * 86400,
    forms: { en: ['decades', 'decade'], de: ['Jahrzehnten', 'Jahrzehnte', 'Jahrzehnts', 'Jahrzehnt'] },
  },
  {
    symbol: 'century',
    dimension: 'duration',
    factor: 100 * 365.25 * 86400,
    forms: { en: ['centuries', 'century'], de: ['Jahrhunderten', 'Jahrhunderte', 'Jahrhunderts', 'Jahrhundert'] },
  },
  { symbol: 'mo', dimension: 'duration', factor: 30.44 * 86400, forms: { en: ['months', 'month'], de: ['Monaten', 'Monate', 'Monat'] } },
  { symbol: 'wk', dimension: 'duration', factor: 7 * 86400, forms: { en: ['weeks', 'week'], de: ['Wochen', 'Woche'] } },
  { symbol: 'd', dimension: 'duration', factor: 86400, forms: { en: ['days', 'day'], de: ['Tagen', 'Tage', 'Tag'] } },
  { symbol: 'h', dimension: 'duration', factor: 3600, forms: { en: ['hours', 'hour', 'hrs'], de: ['Stunden', 'Stunde', 'Std.'] } },
  { symbol: 'min', dimension: 'duration', factor: 60, forms: { en: ['minutes', 'minute', 'min'], de: ['Minuten', 'Minute', 'Min.'] } },
  { symbol: 's', dimension: 'duration', factor: 1, forms: { en: ['seconds', 'second', 'sec'], de: ['Sekunden', 'Sekunde', 'Sek.'] } },
  // Sport times in tenths and hundredths: "vier Hundertstelsekunden" = "0.04 seconds".
  { symbol: 'ds', dimension: 'duration', factor: 0.1, forms: { en: ['tenths of a second', 'tenth of a second'], de: ['Zehntelsekunden', 'Zehntelsekunde', 'Zehntel'] } },
  { symbol: 'cs', dimension: 'duration', factor: 0.01, forms: { en: ['hundredths of a second', 'hundredth of a second'], de: ['Hundertstelsekunden', 'Hundertstelsekunde', 'Hundertstel'] } },
  ...fractionOfSecondUnits(),
];

/** The unit written with this symbol ("min", "kB"), or undefined. */
export function unitBySymbol(symbol: string): Unit | undefined {
  return UNITS.find((unit) => unit.symbol === symbol);
}

/**
 * Dimensions between which one figure is mistaken: the extent of a thing as a length, a floor area
 * or a volume ("40 m²" / "40 m³"), and a power against the energy it gives in an hour ("400 kW" /
 * "400 kWh"). Other dimensions are each a family of their own.
 */
const MEASURE_FAMILIES: Readonly<Record<string, string>> = { length: 'extent', area: 'extent', volume: 'extent', power: 'power', energy: 'power' };

export function measureFamily(dimension: string): string {
  return MEASURE_FAMILIES[dimension] ?? dimension;
}

export const MONTHS: Record<Lang, string[][]> = {
  en: [
    ['January', 'Jan.', 'Jan'], ['February', 'Feb.', 'Feb'], ['March', 'Mar.', 'Mar'], ['April', 'Apr.', 'Apr'], ['May'],
    ['June', 'Jun.', 'Jun'], ['July', 'Jul.', 'Jul'], ['August', 'Aug.', 'Aug'], ['September', 'Sept.', 'Sep.', 'Sept', 'Sep'],
    ['October', 'Oct.', 'Oct'], ['November', 'Nov.', 'Nov'], ['December', 'Dec.', 'Dec'],
  ],
  de: [
    ['Januar', 'Jänner', 'Jan.'], ['Februar', 'Feber', 'Feb.'], ['März', 'Mär.', 'Mrz.'], ['April', 'Apr.'], ['Mai'], ['Juni', 'Jun.'],
    ['Juli', 'Jul.'], ['August', 'Aug.'], ['September', 'Sept.', 'Sep.'], ['Oktober', 'Okt.'], ['November', 'Nov.'],
    ['Dezember', 'Dez.'],
  ],
};

/** Escapes a form for a RegExp and sorts alternatives longest first, so "km/h" wins over "km". */
export function alternation(forms: Iterable<string>): string {
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((form) => form.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/**
 * Units that count one without a number: "the past decade" is "die vergangenen zehn Jahre". Only
 * after these words, so that "the 20th century" stays an ordinal.
 */
export const COUNTED_WITHOUT_NUMBER: Record<Lang, { units: string[]; after: string[] }> = {
  en: { units: ['decade', 'century', 'teaspoon', 'tablespoon', 'terabyte', 'gigabyte'], after: ['a', 'an', 'the', 'past', 'last', 'this', 'next', 'that', 'previous', 'one', 'coming', 'following'] },
  de: {
    units: ['Jahrzehnts', 'Jahrzehnt', 'Jahrhunderts', 'Jahrhundert', 'Teelöffel', 'Esslöffel', 'Terabyte', 'Gigabyte'],
    after: ['ein', 'einem', 'eines', 'einen', 'das', 'dem', 'des', 'im', 'letzten', 'vergangenen', 'nächsten', 'kommenden', 'folgenden', 'diesem', 'dieses'],
  },
};
