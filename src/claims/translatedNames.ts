import type { ClaimSide } from '../core/claims.js';
import type { Lang } from '../core/types.js';
import { allSplits } from '../lexicon/compound.js';
import { bodyKindKeys, withBodyKinds } from './bodyKinds.js';
import { readerText } from '../segment/readerText.js';
import { STOPWORDS } from '../words/stopwords.js';
import { shares } from './context.js';
import { sentenceWords, type DiffContext } from './diffContext.js';
import { gazetteerAdjectiveIds, gazetteerWordIds } from './gazetteer.js';
import type { LocatedClaim } from './lookup.js';
import { germanFormsOfWord } from './namesWrittenOtherwise.js';
import { INSTITUTION_LINKS } from './extract/entities.js';

/**
 * Where every word of a name has its translation in the other side of the link ("Heidelberg
 * University" / "Universität Heidelberg"); a word the lexicon does not know must be written alike.
 * `common`: the name is made of common words only ("the Greens" / "die Grünen", "Commands" in a heading).
 * A known name the gazetteer gives no form of there is tried too ("National Council" / "Nationalrat",
 * "the Pacific" / "Pazifik"); one of a single word only against words the lexicon knows (`looseKeys`
 * false), since the looser keys of a name it does not know make "Bremen" of "Bremerhaven" and
 * "Freiburg" of "Freiberg". A known body (`body`) is a known name of an organisation. `taken`: the other
 * side's names of other known bodies, whose words are theirs.
 */
