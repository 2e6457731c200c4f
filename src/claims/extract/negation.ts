import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';

/**
 * Negation cues. A sentence's polarity is whether it has any; only that is compared, so
 * "no longer" = "nicht mehr" agree without a list of idioms.
 * A contrastive "…, not X" / "(…, nicht X)" / "…, keine X" denies an alternative, not the statement, and
 * is skipped (see CONTRASTIVE); so are an attributive "nicht" (see isAttributive) and an additive
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
 * "not"/"nicht" inside a noun phrase negates its adjective, not the statement: "an undisclosed
 * amount" = "einen nicht genannten Betrag", "unsecured LDAP" = "nicht abgesichertes LDAP". In English
 * that is "not" right after an article. German shows it by what follows: an inflected adjective and
 * its noun, whatever stands before ("Branches, die nicht zusammengeführt wurden" is a relative clause;
 * "nicht alle Daten" negates a quantity: see QUANTIFIERS).
 */
function isAttributive(lang: Lang, before: string, after: string): boolean {
  if (lang === 'en') return /(?:^|[^\p{L}])(?:a|an|the)\s+$/iu.test(before);
  const adjective = /^\s+(\p{Ll}+(?:e|en|er|es|em))\s+\p{Lu}/u.exec(after);
  return adjective !== null && !QUANTIFIERS.has(adjective[1]!);
}

const QUANTIFIERS = new Set(
  'alle allen aller alles viele vielen vieler jede jeden jedem jeder jedes beide beiden einige einigen einiger mehrere mehreren wenige wenigen weniger andere anderen anderer diese diesen dieser dieses jene jenen ganze ganzen genügend'.split(' '),
);

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
    if (/^(?:not|nicht)$/i.test(m[0]) && (isAttributive(lang, before, after) || ADDITIVE[lang].test(after.slice(0, 12)))) continue;
    claims.push({ type: 'negation', kind: 'negation', start: m.index, end, value: 'negated' });
  }
  return claims;
}
