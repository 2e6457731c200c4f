import { STOPWORDS } from '../../words/stopwords.js';
import type { Lang } from '../../core/types.js';
import { gazetteerWordIds } from '../gazetteer.js';
import { MONTHS } from '../vocabulary.js';

/** Word tokens and what makes a token look like (part of) a name, shared by the name extractors. */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** First word of the sentence (after any numbering), of a line, of a table cell, of a numbered title ("Chapter 6. Network …"), or after a colon or opening quote. */
  initial: boolean;
  /** Right after a title ("Frau Mayer", "Präsident Macron"): a single capitalised word there is a name, in German too. */
  afterTitle?: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*/gu;
export const LEGAL_SUFFIX = /^(?:GmbH|AG|SE|KG|Inc|Corp|Ltd|LLC|Plc|plc|Co|S\.A|N\.V)\.?$/;
/** Acronyms that name a role, a unit, a currency, an era, a switch's state or a common thing ("SMS" = "text message", "SIM", "USB"), not an entity ("the second century AD" = "n. Chr."). */
const GENERIC_ACRONYMS: ReadonlySet<string> = new Set(
  'CEO CTO CFO COO CIO VP SVP EVP IT PC PR TV HR ID OK ON OFF AM PM GMT UTC CET CEST MEZ MESZ PDF FAQ USD EUR GBP CHF JPY DIY FYI TBA AD BC BCE CE SMS MMS PIN TAN SIM USB GPS LED LCD OLED SUV IBAN BIC DSL LTE URL QR NFC VPN SSD'.split(' '),
);

/** Whether `word` is such an acronym, in the singular or the plural ("SIMs", "PINs"). */
export function isGenericAcronym(word: string): boolean {
  return GENERIC_ACRONYMS.has(word) || (/\p{Lu}s$/u.test(word) && GENERIC_ACRONYMS.has(word.slice(0, -1)));
}
/** Capitalised words that are not names: titles, nationalities, days, months, cross-reference labels. */
export const NOT_NAMES: Record<Lang, ReadonlySet<string>> = {
  en: new Set(
    [
      'monday tuesday wednesday thursday friday saturday sunday',
      'american americans british english german germans french italian spanish chinese japanese russian european europeans',
      'austrian swiss dutch polish ukrainian indian canadian australian turkish greek swedish norwegian danish finnish irish',
      'scottish israeli iranian african asian western eastern northern southern arab muslim christian jewish catholic',
      'portuguese hindi arabic korean vietnamese indonesian hebrew latin',
      'i i’m i\'m ok',
      // Cross-reference and caption labels ("see Section 3.4" = "siehe Abschnitt 3.4") and admonitions.
      'see section sections chapter chapters table figure example appendix part volume page step note tip warning caution',
      // Keys ("press Ctrl+Shift+U" = "Strg+Umschalt+U").
      'ctrl shift alt altgr esc backspace',
      ...MONTHS.en.map((forms) => forms.join(' ').toLowerCase().replace(/\./g, '')),
    ]
      .join(' ')
      .split(' '),
  ),
  de: new Set(
    [
      'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag',
      'siehe abschnitt abschnitte kapitel tabelle abbildung beispiel anhang teil band seite schritt hinweis tipp warnung vorsicht',
      'strg umschalt umschalttaste entf einfg pos1 leertaste rücktaste eingabetaste',
      ...MONTHS.de.map((forms) => forms.join(' ').toLowerCase().replace(/\./g, '')),
    ]
      .join(' ')
      .split(' '),
  ),
};

