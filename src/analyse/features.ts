import type { Lang } from '../core/types.js';
import { splitCompound } from '../lexicon/compound.js';
import { germanInflectionStem, germanVerbStems } from './germanForms.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { ReverseLexicon } from '../lexicon/reverse.js';
import { DocumentFeaturesBuilder, type DocumentFeatures } from './documentFeatures.js';
import { KeySet } from './keySet.js';
import { KeySetStore } from './keySets.js';
import { englishStem } from '../words/englishStem.js';
import { germanStem } from '../words/germanStem.js';
import { stem } from '../words/stem.js';
import { STOPWORDS } from '../words/stopwords.js';
import { cognateKey, countNonSpace, hasClauseMark, isCapitalisedName, isNameLikeAnywhere, normaliseNumber } from './tokens.js';
import { nextWordStart, wordEndFrom } from './wordScan.js';
import { WordTypes } from './wordTypes.js';

/**
 * What the scorer needs to know about one sentence; computed once per sentence, and kept with the rest of its
 * document's in flat arrays (documentFeatures.ts), whose `at` gives this view of them.
 * Each content token (stop words dropped) carries a few integer keys; an English and a German
 * token match when they share a key. Keys are: the word as written (names, shared technical
 * words), the normalised number, a cognate spelling key, and German stems — the German token's
 * own stem and its compound parts, the English token's lexicon translations.
 */
export interface SentenceFeatures {
  /** Characters excluding whitespace: the length signal. */
  length: number;
  /** Keys of content token t are keys[starts[t]] … keys[starts[t + 1] - 1]. */
  starts: Int32Array;
  keys: Int32Array;
  /** Each content token's own key (the word as written, or the number): how rare the word is in its document. */
  heads: Int32Array;
  /** Names and numbers as written (lower-cased, numbers normalised): the `shared` evidence. */
  anchors: string[];
  /**
   * Bit t is set when content token t opens a clause (after a comma, colon, bracket, quotation mark
   * or dash); tokens past the 31st share the last bit, as in the matcher's masks.
   */
  clauseStarts: number;
}

/**
 * Kinds of key, kept apart so that a word and a stem spelt alike do not meet: the word as written (w),
 * a number (n), a cognate spelling (c), a German stem or translation (t), an English stem (e, the claims diff).
 */
type KeyKind = 'w' | 'n' | 'c' | 't' | 'e';
const KEY_KINDS: readonly KeyKind[] = ['w', 'n', 'c', 't', 'e'];

/** An analyser's keys in id order: key `id` is of kind `KEY_KINDS[kinds[id]]`, named `names[id]`. */
export interface KeyTable {
  kinds: Uint8Array;
  names: string[];
}

interface TokenInfo {
  /** The token's set of keys (`Analyser.keySets`), or −1 for stop words and punctuation-like tokens (not content). */
  keySet: number;
  head: number;
  /** The `shared` anchor this word gives at the start of a sentence, and elsewhere. */
  anchorFirst: string | undefined;
  anchor: string | undefined;
}

export function contentCount(f: SentenceFeatures): number {
  return f.starts.length - 1;
}

/** A German word's stems, worked out once for its keys and its English counterparts. */
interface GermanStems {
  own: string;
  base: string | undefined;
}

/**
 * Turns sentences into features, interning keys as integers shared by both languages. One
 * analyser serves one document pair; it caches per distinct token, so stemming, lexicon lookup
 * and compound splitting run once per word type, not per occurrence.
 */
export class Analyser {
  /** Key ids by kind and name; one counter numbers all kinds, in the order keys are first met. */
  private readonly ids: Record<KeyKind, Map<string, number>> = { w: new Map(), n: new Map(), c: new Map(), t: new Map(), e: new Map() };
  private nextId = 0;
  /** The `t` keys of an English stem's translations: the words of one stem ("install", "installs", "installed") share them. */
  private readonly translationIds = new Map<string, readonly number[]>();
  private readonly types: Record<Lang, WordTypes<TokenInfo>> = { en: new WordTypes(), de: new WordTypes() };
  /** `info` for each language, made once: a closure made for each word looked up would be garbage for each. */
  private readonly typeInfo: Record<Lang, (word: string) => TokenInfo> = { en: (word) => this.info(word, 'en'), de: (word) => this.info(word, 'de') };
  private readonly knownParts = new Map<string, boolean>();
  /** The key sets of the word types without a name's s, by lower-cased spelling (keysOfWord). */
  private readonly keysOfLower: Record<Lang, Map<string, number>> = { en: new Map(), de: new Map() };
  /** The keys of the word type being analysed. */
  private readonly typeKeys = new KeySet();
  /** The word types' key sets. */
  private readonly keySets = new KeySetStore();

  /**
   * `reverse`: the lexicon's DE→EN direction, for readers that want every sense of a German word
   * (the claims diff); the aligner's keys come from the EN→DE lists alone.
   */
  constructor(
    private readonly lexicon: Lexicon | null,
    private readonly reverse: ReverseLexicon | null = null,
  ) {}

