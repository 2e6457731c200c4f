import type { ClaimSide } from '../core/claims.js';
import type { Lang, Sentence } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import type { LocatedClaim } from './lookup.js';
import { matchedInLink } from './namesInLink.js';
import { MONTHS } from './vocabulary.js';

/**
 * Words that say "the whole country" without naming it: a report written for the country's own readers
 * leaves the name out ("cancelled across Germany" / "bundesweit ausgefallen", "14 of Germany's 16
 * federal states" / "14 der 16 Bundesländer", "Germany's Federal Network Agency" / "die Bundesnetzagentur",
 * "Germany's Federal Foreign Office" / "das Auswärtige Amt"), as an English one does ("nationwide", "federal").
 */
const COUNTRYWIDE: Record<Lang, RegExp> = {
  de: /(?<![\p{L}])(?:bundesweit\p{Ll}*|landesweit\p{Ll}*|hierzulande|bundesl[äa]nder\p{Ll}*|bundesland\p{Ll}*|bundes\p{Ll}{4,}|des\s+bundes|auswärtige[ns]?\s+amt\p{Ll}*)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:nationwide|countrywide|(?:across|throughout|all\s+over)\s+the\s+country|the\s+(?:whole|entire)\s+country|federal\s+states?)(?![\p{L}])/iu,
};

/**
 * Where a country one side names is the country the other side's countrywide word means: only where that
 * side names no country of its own in the link, so that "across Germany" / "in ganz Österreich" stays a
 * conflict of names.
 */
export function countryImpliedInLink(item: LocatedClaim, other: Lang, indices: number[], sentences: Sentence[], otherClaims: readonly LocatedClaim[]): Omit<ClaimSide, 'value'> | undefined {
  if (item.claim.type !== 'entity' || item.claim.kind !== 'country') return undefined;
  if (otherClaims.some((candidate) => candidate.claim.type === 'entity' && candidate.claim.kind === 'country')) return undefined;
  return matchedInLink(COUNTRYWIDE[other], indices, sentences);
}

/**
 * Where a side's "two" only spells out what the other side's "between" says: "a rest period between shifts" /
 * "eine Ruhezeit zwischen zwei Schichten". Only where the other side counts nothing after its "between".
 */
export function twoImpliedInLink(item: LocatedClaim, lang: Lang, other: Lang, sentence: Sentence, indices: number[], sentences: Sentence[]): Omit<ClaimSide, 'value'> | undefined {
  if (item.claim.type !== 'number' || item.claim.value !== '2') return undefined;
  if (!BETWEEN_BEFORE[lang].test(readerText(sentence).slice(Math.max(0, item.claim.start - 12), item.claim.start))) return undefined;
  return matchedInLink(BETWEEN_UNCOUNTED[other], indices, sentences);
}

const BETWEEN_BEFORE: Record<Lang, RegExp> = { en: /(?:^|[^\p{L}])between\s+(?:the\s+)?$/iu, de: /(?:^|[^\p{L}])zwischen\s+(?:den\s+)?$/iu };
/** "between" not followed by a number, as a word or in digits. */
const BETWEEN_UNCOUNTED: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])between(?!\s+(?:the\s+)?(?:\d|two|three|four|five|six|seven|eight|nine|ten)(?![\p{L}]))(?![\p{L}])/iu,
  de: /(?<![\p{L}])zwischen(?!\s+(?:den\s+)?(?:\d|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)(?![\p{L}]))(?![\p{L}])/iu,
};

/**
 * Where an English month alone ("The April frost") stands at the head of a German compound ("Der
 * Aprilfrost", "die Märzausgabe"): the rest must be a German word, so that "Maischberger" and
 * "Augustiner" name no month.
 */
export function monthCompoundedInLink(item: LocatedClaim, other: Lang, indices: number[], sentences: Sentence[], isGermanWord: (word: string) => boolean): Omit<ClaimSide, 'value'> | undefined {
  const month = /^--(\d\d)$/.exec(item.claim.type === 'date' ? item.claim.value : '');
  if (other !== 'de' || !month) return undefined;
  const name = MONTHS.de[Number(month[1]) - 1]![0]!;
  const compound = new RegExp(String.raw`(?<![\p{L}])${name}(\p{Ll}{3,})(?![\p{L}])`, 'gu');
  for (const sentence of indices) {
    const text = readerText(sentences[sentence]!);
    for (const m of text.matchAll(compound)) {
      const rest = m[1]!;
      if (isGermanWord(rest.charAt(0).toUpperCase() + rest.slice(1))) return { sentence, text: m[0], start: m.index, end: m.index + m[0].length };
    }
  }
  return undefined;
}
