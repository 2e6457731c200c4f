#!/usr/bin/env node
// Usage: node scripts/claims-grammar.mjs [--seed N] [--draws N] > grammar.tsv
// A second generated test corpus for the claims diff, for kinds of claim that
// scripts/generate-claims-corpus.mjs does not cover: per mille and percentage points, weekdays and
// periods as news writes them, ordinals of days, times, anniversaries and rounds, ranks, fractions,
// units swapped at the same figure, hedged and spelled quantities, verbs of change, currencies swapped
// at the same figure, people, organisations, places (from the project's own gazetteer), negation,
// and cardinals in words ("three hundred and fifty", "zweihundertfünfzig").
//
// The forms follow reference grammars and style guides, not what the tool handles: German numbers,
// ordinals ("am 3. Tag", "Platz drei"), dates, decades ("1990er-Jahre", "Neunzigerjahre"), units with a
// space ("40 m²", "20 °C") and amounts ("40 Mio. Euro") as Duden writes them; English ones as AP and
// Chicago do (ordinals first to ninth spelled out, "$40 million", "the 1990s", "the '90s").
//
// Conventions as in generate-claims-corpus.mjs: each kind has `type` (the claim type a perturbed pair
// should conflict in), `templates` ([English, German] with {X}), `draw(r)`, `perturb(r, v)` (a value
// the German then really says instead), `en(r, v, t)` / `de(r, v, t)` (one surface form for template
// t). Some kinds take their templates from the value (`templatesFor(v)`, as the quantities of the
// first generator do): a weekday in the future needs other sentences than one in the past.
// Each draw gives an equal pair (`expected: 'faithful'`) and a perturbed one (`expected: type`).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deWord, digits, enWord, prng, toTsv } from './generate-claims-corpus.mjs';

const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const pick = (r, list) => list[Math.floor(r() * list.length)];
const upperFirst = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/** Another element of `list` than `not`. */
const otherThan = (r, list, not) => pick(r, list.filter((x) => !same(x, not)));
/** A non-zero change of at least `least` in either direction, keeping the result within [lo, hi]. */
function shift(r, value, least, most, lo = -Infinity, hi = Infinity) {
  for (;;) {
    const delta = int(r, least, most) * (r() < 0.5 ? -1 : 1);
    if (value + delta >= lo && value + delta <= hi) return value + delta;
  }
}
/** With probability p. */
const chance = (r, p) => r() < p;

// ---- Numbers, ordinals -------------------------------------------------------------------------

const EN_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const enSuffix = (n) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');

function enOrdinalWord(n) {
  if (n < 13) return EN_ORDINALS[n];
  if (n === 100) return 'hundredth';
  if (n < 20) return `${enWord(n)}th`;
  if (n % 10 === 0) return enWord(n).replace(/y$/, 'ieth');
  return `${enWord(n - (n % 10))}-${EN_ORDINALS[n % 10]}`;
}

/** AP spells out first to ninth and writes 10th and above in figures; Chicago spells out up to a hundred. */
function enOrdinal(r, n) {
  if (n <= 9) return enOrdinalWord(n);
  return n > 100 || chance(r, 0.7) ? `${n}${enSuffix(n)}` : enOrdinalWord(n);
}

/** German number word up to a hundred ("hundert"). */
const deNumber = (n, glued = false) => (n === 100 ? 'hundert' : deWord(n, glued));

/** The stem of a German ordinal, to which the adjective endings go: "dritt-", "siebt-", "zwanzigst-". */
function deOrdinalStem(n) {
  if (n === 1) return 'erst';
  if (n === 3) return 'dritt';
  if (n === 7) return 'siebt';
  if (n === 8) return 'acht';
  if (n < 20) return `${deWord(n)}t`;
  return `${deNumber(n, true)}st`;
}

/** A German ordinal with its ending, in words or (Duden) as a figure with a full stop: "dritten" / "3.". */
const deOrdinal = (r, n, ending, pWords = 0.6) => (n <= 100 && chance(r, pWords) ? `${deOrdinalStem(n)}${ending}` : `${n}.`);

/** A cardinal in running text: up to twelve in words or figures (Duden, AP for under ten), above in figures. */
const enCount = (r, n) => (Number.isInteger(n) && n >= 2 && n <= 9 && chance(r, 0.6) ? enWord(n) : digits(n, 'en'));
const deCount = (r, n) => (Number.isInteger(n) && n >= 2 && n <= 12 && chance(r, 0.6) ? deWord(n, true) : digits(n, 'de'));

// ---- Weekdays and months -------------------------------------------------------------------------

const EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DE_DAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
/** "Sonnabend" is the northern German Saturday (Duden); compounds take "Samstag". */
const deDay = (r, d) => (d === 5 && chance(r, 0.25) ? 'Sonnabend' : DE_DAYS[d]);
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DE_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
/** "Jänner" is the Austrian January (Duden). */
const deMonth = (r, m) => (m === 1 && chance(r, 0.15) ? 'Jänner' : DE_MONTHS[m - 1]);

// ---- Fractions -------------------------------------------------------------------------------------

const EN_FRACTION = { 2: 'half', 3: 'third', 4: 'quarter', 5: 'fifth', 10: 'tenth' };
const DE_FRACTION = { 3: 'Drittel', 4: 'Viertel', 5: 'Fünftel', 10: 'Zehntel' };

/** "a third", "one-third", "two-thirds", "two thirds", "three-quarters"/"three-fourths"; not for halves. */
function enFraction(r, [a, b]) {
  const noun = EN_FRACTION[b] + (a > 1 ? 's' : '');
  if (a === 1) return pick(r, [`a ${noun}`, `a ${noun}`, `one-${noun}`, `one ${noun}`]);
  const whole = `${enWord(a)}${pick(r, ['-', ' '])}${noun}`;
  return b === 4 && a === 3 && chance(r, 0.2) ? `three-fourths` : whole;
}

/** "ein Drittel", "zwei Drittel", "drei Viertel"; dative after "von": "einem Drittel", "zwei Dritteln". */
function deFraction([a, b], { dative = false } = {}) {
  const count = a === 1 ? (dative ? 'einem' : 'ein') : deWord(a);
  return `${count} ${DE_FRACTION[b]}${dative && a > 1 ? 'n' : ''}`;
}

// ---- Places: the project's gazetteer ---------------------------------------------------------------

const DATA = fileURLToPath(new URL('../data/claims/', import.meta.url));

/**
 * The city, country and region entries of the gazetteer files data/claims/*.tsv (id, category, English
 * forms |, German forms |; `#` comments). Read at generation time, so new entries are picked up.
 * The machine-built, compressed lists (*.tsv.gz) are not read: their rows are not checked by hand
 * (official long names, demonyms filed as regions), and a corpus of everyday sentences needs names a
 * translator would write.
 */
export function readPlaces(dir = DATA) {
  const byId = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    for (const line of readFileSync(dir + file, 'utf8').split(/\r?\n/)) {
      if (line.trim() === '' || line.startsWith('#')) continue;
      const [id, category, en, de] = line.split('\t');
      if (!['city', 'country', 'region'].includes(category) || !en || !de) continue;
      const entry = byId.get(id) ?? { id, category, en: [], de: [] };
      for (const f of en.split('|').map((s) => s.trim()).filter(Boolean)) if (!entry.en.includes(f)) entry.en.push(f);
      for (const f of de.split('|').map((s) => s.trim()).filter(Boolean)) if (!entry.de.includes(f)) entry.de.push(f);
      byId.set(id, entry);
    }
  }
  const places = [];
  for (const entry of byId.values()) {
    const en = entry.en.filter(usableEnglishPlace);
    const de = entry.de.filter(usableGermanPlace);
    if (en.length > 0 && de.length > 0) places.push({ ...entry, en, de });
  }
  return places;
}

/** English place names that take "the" (AP: "the United States", "the Netherlands", "The Hague" has its own). */
const EN_THE = new Set(['United States', 'U.S.', 'US', 'USA', 'United Kingdom', 'UK', 'Netherlands', 'Czech Republic', 'Philippines', 'Gambia', 'United Arab Emirates', 'Bahamas', 'Maldives', 'Seychelles', 'Balkans', 'Ruhr', 'Rhineland', 'Palatinate', 'Black Forest', 'Dominican Republic', 'Central African Republic', 'Democratic Republic of the Congo', 'Alps', 'Caribbean', 'Arctic', 'Antarctic', 'Middle East', 'Far East']);

/**
 * German place names with an article (Duden): gender or plural, and the inflected forms after "in"/"aus"
 * (dative) and "in" of direction (accusative). Names ending in "-ei" are feminine ("die Türkei").
 */
const DE_ARTICLE = {
  Schweiz: { g: 'f' },
  Ukraine: { g: 'f' },
  Mongolei: { g: 'f' },
  Slowakei: { g: 'f' },
  Türkei: { g: 'f' },
  Lombardei: { g: 'f' },
  Pfalz: { g: 'f' },
  Oberpfalz: { g: 'f' },
  Lausitz: { g: 'f' },
  Steiermark: { g: 'f' },
  Toskana: { g: 'f' },
  Bretagne: { g: 'f' },
  Normandie: { g: 'f' },
  Provence: { g: 'f' },
  Karibik: { g: 'f' },
  Arktis: { g: 'f' },
  Antarktis: { g: 'f' },
  Elfenbeinküste: { g: 'f' },
  'Tschechische Republik': { g: 'f', dat: 'Tschechischen Republik' },
  'Dominikanische Republik': { g: 'f', dat: 'Dominikanischen Republik' },
  'Zentralafrikanische Republik': { g: 'f', dat: 'Zentralafrikanischen Republik' },
  Iran: { g: 'm' },
  Irak: { g: 'm' },
  Libanon: { g: 'm' },
  Sudan: { g: 'm' },
  Jemen: { g: 'm' },
  Kongo: { g: 'm' },
  Tschad: { g: 'm' },
  Senegal: { g: 'm' },
  Niger: { g: 'm' },
  Kosovo: { g: 'm' },
  Vatikan: { g: 'm' },
  'Vereinigtes Königreich': { g: 'n', dat: 'Vereinigten Königreich', acc: 'Vereinigte Königreich' },
  'Silicon Valley': { g: 'n' },
  Elsass: { g: 'n' },
  Allgäu: { g: 'n' },
  Ruhrgebiet: { g: 'n' },
  Saarland: { g: 'n' },
  Rheinland: { g: 'n' },
  Baltikum: { g: 'n' },
  Burgenland: { g: 'n' },
  Tessin: { g: 'n' },
  Wallis: { g: 'n' },
  Engadin: { g: 'n' },
  Niederlande: { g: 'pl', dat: 'Niederlanden' },
  USA: { g: 'pl' },
  'Vereinigte Staaten': { g: 'pl', dat: 'Vereinigten Staaten', acc: 'Vereinigten Staaten' },
  'Vereinigte Arabische Emirate': { g: 'pl', dat: 'Vereinigten Arabischen Emiraten', acc: 'Vereinigten Arabischen Emirate' },
  Philippinen: { g: 'pl' },
  Bahamas: { g: 'pl' },
  Malediven: { g: 'pl' },
  Seychellen: { g: 'pl' },
  Balkan: { g: 'm' },
  Schwarzwald: { g: 'm' },
};

function germanArticle(form) {
  return DE_ARTICLE[form] ?? (/ei$/.test(form) ? { g: 'f' } : undefined);
}

/** A form this generator can put after a preposition: no commas or brackets, no bare two-letter codes. */
function usableEnglishPlace(form) {
  return !/[,()]/.test(form) && !/-based$/.test(form);
}

function usableGermanPlace(form) {
  if (/[,()]/.test(form)) return false;
  if (germanArticle(form)) return true;
  // "US", "UK" stand in German only before a hyphen ("US-Präsident"), not after "in".
  if (/^\p{Lu}{1,2}$/u.test(form)) return false;
  // An adjective and a noun ("Vereinigte …", "Tschechische …") needs an article this table does not know.
  if (/^\p{Lu}\p{Ll}+(?:e|es|er|en)\s+\p{Lu}/u.test(form) && !/^(?:Den|La|Le|Los|Las|El|San|Santa|New|Sankt|St\.)\s/u.test(form)) return false;
  return true;
}

