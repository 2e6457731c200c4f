import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';

/**
 * Negation cues. A sentence's polarity is whether it has any; only that is compared, so
 * "no longer" = "nicht mehr" agree without a list of idioms.
 * A contrastive "…, not X" / "(…, nicht X)" / "…, keine X" denies an alternative, not the statement, and
 * is skipped (see CONTRASTIVE); so are an attributive "nicht" (see ATTRIBUTIVE) and an additive
 * "not only" / "nicht nur" (see ADDITIVE). A cue that opens a hyphenated compound ("Nicht-Apple-Plattformen",
 * "not-for-profit") names a kind of thing, as "non-Apple" does, and is not a cue.
 */
const CUES: Record<Lang, RegExp> = {
  en: /(?<![\p{L}\p{N}])(?:not|never|neither|nor|none|nobody|no-one|nothing|nowhere|without|cannot|no(?=\s+\p{Ll})|\p{L}+n['’]t)(?![\p{L}\p{N}]|-\p{L})/giu,
  de: /(?<![\p{L}\p{N}])(?:nicht|nichts|nie|niemals|niemand|nirgends|nirgendwo|weder|ohne|keinerlei|kein(?:e[mnrs]?)?)(?![\p{L}\p{N}]|-\p{L})/giu,
};

const CONTRAST = /[,(]\s*$/;

/**
 * The cues that deny an alternative after a comma or bracket. Others keep their force there: German
 * puts a comma before every "ohne"-clause ("…, ohne den Zustand zu verwalten" = "without managing the
 * state"), and "…, nor does it …" or "…, nie …" negate the statement.
 */
const CONTRASTIVE: Record<Lang, RegExp> = {
  en: /^not$/i,
  de: /^(?:nicht|kein(?:e[mnrs]?)?)$/i,
};

/**
 * "not"/"nicht" right after an article negates an adjective inside a noun phrase, not the statement:
 * "einen nicht genannten Betrag" = "an undisclosed amount". In German "der", "die" and "das" also open
 * relative clauses ("Branches, die nicht zusammengeführt wurden"), so there the next words must be an
 * inflected adjective and its noun (see ADJECTIVE_AND_NOUN).
 */
const ATTRIBUTIVE: Record<Lang, RegExp> = {
  en: /(?:^|[^\p{L}])(?:a|an|the)\s+$/iu,
  de: /(?:^|[^\p{L}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\s+$/iu,
};

const ADJECTIVE_AND_NOUN: Record<Lang, RegExp> = {
  en: /^/,
  de: /^\s+\p{Ll}+(?:e|en|er|es|em)\s+\p{Lu}/u,
};

/**
 * "not only … but also" / "nicht nur …, sondern auch" adds to the statement; the other text often
 * says the same with "and" or "as well as", so counting it would report a false conflict.
 */
const ADDITIVE: Record<Lang, RegExp> = {
  en: /^\s+(?:only|just|merely)(?![\p{L}\p{N}])/iu,
  de: /^\s+(?:nur|bloß|bloss|lediglich)(?![\p{L}\p{N}])/iu,
};

/**
 * Negation cues of either language, each judged by its own language's rules. `lang` is the document's
 * language, which need not be the sentence's: translations leave sentences untranslated ("This means
 * that users who are not collaborators …" in a German README), and neither language's cue words are
 * words of the other, so an English "not" in a German document is a negation all the same.
 */
export function extractNegation(text: string, lang: Lang): Claim[] {
  const other: Lang = lang === 'en' ? 'de' : 'en';
  return [...cuesOf(text, lang), ...cuesOf(text, other)].sort((a, b) => a.start - b.start);
}

function cuesOf(text: string, lang: Lang): Claim[] {
  const claims: Claim[] = [];
  for (const m of text.matchAll(CUES[lang])) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (CONTRAST.test(before) && CONTRASTIVE[lang].test(m[0])) continue;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 40);
    const attributive = ATTRIBUTIVE[lang].test(before) && ADJECTIVE_AND_NOUN[lang].test(after);
    if (/^(?:not|nicht)$/i.test(m[0]) && (attributive || ADDITIVE[lang].test(after.slice(0, 12)))) continue;
    claims.push({ type: 'negation', kind: 'negation', start: m.index, end, value: 'negated' });
  }
  return claims;
}
