import { stem } from '../words/stem.js';
import { byteOrder, SortedKeys } from './sortedKeys.js';

/** The table's three parts, each searched in place (sortedKeys.ts). */
interface StemTable {
  /** The file's bytes, which the three parts below search. */
  bytes: Buffer;
  /** `en_stem<TAB>de_stem de_stem …` lines. */
  entries: SortedKeys;
  /** `=form_stem<TAB>lemma_stem …` lines, keyed after the `=`. */
  forms: SortedKeys;
  /** Every German stem of the entries. */
  germanStems: SortedKeys;
}

/**
 * A lexicon in a form `postMessage` can hand to a worker thread: the table's bytes (cloned, or moved with
 * a transfer list) and the user-added pairs as plain arrays.
 */
export interface LexiconParts {
  bytes: Uint8Array | null;
  added: Array<[string, readonly string[]]>;
  extraGermanStems: string[];
}

/**
 * An EN→DE translation lexicon keyed by Porter stems: `translations('instal')` gives the German
 * stems of every word Ding lists for "install", "installs", "installed", …. The table stays the
 * file's bytes, searched in place, and a list is split on first look-up (a run looks up a few
 * thousand of ~75k stems), which keeps loading cheap.
 */
export class Lexicon {
  /** Lists already split, by English stem. */
  private readonly parsed = new Map<string, readonly string[]>();
  /**
   * Answers already searched for, by German stem: a third of a document's German look-ups repeat one
   * (the verb and inflection forms of one word share their candidate stems, compounds their heads and tails).
   */
  private readonly knownGermanStems = new Map<string, boolean>();
  private readonly lemmasOf = new Map<string, readonly string[]>();

  /**
   * `added`: lists of user-added pairs, which replace the table's list of their English stem (it is
   * included in them). `extraGermanStems`: the German stems of user-added pairs.
   */
  constructor(
    private readonly table?: StemTable,
    private readonly added: ReadonlyMap<string, readonly string[]> = new Map(),
    private readonly extraGermanStems: ReadonlySet<string> = new Set(),
  ) {}

  /** What `fromParts` rebuilds this lexicon from in another thread. */
  parts(): LexiconParts {
    return { bytes: this.table?.bytes ?? null, added: [...this.added], extraGermanStems: [...this.extraGermanStems] };
  }

