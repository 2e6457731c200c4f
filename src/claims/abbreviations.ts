import type { Lang } from '../core/types.js';
import { once, shippedGunzipped } from '../resources/shipped.js';

/**
 * The abbreviations Ding marks, with what they stand for in the other language ("GDP" →
 * "Bruttoinlandsprodukt", "BIP"; "RAM" → "Arbeitsspeicher"): data/claims/abbreviations.tsv.gz, built by
 * scripts/build-abbreviations.mjs. A translation often writes one side's abbreviation out.
 */
function expansions(): ReadonlyMap<string, readonly string[]> {
  return once('claims/abbreviations', () => {
    const table = new Map<string, string[]>();
    for (const line of shippedGunzipped('claims/abbreviations.tsv.gz').toString('utf8').split('\n')) {
      const [abbreviation, lang, words] = line.split('\t');
      if (abbreviation && lang && words) table.set(`${lang}:${abbreviation}`, words.split('|'));
    }
    return table;
  });
}

const ABBREVIATION = /^[A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,6}$/u;

/**
 * Where `text` (of the other language) writes out what the abbreviation stands for, as a word or the
 * start of one ("des Bruttoinlandsprodukts"), or gives the other language's abbreviation; undefined
 * where it does not, or the word is no abbreviation Ding knows.
 */
export function abbreviationExpandedIn(abbreviation: string, lang: Lang, text: string): { start: number; end: number } | undefined {
  // An English plural of initials ("ATMs") is the initials' expansion in the plural ("Geldautomaten").
  const singular = lang === 'en' && /^\p{Lu}{2,}s$/u.test(abbreviation) ? abbreviation.slice(0, -1) : abbreviation;
  if (!ABBREVIATION.test(singular)) return undefined;
  const words = expansions().get(`${lang}:${singular}`);
  if (!words) return undefined;
  const lower = text.toLowerCase();
  for (const word of words) {
    const at = findWordStart(lower, word.toLowerCase());
    if (at >= 0) return { start: at, end: at + word.length };
  }
  // A hyphenated compound naming the same kind by the expansion's head: "Bitcoin-Automat", "Krypto-Automaten"
  // for "ATM" ("Geldautomat").
  for (const m of text.matchAll(HYPHENATED_HEAD)) {
    const head = m[1]!.toLowerCase().replace(/(?:en|n|e|s)$/u, '');
    if (head.length >= 6 && words.some((word) => !/[\s-]/u.test(word) && word.length > head.length && word.toLowerCase().endsWith(head))) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/**
 * Where `text` (of the other language) gives an abbreviation of that language that stands for `name`: "WLAN" for
 * "Wi-Fi", also inflected or opening a compound ("des WLANs", "WLAN-Netzen"), "DRK" for "Red Cross" (Ding's "German Red
 * Cross": an expansion that ends in the name's words, two or more). Undefined where none does.
 */
export function abbreviationIn(name: string, lang: Lang, text: string): { start: number; end: number } | undefined {
  const other: Lang = lang === 'en' ? 'de' : 'en';
  const wanted = name.toLowerCase();
  const several = /\s/u.test(wanted);
  for (const { abbreviation, start, words } of abbreviationsOf(text, other)) {
    if (words.some((word) => word.toLowerCase() === wanted || (several && word.toLowerCase().endsWith(` ${wanted}`)))) return { start, end: start + abbreviation.length };
  }
  return undefined;
}

/**
 * The abbreviations Ding knows in `text`, read once for the last text asked about: every name left one-sided in a
 * sentence of 200,000 words asks about the same text, and reading it each time would make the diff quadratic.
 */
function abbreviationsOf(text: string, lang: Lang): readonly AbbreviationInText[] {
  if (lastRead?.text !== text || lastRead.lang !== lang) {
    const table = expansions();
    const found = [...text.matchAll(ABBREVIATION_IN_TEXT)].flatMap((m) => {
      const words = table.get(`${lang}:${m[1]!}`);
      return words ? [{ abbreviation: m[1]!, start: m.index, words }] : [];
    });
    lastRead = { text, lang, found };
  }
  return lastRead.found;
}
interface AbbreviationInText {
  abbreviation: string;
  start: number;
  /** What the abbreviation stands for in the other language. */
  words: readonly string[];
}
let lastRead: { text: string; lang: Lang; found: readonly AbbreviationInText[] } | undefined;

/** An abbreviation as a word of a text, bare, with an inflection's "s" or before a compound's hyphen. */
const ABBREVIATION_IN_TEXT = /(?<![\p{L}\p{N}-])([A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,6})(?=s?(?![\p{L}\p{N}])|-\p{L})/gu;

const HYPHENATED_HEAD = /(?<![\p{L}\p{N}-])[\p{L}\p{N}]+-(\p{Lu}\p{Ll}{5,})(?![\p{L}\p{N}-])/gu;

/** The first place `word` starts a word of `text` (or a part of a hyphenated one), or −1. */
function findWordStart(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(at - 1))) return at;
  }
  return -1;
}