/** "in Munich", "in the Netherlands"; "from …"; "to …". */
function enPlace(form, prep) {
  const the = EN_THE.has(form) || /^(?:United|Republic of)\s/.test(form) ? 'the ' : '';
  return `${prep} ${the}${form}`;
}

/** "in München", "in der Schweiz", "im Vereinigten Königreich"; "aus …"; "nach München" / "in die Schweiz". */
function dePlace(form, prep) {
  const a = germanArticle(form);
  if (!a) return `${{ in: 'in', from: 'aus', to: 'nach' }[prep]} ${form}`;
  const dat = a.dat ?? form;
  const acc = a.acc ?? form;
  if (prep === 'in') return { f: `in der ${dat}`, m: `im ${dat}`, n: `im ${dat}`, pl: `in den ${dat}` }[a.g];
  if (prep === 'from') return { f: `aus der ${dat}`, m: `aus dem ${dat}`, n: `aus dem ${dat}`, pl: `aus den ${dat}` }[a.g];
  return { f: `in die ${acc}`, m: `in den ${acc}`, n: `ins ${acc}`, pl: `in die ${acc}` }[a.g];
}

// ---- People and organisations --------------------------------------------------------------------

/** Surnames a letter apart (a letter changed, added or dropped), each a real surname. */
const NEAR_SURNAMES = [
  ['Meyer', 'Mayer', 'Meier', 'Maier'],
  ['Schmidt', 'Schmitt', 'Schmid'],
  ['Hoffmann', 'Hofmann'],
  ['Wagner', 'Wegner'],
  ['Schulz', 'Schulze'],
  ['Neumann', 'Naumann'],
  ['Keller', 'Kellner'],
  ['Jansen', 'Janssen'],
  ['Hansen', 'Hanson'],
  ['Nowak', 'Novak'],
  ['Lopez', 'Lopes'],
  ['Kraus', 'Krause'],
  ['Lange', 'Lang'],
  ['Brandt', 'Brand'],
  ['Petersen', 'Peterson'],
  ['Andersen', 'Anderson'],
  ['Fischer', 'Fisher'],
  ['Thomsen', 'Thomson'],
  ['Karlsson', 'Carlsson'],
];
const OTHER_SURNAMES = [
  'Okafor', 'Nakamura', 'Tanaka', 'Rossi', 'Bianchi', 'Dubois', 'Lefebvre', 'García', 'Fernández', 'Silva', 'Costa', 'Yılmaz', 'Demir', 'Kaya', 'Horváth',
  'de Vries', 'Jensen', 'Larsen', 'O’Brien', 'Murphy', 'Walsh', 'Chen', 'Wang', 'Singh', 'Patel', 'Khan', 'Haddad', 'Mensah', 'Kowalczyk', 'Popescu',
  'Papadopoulos', 'Virtanen', 'Korhonen', 'Bauer', 'Wolf', 'Zimmermann', 'Hartmann', 'Richter', 'Klein', 'Becker', 'Weber', 'Schneider',
];
const ALL_SURNAMES = [...NEAR_SURNAMES.flat(), ...OTHER_SURNAMES];
const FIRST_NAMES = {
  f: ['Anna', 'Maria', 'Sofia', 'Laura', 'Julia', 'Claire', 'Sarah', 'Emma', 'Ingrid', 'Yuki', 'Aisha', 'Elena', 'Fatma', 'Katarzyna', 'Amara', 'Mei', 'Sanne', 'Lucía'],
  m: ['Thomas', 'Michael', 'Peter', 'Jan', 'Lars', 'Marco', 'Pierre', 'Carlos', 'Ahmed', 'Kenji', 'David', 'Stefan', 'Mehmet', 'Tomasz', 'Kwame', 'Wei', 'Mikko', 'Sean'],
};

/** Roles: English title before a name (AP capitalises formal titles), German title by gender, genitive. */
const ROLES = [
  { en: 'Mayor', enApp: 'the mayor', de: { m: 'Bürgermeister', f: 'Bürgermeisterin' } },
  { en: 'Finance Minister', enApp: 'the finance minister', de: { m: 'Finanzminister', f: 'Finanzministerin' } },
  { en: 'Health Minister', enApp: 'the health minister', de: { m: 'Gesundheitsminister', f: 'Gesundheitsministerin' } },
  { en: 'CEO', enApp: 'the chief executive', de: { m: 'Vorstandschef', f: 'Vorstandschefin' }, deApp: { m: 'der Vorstandschef', f: 'die Vorstandschefin' } },
  { en: 'Professor', enApp: 'a professor at the university', de: { m: 'Professor', f: 'Professorin' }, deApp: { m: 'Professor an der Universität', f: 'Professorin an der Universität' } },
  { en: 'government spokesperson', enApp: 'the government spokesperson', de: { m: 'Regierungssprecher', f: 'Regierungssprecherin' } },
];

/** An organisation: English name (with "the" where English takes one), German nominative and "von"-phrase. */
function org(en, deNom, deVon, { enThe = false } = {}) {
  return { en, enThe, deNom, deVon };
}
const bare = (name) => org(name, name, `von ${name}`);
/** An abbreviation said letter by letter takes "the" in English ("the WHO") and its noun's gender in German. */
const fem = (name) => org(name, `die ${name}`, `von der ${name}`, { enThe: true });
const masc = (name) => org(name, `der ${name}`, `vom ${name}`, { enThe: true });

/**
 * Organisations by kind. `near` pairs are real organisations of one kind whose names are a letter apart
 * (CDU/CSU, BDI/BDA, ADAC/ADFC, DFB/DFL, WHO/WTO): the perturbed pair takes the partner.
 */
const ORGANISATIONS = {
  carmaker: { company: true, names: ['Volkswagen', 'BMW', 'Mercedes-Benz', 'Audi', 'Porsche', 'Opel', 'Renault', 'Toyota', 'Ford', 'Volvo', 'Stellantis'].map(bare) },
  airline: { company: true, names: [org('Lufthansa', 'Lufthansa', 'von Lufthansa'), org('Lufthansa', 'die Lufthansa', 'von der Lufthansa'), ...['Ryanair', 'KLM', 'Eurowings', 'Condor', 'Air France', 'Iberia', 'Finnair'].map(bare)] },
  bank: {
    company: true,
    names: [
      org('Deutsche Bank', 'die Deutsche Bank', 'von der Deutschen Bank'),
      org('Commerzbank', 'die Commerzbank', 'von der Commerzbank'),
      ...['HSBC', 'Barclays', 'Santander', 'UniCredit', 'BNP Paribas'].map(bare),
      org('UBS', 'die UBS', 'von der UBS'),
      org('ING', 'die ING', 'von der ING'),
    ],
  },
  retailer: { company: true, names: ['Aldi', 'Lidl', 'Rewe', 'Edeka', 'Tesco', 'Carrefour', 'Ikea', 'Kaufland'].map(bare) },
  tech: { company: true, names: ['SAP', 'Microsoft', 'Google', 'Apple', 'IBM', 'Oracle', 'Intel', 'Nvidia', 'Samsung', 'Siemens'].map(bare) },
  party: { names: [fem('CDU'), fem('CSU'), fem('SPD'), fem('FDP')], near: [[0, 1]] },
  association: { names: [masc('BDI'), fem('BDA'), masc('ADAC'), masc('ADFC'), masc('DFB'), fem('DFL'), masc('DGB'), org('IG Metall', 'die IG Metall', 'von der IG Metall')], near: [[0, 1], [2, 3], [4, 5]] },
  agency: { names: [fem('WHO'), fem('WTO'), fem('OECD'), fem('IAEA')], near: [[0, 1]] },
};
const NEAR_ORGANISATIONS = Object.entries(ORGANISATIONS).flatMap(([kind, o]) => (o.near ?? []).flatMap(([a, b]) => [{ kind, i: a, partner: b }, { kind, i: b, partner: a }]));
const ORGANISATION_TEMPLATES = {
  company: [
    ['{X} rejected the proposal.', '{X} lehnte den Vorschlag ab.'],
    ['{X} warned of higher costs.', '{X} warnte vor höheren Kosten.'],
    ['The study was commissioned by {X}.', 'Die Studie wurde {X} in Auftrag gegeben.'],
    ['{X} announced a new savings programme.', '{X} kündigte ein neues Sparprogramm an.'],
  ],
  other: [
    ['{X} rejected the proposal.', '{X} lehnte den Vorschlag ab.'],
    ['{X} warned of higher costs.', '{X} warnte vor höheren Kosten.'],
    ['The study was commissioned by {X}.', 'Die Studie wurde {X} in Auftrag gegeben.'],
    ['{X} called for lower taxes.', '{X} forderte niedrigere Steuern.'],
  ],
};

// ---- Units -------------------------------------------------------------------------------------------

/** Units: English and German names; `deDat` where the dative plural differs ("Kilometern pro Stunde"). */
const UNITS = {
  km: { en: ['kilometres', 'kilometers', 'km'], de: ['Kilometer', 'km'], deDat: ['Kilometern', 'km'] },
  m: { en: ['metres', 'meters', 'm'], de: ['Meter', 'm'], deDat: ['Metern', 'm'] },
  cm: { en: ['centimetres', 'centimeters', 'cm'], de: ['Zentimeter', 'cm'] },
  mm: { en: ['millimetres', 'millimeters', 'mm'], de: ['Millimeter', 'mm'] },
  kg: { en: ['kilograms', 'kilos', 'kg'], de: ['Kilogramm', 'Kilo', 'kg'] },
  g: { en: ['grams', 'g'], de: ['Gramm', 'g'] },
  t: { en: ['tonnes', 'metric tons', 't'], de: ['Tonnen', 't'] },
  h: { en: ['hours'], de: ['Stunden', 'Std.'], spell: true },
  min: { en: ['minutes', 'min'], de: ['Minuten', 'Min.'], spell: true },
  d: { en: ['days'], de: ['Tage'], spell: true },
  wk: { en: ['weeks'], de: ['Wochen'], spell: true },
  m2: { en: ['square metres', 'square meters', 'm²', 'sq m'], de: ['Quadratmeter', 'm²'] },
  m3: { en: ['cubic metres', 'cubic meters', 'm³'], de: ['Kubikmeter', 'm³'] },
  ha: { en: ['hectares', 'ha'], de: ['Hektar', 'ha'] },
  km2: { en: ['square kilometres', 'square kilometers', 'km²', 'sq km'], de: ['Quadratkilometer', 'km²'] },
  kmh: { en: ['km/h', 'kilometres per hour', 'kilometers per hour', 'kph'], de: ['km/h', 'Kilometer pro Stunde', 'Stundenkilometer'], deDat: ['km/h', 'Kilometern pro Stunde', 'Stundenkilometern'] },
  ms: { en: ['metres per second', 'meters per second', 'm/s'], de: ['Meter pro Sekunde', 'm/s'], deDat: ['Metern pro Sekunde', 'm/s'] },
  C: { en: ['°C', 'degrees Celsius'], de: ['°C', 'Grad Celsius', 'Grad'] },
  F: { en: ['°F', 'degrees Fahrenheit'], de: ['°F', 'Grad Fahrenheit'] },
  kWh: { en: ['kilowatt hours', 'kilowatt-hours', 'kWh'], de: ['Kilowattstunden', 'kWh'] },
  MWh: { en: ['megawatt hours', 'megawatt-hours', 'MWh'], de: ['Megawattstunden', 'MWh'] },
  MW: { en: ['megawatts', 'MW'], de: ['Megawatt', 'MW'] },
  kW: { en: ['kilowatts', 'kW'], de: ['Kilowatt', 'kW'] },
  l: { en: ['litres', 'liters'], de: ['Liter', 'l'] },
};

