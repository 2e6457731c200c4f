import { STOPWORDS } from '../words/stopwords.js';
import { stem } from '../words/stem.js';
import type { AlignmentLink, Lang, Sentence } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import { splitCompound } from '../lexicon/compound.js';
import type { Claim } from './claim.js';
import type { ClaimContexts } from './context.js';
import { NOT_NAMES } from './extract/tokens.js';
import type { LocatedClaim } from './lookup.js';
import { writtenInLink } from './namesInLink.js';
import { gazetteerWordIds } from './gazetteer.js';
import { afterBareWord, nameInSlot, slotOf, type Span } from './nameSlot.js';

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

/**
 * The capitalised words of a text no claim covers and no lexicon knows, each with the capitalised
 * words that follow it in a row ("Air France": an unread "Air" and a "France" the German lexicon
 * takes for the franc).
 */
export function unreadNames(text: string, lang: Lang, claims: readonly Claim[], lexicon: WordsKnown): Span[] {
  // A word of the other language is no word of this one: "Condor" is an English word, the German is "Kondor".
  const known = (part: string) => lexicon.isWord(part, lang);
  const runs: Array<Span & { unread: boolean }> = [];
  // Whether a claim covers a word: the claims that start before its end reach furthest to `reach`
  // (one pass over both, however many claims a huge sentence has).
  const byStart = [...claims].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&'’-]*\p{L}(?![\p{L}\p{N}])/gu)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const end = m.index + word.length;
    for (; next < byStart.length && byStart[next]!.start < end; next++) reach = Math.max(reach, byStart[next]!.end);
    // A key pressed with another ("Ctrl-D", "Strg-D") has a part of one letter; no name has.
    if (word.length < 3 || /\d/.test(word) || word.split(/[-&'’]/).some((part) => part.length === 1) || reach > m.index) continue;
    if (STOPWORDS.en.has(lower) || STOPWORDS.de.has(lower) || NOT_NAMES.en.has(lower) || NOT_NAMES.de.has(lower)) continue;
    const unread = !(known(word) || (lang === 'de' && splitCompound(lower, known, 4)) || lower.split('-').some((part) => part.length > 3 && known(part)));
    const last = runs.at(-1);
    // A name goes on from its unread first word over words that are names too ("Air France", not
    // "Wacom Tablet"); a known word before one is what it says ("Vorhandene Partitionen").
    const named = unread || gazetteerWordIds().has(lower);
    if (last?.unread && named && last.text.split(' ').length < MAX_RUN && text.slice(last.end, m.index) === ' ') Object.assign(last, { end, text: `${last.text} ${word}` });
    else runs.push({ start: m.index, end, text: word, unread });
  }
  return runs.filter((run) => run.unread).map(({ start, end, text: name }) => ({ start, end, text: name }));
}

/** Names run to three words ("Air France", "Banco Bilbao Vizcaya"); more is a title or a heading. */
const MAX_RUN = 3;

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
  const unread = (lang: Lang, span: Span): LocatedClaim => ({ sentence: sentence[lang], claim: { type: 'entity', kind: UNREAD, start: span.start, end: span.end, value: span.text.toLowerCase() } });
  // The other side's place where it writes a name alike, as the same claim there.
  const alike = (lang: Lang, name: LocatedClaim, place: { start: number; end: number }): LocatedClaim[] => [{ sentence: sentence[lang], claim: { ...name.claim, start: place.start, end: place.end } }];
  const candidates = (lang: Lang, besides: string | undefined): LocatedClaim[] =>
    unreadNames(text[lang], lang, context.claims[lang][sentence[lang]] ?? [], context.contexts)
      .filter((c) => (lang === 'en' || withoutArticle(text[lang], c.start)) && (besides === undefined || (!related(c.text, besides) && !context.writtenIn(lang === 'en' ? 'de' : 'en', c.text))))
      .map((c) => unread(lang, c));
  const claimed = (lang: Lang, span: { start: number; end: number }) => (context.claims[lang][sentence[lang]] ?? []).some((c) => c.start < span.end && c.end > span.start);
  const kept = (lang: Lang, candidate: LocatedClaim) => keptFrom(text[lang].slice(candidate.claim.start, candidate.claim.end), text[lang === 'en' ? 'de' : 'en'], lang === 'en' ? 'de' : 'en');
  // Where the other side has no name the lexicon does not know, the words standing in this name's slot.
  const inSlot = (lang: Lang, name: LocatedClaim): LocatedClaim[] => {
    const other: Lang = lang === 'en' ? 'de' : 'en';
    const nameText = text[lang].slice(name.claim.start, name.claim.end);
    const translated = context.contexts.ofSentence(`${lang}:${sentence[lang]}`, text[lang], lang);
    const span = nameInSlot(name.claim, lang, text, context.contexts, translated);
    if (!span || related(span.text, nameText) || context.writtenIn(lang, span.text)) return [];
    const found = unread(other, span);
    return kept(other, found) ? [] : [found];
  };
  if (actors.en.length === 0 && actors.de.length === 0) {
    // The English side first: only a sentence's first word can be unread there, so most links stop here.
    const en = candidates('en', undefined);
    if (en.length === 0) {
      // An English word ("Condor warned") that German writes alike, where it is no German word.
      const de = candidates('de', undefined);
      if (de.length !== 1) return none;
      const same = writtenInLink([sentence.en], context.sentences.en, text.de.slice(de[0]!.claim.start, de[0]!.claim.end));
      // In the same place, as a subject or after a preposition: a word kept in its language ("Re-enabling") or a field's name ("Installed-Size:") is written alike too.
      const slot = slotOf(text.de, de[0]!.claim.start, de[0]!.claim.end, 'de');
      if (same && claimed('en', same)) return none;
      if (same) return slot !== undefined && slotOf(text.en, same.start, same.end, 'en') === slot && !samePredicate(text, same.end, de[0]!.claim.end) ? { en: alike('en', de[0]!, same), de } : none;
      if (kept('de', de[0]!)) return none;
      const slotted = inSlot('de', de[0]!);
      return slotted.length === 1 ? { en: slotted, de } : none;
    }
    if (en.length !== 1) return none;
    // The German sentence writes it too, where a compound of German words would not read as a name.
    const same = writtenInLink([sentence.de], context.sentences.de, text.en.slice(en[0]!.claim.start, en[0]!.claim.end));
    // Where German read the name ("Köln gewann"), the two meet as its claim and the English text.
    if (same && claimed('de', same)) return none;
    if (same) return { en, de: alike('de', en[0]!, same) };
    if (kept('en', en[0]!)) return none;
    const found = candidates('de', undefined);
    const de = found.length === 0 ? inSlot('en', en[0]!) : found;
    if (de.length !== 1 || kept('de', de[0]!)) return none;
    const [a, b] = [text.en.slice(en[0]!.claim.start, en[0]!.claim.end), text.de.slice(de[0]!.claim.start, de[0]!.claim.end)];
    return a === b || !related(a, b) ? { en, de } : none;
  }
  for (const [lang, other] of [['en', 'de'], ['de', 'en']] as const) {
    if (actors[lang].length !== 1 || actors[other].length !== 0) continue;
    const name = actors[lang][0]!;
    const found = candidates(other, text[lang].slice(name.claim.start, name.claim.end));
    if (found.length === 0) return { ...none, [other]: inSlot(lang, name) };
    return found.length === 1 && !kept(other, found[0]!) ? { ...none, [other]: found } : none;
  }
  return none;
}

/**
 * Whether the word after a name is the same in both sentences: a sentence left in English on the
 * German side ("Please note …" on both), where "Condor warned" / "Condor warnte" is translated.
 */
function samePredicate(text: Record<Lang, string>, enEnd: number, deEnd: number): boolean {
  const next = (s: string) => /^\s*(\S*)/u.exec(s)![1];
  return next(text.en.slice(enEnd)) === next(text.de.slice(deEnd));
}

/**
 * Whether a word is one of the other sentence's words, kept in its language by the translator: "von
 * Sockets" against "socket activation" is a loanword, which this language's lexicon need not know.
 */
function keptFrom(word: string, otherText: string, otherLang: Lang): boolean {
  const own = stem(word.toLowerCase(), otherLang);
  return (otherText.match(/\p{L}+/gu) ?? []).some((w) => stem(w.toLowerCase(), otherLang) === own);
}

/**
 * A German proper name goes without an article where a common noun takes one: at a clause start
 * ("Renault warnte"), after a preposition ("von Ikea"), in a list ("und Aldi"). "den Zugriff" is a
 * noun the lexicon happens not to know.
 */
function withoutArticle(text: string, start: number): boolean {
  return /^[\s"„“‚(]*$/u.test(text.slice(0, start)) || afterBareWord(text, start, 'de');
}

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