  /** How many distinct keys exist so far; keys are 0 … keyCount - 1. */
  get keyCount(): number {
    return this.nextId;
  }

  /** Every key so far, in id order: what another analyser needs to renumber this one's features as its own. */
  keyTable(): KeyTable {
    const kinds = new Uint8Array(this.nextId);
    const names = new Array<string>(this.nextId);
    KEY_KINDS.forEach((kind, k) => {
      for (const [name, id] of this.ids[kind]) {
        kinds[id] = k;
        names[id] = name;
      }
    });
    return { kinds, names };
  }

  /**
   * This analyser's id for each key of another analyser's table (`ids[other's id]`), numbering the keys it
   * has not met in the table's order. The table's order is the order in which the other analyser first met
   * its keys, so when a fresh analyser analysed one document, adopting its table here numbers every key as
   * analysing that document here would have: the same ids, the same output.
   */
  adoptKeys({ kinds, names }: KeyTable): Int32Array {
    const ids = new Int32Array(names.length);
    for (let k = 0; k < names.length; k++) ids[k] = this.id(KEY_KINDS[kinds[k]!]!, names[k]!);
    return ids;
  }

  /** The features of a document's sentences, in order. */
  analyseAll(texts: readonly string[], lang: Lang): DocumentFeatures {
    const builder = new DocumentFeaturesBuilder(texts.length);
    for (const text of texts) this.analyseInto(builder, text, lang);
    return builder.build(this.keySets.snapshot());
  }

  /** The features of one sentence. */
  analyse(text: string, lang: Lang): SentenceFeatures {
    return this.analyseAll([text], lang).at(0);
  }

  private analyseInto(builder: DocumentFeaturesBuilder, text: string, lang: Lang): void {
    const types = this.types[lang];
    const typeInfo = this.typeInfo[lang];
    let t = 0;
    let clauseStarts = 0;
    let clauseOpen = false;
    let end = 0;
    // The length signal, counted on the gaps between words: a word is all non-space characters.
    let nonSpace = 0;
    for (let start = nextWordStart(text, 0), index = 0; start < text.length; start = nextWordStart(text, end), index++) {
      // A clause mark before a stop word ("…, the maker of…") opens the clause at the next content token.
      clauseOpen ||= index > 0 && hasClauseMark(text, end, start);
      nonSpace += countNonSpace(text, end, start);
      end = wordEndFrom(text, start);
      nonSpace += end - start;
      const info = types.valueAt(text, start, end, typeInfo);
      const anchor = index === 0 ? info.anchorFirst : info.anchor;
      if (anchor !== undefined) builder.addAnchor(anchor);
      if (info.keySet < 0) continue;
      if (clauseOpen && t > 0) clauseStarts |= 1 << Math.min(t, 30);
      clauseOpen = false;
      builder.addToken(info.head, info.keySet);
      t++;
    }
    builder.endSentence(nonSpace + countNonSpace(text, end), clauseStarts);
  }

  /** Everything about a word type, worked out the first time it is met. */
  private info(word: string, lang: Lang): TokenInfo {
    const lower = word.toLowerCase();
    const number = normaliseNumber(word, lang);
    const name = number === undefined ? lower : number;
    // The word's own key first: it is the first key the word's keys meet, so ids are numbered as before,
    // and the keys below reuse it instead of looking it up again.
    const head = number === undefined ? this.id('w', lower) : this.id('n', number);
    // Name-like at a sentence's start is name-like anywhere; elsewhere an English capital counts too (tokens.ts).
    const nameFirst = isNameLikeAnywhere(word);
    const nameElsewhere = nameFirst || (lang === 'en' && isCapitalisedName(word));
    return {
      keySet: number === undefined ? this.keysOfWord(lower, head, lang, nameWithS(word, lang, nameElsewhere)) : this.keySets.add([head], 1),
      head,
      anchorFirst: number !== undefined || nameFirst ? name : undefined,
      anchor: number !== undefined || nameElsewhere ? name : undefined,
    };
  }

  /**
   * `wordKeys`, shared by the word types of one lower-cased spelling ("Install", "install") unless a name's
   * s sets them apart: some 8 % of word types are another's twin in case, and a twin's keys are all
   * met already, so sharing them numbers no key differently.
   */
  private keysOfWord(lower: string, head: number, lang: Lang, bare: string | undefined): number {
    if (bare) return this.wordKeys(lower, head, lang, bare);
    const known = this.keysOfLower[lang];
    let keys = known.get(lower);
    if (keys === undefined) {
      keys = this.wordKeys(lower, head, lang, undefined);
      known.set(lower, keys);
    }
    return keys;
  }