/** Groups of units a sentence measures in, with the figures it takes; the swap is within the group. */
const UNIT_GROUPS = {
  distance: {
    units: ['km', 'm'],
    n: (r) => (chance(r, 0.75) ? int(r, 2, 80) : int(r, 15, 95) / 10),
    templates: [
      ['The new cycle path is {X} long.', 'Der neue Radweg ist {X} lang.'],
      ['The tailback stretched for {X}.', 'Der Stau war {X} lang.'],
    ],
  },
  thickness: {
    units: ['mm', 'cm'],
    n: (r) => int(r, 2, 60),
    templates: [
      ['The ice on the lake is {X} thick.', 'Das Eis auf dem See ist {X} dick.'],
      ['The walls are {X} thick.', 'Die Wände sind {X} dick.'],
    ],
  },
  weight: {
    units: ['kg', 'g'],
    n: (r) => (chance(r, 0.75) ? int(r, 2, 40) : int(r, 15, 95) / 10),
    templates: [
      ['The parcel weighs {X}.', 'Das Paket wiegt {X}.'],
      ['Each bag holds {X} of flour.', 'Jeder Beutel enthält {X} Mehl.'],
    ],
  },
  load: {
    units: ['t', 'kg'],
    n: (r) => int(r, 2, 40),
    templates: [['The lorry was carrying {X} of sand.', 'Der Lastwagen hatte {X} Sand geladen.']],
  },
  'short-time': {
    units: ['h', 'min'],
    n: (r) => int(r, 2, 12),
    templates: [
      ['The operation took {X}.', 'Die Operation dauerte {X}.'],
      ['The delay was {X}.', 'Die Verspätung betrug {X}.'],
    ],
  },
  'long-time': {
    units: ['d', 'wk'],
    n: (r) => int(r, 2, 12),
    templates: [
      ['The repairs will take {X}.', 'Die Reparatur wird {X} dauern.'],
      ['The festival lasts {X}.', 'Das Festival dauert {X}.'],
    ],
  },
  space: {
    units: ['m2', 'm3'],
    n: (r) => int(r, 4, 250),
    templates: [['The storage unit offers {X} of space.', 'Das Lagerabteil bietet {X} Platz.']],
  },
  land: {
    units: ['ha', 'km2'],
    n: (r) => (chance(r, 0.5) ? int(r, 2, 99) * 10 : int(r, 2, 60) * 50),
    templates: [
      ['The fire destroyed {X} of forest.', 'Das Feuer vernichtete {X} Wald.'],
      ['The nature reserve covers {X}.', 'Das Naturschutzgebiet umfasst {X}.'],
    ],
  },
  speed: {
    units: ['kmh', 'ms'],
    n: (r, unit) => (unit === 'ms' ? int(r, 5, 60) : int(r, 3, 30) * 10),
    templates: [
      ['Gusts reached {X}.', 'Die Böen erreichten {X}.'],
      ['The train has a top speed of {X}.', 'Der Zug hat eine Höchstgeschwindigkeit von {X}.'],
    ],
    // After "von" the German plural is a dative.
    dative: [false, true],
  },
  temperature: {
    units: ['C', 'F'],
    n: (r) => (chance(r, 0.85) ? int(r, 2, 40) : -int(r, 2, 15)),
    templates: [
      ['Temperatures rose to {X}.', 'Die Temperaturen stiegen auf {X}.'],
      ['The thermostat is set to {X}.', 'Das Thermostat ist auf {X} eingestellt.'],
    ],
  },
  energy: {
    units: ['kWh', 'MWh'],
    n: (r) => (chance(r, 0.5) ? int(r, 2, 99) * 10 : int(r, 2, 60) * 100),
    templates: [
      ['The solar panels generate {X} a year.', 'Die Solaranlage erzeugt {X} pro Jahr.'],
      ['The battery stores {X}.', 'Der Speicher fasst {X}.'],
    ],
  },
  power: {
    units: ['MW', 'kW'],
    n: (r) => int(r, 5, 900),
    templates: [
      ['The wind farm has a capacity of {X}.', 'Der Windpark hat eine Leistung von {X}.'],
      ['The power station has an output of {X}.', 'Das Kraftwerk hat eine Leistung von {X}.'],
    ],
  },
  volume: {
    units: ['l', 'm3'],
    n: (r) => int(r, 20, 500),
    templates: [['The tank holds {X} of water.', 'Der Tank fasst {X} Wasser.']],
  },
};

/** A quantity in English: "12 kilometres", "three hours", "20°C", "minus 5 degrees Celsius". */
function enQuantity(r, unit, n) {
  const u = UNITS[unit];
  const name = pick(r, u.en);
  if (n < 0) return name.startsWith('°') ? `−${-n}${name}` : `minus ${-n} ${name}`;
  const figure = u.spell ? enCount(r, n) : digits(n, 'en');
  // A number in words takes the unit's name, not its symbol ("three hours", never "three h").
  if (!/^\d/.test(figure)) return `${figure} ${u.en[0]}`;
  if (name.startsWith('°')) return chance(r, 0.5) ? `${figure}${name}` : `${figure} ${name}`;
  return `${figure} ${name}`;
}

/** A quantity in German: a space before every unit (Duden: "20 °C", "40 m²"), the dative where needed. */
function deQuantity(r, unit, n, dative = false) {
  const u = UNITS[unit];
  const name = pick(r, dative && u.deDat ? u.deDat : u.de);
  if (n < 0) return name.startsWith('°') ? `−${-n} ${name}` : `minus ${-n} ${name}`;
  const figure = u.spell ? deCount(r, n) : digits(n, 'de');
  // Duden: abbreviated units only after figures ("3 Std.", but "drei Stunden").
  if (!/^\d/.test(figure)) return `${figure} ${(dative && u.deDat ? u.deDat : u.de)[0]}`;
  return `${figure} ${name}`;
}

// ---- Negation ----------------------------------------------------------------------------------------
// Each statement once asserted and once denied, with the predicate matched; `aside` is a clause that
// negates something else, added (in both languages) when the statement is asserted, so that an equal
// pair still makes a claim.

const NEGATIONS = [
  {
    t: ['The bridge {X}.', 'Die Brücke {X}.'],
    en: { neg: ['is not open to traffic', 'isn’t open to traffic'], pos: ['is open to traffic'] },
    de: { neg: ['ist für den Verkehr nicht freigegeben', 'ist für den Verkehr nicht geöffnet'], pos: ['ist für den Verkehr freigegeben', 'ist für den Verkehr geöffnet'] },
    aside: ['the footpath is not affected', 'der Fußweg ist nicht betroffen'],
  },
  {
    t: ['The company {X}.', 'Das Unternehmen {X}.'],
    en: { neg: ['did not confirm the deal', 'didn’t confirm the deal', 'has not confirmed the deal'], pos: ['confirmed the deal', 'has confirmed the deal'] },
    de: { neg: ['bestätigte das Geschäft nicht', 'hat das Geschäft nicht bestätigt'], pos: ['bestätigte das Geschäft', 'hat das Geschäft bestätigt'] },
    aside: ['the price was not disclosed', 'der Preis wurde nicht genannt'],
  },
  {
    t: ['The minister {X}.', 'Die Ministerin {X}.'],
    en: { neg: ['has never visited the region', 'never visited the region'], pos: ['has visited the region before'] },
    de: { neg: ['hat die Region nie besucht', 'hat die Region noch nie besucht', 'hat die Region niemals besucht', 'war noch nie in der Region'], pos: ['hat die Region schon einmal besucht', 'war schon einmal in der Region'] },
    aside: ['her office did not give details', 'ihr Büro nannte keine Einzelheiten'],
  },
  {
    t: ['The hospital {X}.', 'Das Krankenhaus {X}.'],
    en: { neg: ['has no free beds', 'has no beds available', 'does not have any free beds'], pos: ['has free beds', 'has beds available'] },
    de: { neg: ['hat keine freien Betten', 'verfügt über keine freien Betten'], pos: ['hat freie Betten', 'verfügt über freie Betten'] },
    aside: ['visitors are not allowed on the wards', 'Besucher sind auf den Stationen nicht zugelassen'],
  },
  {
    t: ['{X}.', '{X}.'],
    en: { neg: ['none of the candidates passed the exam', 'not one of the candidates passed the exam', 'no candidate passed the exam'], pos: ['all of the candidates passed the exam', 'all the candidates passed the exam'] },
    de: { neg: ['keiner der Kandidaten hat die Prüfung bestanden', 'keiner der Kandidaten bestand die Prüfung', 'kein Kandidat bestand die Prüfung'], pos: ['alle Kandidaten haben die Prüfung bestanden', 'alle Kandidaten bestanden die Prüfung'] },
    aside: ['the individual marks were not published', 'die einzelnen Noten wurden nicht veröffentlicht'],
  },
  {
    t: ['The driver was travelling {X}.', 'Der Fahrer war {X} unterwegs.'],
    en: { neg: ['without a valid licence', 'without a valid driving licence'], pos: ['with a valid licence', 'with a valid driving licence'] },
    de: { neg: ['ohne gültigen Führerschein', 'ohne gültige Fahrerlaubnis'], pos: ['mit gültigem Führerschein', 'mit gültiger Fahrerlaubnis'] },
    // An aside after the sentence: "…; nobody was hurt."
    aside: ['nobody was hurt', 'verletzt wurde niemand'],
  },
  {
    t: ['The law was passed {X}.', 'Das Gesetz wurde {X} verabschiedet.'],
    en: { neg: ['without the support of the opposition', 'without the opposition’s support'], pos: ['with the support of the opposition', 'with the opposition’s support'] },
    de: { neg: ['ohne die Stimmen der Opposition', 'ohne Unterstützung der Opposition'], pos: ['mit den Stimmen der Opposition', 'mit Unterstützung der Opposition'] },
    aside: ['several members did not vote', 'mehrere Abgeordnete stimmten nicht ab'],
  },
  {
    t: ['{X}.', '{X}.'],
    en: { neg: ['nobody was injured in the accident', 'no one was injured in the accident'], pos: ['several people were injured in the accident'] },
    de: { neg: ['bei dem Unfall wurde niemand verletzt', 'niemand wurde bei dem Unfall verletzt', 'bei dem Unfall wurde keiner verletzt'], pos: ['bei dem Unfall wurden mehrere Menschen verletzt', 'mehrere Menschen wurden bei dem Unfall verletzt'] },
    aside: ['the cause is not yet known', 'die Ursache ist noch nicht bekannt'],
  },
  {
    t: ['The police {X}.', 'Die Polizei {X}.'],
    en: { neg: ['found nothing suspicious', 'did not find anything suspicious'], pos: ['found something suspicious'] },
    de: { neg: ['fand nichts Verdächtiges', 'entdeckte nichts Verdächtiges'], pos: ['fand etwas Verdächtiges', 'entdeckte etwas Verdächtiges'] },
    aside: ['the search did not take long', 'die Durchsuchung dauerte nicht lange'],
  },
  {
    t: ['Passengers {X}.', 'Fahrgäste {X}.'],
    en: { neg: ['may not use the side entrance', 'are not allowed to use the side entrance', 'must not use the side entrance'], pos: ['may use the side entrance', 'are allowed to use the side entrance'] },
    de: { neg: ['dürfen den Seiteneingang nicht benutzen', 'dürfen den Seiteneingang nicht nutzen'], pos: ['dürfen den Seiteneingang benutzen', 'dürfen den Seiteneingang nutzen'] },
    aside: ['the lifts are not working', 'die Aufzüge funktionieren nicht'],
  },
  {
    t: ['The warranty {X}.', 'Die Garantie {X}.'],
    en: { neg: ['does not cover water damage', 'doesn’t cover water damage'], pos: ['covers water damage'] },
    de: { neg: ['deckt Wasserschäden nicht ab', 'gilt nicht für Wasserschäden', 'umfasst keine Wasserschäden'], pos: ['deckt Wasserschäden ab', 'gilt für Wasserschäden', 'umfasst Wasserschäden'] },
    aside: ['it cannot be extended', 'sie kann nicht verlängert werden'],
  },
  {
    t: ['The product {X}.', 'Das Produkt {X}.'],
    en: { neg: ['is no longer available', 'is not available any more'], pos: ['is still available'] },
    de: { neg: ['ist nicht mehr erhältlich', 'ist nicht mehr lieferbar'], pos: ['ist weiterhin erhältlich', 'ist noch erhältlich'] },
    aside: ['it is not sold online', 'es wird nicht online verkauft'],
  },
  {
    t: ['A decision {X}.', 'Eine Entscheidung {X}.'],
    en: { neg: ['has not yet been made', 'has not been made yet'], pos: ['has already been made'] },
    de: { neg: ['ist noch nicht gefallen', 'wurde noch nicht getroffen'], pos: ['ist bereits gefallen', 'wurde bereits getroffen'] },
    aside: ['the ministry did not comment', 'das Ministerium äußerte sich nicht dazu'],
  },
  {
    t: ['Investigators {X}.', 'Die Ermittler {X}.'],
    en: { neg: ['found no evidence of sabotage', 'did not find any evidence of sabotage'], pos: ['found evidence of sabotage'] },
    de: { neg: ['fanden keine Hinweise auf Sabotage', 'fanden keine Belege für Sabotage'], pos: ['fanden Hinweise auf Sabotage', 'fanden Belege für Sabotage'] },
    aside: ['the report was not published', 'der Bericht wurde nicht veröffentlicht'],
  },
  {
    t: ['The striker {X}.', 'Der Stürmer {X}.'],
    en: { neg: ['has never scored for the national team', 'has yet to score for the national team'], pos: ['has scored for the national team before'] },
    de: { neg: ['hat noch nie für die Nationalmannschaft getroffen', 'hat für die Nationalmannschaft noch kein Tor erzielt'], pos: ['hat schon für die Nationalmannschaft getroffen', 'hat bereits für die Nationalmannschaft getroffen'] },
    aside: ['the coach did not comment', 'der Trainer äußerte sich nicht'],
  },
];