  static fromParts({ bytes, added, extraGermanStems }: LexiconParts): Lexicon {
    const table = bytes ? Lexicon.fromStemTableBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).table : undefined;
    return new Lexicon(table, new Map(added), new Set(extraGermanStems));
  }

  /**
   * Parses the shipped format: one `en_stem<TAB>de_stem de_stem …` line per English stem, German
   * inflected forms as `=form_stem<TAB>lemma_stem …` lines, and optionally one line with an empty
   * English stem listing all German stems. Any order; of two lines for one stem the later counts.
   */
  static fromStemTable(text: string): Lexicon {
    return Lexicon.fromStemTableBytes(Buffer.from(sortedStemTable(text), 'utf8'));
  }

  /**
   * The shipped file's bytes as they are: its entries, then its forms, each sorted in byte order, then
   * the sorted list of German stems (scripts/build-lexicon.mjs writes it so; a test checks the order).
   */
  static fromStemTableBytes(bytes: Buffer): Lexicon {
    const formsStart = lineStartingWith(bytes, EQUALS);
    const listStart = lineStartingWith(bytes, TAB);
    const listEnd = listStart < 0 ? listStart : endOfLine(bytes, listStart);
    const entriesEnd = formsStart >= 0 ? formsStart : listStart >= 0 ? listStart : bytes.length;
    const formsEnd = listStart >= 0 ? listStart : bytes.length;
    return new Lexicon({
      bytes,
      entries: new SortedKeys(bytes, 0, entriesEnd, NEWLINE, TAB),
      forms: new SortedKeys(bytes, formsStart < 0 ? formsEnd : formsStart, formsEnd, NEWLINE, TAB, 1),
      germanStems: new SortedKeys(bytes, listStart < 0 ? 0 : listStart + 1, listStart < 0 ? 0 : listEnd, SPACE, SPACE),
    });
  }

  translations(enStem: string): readonly string[] {
    const added = this.added.get(enStem);
    if (added !== undefined) return added;
    let list = this.parsed.get(enStem);
    if (list === undefined) {
      list = this.table ? listAt(this.table.entries, enStem) : NONE;
      this.parsed.set(enStem, list);
    }
    return list;
  }

  /** Whether some English word translates to a German word with this stem (for compound splitting). */
  hasGermanStem(deStem: string): boolean {
    let known = this.knownGermanStems.get(deStem);
    if (known === undefined) {
      known = this.extraGermanStems.has(deStem) || (this.table?.germanStems.has(deStem) ?? false);
      remember(this.knownGermanStems, deStem, known);
    }
    return known;
  }

  /** The stems of the headwords a German inflected form belongs to (none when the form is a headword itself). */
  germanLemmas(deStem: string): readonly string[] {
    let lemmas = this.lemmasOf.get(deStem);
    if (lemmas === undefined) {
      lemmas = this.table ? listAt(this.table.forms, deStem) : NONE;
      remember(this.lemmasOf, deStem, lemmas);
    }
    return lemmas;
  }

  hasEnglishStem(enStem: string): boolean {
    return this.added.has(enStem) || (this.table?.entries.has(enStem) ?? false);
  }

  /** A lexicon with these word pairs (surface forms, stemmed here) added to this one's entries. */
  withPairs(pairs: ReadonlyArray<readonly [string, string]>): Lexicon {
    const added = new Map(this.added);
    const germanStems = new Set(this.extraGermanStems);
    for (const [en, de] of pairs) {
      for (const enWord of words(en)) {
        const enStem = stem(enWord, 'en');
        const current = [...(added.get(enStem) ?? this.translations(enStem))];
        for (const deWord of words(de)) {
          const deStem = stem(deWord, 'de');
          if (!current.includes(deStem)) current.push(deStem);
          germanStems.add(deStem);
        }
        added.set(enStem, current);
      }
    }
    return new Lexicon(this.table, added, germanStems);
  }
}

const NONE: readonly string[] = Object.freeze([]);
const NEWLINE = 0x0a;
const TAB = 0x09;
const SPACE = 0x20;
const EQUALS = 0x3d;

/** Bounded, so that a long-lived process (batch, the library) does not keep every stem it ever looked up. */
const REMEMBERED_LIMIT = 200_000;

function remember<T>(answers: Map<string, T>, key: string, answer: T): void {
  if (answers.size >= REMEMBERED_LIMIT) answers.clear();
  answers.set(key, answer);
}

/** The space-separated list stored under `key`, or none. */
function listAt(keys: SortedKeys, key: string): readonly string[] {
  const start = keys.find(key);
  return start < 0 ? NONE : keys.valueAt(start).split(' ');
}

/** The start of the first line that begins with the byte `first`, or −1. */
function lineStartingWith(bytes: Buffer, first: number): number {
  if (bytes[0] === first) return 0;
  const at = bytes.indexOf(Buffer.from([NEWLINE, first]));
  return at < 0 ? -1 : at + 1;
}

function endOfLine(bytes: Buffer, start: number): number {
  const end = bytes.indexOf(NEWLINE, start);
  return end < 0 ? bytes.length : end;
}

/**
 * A hand-made table (tests, small tables) in the shipped layout: entries and forms sorted in byte
 * order, the later of two lines for one key kept, and the list of German stems, gathered from the
 * entries where the table has none.
 */
function sortedStemTable(text: string): string {
  const entries = new Map<string, string>();
  const forms = new Map<string, string>();
  let list: string | undefined;
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab === 0) list = line.slice(1);
    else if (tab > 0) (line.startsWith('=') ? forms : entries).set(line.slice(0, tab), line.slice(tab + 1));
  }
  const germanStems = new Set(list === undefined ? [...entries.values()].flatMap((v) => v.split(' ')) : list.split(' '));
  const lines = (map: Map<string, string>) => [...map.keys()].sort(byteOrder).map((key) => `${key}\t${map.get(key)}`);
  return [...lines(entries), ...lines(forms), `\t${[...germanStems].sort(byteOrder).join(' ')}`].join('\n');
}

/** Content words of one side of a user entry (a phrase maps each of its words). */
function words(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w.length > 1);
}
