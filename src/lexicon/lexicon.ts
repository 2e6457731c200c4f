import { stem } from '../analyse/stem.js';

/**
 * An EN→DE translation lexicon keyed by Porter stems: `translations('instal')` gives the German
 * stems of every word Ding lists for "install", "installs", "installed", …. Lists are parsed
 * lazily (a run looks up a few thousand of ~75k stems), which keeps loading cheap.
 */
export class Lexicon {
  /** English stem → space-separated German stems, or the parsed list once looked up. */
  private readonly entries: Map<string, string | readonly string[]>;
  /** Sorted German stems (binary search: cheaper to build than a Set of 170k strings). */
  private germanStems: string[] | undefined;

  /**
   * `germanStemList`: every German stem of the entries, sorted and space-separated, when the file
   * provides it (building it from the entries costs far more). `extraGermanStems`: stems of
   * user-added pairs.
   */
  constructor(
    entries: Map<string, string | readonly string[]> = new Map(),
    private readonly germanStemList?: string,
    private readonly extraGermanStems: ReadonlySet<string> = new Set(),
    /** German inflected form's stem → the stems of its headwords ("versprach" → "versprech", "kont" → "konto"). */
    private readonly germanForms: ReadonlyMap<string, string> = new Map(),
  ) {
    this.entries = entries;
  }

  /**
   * Parses the shipped format: one `en_stem<TAB>de_stem de_stem …` line per English stem, German
   * inflected forms as `=form_stem<TAB>lemma_stem …` lines, and optionally one line with an empty
   * English stem listing all German stems.
   */
  static fromStemTable(text: string): Lexicon {
    const entries = new Map<string, string>();
    const forms = new Map<string, string>();
    let germanStemList: string | undefined;
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', start);
      if (tab === start) germanStemList = text.slice(tab + 1, end);
      else if (tab > start && tab < end) {
        if (text.charCodeAt(start) === EQUALS) forms.set(text.slice(start + 1, tab), text.slice(tab + 1, end));
        else entries.set(text.slice(start, tab), text.slice(tab + 1, end));
      }
      start = end + 1;
    }
    return new Lexicon(entries, germanStemList, new Set(), forms);
  }

  translations(enStem: string): readonly string[] {
    return lazyList(this.entries, enStem);
  }

  /** Whether some English word translates to a German word with this stem (for compound splitting). */
  hasGermanStem(deStem: string): boolean {
    if (this.extraGermanStems.has(deStem)) return true;
    if (!this.germanStems) {
      if (this.germanStemList !== undefined) {
        this.germanStems = this.germanStemList.split(' ');
      } else {
        const all = new Set<string>();
        for (const value of this.entries.values()) for (const de of typeof value === 'string' ? value.split(' ') : value) all.add(de);
        this.germanStems = [...all].sort();
      }
    }
    return sortedHas(this.germanStems, deStem);
  }

  /** The stems of the headwords a German inflected form belongs to (none when the form is a headword itself). */
  germanLemmas(deStem: string): readonly string[] {
    const lemmas = this.germanForms.get(deStem);
    return lemmas === undefined ? NONE : lemmas.split(' ');
  }

  hasEnglishStem(enStem: string): boolean {
    return this.entries.has(enStem);
  }

  /** A lexicon with these word pairs (surface forms, stemmed here) added to this one's entries. */
  withPairs(pairs: ReadonlyArray<readonly [string, string]>): Lexicon {
    const entries = new Map(this.entries);
    const added = new Set(this.extraGermanStems);
    for (const [en, de] of pairs) {
      for (const enWord of words(en)) {
        const enStem = stem(enWord, 'en');
        const current = [...this.listOf(entries, enStem)];
        for (const deWord of words(de)) {
          const deStem = stem(deWord, 'de');
          if (!current.includes(deStem)) current.push(deStem);
          added.add(deStem);
        }
        entries.set(enStem, current);
      }
    }
    return new Lexicon(entries, this.germanStemList, added, this.germanForms);
  }

  private listOf(entries: Map<string, string | readonly string[]>, enStem: string): readonly string[] {
    const value = entries.get(enStem);
    if (value === undefined) return NONE;
    return typeof value === 'string' ? value.split(' ') : value;
  }
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * The space-separated list stored under `key`, split on first use and kept split: a run looks up a
 * few thousand of a lexicon's hundred thousand lists.
 */
function lazyList(entries: Map<string, string | readonly string[]>, key: string): readonly string[] {
  const value = entries.get(key);
  if (value === undefined) return NONE;
  if (typeof value !== 'string') return value;
  const list = value.split(' ');
  entries.set(key, list);
  return list;
}
const EQUALS = 0x3d;

/** Binary search in a list sorted by UTF-16 code units (JavaScript's default sort, as the build script uses). */
function sortedHas(sorted: readonly string[], value: string): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const probe = sorted[mid]!;
    if (probe === value) return true;
    if (probe < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Content words of one side of a user entry (a phrase maps each of its words). */
function words(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w.length > 1);
}