/** Word tokens of a sentence, each knowing whether it starts the sentence, a line, or a quotation. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Before the first word only numbering and markup may stand: "1. Open HACS", "- **Add** a device".
  let wordSeen = false;
  for (const m of text.matchAll(TOKEN)) {
    const initial = !wordSeen || /(?:[:\n“„"«»‘(|]|\d\.)\s*$/u.test(text.slice(Math.max(0, m.index - 4), m.index));
    wordSeen ||= /\p{L}/u.test(m[0]);
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, initial });
  }
  return tokens;
}

/**
 * An English line in title case — a headline ("Microsoft Buys Linux Distribution Maker Kinvolk") or a
 * menu ("World Politics Business Tech Science"): three or more words, every one capitalised but the
 * function words title case leaves small. Capitals say nothing about names there. A byline is no
 * headline: it starts with "By" or lists a name and a role after a comma ("Written by Mary Jo Foley,
 * Senior Contributing Editor").
 */
function isTitleCase(text: string, tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  if (words.length < 3 || words[0]!.text === 'By' || text.includes(',')) return false;
  let capitalised = 0;
  for (const { text } of words) {
    if (/^\p{Lu}/u.test(text)) capitalised++;
    else if (!STOPWORDS.en.has(text)) return false;
  }
  return capitalised >= 3;
}

/**
 * A two-word heading whose words the document also writes in lower case ("Key Features", "Getting
 * Started", "Next Steps"): title case, though too short for isTitleCase, which cannot tell "Microsoft
 * Azure" from "Key Features" by capitals alone.
 */
function isShortHeading(text: string, tokens: readonly Token[], commonWords: ReadonlySet<string>): boolean {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  if (words.length !== 2 || /[.!?,;:]\s*$/u.test(text)) return false;
  return words.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && commonWords.has(t.text.toLowerCase()));
}

/**
 * The parts of an English sentence where capitals say nothing about names: the whole sentence when it
 * is a title-case line (isTitleCase, isShortHeading), else the titles Markdown marks — a heading line
 * ("## Getting Started"), the text of a link ("[Ignore Whitespace](#ignore-whitespace)") or a bold
 * label ("**Dependency Management**: …") — and `links`, the link texts the markup marks (a
 * cross-reference "Applying to Become a Member"), whose two or more words are all capitalised but for
 * function words.
 */
export function titleCaseSpans(text: string, tokens: readonly Token[], commonWords: ReadonlySet<string>, links: ReadonlyArray<[number, number]> = []): Array<[number, number]> {
  if (isTitleCase(text, tokens) || isShortHeading(text, tokens, commonWords)) return [[0, text.length]];
  const marked: Array<[number, number]> = [...text.matchAll(MARKDOWN_TITLE)].map((m) => {
    const title = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
    const start = m.index + m[0].indexOf(title);
    return [start, start + title.length];
  });
  return [...marked, ...links].filter(([start, end]) => {
    const words = tokens.filter((t) => t.start >= start && t.end <= end && /\p{L}/u.test(t.text));
    const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
    return capitalised >= 2 && words.every((t) => /^\p{Lu}/u.test(t.text) || STOPWORDS.en.has(t.text));
  });
}

/** A Markdown heading line, a link's text, a bold label. */
const MARKDOWN_TITLE = /^#{1,6}[ \t]+(.+)$|\[([^[\]]+)\]\(|\*\*([^*]+)\*\*|__([^_]+)__/gmu;

/** Whether the token lies inside one of the spans. */
export function within(spans: ReadonlyArray<[number, number]>, token: Token): boolean {
  return spans.some(([start, end]) => token.start >= start && token.end <= end);
}

export function isNameToken(token: string): boolean {
  const word = stripPossessive(token);
  if (KEY_COMBINATION.test(token) || (ALL_CAPITALS.test(word) && isShouted(word))) return false;
  return /^\p{Lu}/u.test(token) || isStrong(token);
}

const ALL_CAPITALS = /^\p{Lu}[\p{Lu}\d&]+$/u;

/** Keys pressed together ("Ctrl-D", "Strg-Alt-Entf") name no entity; each language names the keys its own way. */
const KEY_COMBINATION = /^(?:Ctrl|Strg|Alt|AltGr|Shift|Umschalt|Meta|Super|Cmd|Fn)-/i;