// ---- Kinds -------------------------------------------------------------------------------------------

/** Sentences for a share in per mille or percent, a change in percent or percentage points. */
const RATE_FAMILIES = {
  alcohol: {
    units: ['pm'],
    swap: { pm: 'pct' },
    templates: [
      ['Police measured a blood alcohol level of {X} in the driver.', 'Die Polizei stellte bei dem Fahrer einen Blutalkoholwert von {X} fest.'],
      ['The legal limit for drivers is {X}.', 'Der gesetzliche Grenzwert für Autofahrer liegt bei {X}.'],
      ['A breath test showed {X}.', 'Ein Atemtest ergab {X}.'],
    ],
    n: (r) => int(r, 2, 25) / 10,
  },
  fee: {
    units: ['pct', 'pm'],
    swap: { pct: 'pm', pm: 'pct' },
    templates: [
      ['The notary’s fee is {X} of the purchase price.', 'Die Notargebühr beträgt {X} des Kaufpreises.'],
      ['The annual charge is {X} of the insured sum.', 'Die jährliche Gebühr beträgt {X} der Versicherungssumme.'],
    ],
    n: (r) => (chance(r, 0.6) ? int(r, 2, 9) : int(r, 11, 49) / 10),
  },
  change: {
    units: ['pp', 'pct'],
    swap: { pp: 'pct', pct: 'pp' },
    templates: [
      ['The unemployment rate rose by {X}.', 'Die Arbeitslosenquote stieg um {X}.'],
      ['The party lost {X} compared with the last election.', 'Die Partei verlor im Vergleich zur letzten Wahl {X}.'],
      ['The central bank raised its key interest rate by {X}.', 'Die Zentralbank erhöhte den Leitzins um {X}.'],
    ],
    n: (r) => pick(r, [0.25, 0.5, 0.75, 1, int(r, 1, 30) / 10, int(r, 2, 9), int(r, 11, 59) / 10]),
  },
};

function enRate(r, { unit, n }) {
  const figure = digits(n, 'en');
  if (unit === 'pm') return pick(r, [`${figure} per mille`, `${figure}‰`]);
  if (unit === 'pct') return pick(r, [`${figure} percent`, `${figure}%`, `${figure} per cent`]);
  if (n === 0.25 && chance(r, 0.5)) return 'a quarter of a percentage point';
  if (n === 0.5 && chance(r, 0.5)) return 'half a percentage point';
  if (n === 1) return pick(r, ['1 percentage point', 'one percentage point']);
  return `${Number.isInteger(n) && n < 10 && chance(r, 0.4) ? enWord(n) : figure} percentage points`;
}

/** Every rate template puts the figure in the accusative ("um einen Prozentpunkt", "verlor einen Prozentpunkt"). */
function deRate(r, { unit, n }) {
  const figure = digits(n, 'de');
  if (unit === 'pm') return pick(r, [`${figure} Promille`, `${figure} ‰`]);
  if (unit === 'pct') return n === 1 ? pick(r, ['1 Prozent', 'ein Prozent', '1 %']) : pick(r, [`${figure} Prozent`, `${figure} %`]);
  if (n === 0.25 && chance(r, 0.5)) return 'einen Viertelprozentpunkt';
  if (n === 0.5 && chance(r, 0.5)) return 'einen halben Prozentpunkt';
  if (n === 1) return pick(r, ['1 Prozentpunkt', 'einen Prozentpunkt']);
  return `${Number.isInteger(n) && n <= 12 && chance(r, 0.4) ? deWord(n) : figure} Prozentpunkte`;
}

/** Templates of a weekday by how news relates it to now. */
const DAY_TEMPLATES = {
  past: [
    ['The minister announced the plan {X}.', 'Der Minister kündigte den Plan {X} an.'],
    ['Police arrested a suspect {X}.', 'Die Polizei nahm {X} einen Verdächtigen fest.'],
    ['The strike began {X}.', 'Der Streik begann {X}.'],
    ['The company presented its annual figures {X}.', 'Das Unternehmen legte {X} seine Jahreszahlen vor.'],
  ],
  next: [
    ['The talks will continue {X}.', 'Die Gespräche werden {X} fortgesetzt.'],
    ['The committee will vote on the bill {X}.', 'Der Ausschuss stimmt {X} über den Gesetzentwurf ab.'],
    ['The new exhibition opens {X}.', 'Die neue Ausstellung wird {X} eröffnet.'],
  ],
  overnight: [
    ['Heavy rain flooded several streets {X}.', 'Starkregen überflutete {X} mehrere Straßen.'],
    ['Firefighters were called to a warehouse {X}.', 'Die Feuerwehr wurde {X} zu einer Lagerhalle gerufen.'],
    ['Burglars broke into the school {X}.', 'Einbrecher drangen {X} in die Schule ein.'],
  ],
  habitual: [
    ['The museum is closed {X}.', 'Das Museum ist {X} geschlossen.'],
    ['The market takes place {X}.', 'Der Markt findet {X} statt.'],
    ['Rubbish is collected {X}.', 'Der Müll wird {X} abgeholt.'],
  ],
};
const DAY_PARTS = { morning: ['morgen', 'vormittag'], afternoon: ['nachmittag'], evening: ['abend'] };
const dayRelationTemplates = (rel) => DAY_TEMPLATES[{ on: 'past', part: 'past', last: 'past', next: 'next', overnight: 'overnight', habitual: 'habitual' }[rel]];

/** Templates of a period by its kind. */
const PERIOD_TEMPLATES = {
  month: [
    ['The factory was closed {X}.', 'Das Werk wurde {X} geschlossen.'],
    ['The survey was carried out {X}.', 'Die Umfrage wurde {X} durchgeführt.'],
    ['Construction work began {X}.', 'Die Bauarbeiten begannen {X}.'],
  ],
  business: [
    ['The company made a loss {X}.', 'Das Unternehmen machte {X} einen Verlust.'],
    ['Exports grew strongly {X}.', 'Die Exporte wuchsen {X} kräftig.'],
    ['Sales fell {X}.', 'Der Absatz ging {X} zurück.'],
  ],
  decade: [
    ['The house was built {X}.', 'Das Haus wurde {X} gebaut.'],
    ['The band was founded {X}.', 'Die Band wurde {X} gegründet.'],
    ['Many factories in the region closed {X}.', 'Viele Fabriken in der Region schlossen {X}.'],
  ],
};
const periodFamily = (kind) => ({ 'month-year': 'month', 'month-part': 'month', 'year-part': 'month', half: 'business', quarter: 'business', decade: 'decade' })[kind];
const EN_PART_OF_MONTH = { early: (m) => [`in early ${m}`, `at the beginning of ${m}`, `early in ${m}`], mid: (m) => [`in mid-${m}`, `in the middle of ${m}`], end: (m) => [`at the end of ${m}`, `in late ${m}`] };
const DE_PART_OF_MONTH = { early: (m) => [`Anfang ${m}`], mid: (m) => [`Mitte ${m}`], end: (m) => [`Ende ${m}`] };
const EN_PART_OF_YEAR = { early: (y) => [`in early ${y}`, `at the start of ${y}`, `early in ${y}`], mid: (y) => [`in mid-${y}`, `in the middle of ${y}`], end: (y) => [`in late ${y}`, `at the end of ${y}`] };
const DE_PART_OF_YEAR = { early: (y) => [`Anfang ${y}`, `zu Beginn des Jahres ${y}`], mid: (y) => [`Mitte ${y}`, `Mitte des Jahres ${y}`], end: (y) => [`Ende ${y}`, `Ende des Jahres ${y}`] };
const DE_DECADE_WORDS = { 20: 'zwanziger', 30: 'dreißiger', 40: 'vierziger', 50: 'fünfziger', 60: 'sechziger', 70: 'siebziger', 80: 'achtziger', 90: 'neunziger' };

/** Ordinal families: the English phrase and the German one for each template. */
const ORDINAL_FAMILIES = {
  day: {
    range: [1, 14],
    templates: [
      ['The patient was discharged {X}.', 'Der Patient wurde {X} entlassen.'],
      ['It rained {X} of the festival.', 'Es regnete {X} des Festivals.'],
    ],
    en: (r, n) => `on the ${enOrdinal(r, n)} day`,
    de: (r, n) => `am ${deOrdinal(r, n, 'en')} Tag`,
  },
  time: {
    range: [1, 25],
    templates: [
      ['The team won the cup {X}.', 'Die Mannschaft gewann den Pokal {X}.'],
      ['The festival takes place {X} this year.', 'Das Festival findet in diesem Jahr {X} statt.'],
      ['The author was nominated for the prize {X}.', 'Die Autorin wurde {X} für den Preis nominiert.'],
    ],
    en: (r, n) => `for the ${enOrdinal(r, n)} time`,
    de: (r, n) => (n === 1 && chance(r, 0.4) ? 'erstmals' : `zum ${deOrdinal(r, n, 'en')} Mal`),
  },
  anniversary: {
    range: [2, 150],
    templates: [
      ['The town marked {X} of the flood.', 'Die Stadt beging {X} der Flut.'],
      ['The company is celebrating {X} this year.', 'Das Unternehmen feiert in diesem Jahr {X}.'],
    ],
    en: (r, n, t) => (t === 0 ? 'the ' : 'its ') + (n === 100 && t === 1 && chance(r, 0.3) ? 'centenary' : `${enOrdinal(r, n)} anniversary`),
    // "der 20. Jahrestag" of an event; a company's "20-jähriges Jubiläum" / "zwanzigjähriges Bestehen".
    de: (r, n, t) => {
      if (t === 0) return `den ${deOrdinal(r, n, 'en', n <= 20 || n % 10 === 0 ? 0.4 : 0)} Jahrestag`;
      const spelled = n <= 20 || (n % 10 === 0 && n <= 100) || n === 25 || n === 75;
      const years = spelled && chance(r, 0.4) ? `${deNumber(n, true)}jähriges` : `${n}-jähriges`;
      return `sein ${years} ${pick(r, ['Jubiläum', 'Bestehen'])}`;
    },
  },
  round: {
    range: [1, 9],
    templates: [
      ['She was knocked out {X}.', 'Sie schied {X} aus.'],
      ['The candidate was elected {X}.', 'Der Kandidat wurde {X} gewählt.'],
      ['The cyclist won {X}.', 'Der Radprofi gewann {X}.'],
    ],
    en: (r, n, t) => [`in the ${enOrdinal(r, n)} round`, `in the ${enOrdinal(r, n)} round of voting`, `the ${enOrdinal(r, n)} stage`][t],
    de: (r, n, t) => [`in der ${deOrdinal(r, n, 'en')} Runde`, `im ${deOrdinal(r, n, 'en')} Wahlgang`, `die ${deOrdinal(r, n, 'e')} Etappe`][t],
  },
  // A match minute is written in figures in both languages ("in the 89th minute", "in der 89. Minute").
  minute: {
    range: [2, 90],
    templates: [
      ['The striker scored {X}.', 'Der Stürmer traf {X}.'],
      ['The referee stopped the match {X}.', 'Der Schiedsrichter unterbrach das Spiel {X}.'],
    ],
    en: (r, n) => `in the ${n}${enSuffix(n)} minute`,
    de: (r, n) => `in der ${deOrdinal(r, n, 'en', 0.1)} Minute`,
  },
};

