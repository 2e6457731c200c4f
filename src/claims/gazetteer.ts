import type { Lang } from '../core/types.js';
import { once, shippedGunzipped, shippedText } from '../resources/shipped.js';

/** One entry of data/claims/entities.tsv: a named entity with its English and German names. */
/** The gazetteer's categories of places, which are also the kinds of a place's claim. */
export const PLACE_KINDS: ReadonlySet<string> = new Set(['city', 'country', 'region', 'river', 'water', 'mountain', 'island']);

export interface GazetteerEntry {
  id: string;
  category: string;
  forms: Record<Lang, string[]>;
  /**
   * Adjective and demonym forms ("German", "deutsch*", "Frankfurter"); `*` stands for the German
   * adjective endings. They confirm a name on the other side but are never a claim of their own.
   */
  adjectives: Record<Lang, string[]>;
}

export function parseGazetteer(tsv: string): GazetteerEntry[] {
  return tsv
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line, i) => {
      const [id, category, en, de, enAdjectives, deAdjectives] = line.split('\t');
      if (!id || !category || !en || !de) throw new Error(`data/claims/entities.tsv line ${i + 1}: expected at least 4 tab-separated fields`);
      const list = (field: string | undefined) => (field ? field.split('|').filter((f) => f !== '') : []);
      return { id, category, forms: { en: list(en), de: list(de) }, adjectives: { en: list(enAdjectives), de: list(deAdjectives) } };
    });
}

/**
 * The bundled lists, read once on first use: the hand-kept entities.tsv (adjectives, companies,
 * categories) and gazetteer.tsv.gz, built by scripts/build-gazetteer.mjs from iso-codes, the GNOME
 * weather locations and the Ding dictionary. Package data like a lexicon (shipped in `data/`, next to
 * `dist/` and `src/`), not user input: resources/shipped.ts reads them for the claims code.
 */
export function gazetteer(): GazetteerEntry[] {
  return once('claims/gazetteer', () =>
    withShortForms(mergeGazetteers(parseGazetteer(shippedText('claims/entities.tsv')), parseGazetteer(shippedGunzipped('claims/gazetteer.tsv.gz').toString('utf8')))),
  );
}

/**
 * News shortens the name of a body of the European Union or the United Nations to the abbreviation:
 * "EU Commission" = "European Commission", "EU-Kommission" = "Europäische Kommission", "UN Security
 * Council" = "United Nations Security Council"; and a saint's name to "St." ("St Petersburg" = "Saint Petersburg",
 * "St. Gallen" = "Sankt Gallen", "St Moritz" = "St. Moritz"). Each entry gains those forms of its names, and its English names without diacritics.
 */
export function withShortForms(entries: GazetteerEntry[]): GazetteerEntry[] {
  return entries.map((entry) => {
    const short = (lang: Lang) => entry.forms[lang].flatMap((form) => SHORT_FORMS[lang].flatMap(([long, abbreviation]) => {
      const m = long.exec(form);
      return m && m[1] !== 'Union' ? [`${abbreviation}${m[1]!}`] : [];
    }));
    const added = { en: [...new Set([...short('en'), ...entry.forms.en.map(withoutDiacritics)])].filter((form) => !entry.forms.en.includes(form)), de: short('de').filter((form) => !entry.forms.de.includes(form)) };
    const own = entry.adjectives.de.some((form) => form.endsWith('*')) ? [] : placeAdjectives(entry);
    const adjectives = [...own, ...peopleOfAdjectives([...entry.adjectives.de, ...own]).filter((form) => !entry.adjectives.de.includes(form))];
    if (added.en.length === 0 && added.de.length === 0 && adjectives.length === 0) return entry;
    return { ...entry, forms: { en: [...entry.forms.en, ...added.en], de: [...entry.forms.de, ...added.de] }, adjectives: { ...entry.adjectives, de: [...entry.adjectives.de, ...adjectives] } };
  });
}

/**
 * English news writes a foreign name with its diacritics or without them ("Wrocław" / "Wroclaw", "Łódź" /
 * "Lodz", "Kraków" / "Krakow"); letters with a stroke have no decomposition to strip.
 */
function withoutDiacritics(form: string): string {
  return form.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁøØđĐı]/gu, (letter) => STROKED[letter]!).normalize('NFC');
}

const STROKED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i' };

