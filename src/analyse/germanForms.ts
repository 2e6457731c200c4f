import { stem } from '../words/stem.js';

/** Endings of German finite verb forms, longest first: "landete", "öffnet", "verkaufte", "landeten". */
const VERB_ENDINGS = ['eten', 'etet', 'etest', 'ete', 'est', 'et', 'ten', 'tet', 'test', 'te', 'st', 't'];
/** Separable verb prefixes: they stand before the "ge" of a participle ("ausgenutzt") and the "zu" of an infinitive ("einzuloggen"). */
const SEPARABLE = /^(ab|an|auf|aus|bei|ein|fest|fort|frei|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen|durch|um|über|unter|wieder|weiter|hoch|statt|teil)?/;

/**
 * The stems of the infinitives a German verb form may belong to, where the Porter stemmer leaves the
 * form apart from it: "öffnet" (offnet) → öffnen (offn), "landete" → landen, "gelandet" → landen,
 * "ausgenutzt" → ausnutzen, "einzuloggen" → einloggen. Translation lexicons list infinitives, and a
 * news report says "opened" where the other says "öffnet" or "wurde eröffnet". Only stems `known`
 * to the lexicon are returned; strong verbs' changed vowels ("gewonnen", "stieg") are not guessed.
 */
export function germanVerbStems(lower: string, known: (stem: string) => boolean): string[] {
  if (lower.length < 5) return [];
  const own = stem(lower, 'de');
  const found = new Set<string>();
  const consider = (base: string) => {
    if (base.length < 3) return;
    for (const infinitive of [`${base}en`, `${base}n`]) {
      const candidate = stem(infinitive, 'de');
      if (candidate !== own && known(candidate)) found.add(candidate);
    }
  };
  for (const ending of VERB_ENDINGS) if (lower.endsWith(ending)) consider(lower.slice(0, -ending.length));
  const prefix = SEPARABLE.exec(lower)![0];
  const rest = lower.slice(prefix.length);
  if (rest.startsWith('ge') && rest.length >= 6) {
    const participle = /^ge(.+?)(?:et|t|en)$/.exec(rest);
    if (participle) consider(prefix + participle[1]);
  }
  if (prefix && rest.startsWith('zu') && rest.endsWith('en') && rest.length >= 6) consider(prefix + rest.slice(2, -2));
  return [...found];
}

/** Endings of German adjective and noun inflection, longest first ("freien", "freie"). */
const INFLECTION_ENDINGS = ['en', 'em', 'er', 'es', 'e'];

/**
 * The stem of the base form of an inflected word the stemmer leaves whole: it removes endings only
 * after a consonant that follows a vowel, so "freie", "freien", "treue" keep theirs ("frei" is the
 * headword). `own` is the word's own stem. Only a base the lexicon `known`s, of three letters or more, is returned.
 */
export function germanInflectionStem(lower: string, own: string, known: (stem: string) => boolean): string | undefined {
  if (own !== lower) return undefined;
  for (const ending of INFLECTION_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
    const base = stem(lower.slice(0, -ending.length), 'de');
    if (known(base)) return base;
  }
  return undefined;
}
