import type { Lang } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import type { DiffContext } from './diffContext.js';
import { shares } from './context.js';
import type { LocatedClaim } from './lookup.js';
import { WORD, contentWords, type Span } from './negationSlot.js';

/**
 * An adjective negated by its prefix ("unavailable", "unsafe", "unclear", "unwirksam") against the word it
 * negates, affirmed on the other side ("verfügbar", "sicher", "geklärt", "effective"): "The winger is
 * unavailable" / "Der Flügelspieler steht … zur Verfügung". Only where neither side has a cue or another word
 * that negates inside: a prefixed word alone is too weak to report against a sentence that says nothing of
 * it, but against the very word it negates it is the same conflict as a dropped "not". Not:
 * - participles, adverbs and nouns (see NOT_ADJECTIVE), nor "non-", which names a kind ("non-free",
 *   "non-interactive"), nor suffixes ("zahllos" = "numerous");
 * - against a word negated itself ("unfreie" / "non-free", "mismatch"), or one that renders another word of
 *   the negating side ("Save unsaved changes": "speichern" is "Save"), or a compound read by its parts
 *   ("Sicherheitsmängel" is no affirmed "sicher").
 * Undefined where no such word stands there.
 */
export function affirmedBase(lang: Lang, soft: LocatedClaim[], own: Span[], theirs: Span[], context: DiffContext): { own: LocatedClaim; affirmed: Span } | undefined {
  const other: Lang = lang === 'en' ? 'de' : 'en';
  for (const word of soft) {
    const sentence = readerText(context.sentences[lang][word.sentence]!);
    const written = sentence.slice(word.claim.start, word.claim.end);
    const base = prefixedBase(lang, written);
    if (!base || NOT_ADJECTIVE[lang].test(written)) continue;
    const baseKeys = context.contexts.keysOf(base, lang);
    if (baseKeys.size === 0) continue;
    const rest = own.map((span) => (span.sentence === word.sentence ? sentence.slice(span.start, word.claim.start) + ' ' + sentence.slice(word.claim.end, span.end) : '')).join(' ');
    const restKeys = context.contexts.keysOf(rest, lang);
    for (const span of theirs) {
      const text = readerText(context.sentences[other][span.sentence]!);
      const opening = text.search(/\p{L}/u);
      for (const candidate of contentWords(other, span, context)) {
        const lower = candidate.text.toLowerCase();
        // A capital in a German sentence opens a noun; at its start it may open an adjective, with its ending, before
        // its noun ("Genehmigte Plakate"), where a noun stands before a small word ("Aktion bei …").
        const noun = other === 'de' && /^\p{Lu}/u.test(candidate.text) && !(candidate.start === opening && /e[mnrs]?$/u.test(candidate.text) && /^\s+\p{Lu}/u.test(text.slice(candidate.end)));
        if (lower === written.toLowerCase() || NEGATED_ITSELF[other].test(lower) || noun || context.contexts.partKeys(candidate.text, other).size > 0) continue;
        if (shares(candidate.keys, baseKeys) && !shares(candidate.keys, restKeys)) return { own: word, affirmed: { sentence: span.sentence, start: candidate.start, end: candidate.end } };
      }
    }
  }
  return undefined;
}

/** A prefix that negates and the word it negates: "unavailable" → "available", "unwirksam" → "wirksam". */
const PREFIXED: Record<Lang, RegExp> = {
  en: /^(?!unless$)(?:un|in|im|il|ir|dis)(\p{Ll}{4,})$/u,
  de: /^un(\p{Ll}{4,})$/u,
};

/**
 * Prefixed words other than adjectives: participles and gerunds, most of them English verbs undone
 * ("unplugged", "undeleting") or states a translator turns round ("unübersetzt" / "keep … translated"); adverbs,
 * which translators render freely ("unambiguously identifiable" / "eindeutig erkennbar"); German nouns
 * ("Unzuverlässigkeit" may head "Reliability" as its topic).
 */
const NOT_ADJECTIVE: Record<Lang, RegExp> = {
  en: /(?:ing|(?:ous|ab|ib|al|ent|ant|ed|ing|ful|ive|ar|ic)ly)$/u,
  de: /^\p{Lu}|^un(?:ge\p{Ll}+(?:t|en)|(?:be|ver|er|ent|zer|über|unter|miss)\p{Ll}+t)(?:e[mnrs]?)?$/u,
};

/** The word a prefix negates ("unsafe" → "safe", "unsicher" → "sicher"); undefined for a word without such a prefix. */
export function prefixedBase(lang: Lang, word: string): string | undefined {
  return PREFIXED[lang].exec(word.toLowerCase())?.[1];
}

/** Words that carry a negation of their own, by prefix or suffix. */
const NEGATED_ITSELF: Record<Lang, RegExp> = {
  en: /^(?:un|non|in|im|il|ir|dis|mis)-?\p{Ll}{3,}|less(?:ly|ness)?$/u,
  de: /^(?:un|miss|nicht)\p{Ll}{4,}|(?:los|frei|widrig)(?:e[mnrs]?)?$/u,
};

/** Whether `word` negates itself by its prefix or suffix ("unsolicited", "unbestellte", "kostenlos"). */
export function negatesItself(lang: Lang, word: string): boolean {
  return NEGATED_ITSELF[lang].test(word.toLowerCase());
}

/**
 * Whether `text` holds a word negated by its prefix whose base is the base of `word` (itself so negated):
 * "inhuman" in "amount to inhuman treatment" for "unmenschliche", which the lexicon may not pair whole.
 */
export function sameNegatedWord(lang: Lang, word: string, text: string, context: DiffContext): boolean {
  const base = prefixedBase(lang, word);
  if (!base) return false;
  const other: Lang = lang === 'en' ? 'de' : 'en';
  const keys = context.contexts.keysOf(base, lang);
  return [...text.matchAll(WORD)].some((m) => {
    const theirs = prefixedBase(other, m[0]);
    return theirs !== undefined && shares(keys, context.contexts.keysOf(theirs, other));
  });
}
