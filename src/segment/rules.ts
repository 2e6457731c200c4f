import type { Lang } from '../core/types.js';
import { once, shippedText } from '../resources/shipped.js';

/**
 * The per-language rule lists of data/segment/ (see data/segment/README.md), loaded once per
 * language on first use. Keys of the abbreviation sets are lower case, without the final period
 * and without inner spaces ("z. B." → "z.b").
 */
export interface LanguageRules {
  lang: Lang;
  /** May end a sentence; they do when the next word is a sentence starter. */
  abbreviations: ReadonlySet<string>;
  /** Never end a sentence before a capitalised word or a number. */
  prepositive: ReadonlySet<string>;
  /** Every proper prefix of a multi-part abbreviation ("z" and "i.d" for "z.b" and "i.d.r"). */
  partPrefixes: ReadonlySet<string>;
  /** Lower-cased words whose trailing "!" is part of the word (Yahoo!). */
  bangWords: ReadonlySet<string>;
  starters: ReadonlySet<string>;
  ordinalNouns: ReadonlySet<string>;
  ordinalDeterminers: ReadonlySet<string>;
  lineContinuers: ReadonlySet<string>;
  /** Lower-cased words that label a numbered heading or caption ("Figure 1.1.", "Kapitel 4."). */
  captionLabels: ReadonlySet<string>;
  /** Lower-case endings that make a compound an abbreviation ("hauptstr" ends in "str"). */
  abbreviationSuffixes: readonly string[];
}

export function rulesFor(lang: Lang): LanguageRules {
  return once(`segment rules:${lang}`, () => buildRules(lang, []));
}

/** The language's rules with `extra` entries (e.g. from --abbreviations FILE) added as abbreviations. */
export function rulesWithExtras(lang: Lang, extra: Iterable<string> | undefined): LanguageRules {
  if (!extra) return rulesFor(lang);
  const entries = [...extra];
  return entries.length === 0 ? rulesFor(lang) : buildRules(lang, entries);
}

function buildRules(lang: Lang, extraAbbreviations: string[]): LanguageRules {
  const abbreviations = new Set<string>();
  const prepositive = new Set<string>();
  const bangWords = new Set<string>();
  const addTo = (target: Set<string>, entry: string): void => {
    const key = abbreviationKey(entry);
    if (key.endsWith('!')) bangWords.add(key.slice(0, -1));
    else if (key !== '') target.add(key);
  };
  for (const entry of readList(`${lang}.abbreviations`)) addTo(abbreviations, entry);
  for (const entry of extraAbbreviations) addTo(abbreviations, entry);
  for (const entry of readList(`${lang}.prepositive`)) addTo(prepositive, entry);
  const partPrefixes = new Set<string>();
  for (const key of [...abbreviations, ...prepositive]) {
    for (let dot = key.indexOf('.'); dot > 0; dot = key.indexOf('.', dot + 1)) partPrefixes.add(key.slice(0, dot));
  }
  return {
    lang,
    abbreviations,
    prepositive,
    partPrefixes,
    bangWords,
    starters: new Set(readList(`${lang}.starters`)),
    ordinalNouns: new Set(lang === 'de' ? readList('de.ordinal-nouns') : []),
    ordinalDeterminers: new Set(lang === 'de' ? readList('de.ordinal-determiners').map((w) => w.toLowerCase()) : []),
    lineContinuers: new Set(readList(`${lang}.line-continuers`).map((w) => w.toLowerCase())),
    captionLabels: new Set(readList(`${lang}.caption-labels`).map((w) => w.toLowerCase())),
    abbreviationSuffixes: lang === 'de' ? readList('de.abbreviation-suffixes').map((w) => w.toLowerCase()) : [],
  };
}

/** "Z. B." → "z.b", "Inc." → "inc", "Yahoo!" → "yahoo!". */
export function abbreviationKey(entry: string): string {
  return entry.trim().toLowerCase().replace(/\s+/g, '').replace(/\.$/, '');
}

/** One entry a line; `#` starts a comment; blank lines are skipped. */
export function parseList(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.replace(/#.*/, '').trim()).filter((line) => line !== '');
}

/** A list of data/segment/, read once per process. */
function readList(name: string): string[] {
  return once(`segment/${name}`, () => parseList(shippedText(`segment/${name}`)));
}
