import { Analyser, contentCount } from '../analyse/features.js';
import type { Lang } from '../core/types.js';
import { allSplits } from '../lexicon/compound.js';
import { isLexiconWord } from '../lexicon/knownWord.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { ReverseLexicon } from '../lexicon/reverse.js';
import { stem } from '../words/stem.js';
import type { Claim } from './claim.js';
import { sameKey } from './equality.js';

/**
 * What a claim is about, read from the words around it: "acquired … in 2018" and "Anfang 2020 …
 * eingestellt" are two events even in one linked sentence pair, "revenue rose to $5bn" and "Umsatz
 * stieg auf 6 Mrd. Dollar" one. Two claims are about the same thing when some word near one
 * translates (through the lexicon), or is written like, some word near the other, or when an equal
 * claim stands near both ("on Monday at 8:00" / "am Montag um 9 Uhr").
 *
 * The words near a claim are those of its clause within WINDOW words on either side, without the
 * sentence's other claims (names and figures say who and how much, not what happened) and without
 * the words that only qualify a figure ("early 2018" = "Anfang 2018", "about", "rund").
 */
export type Correspondence = 'same' | 'different' | 'unknown';

/** How many words on each side of a claim say what it is about. */
export const CLAIM_WINDOW: Window = { before: 6, after: 6 };

export interface Window {
  before: number;
  after: number;
}

/** Words that qualify a figure or a time rather than say what it is about. */
const QUALIFIERS = new Set(
  [
    'early late mid end beginning start about around approximately roughly nearly almost some over under more less fewer than least most up down just only exactly around total',
    'anfang ende mitte beginn rund etwa circa ca fast knapp beinahe gut über unter mehr weniger als mindestens höchstens genau insgesamt nur gerade bereits schon',
  ]
    .join(' ')
    .split(' '),
);

/** The particles of German separable verbs, which stand at the end of a main clause ("lehnte … ab"). */
export const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set('ab an auf aus bei ein fest fort her hin los mit nach vor weg zu zurück zusammen weiter wieder hoch'.split(' '));

const NO_KEYS: ReadonlySet<number | string> = new Set();

/** How many of a word's translations, in the lexicon's order, give the letters of initials (see translationInitials). */
const MAIN_SENSES = 6;
/** Readings of a compound looked at: a name's compound has a handful. */
const MAX_SPLITS = 8;

