#!/usr/bin/env node
// Usage: node scripts/generate-claims-corpus.mjs [--seed N] [--draws N] > corpus.tsv
// A generated test corpus for the claims diff: for each kind of claim a small grammar draws a value
// from a seeded PRNG, writes it in one of several English and German surface forms, and embeds it in
// an everyday sentence of each language. Each draw gives an *equal* pair (the same value) and a
// *perturbed* pair (the German value changed so that the text really says something else).
// Prints TSV as fixtures/claims/pairs.tsv has it (id, expected, en, de) plus the kind:
// `expected` is `faithful` for equal pairs and the claim type for perturbed ones, so
// `node bench/claims/run.mjs corpus.tsv` scores it too.

/** mulberry32: a small, fast, deterministic PRNG; returns floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const pick = (r, list) => list[Math.floor(r() * list.length)];
const upperFirst = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** A non-zero change of at least `least` in either direction, keeping the result within [lo, hi]. */
function shift(r, value, least, most, lo = -Infinity, hi = Infinity) {
  for (;;) {
    const delta = int(r, least, most) * (r() < 0.5 ? -1 : 1);
    if (value + delta >= lo && value + delta <= hi) return value + delta;
  }
}

// ---- Number words ----------------------------------------------------------------------------

const EN_SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const DE_SMALL = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
const DE_TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];

export function enWord(n) {
  if (n < 20) return EN_SMALL[n];
  return EN_TENS[Math.floor(n / 10)] + (n % 10 ? `-${EN_SMALL[n % 10]}` : '');
}

/** German number word; `glued` for "ein" in compounds and before nouns ("einundzwanzig", "ein Uhr"). */
export function deWord(n, glued = false) {
  if (n === 1) return glued ? 'ein' : 'eins';
  if (n < 20) return DE_SMALL[n];
  const unit = n % 10;
  return (unit ? `${unit === 1 ? 'ein' : DE_SMALL[unit]}und` : '') + DE_TENS[Math.floor(n / 10)];
}

