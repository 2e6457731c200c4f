import type { ClaimSide } from '../core/claims.js';
import type { Lang } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import type { DiffContext } from './diffContext.js';
import { gazetteerEntry } from './gazetteer.js';
import { initialsAcross, isInitials, spansSpelledBy, spansSpelledByTranslation } from './initials.js';
import type { LocatedClaim } from './lookup.js';

/**
 * Where the other side of a link gives a name by its initials, or spells out the initials it is:
 * in the same words ("RKI" / "Robert Koch Institute", see initials.ts), or as the initials of the
 * name's form in the other language, which the gazetteer knows ("EuGH" = "Europäischer Gerichtshof" /
 * "European Court of Justice").
 */
export function spelledInLink(indices: number[], other: Lang, item: LocatedClaim, lang: Lang, context: DiffContext, otherClaims: readonly LocatedClaim[]): Omit<ClaimSide, 'value'> | undefined {
  const texts = indices.map((sentence) => readerText(context.sentences[other][sentence]!));
  const ownText = readerText(context.sentences[lang][item.sentence]!);
  const own = { text: ownText.slice(item.claim.start, item.claim.end), start: item.claim.start, end: item.claim.end };
  const isWord = { own: (word: string) => context.contexts.isWord(word, lang), other: (word: string) => context.contexts.isWord(word, other) };
  const initialsOf = { own: (word: string) => context.contexts.translationInitials(word, lang), other: (word: string) => context.contexts.translationInitials(word, other) };
  const at = initialsAcross(own, ownText, texts, isWord, initialsOf);
  if (at) return { sentence: indices[at.index]!, text: texts[at.index]!.slice(at.start, at.end), start: at.start, end: at.end };
  if (isInitials(own.text)) {
    // Initials of this language's form of a name the other side writes in its own language.
    for (const candidate of otherClaims) {
      const forms = candidate.claim.type === 'entity' ? gazetteerEntry(candidate.claim.value)?.forms[lang] : undefined;
      if (!forms?.some((form) => spellsAll(own.text, form, isWord.own))) continue;
      const text = readerText(context.sentences[other][candidate.sentence]!);
      return { sentence: candidate.sentence, text: text.slice(candidate.claim.start, candidate.claim.end), start: candidate.claim.start, end: candidate.claim.end };
    }
    return undefined;
  }
  // Initials on the other side of this name's form in the other language.
  const forms = gazetteerEntry(item.claim.value)?.forms[other] ?? [];
  if (forms.length === 0) return undefined;
  for (const [index, text] of texts.entries()) {
    for (const token of text.matchAll(/\p{L}+/gu)) {
      if (isInitials(token[0]) && forms.some((form) => spellsAll(token[0], form, isWord.other))) return { sentence: indices[index]!, text: token[0], start: token.index, end: token.index + token[0].length };
    }
  }
  return undefined;
}

/**
 * Whether one of two names is the initials of the other, in the other's words or in the initials'
 * language's form of it ("ECJ" / "Europäischer Gerichtshof", "RKI" / "Robert Koch Institute").
 */
export function initialsOfEachOther(en: { text: string; claim: { value: string } }, de: { text: string; claim: { value: string } }, isWord: (word: string, lang: Lang) => boolean): boolean {
  const spells = (initials: string, lang: Lang, name: { text: string; claim: { value: string } }) =>
    isInitials(initials) && [name.text, ...(gazetteerEntry(name.claim.value)?.forms[lang] ?? [])].some((form) => spellsAll(initials, form, (word) => isWord(word, lang)));
  return spells(en.text, 'en', de) || spells(de.text, 'de', en);
}

/** Whether the initials spell the whole of a name ("EuGH" / "Europäischer Gerichtshof"). */
function spellsAll(initials: string, name: string, isWord: (word: string) => boolean): boolean {
  return spansSpelledBy(initials, name, isWord).some((span) => span.start === 0 && span.end === name.length);
}

/**
 * The span of `text` whose words the initials spell, as written or (`initialsOf`) through their
 * translations, and which holds [start, end), a name read from part of it ("BMWSB" / "Bundesministerium
 * für Wohnen, Stadtentwicklung und Bauwesen", where "Bauwesen" alone was read as a name; "BAMF" /
 * "Federal Office for Migration and Refugees", read as three names); undefined when there is none.
 */
export function spelledSpanAround(
  initials: string,
  text: string,
  start: number,
  end: number,
  isWord: (word: string) => boolean,
  initialsOf: (word: string) => ReadonlySet<string>,
): { start: number; end: number } | undefined {
  const around = (span: { start: number; end: number }) => span.start <= start && end <= span.end;
  return spansSpelledBy(initials, text, isWord).find(around) ?? spansSpelledByTranslation(initials, text, initialsOf).find(around);
}
