import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import { SPELLED_SOURCE, parseSpelled } from '../numerals.js';
import { UNITS } from '../vocabulary.js';
import { romanValue } from './regnal.js';
import type { TakenSpans } from './spans.js';

/**
 * A numeral after a noun of kind numbers its kind: "phase III" = "phase 3" = "phase-three trial" =
 * "Phase-III-Studie", "type II diabetes" = "Typ-2-Diabetes", "stage 4" = "Stadium IV", "category 5" =
 * "Kategorie 5", "Warnstufe 3". Roman, Arabic and spelled numerals are one number here, the place
 * of a series as "Henry VIII" is (see regnal.ts), so it is an ordinal claim: "Phase II" / "phase III"
 * conflict, and "phase 3" agrees with "the third phase". Read otherwise, a Roman numeral was a name
 * ("iii") or nothing inside a German compound.
 *
 * German compounds the kind as the head of a noun ("Warnstufe", "Schutzklasse", "Testphase") and
 * hyphenates a numeral into a compound ("Phase-III-Studie", "Typ-2-Diabetes"); English hyphenates the
 * spelled numeral before its noun ("a phase-three trial").
 */
const KIND_NOUNS: Record<Lang, string> = {
  en: String.raw`[Pp]hase|[Tt]ype|[Ss]tage|[Cc]ategory|[Ll]evel|[Cc]lass`,
  de: String.raw`(?:\p{Lu}\p{Ll}+(?:phase|stufe|klasse|kategorie))|Phase|Typ|Stadium|Stufe|Kategorie|Level|Klasse`,
};

/** Roman numerals up to 39: a single "I", "V" or "X" is the numeral here, the noun says so. */
const ROMAN = String.raw`(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})`;
/** "one" and "eins" are no number elsewhere (see SPELLED_SOURCE); after a noun of kind they are. */
const SPELLED: Record<Lang, string> = { en: String.raw`one|${SPELLED_SOURCE.en}`, de: String.raw`eins|${SPELLED_SOURCE.de}` };

const PATTERN: Record<Lang, RegExp> = {
  en: kindPattern('en'),
  de: kindPattern('de'),
};

function kindPattern(lang: Lang): RegExp {
  // Not a decimal ("level 3.5"), nor the head of a longer token ("Type2", "class 2b").
  return new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${KIND_NOUNS[lang]})(?:[\s\u00a0]+|[-\u2010\u2011])(?:(${ROMAN})|(\d{1,2})|(${SPELLED[lang]}))(?![\p{L}\p{N}]|[.,]\d)`, 'giu');
}

const HINT: Record<Lang, RegExp> = {
  en: /(?:phase|type|stage|category|level|class)[\s\u00a0\-\u2010\u2011]/i,
  de: /(?:phase|typ|stadium|stufe|kategorie|level|klasse)[\s\u00a0\-\u2010\u2011]/i,
};

/** A unit after the figure makes it a quantity: "level 3 metres above", "Stufe 2 Minuten". */
const UNIT_WORDS: ReadonlySet<string> = new Set(UNITS.flatMap((unit) => [...unit.forms.en, ...unit.forms.de]));

/**
 * English "type", "stage", "level" and "class" are verbs too: "Type 3 and press Enter", "to stage 2
 * concerts". The noun has a determiner or a preposition before it, or a noun after the numeral
 * ("Type 2 diabetes is …"); the verb an infinitive's "to", a subject or nothing before it, and a
 * function word after.
 */
const EN_VERB_BEFORE = /(?:^|[.!?:;]\s+|(?:^|[^\p{L}])(?:to|you|we|they|then|and|please|can|could|will|would|must|should|simply|just|also)\s+)$/iu;
const EN_FUNCTION_AFTER = /^(?:\s*(?:[^\s\p{L}]|$)|\s+(?:and|or|to|in|into|on|at|then|for|from|with|the|a|an|it|this|that|here|there)(?![\p{L}]))/iu;

const EN_VERBS = /^(?:type|stage|level|class)/iu;

export function extractNumberedKinds(text: string, lang: Lang, taken: TakenSpans): Claim[] {
  if (!HINT[lang].test(text)) return [];
  const claims: Claim[] = [];
  for (const m of text.matchAll(PATTERN[lang])) {
    const [written, roman, digits, spelled] = m;
    // Lower-case letters are words ("type x", "class v"), not Roman numerals.
    if (roman && roman !== roman.toUpperCase()) continue;
    const n = roman ? romanValue(roman) : digits ? Number(digits) : /^eins?$|^one$/iu.test(spelled!) ? 1 : parseSpelled(spelled!, lang);
    const end = m.index + written.length;
    if (n === undefined || taken.overlaps(m.index, end)) continue;
    const after = text.slice(end, end + 24);
    const unit = /^[\s\u00a0]+(\S+?)[.,;:]?(?:\s|$)/u.exec(after);
    if (unit && UNIT_WORDS.has(unit[1]!)) continue;
    if (lang === 'en' && EN_VERBS.test(written) && EN_VERB_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) && EN_FUNCTION_AFTER.test(after)) continue;
    taken.take(m.index, end);
    claims.push({ type: 'ordinal', kind: 'ordinal', start: m.index, end, value: `#${n}` });
  }
  return claims;
}