export function translatedInLink(
  indices: number[],
  other: Lang,
  name: string,
  lang: Lang,
  context: DiffContext,
  kind: 'name' | 'known' | 'body' = 'name',
  taken: readonly LocatedClaim[] = [],
  kindAsHead = false,
): { place: Omit<ClaimSide, 'value'>; common: boolean } | undefined {
  const nameWords = name.match(/[\p{L}\p{N}]+/gu) ?? [];
  // A known name's function words translate into none ("Court of Justice" / "Gerichtshof"), nor do an
  // institution's "of" and "for" ("Council of State" / "Staatsrat").
  const named = nameWords.filter((word) => !STOPWORDS[lang].has(word.toLowerCase()) || (kind === 'name' && word !== word.toLowerCase()));
  // German names a party by its members or its adjective, without the word: "Socialist Party" / "die
  // Sozialisten", "Left Party" / "die Linke".
  const words = lang === 'en' && named.length >= 2 && named.at(-1) === 'Party' ? named.slice(0, -1) : named;
  const looseKeys = kind === 'name' || words.length > 1;
  // A word the lexicon does not know is a name's own ("Schmidt") and must be written alike there:
  // the looser keys of unknown words would let "Schmitt" pass.
  // On the second pass (`kindAsHead`) the last word, the kind of body ("Association"), stands for the other language's
  // word of its kind ("-bund", "-verband"; bodyKinds.ts), and every other word must be translated.
  const asKind = (word: string, i: number, keys: ReadonlySet<number | string>) => (kindAsHead && i === words.length - 1 ? withBodyKinds(keys, word, lang) : keys);
  const known = words.map((word, i) => (context.contexts.isWord(word, lang) ? asKind(word, i, context.contexts.keysOf(word, lang)) : undefined));
  if (known.every((keys) => keys === undefined)) return words.length >= 2 ? writtenApart(indices, other, words, name, context) : undefined;
  const own = new Set(words.filter((_, i) => known[i] === undefined));
  // A place among them may stand in its German form or as its people's word ("Munich Airport" /
  // "Münchner Flughafen"), which the lexicon's keys do not give.
  // A word no list or lexicon knows may be a place's too, said by its "-er" word before the translated kind
  // ("Schierstein Bridge" / "Schiersteiner Brücke").
  const formsOf = words.map((word, i) => (other === 'de' ? germanFormsOfWord(word, known[i] === undefined) : [word]));
  const formSet = new Set(formsOf.flat());
  // A name of common words only ("Federal Employment Agency" / "Bundesagentur für Arbeit") is
  // translated where two thirds of its words are: the lexicon knows only some senses of each.
  // A known name is another body's where one of its words is not translated ("Federal Court of Justice" /
  // "Bundesverwaltungsgericht"): the gazetteer gave it, so the lexicon's gaps are not guessed past.
  const enoughOf = (count: number) => (kind === 'name' && own.size === 0 && words.length >= 3 && !kindAsHead ? count >= (2 * words.length) / 3 : count === words.length);
  // German compounds a name with the word for its kind: "Kennedy Bridge" = "Kennedybrücke", "Nokia
  // Arena" = "Nokia-Arena", in the place's German form: "Rhône Glacier" = "Rhonegletscher". The rest of
  // such a word is a part to translate.
  // A name's word the lexicon knows opens such a compound too ("Galápagos Islands" = "Galápagosinseln").
  const openings = words.flatMap((name, i) => ((own.has(name) || kind === 'name') && /^\p{Lu}\p{Ll}{2,}$/u.test(name) ? formsOf[i]!.filter((form) => /^\p{Lu}\p{Ll}{2,}$/u.test(form)).map((form) => ({ name, form })) : []));
  const openingOf = (word: string) => openings.find(({ form }) => word.length >= form.length + 3 && word.startsWith(form));
  const nameOpening = (word: string) => openingOf(word)?.name;
  const partsAfterName = (word: string) => {
    const opening = openingOf(word);
    if (opening === undefined) return undefined;
    const rest = word.slice(opening.form.length).replace(/^-/, '');
    return context.contexts.keysOf(rest.charAt(0).toUpperCase() + rest.slice(1), other);
  };
  // The lexicon's own split stays beside the name's: "Press" opens "Presserat", whose parts are "Presse" and "Rat".
  const withPartsAfterName = (word: string, parts: ReadonlySet<number | string>) => {
    const after = partsAfterName(word);
    return after === undefined ? parts : new Set([...parts, ...after]);
  };
  const thereKinds = (keys: ReadonlySet<number | string>, word: string) => (kindAsHead ? withBodyKinds(keys, word, other) : keys);
  for (const sentence of indices) {
    const text = readerText(context.sentences[other][sentence]!);
    const writtenThere = (i: number) => formsOf[i]!.some((form) => text.includes(form));
    // A name's own words written there first (a string search), then the sentence's words as a whole
    // (analysed once a sentence): most names fail one of them before their words are looked at.
    if (words.some((_, i) => known[i] === undefined && !writtenThere(i))) continue;
    const all = sentenceWords(context, other, sentence);
    // Each word there with its keys and its compound parts' ("Umweltbundesamt" / "Federal Environment Agency");
    // for a name no list knows, the parts of a compound the lexicon knows whole too ("Staatsrat" / "Council of
    // State"), whose few senses there need not give each part's.
    const there = [...text.matchAll(/[\p{L}\p{N}]+/gu)]
      .map((m, index) => ({ word: m[0], at: m.index, index }))
      .filter((w) => (looseKeys || context.contexts.isWord(w.word, other)) && !taken.some((body) => body.sentence === sentence && body.claim.start <= w.at && w.at < body.claim.end))
      .map((w) => ({ ...w, keys: thereKinds(context.contexts.keysOf(w.word, other), w.word), parts: thereKinds(withPartsAfterName(w.word, context.contexts.partKeys(w.word, other, kind === 'name')), w.word) }));
    const kindsThere = new Set(kindAsHead ? there.flatMap((w) => bodyKindKeys(w.word, other)) : []);
    const inParts = (keys: ReadonlySet<number | string>) => there.some((w) => shares(keys, w.parts));
    const coveredBy = (parts: boolean) => known.filter((keys, i) => keys === undefined || shares(keys, all) || shares(keys, kindsThere) || (parts && inParts(keys)) || (formsOf[i]!.length > 1 && writtenThere(i))).length;
    // A compound's parts translate a name only as a whole: "Bundesamt" alone gives "Federal" and "Agency"
    // of any federal agency. The words' own keys first; then, where they leave a word of the name
    // untranslated there, the parts ("Merit" in "Bundesverdienstkreuz", whose own keys are its first parts').
    const foundBy = (byParts: boolean) => {
      if (byParts ? coveredBy(true) < words.length : !enoughOf(coveredBy(false))) return undefined;
      // Those that are one of the name's words or translate one.
      const translates = (keys: ReadonlySet<number | string> | undefined, w: (typeof there)[number]) => keys !== undefined && (shares(keys, w.keys) || (byParts && shares(keys, w.parts)));
      const found = there.filter((w) => formSet.has(w.word) || known.some((keys) => translates(keys, w)) || nameOpening(w.word) !== undefined);
      const isCovered = (phrase: typeof found) => (word: string, i: number) => phrase.some((w) => formsOf[i]!.includes(w.word) || translates(known[i], w) || nameOpening(w.word) === word);
      // The translation is one phrase: the shortest run of these words, a few function words apart at
      // most, that translates as much of the name as any; words of the name's spread over the sentence are
      // other things said ("Arbeitserlaubnis" before "… erläuterte die Bundesagentur für Arbeit").
      let best: { phrase: typeof found; covered: number; span: number } | undefined;
      for (const phrase of runsOf(found)) {
        const coveredWords = words.filter(isCovered(phrase));
        const covered = coveredWords.length;
        // The third a name may leave untranslated is no place: "Irish Data Protection Commission" is no
        // "luxemburgische Datenschutzbehörde".
        const placeLeft = words.some((word) => !coveredWords.includes(word) && isPlaceWord(word, lang));
        const span = phrase.at(-1)!.at + phrase.at(-1)!.word.length - phrase[0]!.at;
        if (!(byParts ? covered === words.length : enoughOf(covered)) || placeLeft) continue;
        // What an institution is of or for tells it from others of its kind: "Federal Ministry of Agriculture"
        // is no "Bundesverkehrsministerium", however many of its other words are translated.
        if (covered < words.length && nameWords.some((word) => INSTITUTION_LINKS.has(word)) && !coveredWords.includes(words.at(-1)!)) continue;
        if (best === undefined || covered > best.covered || (covered === best.covered && span < best.span)) best = { phrase, covered, span };
      }
      return best?.phrase;
    };
    const found = foundBy(false) ?? foundBy(true);
    if (!found) continue;
    // One English word that translates a known body's German compound's last part says what kind of body
    // it is ("office" of "Bundeskartellamt"), not which.
    if (kind === 'body' && lang === 'de' && words.length === 1 && found.length === 1 && headTranslated(words[0]!, found[0]!.keys, context)) continue;
    const [start, end] = [found[0]!.at, found.at(-1)!.at + found.at(-1)!.word.length];
    // (One word is one place, however long the compound: "Bundesverdienstkreuz" for "Merit".)
    if (found.length > 1 && end - start > 3 * name.length) continue;
    return { place: { sentence, text: text.slice(start, end), start, end }, common: own.size === 0 };
  }
  const headIsKind = words.length >= 2 && bodyKindKeys(words.at(-1)!, lang).length > 0;
  return !kindAsHead && headIsKind ? translatedInLink(indices, other, name, lang, context, kind, taken, true) : undefined;
}

