import type { Lang } from '../core/types.js';

/**
 * The word a name uses for the kind of body it names, which translations render loosely: "German Museums
 * Association" / "Deutscher Museumsbund", "German Alpine Club" / "Deutscher Alpenverein", "Japan's Fisheries
 * Agency" / "japanische Fischereibehörde", "Veterans Affairs" / "Veteranenministerium". The lexicon gives each
 * word some senses of the other language's kinds, rarely the one a given body's name uses. Two families
 * stand for each other within themselves: bodies of members, and offices of a government. Each is a key a
 * name's word and a word on the other side share, for the names' comparison only (translatedNames.ts).
 */
const ENGLISH_KINDS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    'association associations club society federation union league confederation'.split(' ').map((word) => [word, 'kind:members']),
  ),
  ...Object.fromEntries('agency authority office administration service division department ministry affairs bureau directorate'.split(' ').map((word) => [word, 'kind:office'])),
};

/** German kinds as the last part of a compound or a word of their own, with the endings of their cases and plurals. */
const GERMAN_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:verband|verein|bund|verbund|club|klub)(?:e?s|e)?$|(?:gesellschaft|vereinigung)(?:en)?$|(?:liga|union)$/u, 'kind:members'],
  [/(?:behörde|stelle)n?$|(?:amt|dienst)(?:e?s|e)?$|(?:agentur|verwaltung)(?:en)?$|ministerium(?:s)?$|(?:direktion|service)$/u, 'kind:office'],
];

/** The kind keys of one word: an English word of a name, or a German noun (capitalised), whole or as a compound's last part. */
export function bodyKindKeys(word: string, lang: Lang): string[] {
  if (lang === 'en') {
    const kind = ENGLISH_KINDS[word.toLowerCase()];
    return kind === undefined ? [] : [kind];
  }
  if (!/^\p{Lu}/u.test(word)) return [];
  const lower = word.toLowerCase();
  return GERMAN_KINDS.filter(([pattern]) => pattern.test(lower)).map(([, kind]) => kind);
}

/** The keys with the word's kind keys added, or the same set where it has none. */
export function withBodyKinds(keys: ReadonlySet<number | string>, word: string, lang: Lang): ReadonlySet<number | string> {
  const kinds = bodyKindKeys(word, lang);
  return kinds.length === 0 ? keys : new Set([...keys, ...kinds]);
}