/** Acronyms and words with inner capitals are names in either language: AKS, CoreOS, eBPF. */
export function isStrong(token: string): boolean {
  const word = stripPossessive(token);
  if (isGenericAcronym(word) || LEGAL_SUFFIX.test(word)) return false;
  if (ALL_CAPITALS.test(word)) return !isShouted(word);
  return /\p{Ll}\p{Lu}/u.test(word);
}

/**
 * A word in capitals for emphasis or as a program's constant, not an acronym: a function word of
 * either language ("Aktivieren Sie NICHT …", "VON", "AND") or a long word ("ZWISCHENABLAGE",
 * "CLIPBOARD"); acronyms are short.
 */
function isShouted(word: string): boolean {
  const lower = word.toLowerCase();
  if (/[\d&]/.test(word) || ACRONYMS_SPELLED_LIKE_WORDS.has(word)) return false;
  return word.length >= 7 || STOPWORDS.en.has(lower) || STOPWORDS.de.has(lower);
}

/** Acronyms in the news that are spelled like function words: the World Health Organization, the Islamic State. */
const ACRONYMS_SPELLED_LIKE_WORDS: ReadonlySet<string> = new Set(['WHO', 'IS']);

/**
 * Words in capitals next to a word in capitals for emphasis: the whole phrase is emphasis ("ZURÜCK
 * ZU DEN GRUNDLAGEN", the handbook's "BACK TO BASICS" boxes), though "ZURÜCK" alone could be an acronym.
 */
export function shoutedPhrases(text: string, tokens: readonly Token[]): Set<Token> {
  const shouted = new Set<Token>();
  const capitals = (t: Token) => /^\p{Lu}[\p{Lu}\d&]*$/u.test(stripPossessive(t.text)) && /\p{L}/u.test(t.text);
  let phrase: Token[] = [];
  const close = () => {
    if (phrase.length > 1 && phrase.some((t) => isShouted(stripPossessive(t.text)))) for (const t of phrase) shouted.add(t);
    phrase = [];
  };
  for (const token of tokens) {
    const previous = phrase[phrase.length - 1];
    if (previous && !/^\s+$/.test(text.slice(previous.end, token.start))) close();
    if (capitals(token)) phrase.push(token);
    else close();
  }
  close();
  return shouted;
}

export function stripPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '');
}

/** Club prefixes that one language writes and the other drops: "FC Bayern München" = "Bayern Munich". */
const CLUB_PREFIXES = new Set(['fc', 'sc', 'sv', 'vfb', 'vfl', 'tsv', 'ac', 'as', 'cf', 'bv', 'ssc']);

export function isClubPrefix(word: string): boolean {
  return CLUB_PREFIXES.has(word.toLowerCase());
}

/** A name without the club prefix it opens with ("FC Chelsea" → "Chelsea"), or undefined where it has none. */
export function withoutClubPrefix(name: string): string | undefined {
  const m = /^(\p{L}+)\s+(?=\p{Lu})/u.exec(name);
  return m && isClubPrefix(m[1]!) ? name.slice(m[0].length) : undefined;
}

/**
 * The language-neutral value of a name: lower case, no possessive, no legal suffix ("Kinvolk GmbH" →
 * "kinvolk"); in a longer name, gazetteer words by their id and no club prefix ("FC Bayern München"
 * → "bavaria munich", as "Bayern Munich").
 */
export function nameValue(words: string[]): string {
  const kept = words.map(stripPossessive).filter((w, i) => i === 0 || !LEGAL_SUFFIX.test(w));
  if (kept.length < 2) return kept.join(' ').toLowerCase();
  const ids = gazetteerWordIds();
  const lower = kept.map((w) => w.toLowerCase()).filter((w, i, all) => !(i === 0 && all.length > 1 && CLUB_PREFIXES.has(w)));
  return lower.map((w) => ids.get(w) ?? w).join(' ');
}

export function spanOf(run: Token[]): { start: number; end: number } {
  const last = run[run.length - 1]!;
  return { start: run[0]!.start, end: last.start + stripPossessive(last.text).length };
}

