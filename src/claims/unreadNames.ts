import { STOPWORDS } from '../words/stopwords.js';
import type { AlignmentLink, Lang, Sentence } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import { splitCompound } from '../lexicon/compound.js';
import type { Claim } from './claim.js';
import type { ClaimContexts } from './context.js';
import { NOT_NAMES } from './extract/tokens.js';
import type { LocatedClaim } from './lookup.js';
import { writtenInLink } from './namesInLink.js';

/**
 * Names the extraction passed over: a single capitalised word at an English sentence start, or in
 * German, where every noun is capitalised ("Condor warnte vor …", "von Renault in Auftrag gegeben").
 * A word the lexicon knows in neither language, whole or (in German, which writes new compounds
 * freely) as a compound, is a name by elimination: "Eurowings" at an English sentence start is one.
 * Looked for only where one side of a link has a name left over and the other has none: the one
 * unread name there is the candidate for the same place (kind `unread`; never reported on its own).
 */

export const UNREAD = 'unread';

export interface WordsKnown {
  isWord(word: string, lang: Lang): boolean;
}

/** The capitalised words of a text no claim covers and no lexicon knows. */
export function unreadNames(text: string, lang: Lang, claims: readonly Claim[], lexicon: WordsKnown): Array<{ start: number; end: number; text: string }> {
  const known = (part: string) => lexicon.isWord(part, 'de') || lexicon.isWord(part, 'en');
  const found: Array<{ start: number; end: number; text: string }> = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&'’-]*\p{L}(?![\p{L}\p{N}])/gu)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const end = m.index + word.length;
    // A key pressed with another ("Ctrl-D", "Strg-D") has a part of one letter; no name has.
    if (word.length < 3 || /\d/.test(word) || word.split(/[-&'’]/).some((part) => part.length === 1) || claims.some((c) => c.start < end && c.end > m.index)) continue;
    if (STOPWORDS.en.has(lower) || STOPWORDS.de.has(lower) || NOT_NAMES.en.has(lower) || NOT_NAMES.de.has(lower)) continue;
    if (known(word) || (lang === 'de' && splitCompound(lower, known, 4)) || lower.split('-').some((part) => part.length > 3 && known(part))) continue;
    found.push({ start: m.index, end, text: word });
  }
  return found;
}

export type UnreadContext = { sentences: Record<Lang, Sentence[]>; claims: Record<Lang, Claim[][]>; contexts: ClaimContexts; writtenIn: (lang: Lang, name: string) => boolean };

/**
 * Unread names of a one-sentence-a-side link, as claims of kind `unread` to compare like any name:
 * where one side has one name left over and the other none, the other side's one unread name; where
 * neither side has a name, one unread name a side ("Opel kündigte …" / "Opel announced …" match;
 * "Vinted" against "Zalando" conflict where the words around them agree). A candidate is written
 * neither in the first side's sentence nor anywhere in its document, and is no other form of its name.
 */
export function unreadCounterparts(link: AlignmentLink, claims: Record<Lang, LocatedClaim[]>, isActor: (claim: Claim) => boolean, context: UnreadContext): Record<Lang, LocatedClaim[]> {
  const none = { en: [], de: [] };
  if (link.en.length !== 1 || link.de.length !== 1) return none;
  const actors = { en: claims.en.filter((item) => isActor(item.claim)), de: claims.de.filter((item) => isActor(item.claim)) };
  const sentence = { en: link.en[0]!, de: link.de[0]! };
  const text = { en: readerText(context.sentences.en[sentence.en]!), de: readerText(context.sentences.de[sentence.de]!) };
  const candidates = (lang: Lang, besides: string | undefined): LocatedClaim[] =>
    unreadNames(text[lang], lang, context.claims[lang][sentence[lang]] ?? [], context.contexts)
      .filter((c) => (lang === 'en' || withoutArticle(text[lang], c.start)) && (besides === undefined || (!related(c.text, besides) && !context.writtenIn(lang === 'en' ? 'de' : 'en', c.text))))
      .map((c) => ({ sentence: sentence[lang], claim: { type: 'entity', kind: UNREAD, start: c.start, end: c.end, value: c.text.toLowerCase() } }));
  if (actors.en.length === 0 && actors.de.length === 0) {
    // The English side first: only a sentence's first word can be unread there, so most links stop here.
    const en = candidates('en', undefined);
    if (en.length !== 1) return none;
    // The German sentence writes it too, where a compound of German words would not read as a name.
    const same = writtenInLink([sentence.de], context.sentences.de, text.en.slice(en[0]!.claim.start, en[0]!.claim.end));
    if (same) return { en, de: [{ sentence: sentence.de, claim: { ...en[0]!.claim, start: same.start, end: same.end } }] };
    const de = candidates('de', undefined);
    if (de.length !== 1) return none;
    const [a, b] = [text.en.slice(en[0]!.claim.start, en[0]!.claim.end), text.de.slice(de[0]!.claim.start, de[0]!.claim.end)];
    return a === b || !related(a, b) ? { en, de } : none;
  }
  for (const [lang, other] of [['en', 'de'], ['de', 'en']] as const) {
    if (actors[lang].length !== 1 || actors[other].length !== 0) continue;
    const name = actors[lang][0]!;
    const found = candidates(other, text[lang].slice(name.claim.start, name.claim.end));
    return found.length === 1 ? { ...none, [other]: found } : none;
  }
  return none;
}

/**
 * A German proper name goes without an article where a common noun takes one: at a clause start
 * ("Renault warnte"), after a preposition ("von Ikea"), in a list ("und Aldi"). "den Zugriff" is a
 * noun the lexicon happens not to know.
 */
function withoutArticle(text: string, start: number): boolean {
  const before = /(?:^|[^\p{L}])(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start));
  if (!before) return /^[\s"„“‚(]*$/u.test(text.slice(0, start));
  return BARE_BEFORE.has(before[1]!.toLowerCase());
}

const BARE_BEFORE: ReadonlySet<string> = new Set('von bei mit für durch gegen laut nach und oder sowie wie als zu an'.split(' '));

/**
 * Whether two names are one name in two forms rather than two names: one inside the other or sharing
 * a part's first letters ("Unices" / "Unix-Systeme", "Public Key Infrastructure" /
 * "Public-Key-Infrastruktur"), or one
 * letter apart in a long word, a misspelling ("AppArmor" / "AppAmor").
 */
export function related(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x.includes(y) || y.includes(x)) return true;
  const parts = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter((p) => p.length >= 3);
  const ys = parts(y);
  if (parts(x).some((p) => ys.some((q) => p.slice(0, 3) === q.slice(0, 3)))) return true;
  return Math.min(x.length, y.length) >= 6 && oneEditApart(x, y);
}

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}