/**
 * A name of words no lexicon knows, each written whole on the other side in another order or with words between
 * ("ÖBB Nightjet" / "Nightjet der ÖBB"): the same name.
 */
function writtenApart(indices: number[], other: Lang, words: string[], name: string, context: DiffContext): { place: Omit<ClaimSide, 'value'>; common: boolean } | undefined {
  for (const sentence of indices) {
    const text = readerText(context.sentences[other][sentence]!);
    // A name's words are letters and digits only (nameWords), so each is its own pattern.
    const places = words.map((word) => new RegExp(String.raw`(?<![\p{L}\p{N}])${word}(?![\p{L}\p{N}])`, 'u').exec(text));
    if (places.some((m) => m === null)) continue;
    const start = Math.min(...places.map((m) => m!.index));
    const end = Math.max(...places.map((m) => m!.index + m![0].length));
    // Only small words between ("der", "von"): a capitalised one makes another name ("Royal Society" is not the
    // "Royal Geographical Society").
    const between = places.reduce((rest, m) => rest.replace(m![0], ' '), text.slice(start, end));
    if (end - start > 2 * name.length || /\p{Lu}/u.test(between)) continue;
    return { place: { sentence, text: text.slice(start, end), start, end }, common: false };
  }
  return undefined;
}

/** Whether the last part of a German compound, in any split the lexicon knows, has one of these keys. */
function headTranslated(word: string, keys: ReadonlySet<number | string>, context: DiffContext): boolean {
  const known = (part: string) => context.contexts.keysOf(part, 'de').size > 0;
  return allSplits(word.toLowerCase(), known).some((parts) => parts.length > 1 && shares(context.contexts.keysOf(parts.at(-1)!, 'de'), keys));
}

/** Whether a word names a place or its people, in the gazetteer ("Ireland", "Irish"). */
function isPlaceWord(word: string, lang: Lang): boolean {
  const lower = word.toLowerCase();
  return gazetteerWordIds().has(lower) || (lang === 'en' && gazetteerAdjectiveIds().has(lower));
}

/**
 * The runs of consecutive words (in sentence order) with at most five other words between two of them
 * ("Prävention und die Kontrolle von Krankheiten"), each start to each end; at most the first
 * MAX_PHRASE_WORDS words are looked at.
 */
function runsOf<T extends { index: number }>(words: T[]): T[][] {
  const head = words.slice(0, MAX_PHRASE_WORDS);
  const out: T[][] = [];
  for (let from = 0; from < head.length; from++) {
    for (let to = from; to < head.length && (to === from || head[to]!.index - head[to - 1]!.index <= 6); to++) out.push(head.slice(from, to + 1));
  }
  return out;
}

/** Words of a sentence that translate a name's, looked at for its phrase: a name has a few words. */
const MAX_PHRASE_WORDS = 12;