/**
 * German makes the adjective of a country or region with "-isch" on its name's stem: "Schottland" →
 * "schottisch" ("vor der schottischen Küste" = "off the coast of Scotland"), "Sachsen" → "sächsisch"
 * ("die sächsische Polizei" = "police in Saxony"), "Westfalen" → "westfälisch", "Bayern" → "bayerisch",
 * "Kroatien" → "kroatisch", "Brandenburg" → "brandenburgisch"; a name in "-a" with or without its "a" and an
 * "n" ("Kanada" → "kanadisch", "Südkorea" → "südkoreanisch"), a hyphenated name by its first part
 * ("Saudi-Arabien" → "saudisch", "Bosnien-Herzegowina" → "bosnisch"). A stem in "-en" may take an umlaut or not
 * ("hessisch"), so both are made. A name in "-land" also makes its people's word with "-länder" ("Helgoland" →
 * "Helgoländer": "die Helgoländer Düne" = "Heligoland's Düne"). Only for places the lists give no adjective for; a
 * wrong form ("saarisch", "sachsisch") matches nothing.
 */
function placeAdjectives(entry: GazetteerEntry): string[] {
  if (!['country', 'region'].includes(entry.category)) return [];
  // A hyphenated name's first part, whose "-i" goes before "-isch" ("Saudi" → "saudisch").
  const firstParts = entry.forms.de.filter((form) => form.includes('-')).map((form) => form.slice(0, form.indexOf('-')));
  const stems = [...entry.forms.de.filter((form) => !form.includes('-')), ...firstParts].filter((form) => /^\p{Lu}\p{Ll}{3,}$/u.test(form)).flatMap((form) => {
    const lower = form.toLowerCase();
    if (lower.endsWith('land')) return [lower.slice(0, -4)];
    if (lower.endsWith('ien')) return [lower.slice(0, -3), lower];
    if (lower.endsWith('ern')) return [lower.slice(0, -1)];
    if (lower.endsWith('en')) return [lower.slice(0, -2), withUmlaut(lower.slice(0, -2))];
    if (lower.endsWith('burg')) return [lower];
    if (lower.endsWith('a')) return [lower.slice(0, -1), `${lower}n`];
    if (lower.endsWith('i') && firstParts.includes(form)) return [lower.slice(0, -1)];
    // "Slowakei" → "slowakisch", "Türkei" → "türkisch", "Mongolei" → "mongolisch".
    if (lower.endsWith('ei')) return [lower.slice(0, -2)];
    return [];
  });
  const landPeople = entry.forms.de.filter((form) => /^\p{Lu}\p{Ll}+land$/u.test(form)).map((form) => `${form.slice(0, -4)}länder`);
  return [...[...new Set(stems.filter((stem) => stem.length >= 3))].map((stem) => `${stem}isch*`), ...landPeople];
}

/**
 * The people of a place whose adjective ends in "-anisch" or "-enisch", named with "-er" on the same stem:
 * "brasilianisch" → "Brasilianer" ("The swimmer from Brazil" / "Der Brasilianer"), "mexikanisch" → "Mexikaner",
 * "italienisch" → "Italiener". Other stems make their people otherwise ("spanisch" / "Spanier", "schwedisch" /
 * "Schwede"), so only these.
 */
function peopleOfAdjectives(adjectives: readonly string[]): string[] {
  const people = adjectives.flatMap((form) => {
    const stem = /^(\p{Ll}{3,}(?:an|en))isch\*$/u.exec(form)?.[1];
    return stem === undefined ? [] : [`${stem[0]!.toUpperCase()}${stem.slice(1)}er*`];
  });
  return [...new Set(people)];
}

/** The stem with its last vowel umlauted: "sachs" → "sächs", "schwab" → "schwäb". */
function withUmlaut(stem: string): string {
  const m = /^(.*?)(au|a|o|u)([^aeiouäöü]*)$/u.exec(stem);
  return m ? `${m[1]}${m[2] === 'au' ? 'äu' : { a: 'ä', o: 'ö', u: 'ü' }[m[2] as 'a' | 'o' | 'u']}${m[3]}` : stem;
}