/** Rank templates: a placing (`who`: a person of gender g, or a thing) or a superlative (`adj`). */
const RANK_FAMILIES = {
  place: [
    { t: ['The club {X}.', 'Der Verein {X}.'], mid: ['in the league', 'in der Liga'], g: 'm', person: true },
    { t: ['The defending champion {X}.', 'Die Titelverteidigerin {X}.'], mid: ['in the downhill', 'in der Abfahrt'], g: 'f', person: true },
    { t: ['The young runner {X}.', 'Der junge Läufer {X}.'], mid: ['in the final', 'im Finale'], g: 'm', person: true },
    { t: ['The university {X}.', 'Die Universität {X}.'], mid: ['in the league table', 'in der Rangliste'], g: 'f', person: false },
    { t: ['The film {X}.', 'Der Film {X}.'], mid: ['at the box office', 'an den Kinokassen'], g: 'm', person: false },
  ],
  superlative: [
    { t: ['The company is the country’s {X} employer.', 'Das Unternehmen ist der {X} Arbeitgeber des Landes.'], adj: ['largest', 'größte'], noun: true },
    { t: ['The city is the {X} in the state.', 'Die Stadt ist die {X} im Bundesland.'], adj: ['largest', 'größte'] },
    { t: ['The peak is the {X} mountain in the range.', 'Der Gipfel ist der {X} Berg des Gebirges.'], adj: ['highest', 'höchste'], noun: true },
    { t: ['The university is the country’s {X}.', 'Die Universität ist die {X} des Landes.'], adj: ['oldest', 'älteste'] },
  ],
};

/** English ranking verbs: a race is "finished", a ranking "ranked"; "came" and "took third place" fit both. */
function enPlacing(r, n, mid, person) {
  const o = n <= 9 ? EN_ORDINALS[n] : `${n}${enSuffix(n)}`;
  const forms = [`came ${o} ${mid}`, `took ${o} place ${mid}`];
  if (person) forms.push(`finished ${o} ${mid}`, `finished in ${o} place ${mid}`, `placed ${o} ${mid}`);
  else forms.push(`was ranked ${o} ${mid}`, `ranked ${o} ${mid}`);
  return pick(r, forms);
}

/** German: "wurde in der Liga Dritter", "belegte … den dritten Platz", "landete … auf Platz drei", "… auf Rang 3". */
function dePlacing(r, n, mid, g, person) {
  const word = n <= 12 ? deNumber(n) : String(n);
  const noun = `${upperFirst(deOrdinalStem(n))}${g === 'f' ? 'e' : 'er'}`;
  const ordinal = n <= 12 || chance(r, 0.5) ? `${deOrdinalStem(n)}en` : null;
  const forms = [
    `belegte ${mid} ${ordinal ? `den ${ordinal}` : `den ${n}.`} Platz`,
    `belegte ${mid} Platz ${pick(r, [word, String(n)])}`,
    `landete ${mid} auf Platz ${pick(r, [word, String(n)])}`,
    `landete ${mid} auf dem ${ordinal ?? `${n}.`} Platz`,
    `kam ${mid} auf Rang ${pick(r, [word, String(n)])}`,
    `landete ${mid} auf dem ${ordinal ?? `${n}.`} Rang`,
  ];
  if (person && n <= 20) forms.push(`wurde ${mid} ${noun}`, `wurde ${mid} ${noun}`);
  return pick(r, forms);
}

/** Fraction families. */
const FRACTION_FAMILIES = {
  // Subject and verb in X: "A third of the residents own" / "Ein Drittel der Einwohner besitzt".
  share: {
    values: [[1, 2], [1, 3], [2, 3], [1, 4], [3, 4], [1, 5], [2, 5], [1, 10], [1, 6], [1, 8]],
    templates: [
      { t: ['{X} a car.', '{X} ein Auto.'], en: ['residents', 'own', 'owns'], de: ['Einwohner', 'Einwohner', 'besitzt', 'besitzen'] },
      { t: ['{X} from home.', '{X} von zu Hause aus.'], en: ['employees', 'work', 'works'], de: ['Beschäftigten', 'Beschäftigte', 'arbeitet', 'arbeiten'] },
    ],
  },
  // After "von": the dative.
  by: {
    values: [[1, 2], [1, 3], [2, 3], [1, 4], [3, 4], [1, 5], [2, 5], [1, 10]],
    templates: [{ t: ['The plan was rejected by {X} members.', 'Der Plan wurde von {X} Mitglieder abgelehnt.'] }],
  },
  more: {
    values: [[1, 3], [2, 3], [1, 4], [3, 4], [1, 5], [1, 10]],
    templates: [
      { t: ['The new engine uses {X} fuel than the old one.', 'Der neue Motor verbraucht {X} Kraftstoff als der alte.'] },
      { t: ['Tickets now cost {X} than before.', 'Fahrkarten kosten jetzt {X} als zuvor.'] },
    ],
  },
  budget: {
    values: [[1, 2], [1, 3], [2, 3], [1, 4], [3, 4], [1, 5], [1, 10]],
    templates: [
      { t: ['Staff costs make up {X} the budget.', 'Die Personalkosten machen {X} Haushalts aus.'], de: 'des' },
      { t: ['The city spends {X} its budget on schools.', 'Die Stadt gibt {X} Haushalts für Schulen aus.'], de: 'ihres' },
    ],
  },
};

/** English "half of"/"half the", "a third of", "two-thirds of" before a determiner. */
const enFractionOf = (r, f) => (f[1] === 2 ? pick(r, ['half', 'half of', 'one-half of']) : `${enFraction(r, f)} of`);

/** Verbs of change by template: tense (perfect or past) and number of the subject. */
const CHANGE_TEMPLATES = [
  { t: ['The number of applications has {X}.', 'Die Zahl der Anträge {X}.'], perfect: true, plural: false },
  { t: ['Waiting times at the clinic have {X}.', 'Die Wartezeiten in der Klinik {X}.'], perfect: true, plural: true },
  { t: ['The company’s share price {X}.', 'Der Aktienkurs des Unternehmens {X}.'], perfect: false, plural: false },
  { t: ['Energy prices {X}.', 'Die Energiepreise {X}.'], perfect: false, plural: true },
];
const EN_TIMES = { 2: ['doubled'], 3: ['tripled', 'trebled'], 4: ['quadrupled'] };
const DE_TIMES_NOUN = { 2: 'Doppelte', 3: 'Dreifache', 4: 'Vierfache', 5: 'Fünffache', 6: 'Sechsfache', 7: 'Siebenfache', 8: 'Achtfache', 9: 'Neunfache', 10: 'Zehnfache' };

function enChange(r, v, t) {
  const { perfect } = CHANGE_TEMPLATES[t];
  const rose = perfect ? pick(r, ['risen', 'increased', 'grown']) : pick(r, ['rose', 'increased', 'grew']);
  const fell = perfect ? pick(r, ['fallen', 'dropped', 'declined']) : pick(r, ['fell', 'dropped', 'declined']);
  if (v.op === 'times') {
    const forms = [...(EN_TIMES[v.n] ?? []), ...(v.n >= 4 ? [`${rose} ${enWord(v.n)}fold`, `${rose} by a factor of ${enWord(v.n)}`] : [])];
    return pick(r, forms);
  }
  if (v.op === 'down' && v.f[1] === 2) return pick(r, ['halved', `${fell} by half`, ...(perfect ? ['been cut in half'] : [])]);
  if (v.op === 'up' && v.f[1] === 2) return `${rose} by half`;
  return `${v.op === 'up' ? rose : fell} by ${enFraction(r, v.f)}`;
}

function deChange(r, v, t) {
  const { perfect, plural } = CHANGE_TEMPLATES[t];
  // Finite forms: reflexive verbs ("verdoppelte sich", "hat sich verdoppelt"), verbs of motion ("stieg", "ist gestiegen").
  const reflexive = (stem) => (perfect ? `${plural ? 'haben' : 'hat'} sich ${stem}t` : `${stem}te${plural ? 'n' : ''} sich`);
  const reflexiveWith = (stem, what) => (perfect ? `${plural ? 'haben' : 'hat'} sich ${what} ${stem}t` : `${stem}te${plural ? 'n' : ''} sich ${what}`);
  const motion = (past, pastPl, participle, what, particle = '') =>
    perfect ? `${plural ? 'sind' : 'ist'} ${what} ${participle}` : `${plural ? pastPl : past} ${what}${particle ? ` ${particle}` : ''}`;
  if (v.op === 'times') {
    const stem = v.n === 2 ? 'verdoppel' : `ver${deWord(v.n)}fach`;
    const noun = pick(r, [`das ${DE_TIMES_NOUN[v.n]}`, ...(v.n > 2 ? [`das ${v.n}-Fache`] : [])]);
    return pick(r, [reflexive(stem), motion('stieg', 'stiegen', 'gestiegen', `auf ${noun}`), motion('stieg', 'stiegen', 'gestiegen', `um ${noun}`)]);
  }
  const what = v.f[1] === 2 ? 'die Hälfte' : deFraction(v.f);
  if (v.op === 'down' && v.f[1] === 2) {
    return pick(r, [reflexive('halbier'), motion('sank', 'sanken', 'gesunken', 'um die Hälfte'), motion('ging', 'gingen', 'zurückgegangen', 'um die Hälfte', 'zurück')]);
  }
  if (v.op === 'down') return pick(r, [motion('sank', 'sanken', 'gesunken', `um ${what}`), motion('ging', 'gingen', 'zurückgegangen', `um ${what}`, 'zurück'), reflexiveWith('verringer', `um ${what}`)]);
  return pick(r, [motion('stieg', 'stiegen', 'gestiegen', `um ${what}`), reflexiveWith('erhöh', `um ${what}`)]);
}

