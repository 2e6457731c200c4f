#!/usr/bin/env node
// Builds data/claims/gazetteer.tsv.gz, the English/German names of places, organisations and
// historical people the claims diff knows, from three Debian packages:
//   iso-codes             ISO 3166-1 countries and ISO 3166-2 subdivisions with their German (and
//                         English) translations (LGPL-2.1+)
//   libgweather-4-common  the GNOME weather location database: cities with their German names (GPL-2+)
//   trans-de-en           the Ding dictionary: entries marked [geogr.] (rivers, seas, mountains, regions,
//                         cities), organisations with their abbreviations (/IWF/ :: /IMF/), and
//                         historical people marked [hist.] (GPL-2+)
// and two npm packages:
//   name-suggestion-index OpenStreetMap's index of brands (banks, shops, carmakers,
//                         unions, parties), each with its Wikidata item (BSD-3-Clause)
//   @faker-js/faker       given names and surnames of 77 locales (MIT), only to leave out brands
//                         named like a person ("Müller", "Schmidt", "Emma")
//
//   node scripts/build-gazetteer.mjs [--ding /usr/share/trans/de-en] [--packages DIR] [--nsi DIR] [--faker DIR] [--out data/claims/gazetteer.tsv.gz]
//
// DIR holds the two packages unpacked (dpkg-deb -x); without it the script fetches them with
// `apt-get download`. --nsi and --faker name the unpacked npm packages (their `package/` folders);
// without them the script fetches the versions below with `npm pack`. Run once by a maintainer; the output is committed, so CI and users never need
// the packages. Output: the format of data/claims/entities.tsv (id, category, English forms, German
// forms), sorted by id, gzip-compressed. The hand-kept entities.tsv adds adjectives and companies and
// wins where both name an entity.
//
// A name that is also a common word of its language ("Reading", "Essen", "Hof") is left out: a
// capitalised sentence start or a German noun would otherwise read as a place.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dingPath = option('--ding', '/usr/share/trans/de-en');
const target = option('--out', 'data/claims/gazetteer.tsv.gz');
const packages = option('--packages', undefined) ?? unpackPackages(['iso-codes', 'libgweather-4-common']);
const nsiPath = option('--nsi', undefined) ?? unpackNpm('name-suggestion-index@8.0.20260918');
const fakerPath = option('--faker', undefined) ?? unpackNpm('@faker-js/faker@10.6.0');