const SHORT_FORMS: Record<Lang, Array<[RegExp, string]>> = {
  en: [
    [/^European (\p{Lu}.*)$/u, 'EU '],
    [/^United Nations (\p{Lu}.*)$/u, 'UN '],
    [/^(?:Saint|St\.?) (\p{Lu}.*)$/u, 'St. '],
    [/^(?:Saint|St\.?) (\p{Lu}.*)$/u, 'St '],
  ],
  de: [
    [/^Europäische[nr]? (\p{Lu}\p{Ll}+)$/u, 'EU-'],
    [/^(?:Sankt|St\.) (\p{Lu}.*)$/u, 'St. '],
    [/^(?:Sankt|St\.) (\p{Lu}.*)$/u, 'Sankt '],
  ],
};

/**
 * The hand-kept entries with the built ones added: a built entry naming a hand-kept entity (an English
 * form in common, same category) lends it its other forms, and its adjectives where it has none; a form a hand-kept entry already has goes
 * to that entry alone, so "Georgia" stays the hand-kept list's and "EU" the European Union's.
 */
export function mergeGazetteers(kept: GazetteerEntry[], built: GazetteerEntry[]): GazetteerEntry[] {
  const merged = kept.map((e) => ({ ...e, forms: { en: [...e.forms.en], de: [...e.forms.de] }, adjectives: { en: [...e.adjectives.en], de: [...e.adjectives.de] } }));
  const owners = { en: new Map<string, GazetteerEntry>(), de: new Map<string, GazetteerEntry>() };
  for (const entry of merged) for (const lang of ['en', 'de'] as const) for (const form of entry.forms[lang]) owners[lang].set(form, entry);
  for (const entry of built) {
    const same = entry.forms.en.map((f) => owners.en.get(f)).find((owner) => owner?.category === entry.category);
    const target = same ?? { ...entry, forms: { en: [] as string[], de: [] as string[] } };
    for (const lang of ['en', 'de'] as const) {
      for (const form of entry.forms[lang]) {
        if (owners[lang].has(form)) continue;
        target.forms[lang].push(form);
        owners[lang].set(form, target);
      }
    }
    if (same) {
      // Its adjectives and demonyms too, where the hand-kept entry has none ("Mailänder" for Milan).
      for (const lang of ['en', 'de'] as const) if (same.adjectives[lang].length === 0) same.adjectives[lang] = entry.adjectives[lang].filter((form) => !owners[lang].has(form));
    } else if (target.forms.en.length > 0 && target.forms.de.length > 0) merged.push(target);
  }
  return merged;
}

let byId: Map<string, GazetteerEntry> | undefined;

/** The entry of a gazetteer id ("munich"), or undefined for a value that is none. */
export function gazetteerEntry(id: string): GazetteerEntry | undefined {
  if (!byId) {
    byId = new Map();
    for (const entry of gazetteer()) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  }
  return byId.get(id);
}

let wordIds: Map<string, string> | undefined;

/**
 * Single-word names of either language → their id ("münchen" → "munich"), so that a longer name
 * containing one normalises alike in both languages: "FC Bayern München" = "Bayern Munich".
 */
export function gazetteerWordIds(): ReadonlyMap<string, string> {
  if (!wordIds) {
    wordIds = new Map();
    for (const entry of gazetteer()) {
      for (const form of [...entry.forms.en, ...entry.forms.de]) if (!/[\s.]/.test(form)) wordIds.set(form.toLowerCase(), entry.id);
    }
  }
  return wordIds;
}

/** The entry a single-word name of either language names ("München" → Munich's), if any. */
export function gazetteerEntryOfWord(word: string): GazetteerEntry | undefined {
  // A name written with its diacritics where the lists have none ("Rhône" / "Rhone").
  const lower = word.toLowerCase();
  const id = gazetteerWordIds().get(lower) ?? gazetteerWordIds().get(withoutDiacritics(lower));
  return id === undefined ? undefined : gazetteerEntry(id);
}

let adjectiveIds: Map<string, string> | undefined;

/** English adjectives of places, by their lower-cased form ("hungarian" → "hungary"), for a place named inside a longer name ("Hungarian Grand Prix"). */
export function gazetteerAdjectiveIds(): ReadonlyMap<string, string> {
  if (!adjectiveIds) {
    adjectiveIds = new Map();
    for (const entry of gazetteer()) {
      for (const form of entry.adjectives.en) if (/^\p{Lu}\p{Ll}+$/u.test(form) && !adjectiveIds.has(form.toLowerCase())) adjectiveIds.set(form.toLowerCase(), entry.id);
    }
  }
  return adjectiveIds;
}