/** Marks that end a clause; a comma inside a figure ("7,5") belongs to a claim, which is masked first. */
const CLAUSE_END = /[,;:()[\]"“”„«»–—!?]|\s-\s|(?<![\p{L}\p{N}])(?:and|but|while|whereas|und|aber|sondern|während)(?![\p{L}\p{N}])/giu;

/** A word, or a masked claim ("#…"), which takes a word's place in the window but says nothing itself. */
const WORD = /[\p{L}][\p{L}\p{N}'’-]*|#+/gu;

/**
 * The keys of the words around one span of a sentence (a claim, or a negation cue), the sentence's
 * other claims masked out; an equal claim near both sides counts through its value.
 */
export class ClaimContexts {
  private analyserInUse: Analyser | undefined;
  private readonly sentences = new Map<string, ReadonlySet<number | string>>();
  private readonly claimsNear = new WeakMap<Claim, ReadonlySet<number | string>>();
  /** Per word, once per diff: whether the lexicon knows it, and its keys. */
  private readonly known = new Map<string, boolean>();
  private readonly words = new Map<string, ReadonlySet<number | string>>();
  private readonly initials = new Map<string, ReadonlySet<string>>();

  /** The lexicons are asked for on first use: a diff with no two claims to weigh loads neither. */
  constructor(
    private readonly lexicon: () => Lexicon | null,
    private readonly reverse: () => ReverseLexicon | null,
  ) {}

  private get analyser(): Analyser {
    return (this.analyserInUse ??= new Analyser(this.lexicon(), this.reverse()));
  }

  /** `compute`'s words around `claim`, computed once per claim. */
  aroundOnce(claim: Claim, compute: () => ReadonlySet<number | string>): ReadonlySet<number | string> {
    let keys = this.claimsNear.get(claim);
    if (!keys) this.claimsNear.set(claim, (keys = compute()));
    return keys;
  }

  /**
   * The words two claims' contexts share, one of each side as written ("visitors" / "Besucher"), for a
   * reader to see what the two figures both count: the pair nearest the English claim first;
   * undefined when none corresponds word to word.
   */
  anchor(en: ClaimPlace, de: ClaimPlace): { en: string; de: string } | undefined {
    const wordsOf = (place: ClaimPlace) => windowWords(place, CLAIM_WINDOW).nearestFirst;
    const deWords = wordsOf(de).map((word) => ({ word, keys: this.keysOf(word, 'de') }));
    for (const word of wordsOf(en)) {
      const keys = this.keysOf(word, 'en');
      const match = deWords.find((candidate) => shares(keys, candidate.keys));
      if (match) return { en: word, de: match.word };
    }
    return undefined;
  }

  /** Whether the lexicon knows the word as a word of the language (any case), not only as a name. */
  isWord(word: string, lang: Lang): boolean {
    const id = `${lang}:${word}`;
    let known = this.known.get(id);
    if (known === undefined) {
      const lexicon = this.lexicon();
      known = lexicon !== null && isLexiconWord(lexicon, word, lang);
      this.known.set(id, known);
    }
    return known;
  }


  around(place: ClaimPlace, lang: Lang, window: Window = CLAIM_WINDOW): Set<number | string> {
    const { words, near, windowFrom, windowTo } = windowWords(place, window);
    const keys = this.keysOf(words.join(' '), lang);
    for (const claim of near.claims) {
      if (!COUNTED_NEAR.has(claim.type) || claim.soft || (claim.start === place.start && claim.end === place.end)) continue;
      if (claim.end > windowFrom && claim.start < windowTo) keys.add(`claim:${sameKey(claim)}`);
    }
    return keys;
  }

  /**
   * What a negation cue at text[start, end) negates: the first content word after it in its clause
   * ("not be apparent" → "apparent", "nicht verfügbar"), or, when none follows, the last before it
   * ("Er kommt heute nicht" → "heute"). One word, not the clause: the other side of a faithful
   * translation shares some word with almost any clause, but rarely the negated one, affirmed.
   */
  negatedWord(cue: ClaimPlace, lang: Lang): ReadonlySet<number | string> {
    const word = this.negatedWordWritten(cue, lang);
    return word === undefined ? new Set() : this.keysOf(word, lang);
  }

  /** The word `negatedWord` reads, as written; undefined where none has keys. */
  negatedWordWritten(cue: ClaimPlace, lang: Lang): string | undefined {
    const near = neighbourhood(cue);
    const [from, to] = clauseAround(near.masked, near.start, near.end);
    const after = [...near.masked.slice(near.end, to).matchAll(WORD)].map((m) => m[0]);
    const before = [...near.masked.slice(from, near.start).matchAll(WORD)].map((m) => m[0]).reverse();
    // One word only, an idiom's own included ("not yet released" → "yet"): with two words ("no free
    // beds" → "beds" too), or past an idiom's ("nicht weiter benutzen" → "benutzen" against "finished
    // using"), real translations gave several times the false conflicts.
    // A separable verb's particle closes a German clause ("deckt … nicht ab"); the verb before it says what is negated.
    if (lang === 'de' && after.length > 0 && SEPARABLE_PARTICLES.has(after.at(-1)!.toLowerCase())) after.pop();
    return [...after, ...before].find((word) => word[0] !== '#' && this.keysOf(word, lang).size > 0);
  }

  /**
   * The keys of a German compound's parts, each in full: "Umweltbundesamt" = Umwelt + Bundes + Amt. The
   * analysis gives a word a bounded number of keys, which a compound of three parts fills before each
   * part's own translation ("environment", "agency") is in; a name is matched word by word against them.
   * Empty for a word with no split of words it knows, and for one the lexicon knows whole unless
   * `evenKnown`: the lexicon's few senses of "Staatsrat" need not give each part's ("state").
   */
  partKeys(word: string, lang: Lang, evenKnown = false): ReadonlySet<number | string> {
    if (lang !== 'de' || (!evenKnown && this.isWord(word, lang))) return NO_KEYS;
    const id = `parts:${word}`;
    let keys = this.words.get(id);
    if (!keys) {
      // Every reading of the compound: the first the lexicon allows need not be its writer's.
      const parts = new Set(allSplits(word.toLowerCase(), (part) => this.isWord(part, 'de'), MAX_SPLITS).flat());
      const union = new Set<number | string>();
      for (const part of parts) for (const key of this.keysOf(part, 'de')) union.add(key);
      this.words.set(id, (keys = union));
    }
    return keys;
  }

  /**
   * The first letters of a word's translations into the other language, and its own: what its letter
   * may be in the other language's initials ("Refugees" gives the "F" of "BAMF", Flüchtlinge).
   */
  translationInitials(word: string, lang: Lang): ReadonlySet<string> {
    const id = `initials:${lang}:${word}`;
    let letters = this.initials.get(id);
    if (!letters) {
      const own = stem(word.toLowerCase(), lang);
      const translations = lang === 'en' ? (this.lexicon()?.translations(own) ?? []) : (this.reverse()?.english(own) ?? []);
      // The first translations only, the word's main senses: sixteen give most of the alphabet.
      letters = new Set([word.charAt(0).toLowerCase(), ...translations.slice(0, MAIN_SENSES).map((translation) => translation.charAt(0))]);
      this.initials.set(id, letters);
    }
    return letters;
  }

  /** A word's English stems: its own in English, its translations' in German (the lexicon's DE→EN direction, as its `e` keys). */
  englishStems(word: string, lang: Lang): readonly string[] {
    return this.analyser.englishStems(word.toLowerCase(), lang);
  }

  /** The keys of every word of a sentence, once per sentence (`id` names it: language and index). */
  ofSentence(id: string, text: string, lang: Lang): ReadonlySet<number | string> {
    const known = this.sentences.get(id);
    if (known) return known;
    const keys = this.keysOf(text, lang);
    this.sentences.set(id, keys);
    return keys;
  }

  /** The keys of the content words of a text (a word, a window's words, a sentence); a single word's once. */
  keysOf(text: string, lang: Lang): Set<number | string> {
    if (text.length > 40 || !/^[\p{L}\p{N}]+$/u.test(text)) return this.keysOfText(text, lang);
    const id = `${lang}:${text}`;
    let keys = this.words.get(id);
    if (!keys) this.words.set(id, (keys = this.keysOfText(text, lang)));
    return new Set(keys);
  }


  private keysOfText(text: string, lang: Lang): Set<number | string> {
    const keys = new Set<number | string>();
    if (text === '') return keys;
    const features = this.analyser.analyse(text, lang);
    for (let t = 0; t < contentCount(features); t++) {
      for (let k = features.starts[t]!; k < features.starts[t + 1]!; k++) keys.add(features.keys[k]!);
    }
    return keys;
  }
}

/**
 * Claims near a claim that tell which event it belongs to: a date or a figure. Names tell who, and the
 * same company acquires in 2018 and shuts down in 2020.
 */
const COUNTED_NEAR: ReadonlySet<string> = new Set(['date', 'time', 'amount', 'percentage', 'quantity', 'range']);

/**
 * Whether two claims' contexts show the same subject: some word near one corresponds to a word near the
 * other. They show different subjects only with evidence of it — a word near one claim corresponds to
 * a word elsewhere in the other's sentence, away from its claim ("acquired … 2018" against "Nach der
 * Übernahme … 2020 eingestellt"). Two contexts that merely share no word are too little to tell:
 * translators rephrase ("arrives" / "erreicht"), and the lexicon knows only some senses.
 */
export function correspondence(near: Pair<ReadonlySet<number | string>>, sentences: () => Pair<ReadonlySet<number | string>>): Correspondence {
  const [a, b] = near;
  if (a.size === 0 || b.size === 0) return 'unknown';
  if (shares(a, b)) return 'same';
  // The sentences' words only when the near words differ: most claims pairs never need them.
  const [sentenceA, sentenceB] = sentences();
  return shares(a, sentenceB) || shares(b, sentenceA) ? 'different' : 'unknown';
}

type Pair<T> = readonly [T, T];

export function shares(a: ReadonlySet<number | string>, b: ReadonlySet<number | string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}

/** How many keys two contexts share: how much of what they are about corresponds. */
export function sharedCount(a: ReadonlySet<number | string>, b: ReadonlySet<number | string>): number {
  let count = 0;
  for (const key of a) if (b.has(key)) count++;
  return count;
}

/**
 * The text around text[start, end) — REACH characters each side, enough for any clause's six words —
 * with every other claim in it blanked, so its words and clause marks do not count; `start`/`end` and
 * the text are relative to `offset`. Bounded so that a sentence of 200,000 claims (a 5 MB line) costs
 * no more per claim than a short one. `claims` are in text order, as extraction gives them.
 */
function neighbourhood({ text, claims, start, end }: ClaimPlace): { masked: string; offset: number; start: number; end: number; claims: Claim[] } {
  const offset = Math.max(0, start - REACH);
  const stop = Math.min(text.length, end + REACH);
  let first = 0;
  for (let hi = claims.length; first < hi; ) {
    const mid = (first + hi) >>> 1;
    if (claims[mid]!.start < offset - MAX_CLAIM_LENGTH) first = mid + 1;
    else hi = mid;
  }
  const inside: Claim[] = [];
  const parts: string[] = [];
  let cursor = offset;
  for (let k = first; k < claims.length && claims[k]!.start < stop; k++) {
    const claim = claims[k]!;
    if (claim.end <= offset) continue;
    inside.push(claim);
    if (claim.type === 'negation' || (claim.start === start && claim.end === end)) continue;
    const from = Math.max(cursor, claim.start);
    const to = Math.min(stop, claim.end);
    if (to <= from) continue;
    parts.push(text.slice(cursor, from), '#'.repeat(to - from));
    cursor = to;
  }
  parts.push(text.slice(cursor, stop));
  return { masked: parts.join(''), offset, start: start - offset, end: end - offset, claims: inside };
}

/** The words of a claim's context as written (qualifiers and other claims left out), and where they stand. */
function windowWords(place: ClaimPlace, window: Window) {
  const near = neighbourhood(place);
  const [from, to] = clauseAround(near.masked, near.start, near.end);
  const wordsBefore = [...near.masked.slice(from, near.start).matchAll(WORD)];
  const before = wordsBefore.slice(Math.max(0, wordsBefore.length - window.before));
  const after = [...near.masked.slice(near.end, to).matchAll(WORD)].slice(0, window.after);
  const keep = (word: string) => word[0] !== '#' && !QUALIFIERS.has(word.toLowerCase());
  const words = [...before, ...after].map((m) => m[0]).filter(keep);
  // Nearest first, the word after the claim before the one before it: "48,310 visitors", "Besucher".
  const byDistance: string[] = [];
  for (let k = 0; k < Math.max(before.length, after.length); k++) {
    if (k < after.length) byDistance.push(after[k]![0]);
    if (k < before.length) byDistance.push(before[before.length - 1 - k]![0]);
  }
  const nearestFirst = byDistance.filter(keep);
  const windowFrom = near.offset + (before.length > 0 ? from + before[0]!.index : near.start);
  const windowTo = near.offset + (after.length > 0 ? near.end + after.at(-1)!.index + after.at(-1)![0].length : near.end);
  return { words, nearestFirst, near, windowFrom, windowTo };
}

/** A claim where it stands: its sentence's text, its span, and the sentence's claims. */
export interface ClaimPlace {
  text: string;
  start: number;
  end: number;
  claims: readonly Claim[];
}

/** Characters each side of a claim that its context is read from. */
const REACH = 400;
/** Longer than any claim but a pathological one: where the search for claims reaching into the region starts. */
const MAX_CLAIM_LENGTH = 400;

/**
 * The clause holding text[start, end): from the last clause mark before it to the first after. An
 * aside of a word or two between commas ("The runner, aged 52, won the race") is no clause of its
 * own: it takes the clauses around it in.
 */
function clauseAround(text: string, start: number, end: number): [number, number] {
  const marks: Array<[number, number, boolean]> = [...text.matchAll(CLAUSE_END)].map((m) => [m.index, m.index + m[0].length, /\p{L}/u.test(m[0])]);
  let before = marks.findLastIndex(([, markEnd]) => markEnd <= start);
  let after = marks.findIndex(([markStart]) => markStart >= end);
  const from = () => (before < 0 ? 0 : marks[before]![1]);
  const to = () => (after < 0 ? text.length : marks[after]![0]);
  // Only punctuation sets an aside apart: past "and" / "und" the next clause counts something else
  // ("97 372,8 Haushalte und 7 016 494 Einwohner").
  for (let widened = 0; widened < 2 && countWords(text.slice(from(), start)) + countWords(text.slice(end, to())) < MIN_CLAUSE_WORDS; widened++) {
    if (before >= 0 && !marks[before]![2]) before--;
    if (after >= 0 && !marks[after]![2]) after = after + 1 < marks.length ? after + 1 : -1;
  }
  return [from(), to()];
}

/** Words besides the claim that make a clause of its own. */
const MIN_CLAUSE_WORDS = 3;

function countWords(text: string): number {
  let count = 0;
  for (const m of text.matchAll(WORD)) if (m[0][0] !== '#') count++;
  return count;
}