const EN_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const DE_ORDINAL_STEMS = ['', 'erst', 'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'siebt', 'acht', 'neunt', 'zehnt', 'elft', 'zwölft'];
const enSuffix = (n) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');

// ---- Numbers as written ----------------------------------------------------------------------

/** Digits with each language's separators: "1,234.5" / "1.234,5"; `space` groups with a narrow space. */
export function digits(value, lang, { decimals, space = false } = {}) {
  const fixed = decimals === undefined ? String(value) : value.toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const group = space ? '\u202f' : lang === 'en' ? ',' : '.';
  const grouped = whole.length > 4 || (whole.length === 4 && !space) ? whole.replace(/\B(?=(\d{3})+$)/g, group) : whole;
  return fraction === undefined ? grouped : `${grouped}${lang === 'en' ? '.' : ','}${fraction}`;
}

const decimalsOf = (x) => (Number.isInteger(x) ? 0 : String(x).split('.')[1].length);

// ---- Kinds -----------------------------------------------------------------------------------
// Each kind: `type` (the claim type a perturbed pair should conflict in), `draw(r)` a value,
// `perturb(r, v)` a different value the text shows, `en(r, v)` / `de(r, v)` one surface form,
// and `templates`: [English, German] sentences with {X} for the claim.

const TIME_TEMPLATES = [
  ['The train leaves {X}.', 'Der Zug fährt {X} ab.'],
  ['The meeting begins {X}.', 'Das Treffen beginnt {X}.'],
  ['The shop opens {X}.', 'Das Geschäft öffnet {X}.'],
];

const pad = (n) => String(n).padStart(2, '0');
const twelve = (h) => (h % 12 === 0 ? 12 : h % 12);
const enPeriod = (h) => (h < 12 ? 'a.m.' : 'p.m.');
const dePeriod = (h) => (h < 5 ? 'nachts' : h < 12 ? 'morgens' : h < 18 ? 'nachmittags' : h < 22 ? 'abends' : 'nachts');
/** A time shifted by up to three hours or some minutes, never by twelve hours (which a 12-hour clock cannot show). */
function shiftTime(r, { h, m }, step) {
  const total = (h * 60 + m + (r() < 0.5 ? shift(r, 0, 1, 3) * 60 : shift(r, 0, 1, 3) * step) + 1440) % 1440;
  return { h: Math.floor(total / 60), m: total % 60 };
}

const KINDS = {
  'time-digits': {
    type: 'time',
    templates: TIME_TEMPLATES,
    draw: (r) => ({ h: int(r, 0, 23), m: int(r, 0, 11) * 5 }),
    perturb: (r, v) => shiftTime(r, v, 5),
    en: (r, { h, m }) => pick(r, [`at ${twelve(h)}:${pad(m)} ${enPeriod(h)}`, `at ${twelve(h)}:${pad(m)}${enPeriod(h).replace(/\./g, '')}`, `at ${pad(h)}:${pad(m)}`, ...(m === 0 ? [`at ${twelve(h)} ${enPeriod(h)}`, `at ${twelve(h)} o'clock`] : [])]),
    de: (r, { h, m }) =>
      pick(r, [`um ${pad(h)}:${pad(m)} Uhr`, `um ${h}.${pad(m)} Uhr`, ...(m === 0 ? [`um ${h} Uhr`, `um ${twelve(h)} Uhr ${dePeriod(h)}`] : [`um ${twelve(h)}.${pad(m)} Uhr ${dePeriod(h)}`])]),
  },
  'time-words': {
    type: 'time',
    templates: TIME_TEMPLATES,
    draw: (r) => ({ h: int(r, 1, 22), m: int(r, 0, 3) * 15 }),
    perturb: (r, v) => shiftTime(r, v, 15),
    en: (r, { h, m }) => {
      const words = m === 0 ? `${enWord(twelve(h))} o'clock` : m === 15 ? `a quarter past ${enWord(twelve(h))}` : m === 30 ? `half past ${enWord(twelve(h))}` : `a quarter to ${enWord(twelve(h + 1))}`;
      return pick(r, [`at ${words}`, `at ${words} ${h < 12 ? 'in the morning' : h < 18 ? 'in the afternoon' : 'in the evening'}`, `at ${twelve(h)}:${pad(m)} ${enPeriod(h)}`, `at ${twelve(h)}:${pad(m)}`]);
    },
    de: (r, { h, m }) => {
      const next = deWord(twelve(h + 1));
      const words = m === 0 ? `${deWord(twelve(h), true)} Uhr` : m === 15 ? pick(r, [`viertel nach ${deWord(twelve(h))}`, `Viertel nach ${deWord(twelve(h))}`]) : m === 30 ? `halb ${next}` : pick(r, [`viertel vor ${next}`, `dreiviertel ${next}`]);
      return pick(r, [`um ${words}`, `um ${words} ${dePeriod(h)}`, `um ${h}:${pad(m)} Uhr`]);
    },
  },
  'time-noon': {
    type: 'time',
    templates: TIME_TEMPLATES,
    draw: (r) => ({ h: pick(r, [0, 12]), m: 0 }),
    perturb: (r, { h }) => ({ h: h === 0 ? pick(r, [1, 2, 23, 12]) : pick(r, [11, 13, 14, 0]), m: 0 }),
    en: (r, { h }) => (h === 12 ? pick(r, ['at noon', 'at midday', 'at 12 noon']) : h === 0 ? pick(r, ['at midnight', 'at 12 midnight']) : `at ${twelve(h)} ${enPeriod(h)}`),
    de: (r, { h }) => (h === 12 ? pick(r, ['am Mittag', 'um 12 Uhr', 'gegen Mittag']) : h === 0 ? pick(r, ['um Mitternacht', 'um 0 Uhr']) : `um ${h} Uhr`),
  },
  factor: {
    type: 'number',
    templates: [
      ['The company’s revenue {X} last year.', 'Der Umsatz des Unternehmens {X} im letzten Jahr.'],
      ['Since then the price of bread has {X}.', 'Seitdem ist der Preis für Brot {X}.'],
    ],
    draw: (r) => int(r, 2, 10),
    perturb: (r, n) => shift(r, n, 1, 3, 2, 10),
    // Both templates take a past form: "tripled" / "rose fivefold", "verdreifacht" / "auf das Fünffache gestiegen".
    en: (r, n, t) =>
      pick(r, [...(n <= 4 ? [['', '', 'doubled', 'tripled', 'quadrupled'][n]] : []), `${t === 0 ? 'rose' : 'risen'} ${enWord(n)}fold`, `${t === 0 ? 'rose' : 'risen'} ${n}-fold`, `${t === 0 ? 'grew' : 'grown'} ${enWord(n)} times over`]),
    de: (r, n, t) =>
      t === 0
        ? pick(r, [n === 2 ? 'verdoppelte sich' : `ver${deWord(n)}fachte sich`, `stieg auf das ${upperFirst(deWord(n))}fache`, `stieg auf das ${n}-Fache`, `wuchs ${deWord(n)}fach`])
        : pick(r, [`auf das ${upperFirst(deWord(n))}fache gestiegen`, `auf das ${n}-Fache gestiegen`, `${deWord(n)}mal so hoch`]),
  },
  'number-words': {
    type: 'number',
    templates: [
      ['The company has {X} employees.', 'Das Unternehmen hat {X} Mitarbeiter.'],
      ['The train carried {X} passengers.', 'Der Zug beförderte {X} Fahrgäste.'],
    ],
    draw: (r) => int(r, 2, 99),
    perturb: (r, n) => shift(r, n, 1, 6, 2, 99),
    en: (r, n) => pick(r, [enWord(n), String(n)]),
    de: (r, n) => pick(r, [deWord(n), String(n)]),
  },
  dozen: {
    type: 'number',
    templates: [['The shop sold {X} eggs.', 'Das Geschäft verkaufte {X} Eier.']],
    draw: (r) => int(r, 1, 5),
    perturb: (r, n) => shift(r, n, 1, 2, 1, 5),
    en: (r, n) => (n === 1 ? pick(r, ['a dozen', 'one dozen', '12']) : pick(r, [`${enWord(n)} dozen`, String(12 * n)])),
    de: (r, n) => (n === 1 ? pick(r, ['ein Dutzend', '12']) : pick(r, [`${deWord(n)} Dutzend`, String(12 * n)])),
  },
  fraction: {
    type: 'number',
    templates: [['{X} the residents voted for the plan.', '{X} Einwohner stimmten für den Plan.']],
    draw: (r) => pick(r, [[1, 3], [2, 3], [1, 4], [3, 4], [1, 5], [2, 5], [3, 5], [1, 10], [3, 10]]),
    perturb: (r, [a, b]) => pick(r, [[1, 3], [2, 3], [1, 4], [3, 4], [1, 5], [2, 5], [3, 5], [1, 10], [3, 10]].filter(([c, d]) => c / d !== a / b)),
    en: (r, [a, b]) => {
      const name = { 3: 'third', 4: 'quarter', 5: 'fifth', 10: 'tenth' }[b] + (a > 1 ? 's' : '');
      const count = pick(r, a === 1 ? ['a', 'one'] : [enWord(a)]);
      return `${count}${count === 'a' ? ' ' : pick(r, [' ', '-'])}${name} of`;
    },
    de: (r, [a, b]) => `${a === 1 ? 'ein' : deWord(a)} ${{ 3: 'Drittel', 4: 'Viertel', 5: 'Fünftel', 10: 'Zehntel' }[b]} der`,
  },
  magnitude: {
    type: 'number',
    templates: [
      ['The app has {X} users.', 'Die App hat {X} Nutzer.'],
      ['The company sold {X} phones.', 'Das Unternehmen verkaufte {X} Telefone.'],
    ],
    draw: drawMagnitude,
    perturb: perturbMagnitude,
    en: (r, v) => enMagnitude(r, v, true),
    de: (r, v) => deMagnitude(r, v),
  },
  'magnitude-currency': {
    type: 'amount',
    templates: [
      ['The company’s revenue rose to {X}.', 'Der Umsatz des Unternehmens stieg auf {X}.'],
      ['The new bridge will cost {X}.', 'Die neue Brücke wird {X} kosten.'],
    ],
    draw: (r) => ({ ...drawMagnitude(r), currency: pick(r, ['EUR', 'USD', 'GBP']) }),
    perturb: (r, v) => ({ ...perturbMagnitude(r, v), currency: v.currency }),
    en: (r, v) => {
      const figure = enMagnitude(r, v, false);
      const symbol = { EUR: '€', USD: '$', GBP: '£' }[v.currency];
      const short = { 1e6: 'm', 1e9: 'bn' }[v.scale];
      return pick(r, [
        `${symbol}${figure}`,
        `${figure} ${{ EUR: 'euros', USD: 'dollars', GBP: 'pounds sterling' }[v.currency]}`,
        `${v.currency} ${figure}`,
        ...(short ? [`${symbol}${digits(v.mantissa, 'en')}${short}`] : []),
      ]);
    },
    de: (r, v) => `${deMagnitude(r, v)} ${pick(r, { EUR: ['Euro', '€', 'EUR'], USD: ['Dollar', 'US-Dollar', 'USD'], GBP: ['Pfund', 'britische Pfund', 'GBP'] }[v.currency])}`,
  },
  currency: {
    type: 'amount',
    templates: [
      ['The ticket costs {X}.', 'Die Fahrkarte kostet {X}.'],
      ['The price rose to {X}.', 'Der Preis stieg auf {X}.'],
    ],
    draw: (r) => ({ amount: int(r, 2, 950), currency: pick(r, Object.keys(CURRENCY_FORMS)) }),
    // Another amount, or another currency (a bare dollar against another dollar is no change).
    perturb: (r, v) => {
      if (r() < 0.7) return { ...v, amount: shift(r, v.amount, 1, 20, 1, 999) };
      const dollars = ['open', 'USD', 'AUD', 'CAD', 'NZD'];
      return { ...v, currency: pick(r, Object.keys(CURRENCY_FORMS).filter((c) => c !== v.currency && !(dollars.includes(c) && dollars.includes(v.currency)) && c !== 'open')) };
    },
    en: (r, { amount, currency }) => pick(r, CURRENCY_FORMS[currency].en).replace('#', amount),
    // A bare dollar names no country: the German side names one, or none either.
    de: (r, { amount, currency }) => pick(r, currency === 'open' ? ['# Dollar', ...CURRENCY_FORMS[pick(r, ['USD', 'AUD', 'CAD'])].de] : CURRENCY_FORMS[currency].de).replace('#', amount),
  },
  percentage: {
    type: 'percentage',
    templates: [['Last year prices {X}.', 'Die Preise {X} im letzten Jahr.']],
    draw: (r) => (r() < 0.7 ? int(r, 1, 60) : int(r, 5, 95) / 10),
    perturb: (r, p) => (Number.isInteger(p) ? shift(r, p, 1, 5, 1, 99) : shift(r, Math.round(p * 10), 1, 9, 1, 999) / 10),
    en: (r, p) => {
      const n = digits(p, 'en');
      return pick(r, [`rose by ${n} percent`, `rose by ${n}%`, `rose by ${n} per cent`, `saw a ${n}-percent increase`, `saw a ${n}% increase`, ...(Number.isInteger(p) && p >= 2 && p < 20 ? [`rose by ${enWord(p)} percent`] : [])]);
    },
    de: (r, p) => {
      const n = digits(p, 'de');
      return pick(r, [`stiegen um ${n} Prozent`, `stiegen um ${n} %`, `stiegen um ${n}%`, `zeigten eine ${n}-prozentige Steigerung`, ...(Number.isInteger(p) && p >= 2 && p < 20 ? [`zeigten eine ${deWord(p)}prozentige Steigerung`, `stiegen um ${deWord(p)} Prozent`] : [])]);
    },
  },
  ordinal: {
    type: 'ordinal',
    templates: [
      ['The company is {X} in the country.', 'Das Unternehmen ist {X} im Land.'],
      ['The festival takes place for {X} time.', 'Das Fest findet {X} Mal statt.'],
    ],
    // The template decides the form; both forms of one draw share it (see `render`).
    draw: (r) => int(r, 2, 12),
    perturb: (r, n) => shift(r, n, 1, 3, 2, 12),
    en: (r, n, t) => (t === 0 ? `the ${EN_ORDINALS[n]}-${pick(r, ['largest', 'biggest'])}` : pick(r, [`the ${EN_ORDINALS[n]}`, `the ${n}${enSuffix(n)}`])),
    de: (r, n, t) => (t === 0 ? `das ${DE_ORDINAL_STEMS[n]}${pick(r, ['größte', 'stärkste'])}` : pick(r, [`zum ${DE_ORDINAL_STEMS[n]}en`, `zum ${n}.`])),
  },
  'ordinal-placed': {
    type: 'ordinal',
    templates: [['{X} team won the cup.', '{X} Mannschaft gewann den Pokal.']],
    draw: (r) => int(r, 2, 12),
    perturb: (r, n) => shift(r, n, 1, 3, 2, 12),
    en: (r, n) => `The ${EN_ORDINALS[n]}-placed`,
    de: (r, n) => `Die ${upperFirst(DE_ORDINAL_STEMS[n])}platzierte`,
  },
  age: {
    type: 'quantity',
    templates: [['{X} won the race.', '{X} gewann das Rennen.']],
    draw: (r) => int(r, 18, 95),
    perturb: (r, n) => shift(r, n, 1, 9, 18, 99),
    en: (r, n) => pick(r, [`The ${n}-year-old`, `The runner, aged ${n},`, `The runner, ${n} years old,`, `The ${enWord(n)}-year-old`]),
    de: (r, n) => pick(r, [`Der ${n}-Jährige`, `Die ${n}-jährige Läuferin`, `Der ${n} Jahre alte Läufer`, `Der ${deWord(n, true)}jährige Läufer`, `Der ${upperFirst(deWord(n, true))}jährige`]),
  },
  'range-age': {
    type: 'range',
    templates: [['The survey asked {X} about prices.', 'Die Umfrage befragte {X} zu den Preisen.']],
    draw: (r) => drawRange(r, 16, 80),
    perturb: (r, v) => perturbRange(r, v, 16, 90),
    en: (r, [a, b]) => pick(r, [`people aged ${a}-${b}`, `people aged ${a} to ${b}`, `people aged between ${a} and ${b}`, `${a}- to ${b}-year-olds`, `people ${a} to ${b} years old`]),
    de: (r, [a, b]) => pick(r, [`${a}- bis ${b}-Jährige`, `Menschen zwischen ${a} und ${b} Jahren`, `Menschen im Alter von ${a} bis ${b} Jahren`, `${a}–${b}-Jährige`]),
  },
  'range-amount': {
    type: 'range',
    templates: [['Tickets cost {X}.', 'Fahrkarten kosten {X}.']],
    draw: (r) => drawRange(r, 5, 200),
    perturb: (r, v) => perturbRange(r, v, 1, 300),
    en: (r, [a, b]) => pick(r, [`between €${a} and €${b}`, `€${a} to €${b}`, `${a} to ${b} euros`, `between ${a} and ${b} euros`, `from ${a} to ${b} euros`, `€${a}–${b}`]),
    de: (r, [a, b]) => pick(r, [`zwischen ${a} und ${b} Euro`, `${a} bis ${b} Euro`, `von ${a} bis ${b} Euro`, `${a}–${b} Euro`, `${a} bis ${b} €`]),
  },
  'range-percentage': {
    type: 'range',
    templates: [['Prices rose by {X} last year.', 'Die Preise stiegen im letzten Jahr um {X}.']],
    draw: (r) => drawRange(r, 1, 40),
    perturb: (r, v) => perturbRange(r, v, 1, 60),
    // Not "by 2% to 5%", which is a change and its result.
    en: (r, [a, b]) => pick(r, [`${a} to ${b} percent`, `between ${a} and ${b} percent`, `${a}-${b}%`, `between ${a}% and ${b}%`]),
    de: (r, [a, b]) => pick(r, [`${a} bis ${b} Prozent`, `zwischen ${a} und ${b} Prozent`, `${a}–${b} %`, `${a} bis ${b} %`, `${a}- bis ${b}-prozentige Werte`]),
  },
  'range-years': {
    type: 'range',
    templates: [['The project ran {X}.', 'Das Projekt lief {X}.']],
    draw: (r) => drawRange(r, 1990, 2030),
    perturb: (r, v) => perturbRange(r, v, 1980, 2040),
    en: (r, [a, b]) => pick(r, [`from ${a} to ${b}`, `between ${a} and ${b}`, `${a}–${b}`]),
    de: (r, [a, b]) => pick(r, [`von ${a} bis ${b}`, `zwischen ${a} und ${b}`, `${a}–${b}`]),
  },
  'plain-number': {
    type: 'number',
    templates: [
      ['The index closed at {X} points.', 'Der Index schloss bei {X} Punkten.'],
      ['The town has {X} residents.', 'Der Ort hat {X} Einwohner.'],
    ],
    draw: (r) => (r() < 0.5 ? int(r, 10000, 9999999) : int(r, 10000, 999999) / 10),
    perturb: (r, x) => {
      const tenths = Math.round(x * 10);
      const place = 10 ** int(r, Number.isInteger(x) ? 1 : 0, 3);
      const changed = tenths + place * (r() < 0.5 ? -1 : 1) * int(r, 1, 4);
      return Number.isInteger(x) ? Math.round(changed / 10) : changed / 10;
    },
    en: (r, x) => digits(x, 'en', { decimals: decimalsOf(x) }),
    de: (r, x) => pick(r, [digits(x, 'de', { decimals: decimalsOf(x) }), digits(x, 'de', { decimals: decimalsOf(x), space: true })]),
  },
  date: {
    type: 'date',
    templates: [
      ['The meeting took place on {X}.', 'Das Treffen fand am {X} statt.'],
      ['The law came into force on {X}.', 'Das Gesetz trat am {X} in Kraft.'],
    ],
    draw: (r) => ({ y: int(r, 1990, 2030), m: int(r, 1, 12), d: int(r, 1, 28) }),
    perturb: (r, v) => {
      const which = int(r, 0, 2);
      if (which === 0) return { ...v, d: shift(r, v.d, 1, 5, 1, 28) };
      if (which === 1) return { ...v, m: shift(r, v.m, 1, 3, 1, 12) };
      return { ...v, y: shift(r, v.y, 1, 3, 1980, 2040) };
    },
    en: (r, { y, m, d }) =>
      pick(r, [`${EN_MONTHS[m - 1]} ${d}, ${y}`, `${d} ${EN_MONTHS[m - 1]} ${y}`, `the ${d}${enSuffix(d)} of ${EN_MONTHS[m - 1]} ${y}`, `${EN_MONTHS[m - 1]} ${d}${enSuffix(d)}, ${y}`, `${y}-${pad(m)}-${pad(d)}`]),
    de: (r, { y, m, d }) => pick(r, [`${d}. ${DE_MONTHS[m - 1]} ${y}`, `${pad(d)}.${pad(m)}.${y}`, `${d}.${m}.${y}`, `${d}. ${DE_MONTHS[m - 1].slice(0, 3)}. ${y}`.replace('Mai.', 'Mai').replace('Jun.', 'Juni').replace('Jul.', 'Juli')]),
  },
  quantity: {
    type: 'quantity',
    templates: [],
    draw: (r) => {
      const unit = pick(r, Object.keys(UNIT_FORMS));
      return { unit, n: r() < 0.7 ? int(r, 2, 500) : int(r, 15, 995) / 10 };
    },
    // Beyond the 5% a unit conversion may round away.
    perturb: (r, v) => {
      const tenths = Math.round(v.n * 10);
      const changed = shift(r, tenths, Math.max(10, Math.ceil(tenths * 0.1)), Math.max(30, Math.ceil(tenths * 0.4)), 10, 99990);
      return { ...v, n: Number.isInteger(v.n) ? Math.round(changed / 10) : changed / 10 };
    },
    // Or converted, as a translator converts for the other readers: "5 miles" for "8 Kilometer".
    en: (r, { unit, n }) => {
      const convert = UNIT_FORMS[unit].imperial;
      if (convert && r() < 0.25) return `${digits(Number((n / convert[1]).toFixed(1)), 'en')} ${convert[0]}`;
      return `${pick(r, Number.isInteger(n) && n >= 2 && n < 20 ? [digits(n, 'en'), enWord(n)] : [digits(n, 'en')])} ${pick(r, UNIT_FORMS[unit].en)}`;
    },
    de: (r, { unit, n }) => `${pick(r, Number.isInteger(n) && n >= 2 && n < 20 ? [digits(n, 'de'), deWord(n, true)] : [digits(n, 'de')])} ${pick(r, UNIT_FORMS[unit].de)}`,
  },
};

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DE_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** Currencies by country adjective, code and symbol; `open` is a bare dollar, which names no country. */
const CURRENCY_FORMS = {
  USD: { en: ['US$#', '# US dollars', 'USD #'], de: ['# US-Dollar', '# USD', '# amerikanische Dollar'] },
  open: { en: ['$#', '# dollars'], de: ['# Dollar'] },
  AUD: { en: ['A$#', '# Australian dollars', 'AUD #'], de: ['# australische Dollar', '# australischen Dollar', '# AUD', 'A$ #'] },
  CAD: { en: ['C$#', '# Canadian dollars', 'CAD #'], de: ['# kanadische Dollar', '# kanadischen Dollar', '# CAD'] },
  NZD: { en: ['NZ$#', '# New Zealand dollars'], de: ['# neuseeländische Dollar', '# NZD'] },
  SEK: { en: ['# Swedish kronor', 'SEK #', '# SEK'], de: ['# schwedische Kronen', '# schwedischen Kronen', '# SEK'] },
  NOK: { en: ['# Norwegian kroner', 'NOK #'], de: ['# norwegische Kronen', '# norwegischen Kronen', '# NOK'] },
  DKK: { en: ['# Danish kroner', 'DKK #'], de: ['# dänische Kronen', '# dänischen Kronen', '# DKK'] },
  CHF: { en: ['# Swiss francs', 'CHF #'], de: ['# Schweizer Franken', '# Franken', 'CHF #'] },
  JPY: { en: ['# Japanese yen', '¥#', '# yen'], de: ['# japanische Yen', '# Yen'] },
  GBP: { en: ['£#', '# pounds sterling'], de: ['# Pfund', '# britische Pfund'] },
  EUR: { en: ['€#', '# euros'], de: ['# Euro', '# €'] },
};

/** Units by dimension, each with the sentence it is measured in. */
const UNIT_FORMS = {
  km: { en: ['kilometres', 'km', 'kilometers'], de: ['Kilometer', 'km'], imperial: ['miles', 1.609344], templates: ['The road is {X} long.', 'Die Straße ist {X} lang.'] },
  kg: { en: ['kilograms', 'kg'], de: ['Kilogramm', 'kg', 'Kilo'], imperial: ['pounds', 0.45359237], templates: ['The package weighs {X}.', 'Das Paket wiegt {X}.'] },
  l: { en: ['litres', 'liters'], de: ['Liter'], templates: ['The tank holds {X}.', 'Der Tank fasst {X}.'] },
  h: { en: ['hours'], de: ['Stunden'], templates: ['The meeting lasted {X}.', 'Das Treffen dauerte {X}.'] },
  d: { en: ['days'], de: ['Tage'], templates: ['The trip takes {X}.', 'Die Reise dauert {X}.'] },
  m: { en: ['metres', 'meters', 'm'], de: ['Meter', 'm'], imperial: ['feet', 0.3048], templates: ['The tower is {X} high.', 'Der Turm ist {X} hoch.'] },
};

const SCALES = {
  en: { 1e3: ['thousand'], 1e6: ['million'], 1e9: ['billion'], 1e12: ['trillion'] },
  de: { 1e3: ['Tausend', 'Tsd.'], 1e6: ['Millionen', 'Mio.'], 1e9: ['Milliarden', 'Mrd.'], 1e12: ['Billionen', 'Bio.'] },
};

function drawMagnitude(r) {
  const scale = pick(r, [1e3, 1e6, 1e6, 1e9, 1e9, 1e12]);
  const mantissa = r() < 0.5 ? int(r, 2, 250) : int(r, 11, 99) / 10;
  return { mantissa, scale };
}

function perturbMagnitude(r, v) {
  if (r() < 0.2) return { ...v, scale: v.scale === 1e3 ? 1e6 : v.scale / 1e3 };
  return { ...v, mantissa: Number.isInteger(v.mantissa) ? shift(r, v.mantissa, 1, 9, 1, 999) : shift(r, Math.round(v.mantissa * 10), 1, 9, 11, 999) / 10 };
}

/** "1.5 million", "1,500,000" (for thousands and millions), "1.5m" before a plural noun. */
function enMagnitude(r, { mantissa, scale }, counted) {
  const forms = [`${digits(mantissa, 'en')} ${SCALES.en[scale][0]}`];
  if (scale <= 1e6 && Number.isInteger(mantissa * (scale / 1e3))) forms.push(digits(mantissa * scale, 'en'));
  if (counted && scale === 1e6) forms.push(`${digits(mantissa, 'en')}m`);
  return pick(r, forms);
}

function deMagnitude(r, { mantissa, scale }) {
  const forms = SCALES.de[scale].map((word) => `${digits(mantissa, 'de')} ${word}`);
  if (scale <= 1e6 && Number.isInteger(mantissa * (scale / 1e3))) forms.push(digits(mantissa * scale, 'de'));
  return pick(r, forms);
}

function drawRange(r, lo, hi) {
  const a = int(r, lo, hi - 2);
  return [a, int(r, a + 1, Math.min(hi, a + 30))];
}

function perturbRange(r, [a, b], lo, hi) {
  for (;;) {
    const next = r() < 0.5 ? [shift(r, a, 1, 5, lo, hi), b] : [a, shift(r, b, 1, 5, lo, hi)];
    if (next[0] < next[1]) return next;
  }
}

/** The templates of a draw: a quantity's come with its unit. */
function templatesOf(kind, value) {
  return kind === 'quantity' ? [UNIT_FORMS[value.unit].templates] : KINDS[kind].templates;
}

function render(template, form) {
  const text = template.replace('{X}', form);
  // "at 8 p.m." ends a sentence with one full stop.
  return (template.startsWith('{X}') ? upperFirst(text) : text).replace(/\.\.$/, '.');
}

/**
 * The corpus: for each kind `draws` values, each giving an equal and a perturbed pair (English form ×
 * German form, in one template pair). Deterministic for a seed.
 * @returns {{id: string, expected: string, kind: string, en: string, de: string}[]}
 */
export function generateCorpus({ seed = 19, draws = 100 } = {}) {
  const r = prng(seed);
  const pairs = [];
  for (const [name, kind] of Object.entries(KINDS)) {
    for (let i = 0; i < draws; i++) {
      const value = kind.draw(r);
      const templates = templatesOf(name, value);
      const t = int(r, 0, templates.length - 1);
      const [enTemplate, deTemplate] = templates[t];
      const en = render(enTemplate, kind.en(r, value, t));
      const changed = kind.perturb(r, value);
      const id = `${name}-${String(i).padStart(3, '0')}`;
      pairs.push({ id: `${id}-equal`, expected: 'faithful', kind: name, en, de: render(deTemplate, kind.de(r, value, t)) });
      pairs.push({ id: `${id}-perturbed`, expected: kind.type, kind: name, en, de: render(deTemplate, kind.de(r, changed, t)) });
    }
  }
  return pairs;
}

// ---- Two claims of one kind in a sentence (issue 20) -------------------------------------------
// The German names them in the other order, as translators often do; a perturbed pair changes one of
// the two, so the diff must pair each claim with its counterpart by what it is about, not by place.

const PAIRED = {
  'two-counts': {
    base: 'plain-number',
    templates: [
      ['The museum counted {X} visitors and {Y} guided tours last year.', 'Im letzten Jahr zählte das Museum {Y} Führungen und {X} Besucher.'],
      ['The town has {X} residents and {Y} households.', 'Der Ort hat {Y} Haushalte und {X} Einwohner.'],
      ['The airline carried {X} passengers on {Y} flights.', 'Auf {Y} Flügen beförderte die Fluggesellschaft {X} Passagiere.'],
    ],
  },
  'two-amounts': {
    base: 'currency',
    templates: [
      ['The ticket costs {X} and the annual pass {Y}.', 'Die Jahreskarte kostet {Y}, die Fahrkarte {X}.'],
      ['Lunch costs {X}, dinner {Y}.', 'Das Abendessen kostet {Y}, das Mittagessen {X}.'],
    ],
  },
  'two-dates': {
    base: 'date',
    templates: [
      ['The plant opened on {X} and closed on {Y}.', 'Das Werk wurde am {Y} geschlossen, eröffnet worden war es am {X}.'],
      ['The law was passed on {X} and came into force on {Y}.', 'Das Gesetz trat am {Y} in Kraft, beschlossen wurde es am {X}.'],
    ],
  },
  'two-percentages': {
    base: 'percent-value',
    templates: [
      ['Prices rose by {X} and wages by {Y}.', 'Die Löhne stiegen um {Y}, die Preise um {X}.'],
      ['Exports fell by {X}, imports by {Y}.', 'Die Importe sanken um {Y}, die Exporte um {X}.'],
    ],
  },
};

/** A bare percentage, for sentences of two: "5 percent" / "5 Prozent". */
const PERCENT_VALUE = {
  type: 'percentage',
  draw: (r) => int(r, 1, 60),
  perturb: (r, p) => shift(r, p, 1, 5, 1, 99),
  en: (r, p) => pick(r, [`${p} percent`, `${p}%`, `${p} per cent`]),
  de: (r, p) => pick(r, [`${p} Prozent`, `${p} %`]),
};

/**
 * Pairs of sentences with two claims of one kind each, German in the other order: for each family
 * `draws` value pairs, an equal pair and one with the first or the second value changed. `which`
 * says which English claim (X or Y) the change is in.
 * @returns {{id: string, expected: string, kind: string, en: string, de: string, which?: string, changed?: string}[]}
 */
export function generatePairedCorpus({ seed = 20, draws = 100 } = {}) {
  const r = prng(seed);
  const pairs = [];
  for (const [name, family] of Object.entries(PAIRED)) {
    const kind = family.base === 'percent-value' ? PERCENT_VALUE : KINDS[family.base];
    for (let i = 0; i < draws; i++) {
      const x = kind.draw(r);
      let y = kind.draw(r);
      while (JSON.stringify(y) === JSON.stringify(x)) y = kind.draw(r);
      const [enTemplate, deTemplate] = pick(r, family.templates);
      const [enX, enY] = [kind.en(r, x, 0), kind.en(r, y, 0)];
      const en = upperFirst(enTemplate.replace('{X}', enX).replace('{Y}', enY));
      const german = (a, b) => upperFirst(deTemplate.replace('{X}', kind.de(r, a, 0)).replace('{Y}', kind.de(r, b, 0)));
      const id = `${name}-${String(i).padStart(3, '0')}`;
      pairs.push({ id: `${id}-equal`, expected: 'faithful', kind: name, en, de: german(x, y) });
      // A change the other claim does not equal, so the two cannot trade places.
      const first = r() < 0.5;
      let changed = kind.perturb(r, first ? x : y);
      while (JSON.stringify(changed) === JSON.stringify(first ? y : x)) changed = kind.perturb(r, first ? x : y);
      pairs.push({ id: `${id}-perturbed`, expected: kind.type, kind: name, en, de: first ? german(changed, y) : german(x, changed), changed: first ? enX : enY });
    }
  }
  return pairs;
}

export function toTsv(pairs) {
  return pairs.map((p) => [p.id, p.expected, p.en, p.de, p.kind].join('\t')).join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  process.stdout.write(toTsv(generateCorpus({ seed: option('--seed', 19), draws: option('--draws', 100) })));
}