/** Currencies: English forms with # for the figure; German forms after a figure. */
/** `deSymbol`: the sign German texts put after a figure ("40 €", "40 Mio. $"); pound and yen signs are rare there. */
const MONEY = {
  USD: { en: { big: ['$#', '# dollars', 'US$#'], small: ['$#', '# dollars', 'US$#'] }, de: ['Dollar', 'US-Dollar', 'USD'], deSymbol: '$' },
  EUR: { en: { big: ['€#', '# euros', 'EUR #'], small: ['€#', '# euros'] }, de: ['Euro', 'EUR'], deSymbol: '€' },
  GBP: { en: { big: ['£#', '# pounds', 'GBP #'], small: ['£#', '# pounds'] }, de: ['Pfund', 'britische Pfund', 'GBP'] },
  CHF: { en: { big: ['CHF #', '# Swiss francs'], small: ['CHF #', '# Swiss francs'] }, de: ['Franken', 'Schweizer Franken', 'CHF'] },
  JPY: { en: { big: ['¥#', '# yen'], small: ['¥#', '# yen'] }, de: ['Yen', 'JPY'] },
};
const MONEY_TEMPLATES = {
  big: [
    ['The company raised {X} from investors.', 'Das Unternehmen sammelte bei Investoren {X} ein.'],
    ['The city will invest {X} in new schools.', 'Die Stadt wird {X} in neue Schulen investieren.'],
    ['The fine amounts to {X}.', 'Die Strafe beläuft sich auf {X}.'],
  ],
  small: [
    ['The ticket costs {X}.', 'Die Eintrittskarte kostet {X}.'],
    ['A night at the hotel costs {X}.', 'Eine Nacht im Hotel kostet {X}.'],
    ['The fine is {X}.', 'Das Bußgeld beträgt {X}.'],
  ],
};

function enMoney(r, { n, scale, cur }) {
  const figure = digits(n, 'en');
  if (!scale) return pick(r, MONEY[cur].en.small).replace('#', figure);
  const word = scale === 1e6 ? 'million' : 'billion';
  const forms = MONEY[cur].en.big.map((f) => f.replace('#', `${figure} ${word}`));
  // British papers: "£40m", "€3.5bn".
  if (['EUR', 'GBP', 'USD'].includes(cur)) forms.push(`${{ EUR: '€', GBP: '£', USD: '$' }[cur]}${figure}${scale === 1e6 ? 'm' : 'bn'}`);
  return pick(r, forms);
}

/** Duden: "40 Millionen Euro", "40 Mio. Euro", "3,5 Mrd. Dollar", "40 €"; the Swiss write "CHF 40 Mio.". */
function deMoney(r, { n, scale, cur }) {
  const figure = digits(n, 'de');
  const symbol = MONEY[cur].deSymbol ? [MONEY[cur].deSymbol] : [];
  if (!scale) return `${figure} ${pick(r, [...MONEY[cur].de, ...symbol])}`;
  const abbreviated = chance(r, 0.5);
  const word = scale === 1e6 ? (abbreviated ? 'Mio.' : 'Millionen') : abbreviated ? 'Mrd.' : 'Milliarden';
  if (cur === 'CHF' && abbreviated && chance(r, 0.3)) return `CHF ${figure} ${word}`;
  // A sign goes with an abbreviated scale ("3,7 Mio. €"), a written-out one with the currency's name.
  return `${figure} ${word} ${pick(r, [...MONEY[cur].de, ...(abbreviated ? symbol : [])])}`;
}

/** Hedges: the English and German words that say the same about a figure. */
const HEDGES = {
  about: { en: ['about', 'around', 'some', 'roughly', 'approximately'], de: ['rund', 'etwa', 'circa', 'ca.', 'ungefähr'] },
  more: { en: ['more than', 'over'], de: ['mehr als', 'über'] },
  nearly: { en: ['nearly', 'almost', 'just under'], de: ['knapp', 'fast', 'beinahe'] },
  fewer: { en: ['fewer than', 'under'], de: ['weniger als', 'unter'] },
  upTo: { en: ['up to'], de: ['bis zu'] },
  atLeast: { en: ['at least'], de: ['mindestens'] },
};
/** Vague magnitudes, in order: "dozens of" / "Dutzende", "hundreds of" / "Hunderte (von)". */
const VAGUE = [
  { en: ['dozens of'], de: ['Dutzende', 'dutzende'], von: true },
  { en: ['hundreds of'], de: ['Hunderte', 'hunderte'], von: true },
  { en: ['thousands of'], de: ['Tausende', 'tausende'], von: true },
  { en: ['tens of thousands of'], de: ['Zehntausende'], von: true },
  { en: ['hundreds of thousands of'], de: ['Hunderttausende'], von: true },
];
const INEXACT_TEMPLATES = [
  { t: ['{X} people took part in the demonstration.', '{X} Menschen nahmen an der Demonstration teil.'], dat: 'Menschen' },
  { t: ['The storm damaged {X} homes.', 'Der Sturm beschädigte {X} Häuser.'], dat: 'Häusern' },
  { t: ['The company plans to cut {X} jobs.', 'Das Unternehmen will {X} Stellen streichen.'], dat: 'Stellen' },
  { t: ['The council received {X} complaints.', 'Bei der Stadt gingen {X} Beschwerden ein.'], dat: 'Beschwerden' },
];

/** A round figure as a hedge takes it. */
function roundFigure(r) {
  const band = int(r, 0, 2);
  if (band === 0) return int(r, 2, 9) * 10;
  if (band === 1) return int(r, 2, 19) * 50;
  return int(r, 2, 19) * 500;
}
/** A round figure changed by one to three steps of its size: 300 → 400, 40 → 60, 2,500 → 4,000. */
function perturbRound(r, n) {
  const step = n < 100 ? 10 : n < 1000 ? 100 : 500;
  return n + step * shift(r, 0, 1, 3, 1 - Math.floor(n / step), 100);
}
const enHundreds = (n) => (n % 100 === 0 && n < 1000 ? `${enWord(n / 100)} hundred` : undefined);
const deHundreds = (n) => (n % 100 === 0 && n < 1000 ? `${n === 100 ? 'ein' : deWord(n / 100, true)}hundert` : undefined);

function enFigure(r, n) {
  const spelled = n < 100 && n % 10 === 0 ? enWord(n) : enHundreds(n);
  return spelled && chance(r, 0.25) ? spelled : digits(n, 'en');
}
function deFigure(r, n) {
  const spelled = n < 100 && n % 10 === 0 ? deWord(n) : deHundreds(n);
  if (spelled && chance(r, 0.25)) return spelled;
  // Duden: four-digit numbers with or without a point ("1500", "1.500").
  return n >= 1000 && n < 10000 && chance(r, 0.3) ? String(n) : digits(n, 'de');
}

