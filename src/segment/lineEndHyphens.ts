import type { Lang } from '../core/types.js';
import type { WordTest } from '../lexicon/knownWord.js';
import { isLower, isUpper } from './chars.js';

/**
 * A word hyphenated at a line end, the hyphen and the line break between its letters: "Konfigu-⏎ration",
 * groff's "argu‐⏎ments" (U+2010), "Container-⏎Linux".
 */
const LINE_END_HYPHEN = /(\p{L}+)([-\u2010])[^\S\r\n]*(?:\r\n|\r|\n)\s*(\p{L}+)/gu;

const HYPHEN_BEFORE_BREAK = /[-\u2010][^\S\r\n]*[\r\n]/u;

/**
 * The text with every word hyphenated at a line end read as a reader reads it: one word broken by the
 * typesetter is joined ("Konfiguration", "arguments"), a compound written with a hyphen keeps it
 * ("Container-Linux", "my-command"); either way the line break goes, unless the hyphen leaves its word
 * unfinished on purpose ("Benutzer- und Gruppenkennung"). `words`: the lexicon's word test and the text's
 * language; without them only the typesetter's hyphen before a lower-case piece (or capitals after capitals)
 * is taken for a break, and a hyphen-minus always stays: a letter is never dropped on a guess.
 */
export function joinLineEndHyphens(text: string, words?: { isWord: WordTest; lang: Lang }): string {
  if (!HYPHEN_BEFORE_BREAK.test(text)) return text;
  return text.replace(LINE_END_HYPHEN, (_whole, left: string, hyphen: string, right: string) => {
    const typeset = hyphen === TYPESETTER_HYPHEN;
    // A typed hyphen before "und" leaves its word unfinished; a typesetter may also have broken "col‐" / "or".
    if (!typeset && AFTER_SUSPENDED.has(right)) return `${left}${hyphen} ${right}`;
    if (isBrokenWord(left, right, typeset, words)) return left + right;
    return AFTER_SUSPENDED.has(right) ? `${left}${hyphen} ${right}` : left + hyphen + right;
  });
}

/**
 * Is `left` + `right` one word the typesetter broke? A change of case at the hyphen starts a word of its own
 * (German nouns, "MS-Windows", "ELF-Speicher", "APT-basiert"): a broken word goes on in lower case, or in
 * capitals after capitals ("SIM‐" / "PLE"). Otherwise the lexicon decides. A typesetter's hyphen (U+2010, as
 * groff writes it) mostly breaks words: it stays only between two words of three letters or more that make
 * no word together ("run‐" / "level"). A typed hyphen-minus is also the hyphen of compounds and names
 * ("my-command", "update-alternatives", "ABFRAGE-FORMAT"), so it breaks only a word the lexicon lists as
 * it is, into pieces of three letters or more ("Konfigu-" / "ration", not "as-" / "is").
 */
function isBrokenWord(left: string, right: string, typeset: boolean, words: { isWord: WordTest; lang: Lang } | undefined): boolean {
  const capitals = !hasLower(left);
  if (isUpper(right.charCodeAt(0)) ? !capitals || hasLower(right) : capitals && left.length > 1) return false;
  if (!words) return typeset;
  const { isWord, lang } = words;
  if (typeset) {
    // Manual pages and manuals quote words of the other language ("se‐" / "conds" in a German page).
    const whole = isWord(left + right, lang, true) || isWord(left + right, OTHER[lang], true);
    return whole || !(isLongWord(left, lang, isWord) && isLongWord(right, lang, isWord));
  }
  // A piece this short is a function word the lexicon leaves out ("as-is", "e-mail", "re-enter"), not a syllable.
  return !capitals && left.length >= SYLLABLE && right.length >= SYLLABLE && isWord(left + right, lang, false);
}

function isLongWord(piece: string, lang: Lang, isWord: WordTest): boolean {
  return piece.length >= SYLLABLE && isWord(piece, lang, false);
}

const TYPESETTER_HYPHEN = '\u2010';

const SYLLABLE = 3;

const OTHER: Record<Lang, Lang> = { en: 'de', de: 'en' };

/**
 * Words after which a hyphen ends a word that is left unfinished on purpose, its second part given once
 * for two compounds ("Benutzer- und Gruppenkennung", "pre- and post-processing"): the line break is a space.
 */
const AFTER_SUSPENDED = new Set(['und', 'oder', 'bzw', 'sowie', 'bis', 'and', 'or', 'nor', 'to']);

function hasLower(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (isLower(word.charCodeAt(k))) return true;
  return false;
}