function unpackNpm(spec) {
  const dir = mkdtempSync(join(tmpdir(), 'gazetteer-npm-'));
  execFileSync('npm', ['pack', spec], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  execFileSync('tar', ['xzf', tarball], { cwd: dir });
  return join(dir, 'package');
}

function unpackPackages(names) {
  const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
  execFileSync('apt-get', ['download', ...names], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  for (const deb of readdirSync(dir).filter((f) => f.endsWith('.deb'))) execFileSync('dpkg-deb', ['-x', join(dir, deb), join(dir, 'root')]);
  return join(dir, 'root');
}

// ---- gettext catalogues ------------------------------------------------------------------------

/** A compiled gettext catalogue (.mo) as a Map from msgid (with "context\x04" when it has one) to msgstr. */
function readMo(path) {
  const buffer = readFileSync(path);
  const little = buffer.readUInt32LE(0) === 0x950412de;
  const u32 = (offset) => (little ? buffer.readUInt32LE(offset) : buffer.readUInt32BE(offset));
  const count = u32(8);
  const [originals, translations] = [u32(12), u32(16)];
  const string = (table, i) => buffer.toString('utf8', u32(table + 8 * i + 4), u32(table + 8 * i + 4) + u32(table + 8 * i));
  const catalogue = new Map();
  for (let i = 0; i < count; i++) {
    const id = string(originals, i);
    if (id !== '') catalogue.set(id, string(translations, i).split('\0')[0]);
  }
  return catalogue;
}

const locale = (lang, domain) => readMo(join(packages, 'usr/share/locale', lang, 'LC_MESSAGES', `${domain}.mo`));

// ---- Common words, which no name may be ------------------------------------------------------

const dingLines = readFileSync(dingPath, 'utf8').split('\n').filter((line) => line.includes(' :: ') && !line.startsWith('#'));

/**
 * Single words Ding lists outside geographic and historical entries: the languages' common words.
 * `everySense`: also the English words after an entry's first sense ("company; enterprise |
 * companies; …"), which the places were chosen without.
 */
function commonWords({ everySense = false } = {}) {
  const en = new Set();
  const de = new Set();
  for (const line of dingLines) {
    if (/\[(geogr|hist)\.\]/.test(line)) continue;
    const [german, english] = line.split(' :: ');
    const senses = english.split(' | ');
    for (const w of everySense ? senses.flatMap(synonyms) : synonyms(senses[0])) if (/^\p{Ll}[\p{L}-]*$/u.test(w)) en.add(w);
    // German nouns are capitalised: a German word with a gender ({m}, {f}, {n}) is a common noun,
    // and a word in lower case ("ob", "ende") one that a sentence start capitalises.
    for (const part of german.split(/ \| |; /)) {
      const m = /^(\p{L}[\p{L}-]*)(?: \{(m|f|n|adj|adv|conj|prp|pron|art|num|interj|v|vt|vi|vr)\})?(?: [[(]|$)/u.exec(part.trim());
      if (m && (m[2] ? true : /^\p{Ll}/u.test(m[1]))) de.add(m[2] && !/^[mfn]$/.test(m[2]) ? m[1].toLowerCase() : m[1]);
    }
  }
  return { en, de };
}

const COMMON = commonWords();
const isCommonWord = (form, lang) => !form.includes(' ') && (lang === 'en' ? COMMON.en.has(form.toLowerCase()) : COMMON.de.has(form) || COMMON.de.has(form.toLowerCase()));

// ---- Entities --------------------------------------------------------------------------------

/** id → { category, en: Set, de: Set, source } */
const entities = new Map();
/** Any English or German form → id, so that sources naming one entity merge into one entry. */
const formIds = new Map();

const idOf = (english) =>
  english
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A usable name: letters, spaces, hyphens, apostrophes and dots only, and not ISO's "Korea, Republic of". */
const NAME = /^\p{Lu}[\p{L}\p{M}.'’ -]*$/u;

function add(category, en, de, { filterCommon = true, into } = {}) {
  const forms = {
    en: [...new Set(en.map(tidy))].filter((f) => NAME.test(f) && !(filterCommon && isCommonWord(f, 'en'))),
    de: [...new Set(de.map(tidy))].filter((f) => NAME.test(f) && !(filterCommon && isCommonWord(f, 'de'))),
  };
  if (forms.en.length === 0 || forms.de.length === 0) return;
  const owner = (lang, form) => formIds.get(`${lang}:${form}`);
  const known = forms.en.map((f) => owner('en', f)).find((id) => id !== undefined && entities.get(id).category === category);
  const id = into ?? known ?? idOf(forms.en[0]);
  const glosses = ['en', 'de'].flatMap((lang) => forms[lang].map((form) => absorbUntranslated(owner(lang, form), id, category))).filter(Boolean);
  for (const gloss of glosses) for (const lang of ['en', 'de']) forms[lang].push(...[...gloss[lang]].filter((form) => !forms[lang].includes(form)));
  // A form another entity owns is a homonym of another kind ("Wien" the state after Vienna the city)
  // or a translator's slip ("Caro" → "Kairo"): not this entity's. Sources come in order of trust.
  for (const lang of ['en', 'de']) forms[lang] = forms[lang].filter((f) => [undefined, id].includes(owner(lang, f)));
  if (forms.en.length === 0 || forms.de.length === 0) return;
  let entity = entities.get(id);
  if (!entity) entities.set(id, (entity = { category, en: new Set(), de: new Set() }));
  else if (entity.category !== category) return; // one id, two kinds of thing ("Georgia"): keep the first source's
  for (const lang of ['en', 'de']) {
    for (const form of forms[lang]) {
      entity[lang].add(form);
      if (!formIds.has(`${lang}:${form}`)) formIds.set(`${lang}:${form}`, id);
    }
  }
}

/**
 * An entry whose English forms are only its German ones is a gloss, not a translation: Ding has
 * "Waadt (Swiss canton)" for the canton ISO calls "Vaud" in English. When a later source translates
 * one of its forms, the gloss joins that entity (its forms, taken out here, are the caller's to add)
 * instead of keeping the German name from the English one.
 */
function absorbUntranslated(other, id, category) {
  const entity = entities.get(other);
  if (other === undefined || other === id || entity.category !== category) return undefined;
  if (entity.en.size !== entity.de.size || [...entity.en].some((form) => !entity.de.has(form))) return undefined;
  entities.delete(other);
  for (const lang of ['en', 'de']) for (const form of entity[lang]) formIds.delete(`${lang}:${form}`);
  return entity;
}

/** A political body's English name: "European Council", "House of Commons", "Federal Council". */
const BODY = /^(?:\p{Lu}\p{Ll}+ )+(?:Council|Commission|Parliament|Assembly|Senate|Congress|Court)(?: of(?: \p{Lu}\p{Ll}+)+)?$|^House of \p{Lu}\p{Ll}+$/u;

/** A party's English name: "Green Party", "Christian Democratic Union" (not the "African Union" of states). */
const PARTY = /\b(?:Party|Democratic Union|Social Union)\b/;

/** Words an organisation's English name has ("International Energy Agency", "Irish Republican Army"). */
const ORGANISATION =
  /\b(?:Organi[sz]ation|Union|Association|Agency|Fund|Bank|Council|Committee|Community|Court|Office|Party|Army|Forces|Club|Institute|Network|Nations|League|Service|Administration|Company|Commission|Parliament|Federation|Alliance|Authority|Board|Ministry|Police|Churches|Society|Foundation|Corporation|States|Republics|Group|Staffel)\b/;

const tidy = (name) => name.replace(/\s*\[[^\]]*\]|\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();

/** ISO 3166 alpha-2 and alpha-3 codes → the country's id: Ding marks its country entries with them ("Russland /RU/"). */
const countryCodes = new Map();

// Countries: the short name and the common one ("Russian Federation", "Russia"), and the official one.
{
  const countries = JSON.parse(readFileSync(join(packages, 'usr/share/iso-codes/json/iso_3166-1.json'), 'utf8'))['3166-1'];
  const german = locale('de', 'iso_3166-1');
  for (const country of countries) {
    const names = [country.common_name, country.name, country.official_name].filter(Boolean);
    add('country', names, names.map((n) => german.get(n) ?? ''), { filterCommon: false });
    const id = formIds.get(`en:${tidy(names[0])}`);
    if (id) for (const code of [country.alpha_2, country.alpha_3]) countryCodes.set(code, id);
  }
}

// Cities of the weather database; for a German-speaking city with a traditional English name the
// database's comment gives the local name ("The local name is \"München\"").
{
  const xml = readFileSync(join(packages, 'usr/share/libgweather-4/Locations.xml'), 'utf8');
  const german = locale('de', 'libgweather-4.0-locations');
  for (const m of xml.matchAll(/<city>\s*(?:<!--([\s\S]*?)-->\s*)?<_name(?: msgctxt="([^"]*)")?>([^<]+)<\/_name>/g)) {
    const [, comment = '', context, name] = m;
    const english = decode(name);
    const key = context ? `${decode(context)}\x04${english}` : english;
    const local = /local name is "([^"]+)"/.exec(comment)?.[1];
    const inGermanSpeaking = /in (?:\p{L}+(?: \p{L}+)* in )?(Germany|Austria|Switzerland|Liechtenstein)\b/u.test(`${comment} ${context ?? ''}`);
    const de = german.get(key) ?? (local && inGermanSpeaking ? local : english);
    // Elsewhere only cities with a German name of their own: the thousands named alike in both
    // languages are mostly small American towns, and many share a first name ("James", "Florence").
    if (de === english && !inGermanSpeaking) continue;
    add('city', [english], [de, ...(local && inGermanSpeaking ? [local] : [])]);
  }
}

function decode(text) {
  return text.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/**
 * Each Ding line's sub-entries as [German, English, whether it is the line's first]: a line lists
 * related terms side by side ("Bundesgericht | Bundesgerichtshof /BGH/ | … :: federal court | Federal
 * Court of Justice | …"), paired by position. Only the first is a place's or a person's own entry (the
 * rest are its plural and phrases); a body's name may stand anywhere. Annotations go before the split
 * at "; ", which they may contain: "Strasbourg (city in Alsace; France)".
 */
function* dingEntries() {
  const tidyNote = (side) => side.replace(/\([^)]*\)/g, (note) => note.replace(/;/g, ','));
  for (const line of dingLines) {
    const [germans, englishes] = line.split(' :: ').map((side) => side.split(' | '));
    const count = germans.length === englishes.length ? germans.length : 1;
    for (let k = 0; k < count; k++) yield [tidyNote(germans[k]), tidyNote(englishes[k]), k === 0];
  }
}

// Ding: geographic names, organisations with their abbreviations, historical people.
{
  for (const [german, english, first] of dingEntries()) {
    const tags = `${german} ${english}`;
    const category = dingCategory(german, english, tags);
    if (!category || (!first && category !== 'organisation')) continue;
    const en = synonyms(english).filter((f) => isProperName(f, 'en'));
    // A body's German name may carry a qualifier Ding keeps: "Unterhaus des britischen Parlaments" is the "Unterhaus".
    const de = synonyms(german).map((f) => (category === 'organisation' && !isProperName(f, 'de') ? f.replace(/ (?:des|der) \p{Ll}.*$/u, '') : f)).filter((f) => isProperName(f, 'de'));
    // "Russland /RU/" is a country by its ISO code; "Luzern /LU/ (Schweizer Kanton)" is not Luxembourg.
    const subdivision = /Kanton|canton|Stadt|city|Bundesland|state|Provinz|province|Region|Insel|island|Bezirk|district/i.test(tags);
    const country = (category === 'region' || category === 'country') && !subdivision ? [...german.matchAll(/\/([A-Z]{2,3})\//g)].map((m) => countryCodes.get(m[1])).find(Boolean) : undefined;
    if (country) add('country', en, de, { filterCommon: false, into: country });
    else if (category === 'body') {
      // Initials another body has already are not this one's: "ICC" is the court, not the "Institute Cargo Clauses".
      const free = (side) => abbreviations(side).filter((a) => !formIds.has(`en:${a}`) && !formIds.has(`de:${a}`));
      add('organisation', [...en, ...free(english)], [...de, ...free(german)], { filterCommon: false });
    } else add(category, [...en, ...abbreviations(english)], [...de, ...abbreviations(german)]);
    if (category === 'organisation' && PARTY.test(en[0] ?? '')) {
      // News names a party by its members as often as by its name ("the Social Democrats", "the
      // Greens", "die Grünen"), and in English by its German initials too ("the CDU"). Words alone,
      // these are common words ("greens", "grünen"), so only here, tied to the party, are they names.
      const members = en.flatMap(membersOf);
      const plural = /\{pl\}/.test(german) ? de.filter((form) => !form.includes(' ')) : [];
      add('organisation', [...members, ...abbreviations(german)], [...de, ...plural, ...abbreviations(german)], { filterCommon: false, into: idOf(en[0]) });
    }
  }
}

/**
 * The members of a party by its name: "Social Democratic Party of Germany" → "Social Democrats",
 * "Christian Democratic Union" → "Christian Democrats", "Green Party" → "Greens".
 */
function membersOf(name) {
  const words = name.replace(/ of .*$/, '').split(' ');
  if (!/^(?:Party|Union)$/.test(words.pop() ?? '')) return [];
  const last = words.pop();
  // "Democratic" → "Democrats"; a one-word name's own plural ("Green Party" → "Greens", "Republican
  // Party" → "Republicans"); other names ("Christian Social Union") have no members' name of this shape.
  if (last?.endsWith('atic')) return [[...words, `${last.slice(0, -2)}s`].join(' ')];
  return last && words.length === 0 ? [`${last}s`] : [];
}

// Adjectives and demonyms of places ("äthiopisch {adj} [geogr.] :: Ethiopian", "Äthiopier {m} ::
// Ethiopian"), each given to the place whose English and German names both begin like it.
const adjectives = []; // [{ en: string[], de: string[] }]
{
  for (const line of dingLines) {
    const [german, english] = line.split(' :: ').map((side) => side.split(' | ')[0]);
    const enWords = synonyms(english).filter((f) => /^\p{Lu}\p{Ll}+$/u.test(f));
    if (enWords.length === 0) continue;
    if (/\{adj\}/.test(german) && /\[geogr\.\]/.test(german)) {
      const de = synonyms(german).filter((f) => /^\p{Ll}+$/u.test(f)).map((f) => `${f}*`);
      if (de.length > 0) adjectives.push({ en: enWords, de });
    } else if (/^\p{Lu}\p{Ll}+ \{m\}; \p{Lu}\p{Ll}+in \{f\}/u.test(german)) {
      // A demonym: "Äthiopier {m}; Äthiopierin {f} | Äthiopier {pl}; Äthiopierinnen {pl} :: Ethiopian | Ethiopians".
      const plurals = line.split(' :: ').map((side) => side.split(' | ')[1] ?? '');
      const de = [...synonyms(german), ...synonyms(plurals[0])].filter((f) => /^\p{Lu}\p{Ll}+$/u.test(f));
      const en = [...enWords, ...synonyms(plurals[1]).filter((f) => /^\p{Lu}\p{Ll}+$/u.test(f))];
      adjectives.push({ en, de });
    }
  }
}

// Subdivisions: ISO names them in the local language; the English and German catalogues give exonyms
// (Bayern = Bavaria, Genève = Genf). Kept: the first-level units of German-speaking countries and the
// large countries, and every unit whose English or German name differs from the local one.
{
  const subdivisions = JSON.parse(readFileSync(join(packages, 'usr/share/iso-codes/json/iso_3166-2.json'), 'utf8'))['3166-2'];
  const [english, german] = [locale('en', 'iso_3166-2'), locale('de', 'iso_3166-2')];
  const FIRST_LEVEL = /^(State|Land|Canton|Province|Region|Autonomous community|Autonomous region|Country|Nation|Republic|Federal district|Territory|Prefecture|Voivodship)$/;
  const WHOLE = new Set(['DE', 'AT', 'CH', 'US', 'GB', 'FR', 'IT', 'ES', 'CA', 'AU', 'IN', 'CN', 'BR', 'RU', 'PL', 'NL', 'BE', 'JP', 'MX']);
  for (const unit of subdivisions) {
    if (unit.parent || !FIRST_LEVEL.test(unit.type)) continue;
    const local = tidy(unit.name);
    const [en, de] = [english.get(unit.name) ?? local, german.get(unit.name) ?? local].map(tidy);
    if (!WHOLE.has(unit.code.slice(0, 2)) && en === local && de === local) continue;
    add('region', [en, local], [de, local]);
  }
}

// Organisations of the name-suggestion-index: the brands OpenStreetMap maps (banks, supermarkets,
// carmakers, unions, parties, associations), each with a Wikidata item, present in Europe, the
// English-speaking countries or the whole world. Not its operators: mostly towns, libraries and
// utilities. Last in trust: a name a place already has ("Santander") stays the place's. Left out
// besides the common words: a name of several words that are all common words ("Farm Stores", "Best
// Buy"), which a heading or a label is too often written like, and a name whose words are all given
// names or surnames ("Müller", "Emma", "Fred Meyer"), which news writes more often of a person.
{
  const { allLocales } = await import(join(fakerPath, 'dist/index.js'));
  const flat = (x) => (x == null ? [] : typeof x === 'string' ? [x] : Array.isArray(x) ? x.flatMap(flat) : Object.values(x).flatMap(flat));
  const personNames = new Set(Object.values(allLocales).flatMap(({ person }) => (person ? [...flat(person.first_name), ...flat(person.middle_name), ...flat(person.last_name)] : [])));
  const allPersonNames = (form) => form.split(/[ -]+/).every((w) => personNames.has(w) || /^(?:de|van|von|der|la|le|di|da)$/.test(w));
  const { nsi } = JSON.parse(readFileSync(join(nsiPath, 'dist/json/nsi.json'), 'utf8'));
  const { wikidata } = JSON.parse(readFileSync(join(nsiPath, 'dist/wikidata/wikidata.json'), 'utf8'));
  const NEAR = new Set(['001', '150', 'eu', 'de', 'at', 'ch', 'li', 'lu', 'gb', 'ie', 'us', 'ca', 'au', 'nz', 'fr', 'it', 'es', 'nl', 'be', 'dk', 'se', 'no', 'fi', 'pl', 'cz']);
  // A common word also when inflected ("Worten", "Stripes"), and in any of its senses ("Enterprise").
  const words = commonWords({ everySense: true });
  const common = (w) =>
    ['', 's', 'es', 'e', 'en', 'n', 'er'].some((ending) => {
      if (ending && !w.endsWith(ending)) return false;
      const base = w.slice(0, w.length - ending.length);
      return words.en.has(base.toLowerCase()) || words.de.has(base) || words.de.has(base.toLowerCase());
    });
  const allCommon = (form) => form.split(/[ -]+/).every((w) => common(w) || /^(?:a|an|of|the|and|für|und|der|die|das)$/i.test(w));
  const byItem = new Map();
  for (const [path, { items }] of Object.entries(nsi).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!path.startsWith('brands/')) continue;
    for (const item of items) {
      const tags = item.tags;
      const qid = tags['brand:wikidata'];
      const include = (item.locationSet?.include ?? []).map((place) => String(place).toLowerCase());
      if (!qid || !wikidata[qid] || !include.some((place) => NEAR.has(place))) continue;
      const forms = byItem.get(qid) ?? { en: new Set(), de: new Set() };
      byItem.set(qid, forms);
      for (const name of [tags.brand, tags['brand:en']]) if (name) forms.en.add(name);
      for (const name of [tags.brand, tags['brand:de']]) if (name) forms.de.add(name);
    }
  }
  for (const [, forms] of [...byItem.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // Initials of three letters or fewer name too many things ("LVM", "DFS"); the diff reads initials as an organisation's anyway.
    const keep = (form) => !/^\p{Lu}{2,3}$/u.test(form) && form.replace(/[^\p{L}]/gu, '').length >= 3 && !allCommon(form) && !allPersonNames(form);
    add('organisation', [...forms.en].filter(keep), [...forms.de].filter(keep));
  }
}

/** The synonyms of one Ding sub-entry, annotations and abbreviations removed: "Köln (Stadt) [geogr.]; Koeln" → ["Köln", "Koeln"]. */
function synonyms(side) {
  return side
    .split('; ')
    .map((s) => s.replace(/\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|\/[^/]*\//g, ' ').replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');
}

function abbreviations(side) {
  // Two letters name too many things ("IP" is Interpol and the Internet Protocol); three or more.
  return [...side.matchAll(/\/([\p{Lu}][\p{Lu}\p{Ll}0-9-]{2,7})\//gu)].map((m) => m[1]).filter((a) => /\p{Lu}.*\p{Lu}/u.test(a));
}

/** Every word capitalised but the particles names have ("Lake Constance", "Gulf of Mexico", "Karl der Große"). */
function isProperName(form, lang) {
  const PARTICLES = lang === 'en' ? /^(of|the|and|de|von|van|la|le|del|da|on|upon|am|an|im|in)$/ : /^(der|die|das|des|von|am|an|im|in|und|de|la|le|bei|ob|unter|vor)$/;
  const words = form.split(' ');
  return words.length <= 5 && /^\p{Lu}/u.test(words[0]) && words.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.test(w));
}

/** The kind of thing a Ding entry names, or undefined when it is no name the gazetteer keeps. */
function dingCategory(german, english, tags) {
  if (/\{(?:adj|adv|v|vt|vi|vr|prp|conj|interj)\}/.test(tags)) return undefined;
  if (/\[geogr\.\]/.test(tags)) {
    // A geographic term, not a name, where its English is a common noun: "Wasserfall {m}; Fälle {pl}
    // [geogr.] :: waterfall; Falls (in names of big waterfalls)" would make every "Fälle" a place.
    if (/^\p{Ll}/u.test((synonyms(english)[0] ?? '').replace(/^the /, ''))) return undefined;
    if (/\((?:Stadt|Hauptstadt|Großstadt|Kleinstadt)\b|\((?:city|capital|town)\b/i.test(tags)) return 'city';
    if (/\(Fluss|\(river\b|\(Strom\b/i.test(tags)) return 'river';
    if (/\((?:Insel|island)|\b(?:Island|Islands|Isle)\b/.test(tags)) return 'island';
    if (/\b(?:Sea|Ocean|Lake|Gulf|Bay|Strait|Channel)\b/.test(english) || /(?:[Mm]eer|[Ss]ee|[Oo]zean|[Gg]olf|[Bb]ucht|[Kk]anal)\b/.test(german)) return 'water';
    if (/\b(?:Mountains|Mount|Alps|Range|Hills|Peak)\b/.test(english) || /(?:[Gg]ebirge|[Bb]erg|Alpen)\b/.test(german)) return 'mountain';
    if (/\((?:Staat|Land|country|state)\b/i.test(tags)) return 'country';
    return 'region';
  }
  if (/\[hist\.\]/.test(tags) && !/\{(?:m|f|n|pl)\}/.test(german) && isPersonName(english, german)) return 'person';
  const name = synonyms(english)[0] ?? '';
  if (abbreviations(german).length > 0 && abbreviations(english).length > 0 && isProperName(name, 'en') && ORGANISATION.test(name) && /^\p{Lu}/u.test(german)) return 'organisation';
  // Political parties and bodies, which Ding gives without initials ("Christlich-Demokratische Union /CDU/ [pol.] ::
  // Christian Democratic Union", "Unterhaus {n} des britischen Parlaments [pol.] :: House of Commons [Br.]").
  if (/\[pol\.\]/.test(tags) && isProperName(name, 'en') && PARTY.test(name) && /^\p{Lu}/u.test(german)) return 'organisation';
  // Courts and councils need no subject tag: their English name says what they are ("Bundesverfassungsgericht /BVerfG/ :: Federal Constitutional Court").
  if (isProperName(name, 'en') && BODY.test(name) && /^\p{Lu}/u.test(german)) return 'organisation';
  if (isSingleNamedBody(german, english, tags)) return 'body';
  return undefined;
}

/**
 * A body with one name a side, known by its initials in one language only ("Deutsche
 * Forschungsgemeinschaft {f} /DFG/ :: German Research Foundation", "Food and Drug Administration /FDA/"
 * with its German description) or filed under administration ("Bundeskartellamt {n} [adm.] :: Federal
 * Cartel Office"). Ding lists such a German name as a noun, but it names one body only. Its category
 * is "body" until it is added: an organisation there.
 */
function isSingleNamedBody(german, english, tags) {
  const initials = abbreviations(german).length + abbreviations(english).length > 0;
  const [en, de] = [synonyms(english), synonyms(german)];
  return (initials || /\[adm\.\]/.test(tags)) && en.length === 1 && de.length === 1 && isProperName(en[0], 'en') && ORGANISATION.test(en[0]) && /^\p{Lu}/u.test(de[0]);
}

/**
 * "Alexander the Great", "Fyodor Dostoevsky", "Edward the Confessor": two to five capitalised words,
 * no common noun of history; or one word for a name of several in German ("Charlemagne" = "Karl der Große").
 */
function isPersonName(english, german) {
  const first = synonyms(english)[0] ?? '';
  const firstGerman = synonyms(german)[0] ?? '';
  if (!isProperName(first, 'en')) return false;
  if (first.split(' ').length < 2 && !(isProperName(firstGerman, 'de') && firstGerman.split(' ').length >= 2)) return false;
  return !/\b(?:War|Wars|Empire|Kingdom|Republic|Treaty|Revolution|Battle|Age|Dynasty|Union|Party|League|Council|Act|Bill|Group|Youth|Movement|Period|Era|Crisis|Wall|Zero|Rights|Church|Order|Army|Front|Death|Plague|Curtain|Commission|Emirate|Amirate)\b/.test(first);
}

// ---- Output ----------------------------------------------------------------------------------

// An adjective goes to the place of the most important kind whose names it begins with, but for the
// name's last letter in English and its last two in German ("Ethiopi-an", "Äthiopi-sch", "Äthiopie-r");
// "Frank" is no French and "Swiss" no "Switzerland", and the hand-kept list has those.
{
  const RANK = ['country', 'region', 'city', 'island', 'mountain', 'river', 'water'];
  const plain = (w) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const begins = (word, name, dropped) => plain(word).startsWith(plain(name).slice(0, Math.max(4, name.length - dropped)));
  const byStem = new Map();
  for (const [id, e] of entities) {
    if (!RANK.includes(e.category)) continue;
    for (const en of e.en) {
      if (en.includes(' ')) continue;
      const list = byStem.get(plain(en).slice(0, 4)) ?? [];
      list.push(id);
      byStem.set(plain(en).slice(0, 4), list);
    }
  }
  for (const adjective of adjectives) {
    const [en, de] = [adjective.en[0], adjective.de[0].replace(/\*$/, '')];
    const id = (byStem.get(plain(en).slice(0, 4)) ?? [])
      .filter((candidate) => {
        const e = entities.get(candidate);
        return [...e.en].some((name) => !name.includes(' ') && begins(en, name, 1)) && [...e.de].some((name) => !name.includes(' ') && begins(de, name, 2));
      })
      .sort((a, b) => RANK.indexOf(entities.get(a).category) - RANK.indexOf(entities.get(b).category))[0];
    if (!id) continue;
    const e = entities.get(id);
    e.enAdjectives ??= new Set();
    e.deAdjectives ??= new Set();
    for (const f of adjective.en) if (!e.en.has(f)) e.enAdjectives.add(f);
    for (const f of adjective.de) if (!e.de.has(f)) e.deAdjectives.add(f);
  }
}

const lines = [...entities.entries()]
  .filter(([, e]) => e.en.size > 0 && e.de.size > 0)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([id, e]) => [id, e.category, [...e.en].join('|'), [...e.de].join('|'), ...(e.enAdjectives ? [[...e.enAdjectives].join('|'), [...e.deAdjectives].join('|')] : [])].join('\t'));
const header = [
  '# Built by scripts/build-gazetteer.mjs from iso-codes (LGPL-2.1+), libgweather-4-common (GPL-2+), trans-de-en (Ding, GPL-2+) and name-suggestion-index (BSD-3-Clause); do not edit.',
  '# id\tcategory\tEnglish forms (|)\tGerman forms (|)\tEnglish adjectives and demonyms (|)\tGerman ones (|, * for the adjective endings)',
];
writeFileSync(target, gzipSync(`${[...header, ...lines].join('\n')}\n`, { level: 9 }));
const counts = {};
for (const e of entities.values()) counts[e.category] = (counts[e.category] ?? 0) + 1;
process.stderr.write(`${lines.length} entities (${Object.entries(counts).map(([c, n]) => `${c} ${n}`).join(', ')}) → ${target}\n`);