function readKinds() {
  const places = readPlaces();
  const placesOf = (category) => places.filter((p) => p.category === category);
  return {
    'per-mille': {
      type: 'percentage',
      templates: Object.values(RATE_FAMILIES).flatMap((f) => f.templates),
      templatesFor: (v) => RATE_FAMILIES[v.fam].templates,
      draw: (r) => {
        const fam = pick(r, ['alcohol', 'fee', 'change', 'change']);
        return { fam, unit: pick(r, RATE_FAMILIES[fam].units), n: RATE_FAMILIES[fam].n(r) };
      },
      perturb: (r, v) => {
        if (chance(r, 0.5)) return { ...v, unit: RATE_FAMILIES[v.fam].swap[v.unit] };
        // The figure by one to four of its own steps (0.5 → 0.7, 2 → 3, 0.25 → 0.5).
        const hundredths = Math.round(v.n * 100);
        const step = hundredths % 100 === 0 ? 100 : hundredths % 10 === 0 ? 10 : 25;
        return { ...v, n: (hundredths + step * shift(r, 0, 1, 4, 1 - hundredths / step, 99)) / 100 };
      },
      en: (r, v) => enRate(r, v),
      de: (r, v) => deRate(r, v),
    },

    'news-day': {
      type: 'date',
      templates: Object.values(DAY_TEMPLATES).flat(),
      templatesFor: (v) => dayRelationTemplates(v.rel),
      draw: (r) => {
        const rel = pick(r, ['on', 'on', 'on', 'part', 'part', 'last', 'last', 'next', 'overnight', 'habitual']);
        return { rel, d: int(r, 0, 6), ...(rel === 'part' || (rel === 'habitual' && chance(r, 0.3)) ? { part: pick(r, ['morning', 'afternoon', 'evening']) } : {}) };
      },
      perturb: (r, v) => ({ ...v, d: (v.d + int(r, 1, 6)) % 7 }),
      en: (r, { rel, d, part }) => {
        const day = EN_DAYS[d];
        if (rel === 'on') return pick(r, [`on ${day}`, `on ${day}`, day]);
        if (rel === 'part') return pick(r, [`on ${day} ${part}`, `${day} ${part}`]);
        if (rel === 'last') return `last ${day}`;
        if (rel === 'next') return pick(r, [`next ${day}`, `this coming ${day}`]);
        if (rel === 'overnight') return pick(r, [`overnight into ${day}`, `in the early hours of ${day}`]);
        return part ? `on ${day} ${part}s` : pick(r, [`on ${day}s`, `every ${day}`, `${day}s`]);
      },
      de: (r, { rel, d, part }) => {
        const day = DE_DAYS[d];
        if (rel === 'on') return `am ${deDay(r, d)}`;
        if (rel === 'part') return `am ${day}${pick(r, DAY_PARTS[part])}`;
        if (rel === 'last') return pick(r, [`vergangenen ${deDay(r, d)}`, `am vergangenen ${deDay(r, d)}`, `letzten ${deDay(r, d)}`]);
        if (rel === 'next') return pick(r, [`kommenden ${deDay(r, d)}`, `am kommenden ${deDay(r, d)}`, `nächsten ${deDay(r, d)}`]);
        if (rel === 'overnight') return pick(r, [`in der Nacht zu ${day}`, `in der Nacht zum ${day}`, `in der Nacht auf ${day}`]);
        // Duden: "dienstags", "montagabends" / "montags abends".
        if (part) return pick(r, [`${day.toLowerCase()}${DAY_PARTS[part][0]}s`, `${day.toLowerCase()}s ${DAY_PARTS[part][0]}s`, `jeden ${day}${DAY_PARTS[part][0]}`]);
        return pick(r, [`${deDay(r, d).toLowerCase()}s`, `jeden ${deDay(r, d)}`]);
      },
    },

    'news-period': {
      type: 'date',
      templates: Object.values(PERIOD_TEMPLATES).flat(),
      templatesFor: (v) => PERIOD_TEMPLATES[periodFamily(v.kind)],
      draw: (r) => {
        const kind = pick(r, ['month-year', 'month-part', 'year-part', 'half', 'quarter', 'decade']);
        const y = int(r, 1995, 2025);
        if (kind === 'month-year') return { kind, m: int(r, 1, 12), y };
        if (kind === 'month-part') return { kind, m: int(r, 1, 12), part: pick(r, ['early', 'mid', 'end']), ...(chance(r, 0.5) ? { y } : {}) };
        if (kind === 'year-part') return { kind, part: pick(r, ['early', 'mid', 'end']), y };
        if (kind === 'half') return { kind, h: int(r, 1, 2), y };
        if (kind === 'quarter') return { kind, q: int(r, 1, 4), ...(chance(r, 0.7) ? { y } : {}) };
        return { kind, decade: int(r, 2, 11) * 10 + 1900 };
      },
      perturb: (r, v) => {
        const year = () => ({ ...v, y: shift(r, v.y, 1, 3, 1990, 2030) });
        if (v.kind === 'month-year') return chance(r, 0.5) ? { ...v, m: shift(r, v.m, 1, 3, 1, 12) } : year();
        if (v.kind === 'month-part') return { ...v, m: shift(r, v.m, 1, 3, 1, 12) };
        if (v.kind === 'year-part') return year();
        if (v.kind === 'half') return chance(r, 0.5) || !v.y ? { ...v, h: 3 - v.h } : year();
        if (v.kind === 'quarter') return chance(r, 0.6) || !v.y ? { ...v, q: shift(r, v.q, 1, 3, 1, 4) } : year();
        return { ...v, decade: v.decade + 10 * shift(r, 0, 1, 3, (1920 - v.decade) / 10, (2010 - v.decade) / 10) };
      },
      en: (r, v) => {
        if (v.kind === 'month-year') return `in ${EN_MONTHS[v.m - 1]} ${v.y}`;
        if (v.kind === 'month-part') return pick(r, EN_PART_OF_MONTH[v.part](EN_MONTHS[v.m - 1] + (v.y ? ` ${v.y}` : '')));
        if (v.kind === 'year-part') return pick(r, EN_PART_OF_YEAR[v.part](v.y));
        if (v.kind === 'half') return pick(r, [`in the ${EN_ORDINALS[v.h]} half of ${v.y}`, `in the ${v.h === 1 ? 'first' : 'last'} six months of ${v.y}`, `in the ${EN_ORDINALS[v.h]} half of ${v.y}`]);
        if (v.kind === 'quarter') return v.y ? pick(r, [`in the ${EN_ORDINALS[v.q]} quarter of ${v.y}`, `in Q${v.q} ${v.y}`]) : `in the ${EN_ORDINALS[v.q]} quarter`;
        const short = v.decade >= 1950 && v.decade <= 1990;
        return pick(r, [`in the ${v.decade}s`, `in the ${v.decade}s`, ...(short ? [`in the ’${String(v.decade).slice(2)}s`, `in the ${enWord(v.decade % 100).replace(/y$/, 'ies')}`] : [])]);
      },
      de: (r, v) => {
        if (v.kind === 'month-year') return `im ${deMonth(r, v.m)} ${v.y}`;
        if (v.kind === 'month-part') return pick(r, DE_PART_OF_MONTH[v.part](deMonth(r, v.m) + (v.y ? ` ${v.y}` : '')));
        if (v.kind === 'year-part') return pick(r, DE_PART_OF_YEAR[v.part](v.y));
        if (v.kind === 'half') return pick(r, [`im ${deOrdinal(r, v.h, 'en', 0.7)} Halbjahr ${v.y}`, `in der ${deOrdinalStem(v.h)}en Jahreshälfte ${v.y}`]);
        if (v.kind === 'quarter') return `im ${deOrdinal(r, v.q, 'en', 0.7)} ${pick(r, ['Quartal', 'Quartal', 'Vierteljahr'])}${v.y ? ` ${v.y}` : ''}`;
        // Duden: "die 1990er-Jahre", "die 1990er Jahre", "die Neunzigerjahre", "die neunziger Jahre".
        const words = DE_DECADE_WORDS[v.decade % 100];
        const forms = [`in den ${v.decade}er-Jahren`, `in den ${v.decade}er Jahren`];
        if (words && v.decade < 2000) forms.push(`in den ${upperFirst(words)}jahren`, `in den ${words} Jahren`, `in den ${v.decade % 100}er-Jahren`);
        return pick(r, forms);
      },
    },

    'ordinal-day': {
      type: 'ordinal',
      templates: Object.values(ORDINAL_FAMILIES).flatMap((f) => f.templates),
      templatesFor: (v) => ORDINAL_FAMILIES[v.fam].templates,
      draw: (r) => {
        const fam = pick(r, ['day', 'day', 'time', 'time', 'anniversary', 'anniversary', 'round', 'round', 'minute']);
        const [lo, hi] = ORDINAL_FAMILIES[fam].range;
        const n = fam === 'anniversary' && chance(r, 0.6) ? pick(r, [5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100, 125, 150]) : int(r, lo, hi);
        return { fam, n };
      },
      perturb: (r, v) => ({ ...v, n: shift(r, v.n, 1, v.n >= 20 ? 10 : 3, ORDINAL_FAMILIES[v.fam].range[0], ORDINAL_FAMILIES[v.fam].range[1]) }),
      en: (r, v, t) => ORDINAL_FAMILIES[v.fam].en(r, v.n, t),
      de: (r, v, t) => ORDINAL_FAMILIES[v.fam].de(r, v.n, t),
    },

    rank: {
      type: 'ordinal',
      templates: [...RANK_FAMILIES.place, ...RANK_FAMILIES.superlative].map((x) => x.t),
      templatesFor: (v) => RANK_FAMILIES[v.fam].map((x) => x.t),
      draw: (r) => {
        const fam = pick(r, ['place', 'place', 'superlative']);
        return { fam, n: fam === 'place' ? (chance(r, 0.1) ? 1 : int(r, 2, 15)) : int(r, 2, 10) };
      },
      perturb: (r, v) => ({ ...v, n: shift(r, v.n, 1, 3, v.fam === 'place' ? 1 : 2, v.fam === 'place' ? 15 : 10) }),
      en: (r, v, t) => {
        if (v.fam === 'place') {
          const { mid, person } = RANK_FAMILIES.place[t];
          return enPlacing(r, v.n, mid[0], person);
        }
        const o = v.n <= 9 ? EN_ORDINALS[v.n] : `${v.n}${enSuffix(v.n)}`;
        // AP and Chicago hyphenate the compound before a noun ("second-largest employer"); alone either is seen.
        const { adj, noun } = RANK_FAMILIES.superlative[t];
        return `${o}${noun ? '-' : pick(r, ['-', '-', ' '])}${adj[0]}`;
      },
      de: (r, v, t) => {
        if (v.fam === 'place') {
          const { mid, g, person } = RANK_FAMILIES.place[t];
          return dePlacing(r, v.n, mid[1], g, person);
        }
        return `${deOrdinalStem(v.n)}${RANK_FAMILIES.superlative[t].adj[1]}`;
      },
    },

    'fraction-vs-ordinal': {
      type: 'number',
      templates: Object.values(FRACTION_FAMILIES).flatMap((f) => f.templates.map((x) => x.t)),
      templatesFor: (v) => FRACTION_FAMILIES[v.fam].templates.map((x) => x.t),
      draw: (r) => {
        const fam = pick(r, ['share', 'share', 'by', 'more', 'budget']);
        return { fam, f: pick(r, FRACTION_FAMILIES[fam].values), ...(fam === 'more' ? { dir: pick(r, ['more', 'less']) } : {}) };
      },
      perturb: (r, v) => ({ ...v, f: pick(r, FRACTION_FAMILIES[v.fam].values.filter(([a, b]) => a / b !== v.f[0] / v.f[1])) }),
      en: (r, v, t) => {
        const { f } = v;
        if (v.fam === 'share') {
          const [noun, plural, singular] = FRACTION_FAMILIES.share.templates[t].en;
          const oneIn = f[0] === 1 ? [`${pick(r, ['one in', 'one in every', 'one out of'])} ${enWord(f[1])} ${noun} ${singular}`] : [];
          if (!EN_FRACTION[f[1]]) return oneIn[0];
          const share = f[1] === 2 ? pick(r, ['half of the', 'half the', 'half of all']) : `${enFraction(r, f)} of ${pick(r, ['the', 'all'])}`;
          return pick(r, [...oneIn, `${share} ${noun} ${plural}`]);
        }
        if (v.fam === 'by') return `${enFractionOf(r, f)} the`;
        if (v.fam === 'more') return `${enFraction(r, f)} ${v.dir}`;
        return enFractionOf(r, f);
      },
      de: (r, v, t) => {
        const { f } = v;
        if (v.fam === 'share') {
          const [genitive, nominative, singular, plural] = FRACTION_FAMILIES.share.templates[t].de;
          // "jeder dritte Einwohner" is a third; "Ein Drittel der Einwohner besitzt" (Duden: the verb agrees with "Drittel").
          const oneIn = f[0] === 1 ? [`jeder ${deOrdinalStem(f[1])}e ${nominative} ${singular}`] : [];
          if (!EN_FRACTION[f[1]]) return oneIn[0];
          const fraction = f[1] === 2 ? `die Hälfte der ${genitive} ${singular}` : `${deFraction(f)} der ${genitive} ${f[0] === 1 ? singular : plural}`;
          return pick(r, [...oneIn, fraction]);
        }
        if (v.fam === 'by') return f[1] === 2 ? 'der Hälfte der' : `${deFraction(f, { dative: true })} der`;
        if (v.fam === 'more') return `${deFraction(f)} ${v.dir === 'more' ? 'mehr' : 'weniger'}`;
        const determiner = FRACTION_FAMILIES.budget.templates[t].de;
        return f[1] === 2 ? `die Hälfte ${determiner}` : `${deFraction(f)} ${determiner}`;
      },
    },

    'unit-swap': {
      type: 'quantity',
      templates: Object.values(UNIT_GROUPS).flatMap((g) => g.templates),
      templatesFor: (v) => UNIT_GROUPS[v.group].templates,
      draw: (r) => {
        const group = pick(r, Object.keys(UNIT_GROUPS));
        const unit = pick(r, UNIT_GROUPS[group].units);
        return { group, unit, n: UNIT_GROUPS[group].n(r, unit) };
      },
      perturb: (r, v) => ({ ...v, unit: otherThan(r, UNIT_GROUPS[v.group].units, v.unit) }),
      en: (r, v) => enQuantity(r, v.unit, v.n),
      de: (r, v, t) => deQuantity(r, v.unit, v.n, UNIT_GROUPS[v.group].dative?.[t] ?? false),
    },

    inexact: {
      type: 'number',
      templates: INEXACT_TEMPLATES.map((x) => x.t),
      draw: (r) => {
        const mode = pick(r, ['hedge', 'hedge', 'hedge', 'vague', 'dozen']);
        if (mode === 'hedge') return { mode, hedge: pick(r, Object.keys(HEDGES)), n: roundFigure(r) };
        if (mode === 'vague') return { mode, level: int(r, 0, VAGUE.length - 1) };
        return { mode, n: pick(r, [12, 6]) };
      },
      perturb: (r, v) => {
        if (v.mode === 'hedge') return { ...v, n: perturbRound(r, v.n) };
        if (v.mode === 'vague') return { ...v, level: shift(r, v.level, 1, 1, 0, VAGUE.length - 1) };
        return { ...v, n: v.n === 12 ? pick(r, [6, 24]) : pick(r, [12, 24]) };
      },
      en: (r, v) => {
        if (v.mode === 'hedge') return `${pick(r, HEDGES[v.hedge].en)} ${enFigure(r, v.n)}`;
        if (v.mode === 'vague') return pick(r, VAGUE[v.level].en);
        return { 6: 'half a dozen', 12: pick(r, ['a dozen', 'a dozen', 'twelve']), 24: 'two dozen' }[v.n];
      },
      de: (r, v) => {
        if (v.mode === 'hedge') return `${pick(r, HEDGES[v.hedge].de)} ${deFigure(r, v.n)}`;
        if (v.mode === 'vague') {
          const word = pick(r, VAGUE[v.level].de);
          // "Hunderte von Menschen", "Tausende von Häusern": after "von" the dative plural.
          return chance(r, 0.3) ? `${upperFirst(word)} von{DAT}` : word;
        }
        return { 6: 'ein halbes Dutzend', 12: pick(r, ['ein Dutzend', 'ein Dutzend', 'zwölf']), 24: 'zwei Dutzend' }[v.n];
      },
    },

    'change-verb': {
      type: 'number',
      templates: CHANGE_TEMPLATES.map((x) => x.t),
      draw: (r) => {
        const op = pick(r, ['times', 'times', 'down', 'down', 'up']);
        if (op === 'times') return { op, n: int(r, 2, 10) };
        return { op, f: pick(r, op === 'down' ? [[1, 2], [1, 2], [1, 3], [1, 4], [1, 5], [2, 3], [3, 4]] : [[1, 2], [1, 3], [1, 4], [1, 5]]) };
      },
      perturb: (r, v) => {
        // Not n − 1: "um das Neunfache" is ×9 to most readers, ×10 to a strict one, and must differ from "tenfold" for both.
        if (v.op === 'times') return { ...v, n: pick(r, [2, 3, 4, 5, 6, 7, 8, 9, 10].filter((m) => m !== v.n && m !== v.n - 1 && Math.abs(m - v.n) <= 3)) };
        const options = v.op === 'down' ? [[1, 2], [1, 3], [1, 4], [1, 5], [2, 3], [3, 4]] : [[1, 2], [1, 3], [1, 4], [1, 5]];
        return { ...v, f: otherThan(r, options, v.f) };
      },
      en: (r, v, t) => enChange(r, v, t),
      de: (r, v, t) => deChange(r, v, t),
    },

    'currency-swap': {
      type: 'amount',
      templates: [...MONEY_TEMPLATES.big, ...MONEY_TEMPLATES.small],
      templatesFor: (v) => MONEY_TEMPLATES[v.scale ? 'big' : 'small'],
      draw: (r) => {
        const cur = pick(r, Object.keys(MONEY));
        const scale = pick(r, [0, 1e6, 1e6, 1e9]);
        const n = scale === 1e9 ? (chance(r, 0.5) ? int(r, 2, 40) : int(r, 11, 99) / 10) : scale ? (chance(r, 0.7) ? int(r, 2, 900) : int(r, 11, 99) / 10) : cur === 'JPY' ? int(r, 5, 90) * 100 : int(r, 5, 400);
        return { cur, scale, n };
      },
      perturb: (r, v) => ({ ...v, cur: otherThan(r, Object.keys(MONEY), v.cur) }),
      en: (r, v) => enMoney(r, v),
      de: (r, v) => deMoney(r, v),
    },

    person: {
      type: 'entity',
      templates: [
        ['{X} said the budget was balanced.', '{X} sagte, der Haushalt sei ausgeglichen.'],
        ['{X} rejected the proposal.', '{X} lehnte den Vorschlag ab.'],
        ['The report was presented by {X}.', 'Der Bericht wurde {X} vorgestellt.'],
        ['According to {X}, the talks will continue.', 'Nach Angaben {X} werden die Gespräche fortgesetzt.'],
      ],
      draw: (r) => {
        const g = pick(r, ['f', 'm']);
        const near = chance(r, 0.6);
        return { g, first: pick(r, FIRST_NAMES[g]), last: near ? pick(r, pick(r, NEAR_SURNAMES)) : pick(r, OTHER_SURNAMES), role: int(r, 0, ROLES.length - 1) };
      },
      // Half the time a surname a letter apart ("Meyer" / "Mayer"), else another surname.
      perturb: (r, v) => {
        const group = NEAR_SURNAMES.find((g) => g.includes(v.last));
        if (group && chance(r, 0.5)) return { ...v, last: otherThan(r, group, v.last) };
        return { ...v, last: pick(r, ALL_SURNAMES.filter((s) => s !== v.last && !group?.includes(s))) };
      },
      en: (r, { first, last, role }, t) => {
        const { en, enApp } = ROLES[role];
        const name = `${first} ${last}`;
        return t <= 1 && chance(r, 0.3) ? `${name}, ${enApp},` : `${en} ${name}`;
      },
      de: (r, { g, first, last, role }, t) => {
        const title = ROLES[role].de[g];
        const name = `${first} ${last}`;
        if (t === 3) return chance(r, 0.5) ? `von ${title} ${name}` : `${g === 'f' ? 'der' : 'des'} ${title}${g === 'f' ? '' : 's'} ${name}`;
        if (t === 2) return chance(r, 0.7) ? `von ${title} ${name}` : `${g === 'f' ? 'von der' : 'vom'} ${title} ${name}`;
        const app = ROLES[role].deApp?.[g] ?? `${g === 'f' ? 'die' : 'der'} ${title}`;
        return chance(r, 0.25) ? `${name}, ${app},` : `${title} ${name}`;
      },
    },

    organisation: {
      type: 'entity',
      templates: [...ORGANISATION_TEMPLATES.company, ...ORGANISATION_TEMPLATES.other],
      templatesFor: (v) => ORGANISATION_TEMPLATES[ORGANISATIONS[v.kind].company ? 'company' : 'other'],
      // Half the draws from the pairs a letter apart, half from any kind.
      draw: (r) => {
        if (chance(r, 0.5)) {
          const { kind, i } = pick(r, NEAR_ORGANISATIONS);
          return { kind, i, near: true };
        }
        const kind = pick(r, Object.keys(ORGANISATIONS));
        return { kind, i: int(r, 0, ORGANISATIONS[kind].names.length - 1), near: false };
      },
      perturb: (r, v) => {
        if (v.near) return { ...v, i: NEAR_ORGANISATIONS.find((n) => n.kind === v.kind && n.i === v.i).partner };
        const { names } = ORGANISATIONS[v.kind];
        return { ...v, i: pick(r, names.map((_, i) => i).filter((i) => names[i].en !== names[v.i].en)) };
      },
      en: (r, v) => {
        const o = ORGANISATIONS[v.kind].names[v.i];
        return `${o.enThe ? 'the ' : ''}${o.en}`;
      },
      de: (r, v, t) => {
        const o = ORGANISATIONS[v.kind].names[v.i];
        return t === 2 ? o.deVon : o.deNom;
      },
    },

    place: {
      type: 'entity',
      templates: [
        ['The company has opened a new office {X}.', 'Das Unternehmen hat {X} eine neue Niederlassung eröffnet.'],
        ['Most of the visitors came {X}.', 'Die meisten Besucher kamen {X}.'],
        ['The delegation will travel {X} next week.', 'Die Delegation reist nächste Woche {X}.'],
        ['Prices for flats {X} rose sharply.', 'Die Wohnungspreise {X} stiegen stark.'],
      ],
      draw: (r) => pick(r, places).id,
      perturb: (r, id) => {
        const { category } = places.find((p) => p.id === id);
        return pick(r, placesOf(category).filter((p) => p.id !== id)).id;
      },
      en: (r, id, t) => enPlace(pick(r, places.find((p) => p.id === id).en), ['in', 'from', 'to', 'in'][t]),
      de: (r, id, t) => dePlace(pick(r, places.find((p) => p.id === id).de), ['in', 'from', 'to', 'in'][t]),
    },

    negation: {
      type: 'negation',
      templates: NEGATIONS.map((x) => x.t),
      // Mostly denied: an equal pair of two assertions makes no claim unless its aside does.
      draw: (r) => ({ neg: chance(r, 0.8) }),
      perturb: (r, v) => ({ neg: !v.neg }),
      en: (r, v, t) => pick(r, NEGATIONS[t].en[v.neg ? 'neg' : 'pos']),
      de: (r, v, t) => pick(r, NEGATIONS[t].de[v.neg ? 'neg' : 'pos']),
    },

    'spelled-cardinal': {
      type: 'number',
      templates: [
        ['The hall has {X} seats.', 'Die Halle hat {X} Sitzplätze.'],
        ['{X} people signed the petition.', '{X} Menschen unterschrieben die Petition.'],
        ['The library owns {X} books.', 'Die Bibliothek besitzt {X} Bücher.'],
        ['The company employs {X} workers.', 'Das Unternehmen beschäftigt {X} Mitarbeiter.'],
        ['According to the mayor, the village has {X} inhabitants.', 'Nach Angaben des Bürgermeisters hat das Dorf {X} Einwohner.'],
      ],
      draw: (r) => cardinal(r),
      // A figure misread or mistyped: one of its digits off by one to three.
      perturb: (r, n) => {
        const place = 10 ** int(r, 0, String(n).length - 1);
        return Math.min(999999, Math.max(21, n + place * shift(r, 0, 1, 3)));
      },
      en: (r, n) => (chance(r, 0.6) ? enCardinal(r, n) : digits(n, 'en')),
      de: (r, n) => (chance(r, 0.6) ? deCardinal(r, n) : digits(n, 'de')),
    },
  };
}

