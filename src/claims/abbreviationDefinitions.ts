import type { Sentence } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import type { Claim } from './claim.js';
import type { LocatedClaim } from './lookup.js';
import { sameKey } from './equality.js';
import { isSubsequence } from './extract/names.js';

/** An expansion is at most this many words before its abbreviation's bracket. */
const EXPANSION_WORDS = 12;

/**
 * The words an abbreviation in brackets right after them abbreviates ("Kieler Institut für Weltwirtschaft
 * (IfW)"), as [start, end) of the sentence's reader text; undefined when the claim is no such abbreviation.
 * The abbreviation's letters are the initials of the words before it, or, for one of three letters or more,
 * letters of those words in order from a capitalised word with its initial: a compound gives several
 * ("Bundesamt für Gesundheit (BAG)"), and an international body keeps its English letters in German
 * ("Europäisches Zentrum für die Prävention und die Kontrolle von Krankheiten (ECDC)"), one of which
 * the German words may lack. `shared`: the other side names the abbreviation too, which says the words
 * before its bracket are what it abbreviates, in whichever language its letters are ("Standing Committee
 * on Vaccination (STIKO)"): from a capitalised word with its initial, whatever the other letters.
 */
export function expansionBefore(text: string, claim: Claim, shared = false): [number, number] | undefined {
  const abbreviation = text.slice(claim.start, claim.end);
  if (!/^\p{Lu}[\p{L}]{1,6}$/u.test(abbreviation) || text.charAt(claim.start - 1) !== '(' || text.charAt(claim.end) !== ')') return undefined;
  const from = Math.max(0, claim.start - 120);
  const words = [...text.slice(from, claim.start - 1).matchAll(/\p{L}+/gu)].slice(-EXPANSION_WORDS);
  if (words.length === 0) return undefined;
  const end = from + words.at(-1)!.index + words.at(-1)![0].length;
  const letters = abbreviation.toLowerCase();
  if (isSubsequence(letters, words.map((word) => word[0][0]!.toLowerCase()).join(''))) return [from + words[0]!.index, end];
  if (letters.length < 3) return undefined;
  for (const [i, word] of words.entries()) {
    if (word[0][0] !== abbreviation[0]) continue;
    if (shared) return [from + word.index, end];
    const rest = words.slice(i).map((w) => w[0].toLowerCase()).join(' ').slice(1);
    if (lettersInOrder(letters.slice(1), rest) >= letters.length - 1 - (letters.length >= 4 ? 1 : 0)) return [from + word.index, end];
  }
  return undefined;
}

/** How many of `letters` stand in `text` in their order, a letter not found skipped. */
function lettersInOrder(letters: string, text: string): number {
  let at = 0;
  let found = 0;
  for (const letter of letters) {
    const next = text.indexOf(letter, at);
    if (next < 0) continue;
    found++;
    at = next + 1;
  }
  return found;
}

/** Whether a claim is an abbreviation in brackets right after the words it abbreviates. */
export function definesAbbreviation(sentence: Sentence, claim: Claim): boolean {
  return expansionBefore(readerText(sentence), claim) !== undefined;
}

/**
 * Whether a name stands inside the expansion of an abbreviation of its sentence that the other side of the
 * link names too: "Standing Committee on Vaccination (STIKO)" / "Ständige Impfkommission (STIKO)" match by
 * the abbreviation, and the words of the expansion are its translation, no claim of their own. So is a
 * name right before the brackets of an abbreviation the other side names or writes out, whatever its letters:
 * "Federal Motor Transport Authority (KBA)" / "das KBA", "Federal Housing Ministry (BMWSB)" /
 * "Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen", "German Research Foundation (DFG)" /
 * "Deutsche Forschungsgemeinschaft". `writtenOut` says whether
 * the other side writes out an abbreviation.
 */
export function insideSharedExpansion(item: LocatedClaim, sameSide: LocatedClaim[], otherSide: LocatedClaim[], sentence: Sentence, writtenOut: (abbreviation: LocatedClaim) => boolean): boolean {
  const text = readerText(sentence);
  return sameSide.some((candidate) => {
    if (candidate === item || candidate.sentence !== item.sentence || candidate.claim.type !== 'entity' || candidate.claim.start < item.claim.end) return false;
    const named = () => otherSide.some((other) => sameKey(other.claim) === sameKey(candidate.claim));
    const bracketed = text.charAt(candidate.claim.start - 1) === '(' && text.charAt(candidate.claim.end) === ')';
    if (bracketed && item.claim.start >= nameRunBefore(text, candidate.claim.start - 1) && (named() || writtenOut(candidate))) return true;
    const expansion = expansionBefore(text, candidate.claim, true);
    return expansion !== undefined && expansion[0] <= item.claim.start && item.claim.end <= expansion[1] && named();
  });
}

/**
 * Where the run of capitalised words before `end` starts, with the function words, possessives and
 * hyphens names hold ("German Shipowners' Association (VDR)", "Bank of England (BoE)"); `end` when none.
 */
export function nameRunBefore(text: string, end: number): number {
  let start = end;
  for (const m of [...text.slice(Math.max(0, end - 120), end).matchAll(RUN_WORD)].reverse()) {
    const at = Math.max(0, end - 120) + m.index;
    if (at + m[0].length !== start) break;
    if (/^\s*\p{Lu}/u.test(m[0]) || NAME_FUNCTION_WORD.test(m[0])) start = at;
    else break;
  }
  // A run opened by a function word starts at the first capitalised word after it.
  const opened = OPENING_FUNCTION_WORDS.exec(text.slice(start, end));
  return opened ? start + opened[0].length : start;
}

/** The function words a name holds ("Bank of England", "Verband für …"). */
const FUNCTION_WORDS = 'of|for|and|the|on|in|für|und|der|die|das|des|von|zur|zum';
const NAME_FUNCTION_WORD = new RegExp(String.raw`^\s*(?:${FUNCTION_WORDS})['’]?\s*$`, 'iu');
const OPENING_FUNCTION_WORDS = new RegExp(String.raw`^\s*(?:(?:${FUNCTION_WORDS})\s+)+`, 'iu');

/** A word of a name with the space before it: letters, a possessive's apostrophe, a hyphen. */
const RUN_WORD = /\s*[\p{L}][\p{L}\p{N}'’-]*\s*/gu;