  /**
   * `head`: the key of the word as written (`lower`). `bare`: the word without the s of a name's plural or
   * genitive ("iPads", "Kerbers"), when it has one.
   */
  private wordKeys(lower: string, head: number, lang: Lang, bare: string | undefined): number {
    if (STOPWORDS[lang].has(lower) || !/\p{L}/u.test(lower)) return /\d/.test(lower) ? this.keySets.add([head], 1) : -1;
    const names = this.typeKeys;
    names.clear();
    names.add(head);
    if (bare) names.add(this.id('w', bare));
    const parts = lower.includes('-') ? lower.split('-').filter((p) => p.length > 1) : [lower];
    for (const part of parts) {
      names.add(part === lower ? head : this.id('w', part));
      const cognate = cognateKey(part);
      if (cognate) names.add(this.id('c', cognate));
      const german = lang === 'de' ? this.germanStems(part) : undefined;
      if (german) this.addGermanStems(part, german, names);
      else this.addTranslations(part, names);
      if (this.reverse) this.addReverse(part, german, names);
    }
    return this.keySets.add(names.added, names.size);
  }

  /** A German word's own stem, and its headword's where the stemmer left an inflection on it ("freie"). */
  private germanStems(word: string): GermanStems {
    const own = stem(word, 'de');
    const lexicon = this.lexicon;
    return { own, base: lexicon ? germanInflectionStem(word, own, (s) => lexicon.hasGermanStem(s)) : undefined };
  }

  /** An English word's own stem, and a German word's English stems (of its own stems and of its headwords). */
  private addReverse(word: string, german: GermanStems | undefined, names: KeySet): void {
    for (const en of this.englishOf(word, german)) names.add(this.id('e', en));
  }

  /** The English stems of a lower-case word (see addReverse); none without the DE→EN lexicon. */
  englishStems(lower: string, lang: Lang): string[] {
    if (!this.reverse) return [];
    return this.englishOf(lower, lang === 'de' ? this.germanStems(lower) : undefined);
  }

  private englishOf(word: string, german: GermanStems | undefined): string[] {
    if (!german) return [stem(word, 'en')];
    const { own, base } = german;
    return [own, ...(base ? [base] : []), ...(this.lexicon?.germanLemmas(own) ?? [])].flatMap((deStem) => this.reverse!.english(deStem));
  }

  private addTranslations(word: string, names: KeySet): void {
    if (!this.lexicon) return;
    const enStem = stem(word, 'en');
    let ids = this.translationIds.get(enStem);
    if (ids === undefined) {
      ids = this.lexicon.translations(enStem).map((de) => this.id('t', de));
      this.translationIds.set(enStem, ids);
    }
    for (const id of ids) names.add(id);
  }

  /**
   * A German word's own stem and, for a verb form the stemmer leaves apart from its infinitive, the
   * infinitive's; unknown long words also contribute the stems of their compound parts.
   */
  private addGermanStems(word: string, { own, base }: GermanStems, names: KeySet): void {
    names.add(this.id('t', own));
    const lexicon = this.lexicon;
    if (!lexicon) return;
    for (const lemma of lexicon.germanLemmas(own)) names.add(this.id('t', lemma));
    if (base) names.add(this.id('t', base));
    for (const infinitive of germanVerbStems(word, (s) => lexicon.hasGermanStem(s))) names.add(this.id('t', infinitive));
    if (word.length < 7 || lexicon.hasGermanStem(own)) return;
    for (const part of splitCompound(word, this.knownPart) ?? []) {
      names.add(this.id('w', part));
      names.add(this.id('t', stem(part, 'de')));
    }
  }

  /**
   * Whether a piece of a German compound is a word the lexicon knows, German or an English loan. Long words
   * share their heads and tails ("paket…", "…verwaltung"), so each piece is looked up once per analyser,
   * and stemmed by the stemmers themselves: `stem` would also remember each piece's two stems (27k strings on
   * the mixed 18k set), which are not asked for again once this map has the answer.
   */
  private readonly knownPart = (part: string): boolean => {
    let known = this.knownParts.get(part);
    if (known === undefined) {
      const lexicon = this.lexicon!;
      known = lexicon.hasGermanStem(germanStem(part)) || lexicon.hasEnglishStem(englishStem(part));
      this.knownParts.set(part, known);
    }
    return known;
  };

  private id(kind: KeyKind, name: string): number {
    const ids = this.ids[kind];
    let id = ids.get(name);
    if (id === undefined) {
      id = this.nextId++;
      ids.set(name, id);
    }
    return id;
  }

}

/**
 * A name with a plural, genitive or possessive s, without it: "iPads" → "ipad" (beside "iPad-Tablet"),
 * "Berlin's" → "berlin", German "Kerbers" / "Renzis" → "kerber" / "renzi". Names only: capitalised or with
 * inner capitals in English (`nameLike`, name-like away from a sentence's start; a common plural is the
 * lexicon's business), capitalised in German; never "ss".
 */
function nameWithS(word: string, lang: Lang, nameLike: boolean): string | undefined {
  const named = lang === 'en' ? nameLike : /^\p{Lu}/u.test(word);
  return named ? /^(\p{L}{3,}[^s])(?:'s|’s|s)$/u.exec(word.toLowerCase())?.[1] : undefined;
}