/** A cardinal from 21 to 999,999 with the parts news spells: tens and units, hundreds, thousands. */
function cardinal(r) {
  const band = int(r, 0, 3);
  if (band === 0) return int(r, 21, 99);
  if (band === 1) return int(r, 1, 9) * 100 + pick(r, [0, int(r, 1, 99)]);
  if (band === 2) return int(r, 1, 9) * 1000 + pick(r, [0, int(r, 1, 9) * 100, int(r, 1, 999)]);
  return int(r, 10, 999) * 1000 + pick(r, [0, int(r, 1, 9) * 100]);
}

/**
 * An English cardinal in words (Chicago 9.2, Oxford style): hyphens in 21–99, "hundred" and "thousand"
 * after their multiplier, "one hundred" or "a hundred", and the British "and" before the last part or not.
 */
function enCardinal(r, n) {
  const and = chance(r, 0.5) ? 'and ' : '';
  const below1000 = (m) => {
    const [hundreds, rest] = [Math.floor(m / 100), m % 100];
    if (hundreds === 0) return enWord(rest);
    const head = `${hundreds === 1 ? pick(r, ['one', 'a']) : enWord(hundreds)} hundred`;
    return rest === 0 ? head : `${head} ${and}${enWord(rest)}`;
  };
  const [thousands, rest] = [Math.floor(n / 1000), n % 1000];
  if (thousands === 0) return below1000(rest);
  const head = `${thousands === 1 ? pick(r, ['one', 'a']) : below1000(thousands)} thousand`;
  return rest === 0 ? head : `${head} ${rest < 100 ? and : ''}${below1000(rest)}`;
}

/** A German cardinal below a million in one word (Duden, Zahlwörter): "zweihundertfünfzig", "(ein)tausendvierhundert". */
function deCardinal(r, n) {
  const below1000 = (m, glued) => {
    const [hundreds, rest] = [Math.floor(m / 100), m % 100];
    const tail = rest === 0 ? '' : deWord(rest, glued);
    return hundreds === 0 ? tail : `${hundreds === 1 ? pick(r, ['ein', '']) : deWord(hundreds, true)}hundert${tail}`;
  };
  const [thousands, rest] = [Math.floor(n / 1000), n % 1000];
  if (thousands === 0) return below1000(rest, false);
  return `${thousands === 1 ? pick(r, ['ein', '']) : below1000(thousands, true)}tausend${rest === 0 ? '' : below1000(rest, false)}`;
}

/** Fills a template: a capital at a sentence start, one full stop, a German dative after "von". */
function render(template, form, lang, kindName, value, t) {
  let text = template.replace('{X}', form);
  if (kindName === 'inexact') text = text.replace(/\{DAT\}\s+\p{L}+/u, ` ${INEXACT_TEMPLATES[t].dat}`);
  if (kindName === 'negation' && !value.neg) text = text.replace(/\.$/, `; ${NEGATIONS[t].aside[lang === 'en' ? 0 : 1]}.`);
  return (template.startsWith('{X}') ? upperFirst(text) : text).replace(/\.\.$/, '.').replace(/,\.$/, '.');
}

/**
 * The corpus: for each kind `draws` values, each giving an equal and a perturbed pair (English form ×
 * German form, in one template pair). Deterministic for a seed (and the gazetteer files).
 * @returns {{id: string, expected: string, kind: string, en: string, de: string}[]}
 */
export function generateGrammarCorpus({ seed = 21, draws = 100 } = {}) {
  const kinds = readKinds();
  const r = prng(seed);
  const pairs = [];
  for (const [name, kind] of Object.entries(kinds)) {
    for (let i = 0; i < draws; i++) {
      const value = kind.draw(r);
      const templates = kind.templatesFor ? kind.templatesFor(value) : kind.templates;
      const t = int(r, 0, templates.length - 1);
      const [enTemplate, deTemplate] = templates[t];
      const en = render(enTemplate, kind.en(r, value, t), 'en', name, value, t);
      let changed = kind.perturb(r, value);
      while (same(changed, value)) changed = kind.perturb(r, value);
      const id = `${name}-${String(i).padStart(3, '0')}`;
      pairs.push({ id: `${id}-equal`, expected: 'faithful', kind: name, en, de: render(deTemplate, kind.de(r, value, t), 'de', name, value, t) });
      pairs.push({ id: `${id}-perturbed`, expected: kind.type, kind: name, en, de: render(deTemplate, kind.de(r, changed, t), 'de', name, value, t) });
    }
  }
  return pairs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  process.stdout.write(toTsv(generateGrammarCorpus({ seed: option('--seed', 21), draws: option('--draws', 100) })));
}
