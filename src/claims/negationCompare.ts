import type { Finding } from '../core/claims.js';
import type { AlignmentLink, Lang } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import { place, sentenceWords, type DiffContext, type SideOf } from './diffContext.js';
import { shares } from './context.js';
import type { LocatedClaim } from './lookup.js';
import { affirmedBase, negatesItself, sameNegatedWord } from './affixNegation.js';
import { affirmedInItsPlace, antonymThere, contentWords, type PlacedWord, type Span } from './negationSlot.js';
import { stanceConflict } from './stanceCompare.js';
import { extractStances, type Stance } from './extract/stance.js';
import { EXCLUDING_VERB_FORMS } from './extract/negativeWords.js';
import { negatesAdjectiveOnly } from './extract/negation.js';
import { STRONG_CUE, WITHOUT_CUE, negatesClosely } from './negationCues.js';
import { litotesAgainstNegatedBase } from './litotes.js';
import { admissionAgainstDenial } from './admissionCompare.js';
import { releaseAgainstBond } from './releaseCompare.js';

/**
 * Negation is compared once per link, by whether each side has a cue: two cues agree without a list
 * of idioms ("no longer" = "nicht mehr"). (Told apart clause by clause, cues paired by the words they
 * negate, they gave dozens of false conflicts a book on real translations: "neither … nor" against
 * "weder … noch", lexicon gaps in what is negated.) Only main clauses a semicolon sets apart, as many
 * on each side of a one-to-one link, are compared part by part: "found evidence of sabotage; the
 * report was not published" / "fanden keine Hinweise auf Sabotage; der Bericht wurde nicht
 * veröffentlicht" has a cue on each side, but not in the same clause. A side without a cue that
 * negates inside a word ("unusable" = "nicht verwendbar"; soft claims, see negativeWords.ts) agrees
 * too. Otherwise one side negates, and it is a conflict when what it negates stands in the other side,
 * affirmed: one of the words it negates has a counterpart there, or the other side says the opposite
 * of the idiom ("never scored" / "hat bereits getroffen", "no longer available" / "weiterhin
 * erhältlich", "without the support of the opposition" / "mit den Stimmen der Opposition"), or, where
 * the lexicon pairs neither, another word stands in the negated word's place (negationSlot.ts). An
 * antonym of an English negated word agrees ("not open" / "geschlossen"); two negations that cancel
 * ("not uncommon") affirm. A translator who says the same in other words ("should be stripped" / "nicht
 * unnötig aufgebläht sein") leaves a one-sided negation, not a conflict. A refusal against an assent says
 * a negation without a cue ("approved" / "lehnte … ab"); see stanceCompare.ts. Without a cue on either
 * side, a prefixed adjective against its base affirmed is one (affixNegation.ts).
 */
export function compareNegation(link: AlignmentLink, enCues: LocatedClaim[], deCues: LocatedClaim[], context: DiffContext, side: SideOf): Finding[] {
  if (link.en.length === 0 || link.de.length === 0 || !context.confident(link)) return [];
  const whole = { en: link.en.map((sentence) => wholeSentence('en', sentence, context)), de: link.de.map((sentence) => wholeSentence('de', sentence, context)) };
  const units = semicolonParts(link, context) ?? [whole];
  return units.flatMap((unit) => {
    const cues = { en: enCues.filter((cue) => within(cue, unit.en)), de: deCues.filter((cue) => within(cue, unit.de)) };
    const byCue = compareUnit(unit, cues, context, side);
    // A refusal against an assent is the conflict the cues leave unsaid: it outranks their agreement. Where the cues
    // found a conflict too, it is the same one said again ("remains valid" / "ungültig", by stance and by prefix).
    const stance = stanceConflict(unit, { en: cues.en.filter((cue) => !cue.claim.soft), de: cues.de.filter((cue) => !cue.claim.soft) }, context, side);
    if (!stance) return byCue;
    const conflicts = byCue.filter((finding) => finding.status === 'conflict');
    return conflicts.length > 0 ? conflicts : [stance];
  });
}

/**
 * A cue that negates a verb of exclusion says the thing is possible ("has not ruled out a sale" = "hat einen
 * Verkauf nicht ausgeschlossen"): a word that excludes on the other side ("ausgeschlossen") says the opposite,
 * and does not confirm the cue.
 */
function negatesExclusion(lang: Lang, cue: LocatedClaim, context: DiffContext): boolean {
  const text = readerText(context.sentences[lang][cue.sentence]!);
  const after = text.slice(cue.claim.end, cue.claim.end + 80);
  if (EXCLUSION_AFTER[lang].test(after)) return true;
  // A cue that negates the subject stands before all of it: "Neither of the two main parties has ruled out".
  if (lang === 'en' && SUBJECT_CUE.test(text.slice(cue.claim.start, cue.claim.end)) && EXCLUSION_AFTER_SUBJECT.test(after)) return true;
  // The separable verb puts its particle after the cue: "schloss weitere Streiks nicht aus".
  return lang === 'de' && /^\s+aus(?![\p{L}])/u.test(text.slice(cue.claim.end)) && EXCLUDING_VERB.test(text.slice(Math.max(0, cue.claim.start - 100), cue.claim.start));
}
const EXCLUDING_VERB = new RegExp(String.raw`(?<![\p{L}])${EXCLUDING_VERB_FORMS}\s[^,;.!?]*$`, 'u');
// Impossible is excluded too: "it is not impossible that" against "es ist ausgeschlossen, dass"; and the
// separable verb's clause: "schloss weitere Steuererhöhungen aus" (see negativeWords.ts).
const EXCLUSION_WORD = new RegExp(String.raw`^(?:ausgeschlossen|auszuschließen|ausschließen|unmöglich|ruled\s+out|excluded|impossible|${EXCLUDING_VERB_FORMS}\s.*\saus)$`, 'iu');
const SUBJECT_CUE = /^(?:neither|none|nobody|no\s+one|no-one|nothing)$/iu;
const EXCLUSION_AFTER_SUBJECT = /^(?:\s+[\p{L}\p{N}'’-]+){0,8}?\s+(?:ha[sd]|have)\s+(?:[\p{L}'’]+\s+)?(?:ruled\s+out|excluded)(?![\p{L}])/u;
const EXCLUSION_AFTER: Record<Lang, RegExp> = {
  en: /^(?:\s+[\p{L}'’]+){0,2}?\s+(?:rul(?:e|es|ed|ing)\s+out|exclud(?:e|es|ed|ing)|impossible)(?![\p{L}])/u,
  de: /^(?:\s+[^\s,;.:!?]+){0,6}?\s+(?:ausgeschlossen|auszuschließen|ausschließen|unmöglich)(?![\p{L}])/u,
};

/**
 * Whether a cue negates the very word the other side negates inside ("nicht offline genutzt" against "used
 * offline", "not unusual" against "unusual"): the word written a few words after the cue is affirmed by the
 * other side, not its negation.
 */
function negatesTheWord(lang: Lang, cues: LocatedClaim[], word: string, context: DiffContext): boolean {
  const written = new RegExp(String.raw`^(?:\s+[^\s,;.:!?]+){0,2}?\s+${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`, 'iu');
  return cues.some((cue) => written.test(readerText(context.sentences[lang][cue.sentence]!).slice(cue.claim.end, cue.claim.end + 60)));
}

/**
 * Whether every cue negates a word of its own side that negates inside ("nicht mehr zu verhindern", "konnte
 * den Streik nicht vermeiden"), while the other side says such a word un-negated ("can still be prevented",
 * "avoided the strike"): the two negations make an assertion the other side denies, so the cue is not that
 * word said otherwise. Not where the other side negates its word too ("not rejected" / "nicht
 * zurückgewiesen"), nor against a word that is itself "without" something ("no doubt" / "zweifellos"), nor
 * for a weak cue ("kaum zu verhindern" = "hard to prevent").
 */
function negatesOwnNegativeWord(lang: Lang, hard: LocatedClaim[], cues: Record<Lang, LocatedClaim[]>, context: DiffContext): boolean {
  const other: Lang = lang === 'en' ? 'de' : 'en';
  const textOf = (side: Lang, cue: LocatedClaim) => readerText(context.sentences[side][cue.sentence]!);
  const negatedBy = (side: Lang, word: LocatedClaim, cue: LocatedClaim) => negatesClosely(side, cue, word, context);
  const written = (side: Lang, cue: LocatedClaim) => textOf(side, cue).slice(cue.claim.start, cue.claim.end);
  const ownWords = cues[lang].filter((cue) => cue.claim.soft);
  const negatedOwn = hard.map((cue) => (STRONG_CUE.test(written(lang, cue)) ? ownWords.filter((word) => negatedBy(lang, word, cue)) : []));
  if (negatedOwn.some((words) => words.length === 0)) return false;
  const ownKeys = negatedOwn.flat().map((word) => context.contexts.keysOf(written(lang, word), lang));
  // The other side's word that renders the negated one, said without a negation of its own.
  return cues[other].some((word) => {
    const text = written(other, word);
    if (CUE_WORD.test(text) || WITHOUT_WORD.test(text) || cues[other].some((cue) => negatedBy(other, word, cue))) return false;
    const keys = context.contexts.keysOf(text, other);
    return ownKeys.some((own) => shares(own, keys));
  });
}

/**
 * Whether a side's negations cancel in pairs, each strong cue negating a negation right after it: "not
 * uncommon" = "durchaus häufig", "not without controversy" = "durchaus umstritten", "nicht unbegründet" =
 * "well founded"; or farther off (see cancelledFarther). Such a side affirms.
 */
function cancelInPairs(lang: Lang, hard: LocatedClaim[], cues: LocatedClaim[], theirs: Region[], context: DiffContext): boolean {
  const text = (cue: LocatedClaim) => readerText(context.sentences[lang][cue.sentence]!).slice(cue.claim.start, cue.claim.end);
  const other: Lang = lang === 'en' ? 'de' : 'en';
  // A pronoun that negates its subject cancels too, with an opening "without" or a negated relative clause: "Without the
  // landowner's consent, no one may set up a hide" = "nur mit Zustimmung"; but not a word after it, which it does not
  // negate: "nothing unusual" is no "usual".
  const pronoun = (cue: LocatedClaim) => !STRONG_CUE.test(text(cue)) && NONE_CUE.test(text(cue));
  const negating = hard.filter((cue) => STRONG_CUE.test(text(cue)) || pronoun(cue));
  const negated = new Set<LocatedClaim>();
  const regionText = (region: Region) => readerText(context.sentences[other][region.sentence]!).slice(region.start, region.end);
  for (const cue of negating) {
    if (negated.has(cue)) continue;
    const word =
      (pronoun(cue) ? undefined : cues.find((own) => !negated.has(own) && !negating.includes(own) && CANCELLING[lang].test(text(own)) && negatesClosely(lang, cue, own, context))) ??
      cancelledFarther(lang, cue, hard.filter((own) => own !== cue && !negated.has(own)), context);
    if (!word) return false;
    // "never been banned" against "gesperrt", "keine unmenschliche Behandlung" against "inhuman treatment": the
    // negative word itself stands there, affirmed.
    if (theirs.some((region) => shares(context.contexts.keysOf(text(word), lang), regionWords(other, region, context)) || sameNegatedWord(lang, text(word), regionText(region), context))) return false;
    negated.add(word);
  }
  return negating.length > 0 && hard.every((cue) => negating.includes(cue) || negated.has(cue));
}

/**
 * The negation a strong cue cancels beyond the word after it, which makes the sentence say "only": "does not share
 * patient data without written consent" (= only with it), "Without the donation, the hospice would not have been able
 * to open" (= only the donation let it), "sells no products that were not grown nearby" (= only those grown nearby).
 * Undefined where none of `others` does.
 */
function cancelledFarther(lang: Lang, cue: LocatedClaim, others: LocatedClaim[], context: DiffContext): LocatedClaim | undefined {
  const text = readerText(context.sentences[lang][cue.sentence]!);
  // A figure's separators are no clause marks ("Without the donation of €250,000, the hospice").
  const stretch = (from: number, to: number) => text.slice(from, to).replace(/(?<=\d)[,.](?=\d)/gu, '0');
  const written = (item: LocatedClaim) => text.slice(item.claim.start, item.claim.end);
  // Within a clause's reach of each other: a sentence of many clauses is read in linear time.
  const near = (own: LocatedClaim) => own.sentence === cue.sentence && Math.abs(own.claim.start - cue.claim.start) <= CLAUSE_REACH;
  return others.find((own) => {
    if (!near(own)) return false;
    if (WITHOUT_CUE.test(written(own))) {
      if (own.claim.start >= cue.claim.end) return !CLAUSE_MARK.test(stretch(cue.claim.end, own.claim.start));
      return /^\P{L}*$/u.test(text.slice(0, own.claim.start)) && OPENING_PHRASE.test(stretch(own.claim.end, cue.claim.start));
    }
    if (!STRONG_CUE.test(written(own)) || own.claim.start < cue.claim.end) return false;
    const between = stretch(cue.claim.end, own.claim.start);
    // "did not contain any questions that had not been covered" negates its "any" as "no" does.
    return (NONE_CUE.test(written(cue)) || (lang === 'en' && /^(?:not|\p{L}*n['’]t)$/iu.test(written(cue)) && NOT_ANY.test(between))) && RELATIVE_BETWEEN[lang].test(between);
  });
}
const NOT_ANY = /^\s+(?:\p{Ll}+\s+){0,2}?any\s/u;
/** How far apart, in characters, two negations of one "only" may stand. */
const CLAUSE_REACH = 240;
const NONE_CUE = /^(?:no|none|nobody|nothing|no\s+one|kein\p{Ll}*|niemand\p{Ll}*|nichts)$/iu;
const CLAUSE_MARK = /[,;:.!?()–]/u;
/** A phrase opening its sentence up to one comma, the main clause after it: "Without the new cold store, the wholesaler". */
const OPENING_PHRASE = /^[^,;:.!?()–]*,[^,;:.!?()–]*$/u;
/** A relative clause between the cue and the negation inside it: "no products that were not", "keine Produkte, die nicht". */
const RELATIVE_BETWEEN: Record<Lang, RegExp> = {
  en: /^[^,;:.!?()–]*?\s(?:that|who|which|whom)\s[^,;:.!?()–]*$/u,
  de: /^[^,;:.!?()–]*,\s*(?:der|die|das|dem|den|deren|dessen|denen|welche[mnrs]?)\s[^,;:.!?()–]*$/u,
};

/**
 * Negations another cancels into an affirmation: an adjective negated by its affix ("not uncommon"), "without"
 * ("not without risk"), doubt ("no doubt"), ruling out ("have not ruled out" = "halten es für möglich"). Not a verb ("nicht verhindern" is no "stop").
 */
const CANCELLING: Record<Lang, RegExp> = {
  en: /^(?:(?:un|in|im|il|ir|dis)\p{Ll}{4,}|\p{Ll}{3,}less|without|doubts?|rul(?:e|es|ed|ing)\s+out)$/iu,
  de: /^(?:un\p{Ll}{4,}|\p{Ll}{3,}(?:los|frei)(?:e[mnrs]?)?|ohne|[Zz]weifel|ausgeschlossen|auszuschließen)$/u,
};

/** Negations that are cue words, read soft in some constructions ("nicht … sondern"). */
const CUE_WORD = /^(?:nicht|not|no|never|nie|niemals|kein\p{Ll}*|nichts|nothing|none)$/iu;
/** A word that is "without" something: "zweifellos" = "no doubt", "kostenlos", "doubtless". */
const WITHOUT_WORD = /(?:los|less)(?:e[mnrs]?)?$/iu;

/**
 * "without" on both sides, and a strong cue beside it on one side only: "can measure blood pressure without a
 * cuff" / "kann den Blutdruck nicht ohne Manschette messen", "works without a subscription" / "Ohne Abo
 * funktioniert die Kamera nicht". The preposition names a circumstance, the cue denies the statement; a side
 * that says the denial with a word of its own ("unmöglich", "failed") is left to agree.
 */
function negatedBesideWithout(hard: Record<Lang, LocatedClaim[]>, cues: Record<Lang, LocatedClaim[]>, side: SideOf, context: DiffContext): Finding | undefined {
  const of = (pattern: (lang: Lang) => RegExp) => ({
    en: hard.en.filter((cue) => pattern('en').test(side('en', cue).text)),
    de: hard.de.filter((cue) => pattern('de').test(side('de', cue).text)),
  });
  const withouts = of((lang) => WITHOUT[lang].cue);
  if (withouts.en.length !== 1 || withouts.de.length !== 1) return undefined;
  // Both without a thing ("without a subscription" / "ohne Abo"), not without doing ("ohne etwas darüber
  // verlauten zu lassen", "without knowing"), which often renders a clause of its own.
  const withoutDoing = (lang: Lang) => {
    const cue = withouts[lang][0]!;
    const phrase = /^[^,.;:!?()]*/u.exec(readerText(context.sentences[lang][cue.sentence]!).slice(cue.claim.end))![0];
    return WITHOUT_DOING[lang].test(phrase);
  };
  if (withoutDoing('en') || withoutDoing('de')) return undefined;
  const strong = of(() => STRONG_CUE);
  if ((strong.en.length > 0) === (strong.de.length > 0)) return undefined;
  const denying: Lang = strong.en.length > 0 ? 'en' : 'de';
  const other: Lang = denying === 'en' ? 'de' : 'en';
  if (hard[other].length > 1 || cues[other].some((cue) => cue.claim.soft)) return undefined;
  const [en, de] = denying === 'en' ? [strong.en[0]!, withouts.de[0]!] : [withouts.en[0]!, strong.de[0]!];
  return { status: 'conflict', type: 'negation', en: side('en', en), de: side('de', de), basis: 'negation', conflict: 'negation' };
}
const WITHOUT_DOING: Record<Lang, RegExp> = {
  en: /^\s+\p{Ll}+ing(?![\p{L}])/u,
  de: /(?<![\p{L}])zu\s+\p{Ll}+n(?![\p{L}])|\p{Ll}zu\p{Ll}+en(?![\p{L}])|(?<![\p{L}])dass(?![\p{L}])/u,
};

/**
 * The other side's first word that carries a negation inside, where it is not the rendering of such a word
 * on the cue's side: "not required to return unsolicited goods" / "unbestellte Ware … zurückschicken müssen"
 * has "unbestellte" for "unsolicited", and nothing for "not". Such a word before its noun names a kind of
 * thing and negates no statement; where the cue's side has as many words negated by an affix, they pair
 * off. A predicative one may render the cue ("impossible to remove" / "nicht mehr entfernt werden kann"); one before
 * its noun that the lexicon translates whole by a word on the cue's side does not ("has a non-stick coating" / "hat
 * keine Antihaftbeschichtung": the same thing, which the cue denies).
 */
function unpairedWord(lang: Lang, cues: Record<Lang, LocatedClaim[]>, own: Region[], side: SideOf, context: DiffContext): LocatedClaim | undefined {
  const other: Lang = lang === 'en' ? 'de' : 'en';
  const affixed = { en: affixedWords('en', cues.en, side), de: affixedWords('de', cues.de, side) };
  // A refusal renders a refusal ("dismissed the complaint" / "wies die Klage ab"), not the cue beside it.
  const rendering = renderingRefusals(lang, cues, context);
  const beforeItsNoun = (word: LocatedClaim) => BEFORE_ITS_NOUN[other].test(readerText(context.sentences[other][word.sentence]!).slice(word.claim.end, word.claim.end + 40));
  const attributive = affixed[other].filter(beforeItsNoun);
  const senses = attributive.length > 0 ? negatedSenses(lang, own, cues[lang], context) : new Set<string>();
  const translated = attributive.filter((word) => context.contexts.englishStems(side(other, word).text, other).some((stem) => senses.has(stem)));
  const mirrored = mirroredWords(lang, affixed, cues[lang].filter((cue) => !cue.claim.soft), side, context);
  let negated: ReadonlySet<number | string> | undefined;
  const negatedOnce = () => (negated ??= clausesNegated(lang, cues[lang], context));
  const candidates = cues[other].filter((cue) => !rendering.has(cue) && !translated.includes(cue) && !mirrored.has(cue) && !insteadOfAnother(other, cue, negatedOnce, context));
  const theirs = attributive.filter((word) => !translated.includes(word));
  // The cue side's words a mirror took pair off with nothing else.
  if (theirs.length === 0 || theirs.length > affixed[lang].length - mirrored.size) return candidates[0];
  return candidates.find((cue) => !theirs.includes(cue));
}

/**
 * Whether `word` of the other side is "statt", "instead of" or "rather than" before what the cue's side does not deny:
 * "erhalten statt Gutscheinen Bargeld" renders "no longer receive vouchers but cash", but "zurückzubringen, statt sie
 * wegzuwerfen" says the opposite of "not to return them but to throw them away". The words after it must render words
 * the cue's side negates, those after a cue up to its clause's end.
 */
function insteadOfAnother(lang: Lang, word: LocatedClaim, negated: () => ReadonlySet<number | string>, context: DiffContext): boolean {
  const text = readerText(context.sentences[lang][word.sentence]!);
  if (!INSTEAD.test(text.slice(word.claim.start, word.claim.end))) return false;
  return !shares(context.contexts.keysOf(CLAUSE_AFTER.exec(text.slice(word.claim.end, word.claim.end + CLAUSE_REACH))![0], lang), negated());
}

/** The keys of the words the hard cues of `cues` negate: each cue's clause after it (see insteadOfAnother). */
function clausesNegated(lang: Lang, cues: LocatedClaim[], context: DiffContext): ReadonlySet<number | string> {
  const keys = new Set<number | string>();
  for (const cue of cues) {
    if (cue.claim.soft) continue;
    const after = readerText(context.sentences[lang][cue.sentence]!).slice(cue.claim.end, cue.claim.end + CLAUSE_REACH);
    for (const key of context.contexts.keysOf(CLAUSE_AFTER.exec(after)![0], lang)) keys.add(key);
  }
  return keys;
}
const INSTEAD = /^(?:(?:an)?statt|anstelle|instead\s+of|rather\s+than)$/iu;
/** The rest of a clause, up to a contrast ("but", "sondern") or a mark. */
const CLAUSE_AFTER = /^(?:(?!\s(?:but|sondern|aber)\s)[^,;:.!?()–])*/u;

/** The soft words of `cues` negated by their own affix ("uncertainty", "ungültig", "kostenlos"). */
function affixedWords(lang: Lang, cues: LocatedClaim[], side: SideOf): LocatedClaim[] {
  return cues.filter((cue) => cue.claim.soft && negatesItself(lang, side(lang, cue).text));
}

/**
 * The other side's words negated by their affix that mirror one on the cue's side, each its own ("uncertainty" /
 * "Ungewissheit", "invalid" / "ungültig"): such a word renders that word, not the cue beside it. Not one a cue of
 * `hard` negates closely ("nicht ganz ungewöhnlich" / "far from unusual"), whose double negation the other side may
 * say otherwise.
 */
function mirroredWords(lang: Lang, affixed: Record<Lang, LocatedClaim[]>, hard: LocatedClaim[], side: SideOf, context: DiffContext): Set<LocatedClaim> {
  const other: Lang = lang === 'en' ? 'de' : 'en';
  const free = affixed[lang].filter((word) => !hard.some((cue) => negatesClosely(lang, cue, word, context)));
  const mirrored = new Set<LocatedClaim>();
  for (const word of affixed[other]) {
    const mirror = free.findIndex((own) => sameNegatedWord(other, side(other, word).text, side(lang, own).text, context));
    if (mirror < 0) continue;
    free.splice(mirror, 1);
    mirrored.add(word);
  }
  return mirrored;
}

/**
 * The English senses that negate of the words of `spans` that negate themselves, the cues of `lang` (`cues`) aside: a
 * word of the other side with such a sense is translated whole, negation included ("non-stick" is one of
 * "Antihaftbeschichtung"'s). Sharing a key is not enough: "non-English" / "nicht auf Englisch", "clientless" / "ohne
 * Client" share the base, and the cue says the negation.
 */
function negatedSenses(lang: Lang, spans: Region[], cues: LocatedClaim[], context: DiffContext): Set<string> {
  const isCue = (span: Region, candidate: PlacedWord) => CUE_WORD.test(candidate.text) || overlapsHardCue(cues, span.sentence, candidate.start, candidate.end);
  // The word negates itself ("Antihaftbeschichtung", "unbestellte"), and so does the sense: the lexicon gives
  // "existierend" the sense "non-existing" of its entry "nicht existierend", which the cue says, and "unfreie" the
  // sense "free" beside "non-free".
  const negating = (candidate: PlacedWord) => negatesItself(lang, candidate.text) || (lang === 'de' && /^anti/iu.test(candidate.text));
  const senses = new Set<string>();
  for (const span of spans) {
    for (const candidate of contentWords(lang, span, context)) {
      if (!negating(candidate) || isCue(span, candidate)) continue;
      for (const stem of context.contexts.englishStems(candidate.text, lang)) if (negatesItself('en', stem)) senses.add(stem);
    }
  }
  return senses;
}

/**
 * The other side's refusals that render a refusal of the cue's side, not the cue: "dismissed the complaint" / "wies
 * die Klage ab", as many as the cue's side has. A refusal the cue itself says ("refused") renders nothing else.
 * (Other words paired by their keys, "missed" / "verpassten", cost more than they gained: such a word often renders
 * the cue and its word together, "except if you do not have a good connection" / "außer Sie haben eine langsame".)
 */
function renderingRefusals(lang: Lang, cues: Record<Lang, LocatedClaim[]>, context: DiffContext): Set<LocatedClaim> {
  const other: Lang = lang === 'en' ? 'de' : 'en';
  const overlapsCue = (word: LocatedClaim) => overlapsHardCue(cues[lang], word.sentence, word.claim.start, word.claim.end);
  // Read in its sentence, once a sentence: a verb is a refusal by what follows it ("banning the app", not "banning" alone).
  const read = new Map<string, Stance[]>();
  const refusalsIn = (l: Lang, sentence: number) => {
    const key = `${l}:${sentence}`;
    let found = read.get(key);
    if (!found) read.set(key, (found = refusalsOf(l, sentence, context)));
    return found;
  };
  const refusals = (l: Lang) => cues[l].filter((word) => word.claim.soft && refusalsIn(l, word.sentence).some((item) => item.start < word.claim.end && word.claim.start < item.end));
  const own = refusals(lang).filter((word) => !overlapsCue(word)).length;
  return new Set(refusals(other).slice(0, own));
}

/** Whether a cue of `cues` that is no soft one stands over [start, end) of the sentence `sentence`. */
function overlapsHardCue(cues: LocatedClaim[], sentence: number, start: number, end: number): boolean {
  return cues.some((cue) => !cue.claim.soft && cue.sentence === sentence && cue.claim.start < end && start < cue.claim.end);
}

/** The refusals of one sentence (see stance.ts). */
function refusalsOf(lang: Lang, sentence: number, context: DiffContext): Stance[] {
  return extractStances(readerText(context.sentences[lang][sentence]!), lang).filter((item) => item.stance === 'refusal');
}

/** What follows an adjective before its noun: a German capitalised word, an English word that is no function word. */
const BEFORE_ITS_NOUN: Record<Lang, RegExp> = {
  en: /^\s+(?!(?:to|for|of|in|on|at|by|with|from|that|than|and|or|but|if|as|is|are|was|were|be|been|it|the|a|an)(?![\p{L}]))\p{Ll}{3,}(?![\p{L}])/u,
  de: /^\s+\p{Lu}\p{Ll}/u,
};

/** A stretch of one sentence: the whole of it, or one of its semicolon parts. */
interface Region extends Span {
  whole: boolean;
}

function compareUnit(unit: Record<Lang, Region[]>, cues: Record<Lang, LocatedClaim[]>, context: DiffContext, side: SideOf): Finding[] {
  const hard = { en: cues.en.filter((item) => !item.claim.soft), de: cues.de.filter((item) => !item.claim.soft) };
  if (hard.en.length === 0 && hard.de.length === 0) {
    const affixed = affixAgainstBase(unit, cues, context, side);
    if (affixed.length > 0) return affixed;
    const released = releaseAgainstBond(unit, cues, context, side);
    return released ? [released] : [];
  }
  if (hard.en.length > 0 && hard.de.length > 0) {
    const unbalanced = negatedBesideWithout(hard, cues, side, context) ?? litotesAgainstNegatedBase(unit, hard, cues, context, side) ?? admissionAgainstDenial(unit, hard, context, side);
    if (unbalanced) return [unbalanced];
    return [{ status: 'match', type: 'negation', en: side('en', hard.en[0]!), de: side('de', hard.de[0]!), basis: 'aligned' }];
  }
  const lang: Lang = hard.en.length > 0 ? 'en' : 'de';
  const other: Lang = lang === 'en' ? 'de' : 'en';
  // "denied having felled the oak without authorisation" / "räumte ein, die Eiche unerlaubt gefällt zu haben": the
  // other side's word that negates inside renders "without", and the admission is what denies the denial.
  const admitted = admissionAgainstDenial(unit, hard, context, side);
  if (admitted) return [admitted];
  // Two negations that cancel against a side that negates nothing: both affirm.
  // Not where the other side says the opposite of an idiom ("never missed" / "schon einmal … ausfallen lassen").
  // (A cancelled "without" is "with": "does not share data without consent" / "nur mit Einwilligung".)
  if (cues[other].length === 0 && cancelInPairs(lang, hard[lang], cues[lang], unit[other], context) && !hard[lang].some((cue) => !WITHOUT_CUE.test(side(lang, cue).text) && opposedThere(lang, cue, unit[other], context))) return [];
  const inWord = unpairedWord(lang, cues, unit[lang], side, context);
  const doubled = hard[lang].find((cue) => negatesExclusion(lang, cue, context));
  // "has not ruled out" against "hat … ausgeschlossen": possible against excluded.
  const excluding = doubled && cues[other].find((cue) => EXCLUSION_WORD.test(side(other, cue).text));
  if (doubled && excluding) {
    const [en, de] = lang === 'en' ? [doubled, excluding] : [excluding, doubled];
    return [{ status: 'conflict', type: 'negation', en: side('en', en), de: side('de', de), basis: 'negation', conflict: 'negation' }];
  }
  // "can no longer resit" against "eine nicht bestandene Prüfung weiterhin wiederholen": a cue that negates only its
  // adjective is no rendering of the idiom whose opposite stands there.
  const adjectiveOnly = inWord && negatesAdjectiveOnly(readerText(context.sentences[other][inWord.sentence]!), inWord.claim.start, inWord.claim.end, other);
  const idiomOpposed = adjectiveOnly && hard[lang].map((cue) => [cue, opposedThere(lang, cue, unit[other], context)] as const).find(([, opposite]) => opposite !== undefined);
  if (idiomOpposed) return [conflict(lang, idiomOpposed[0], idiomOpposed[1]!, side)];
  if (inWord && !doubled && !negatesOwnNegativeWord(lang, hard[lang], cues, context) && !negatesTheWord(lang, hard[lang], side(other, inWord).text, context) && !affirmedBesideNamedKinds(lang, hard[lang], cues[other], unit[other], context)) {
    const [en, de] = lang === 'en' ? [hard.en[0]!, inWord] : [inWord, hard.de[0]!];
    return [{ status: 'match', type: 'negation', en: side('en', en), de: side('de', de), basis: 'negatedWord' }];
  }
  for (const cue of hard[lang]) {
    const stop = stoppedThere(lang, cue, unit[other], context) ?? sameDenialThere(lang, cue, unit[other], context) ?? goneOnThere(lang, cue, unit[other], context);
    if (stop) return [agreement(lang, cue, stop, 'stance', side)];
  }
  for (const cue of hard[lang]) {
    // The opposite's words are what the other side says instead ("bereits"); an affirmed word is the
    // other side's whole sentence, or clause.
    const opposite = opposedThere(lang, cue, unit[other], context);
    if (opposite || affirmedThere(lang, cue, unit[other], context)) return [conflict(lang, cue, opposite ?? unit[other][0]!, side)];
  }
  if (unit.en.length === 1 && unit.de.length === 1) {
    const [own, theirs] = [unit[lang][0]!, unit[other][0]!];
    // One cue, no word on the other side that negates inside: what stands in the negated word's place.
    if (hard[lang].length === 1 && cues[other].length === 0) {
      const standing = affirmedInItsPlace(lang, hard[lang][0]!, own, theirs, context);
      if (standing) return [conflict(lang, hard[lang][0]!, standing, side)];
    }
    // The negated word's antonym on the other side: the negation said in one word.
    // Not a pronoun that negates a subject ("No one under 16"): what it negates is a person, with no opposite.
    for (const cue of hard[lang].filter((item) => !SUBJECT_CUE.test(side(lang, item).text))) {
      const opposite = antonymThere(lang, cue, own, theirs, context);
      if (opposite) return [agreement(lang, cue, opposite, 'negatedWord', side)];
    }
  }
  const cue = side(lang, hard[lang][0]!);
  return [{ status: lang === 'en' ? 'en-only' : 'de-only', type: 'negation', en: lang === 'en' ? cue : null, de: lang === 'de' ? cue : null, basis: 'negationUnanchored' }];
}

/** Without a cue on either side: a word negated by its affix against its base, affirmed on the other side. */
function affixAgainstBase(unit: Record<Lang, Region[]>, cues: Record<Lang, LocatedClaim[]>, context: DiffContext, side: SideOf): Finding[] {
  for (const lang of ['en', 'de'] as const) {
    const other: Lang = lang === 'en' ? 'de' : 'en';
    if (cues[lang].length === 0 || cues[other].length > 0) continue;
    const found = affirmedBase(lang, cues[lang], unit[lang], unit[other], context);
    if (found) return [conflict(lang, found.own, found.affirmed, side)];
  }
  return [];
}

/** A cue matched by what the other side says instead, without a cue (`saying`: a verb of stopping, an antonym). */
function agreement(lang: Lang, cue: LocatedClaim, saying: Span, basis: 'stance' | 'negatedWord', side: SideOf): Finding {
  const negated: LocatedClaim = { sentence: saying.sentence, claim: { type: 'negation', kind: 'negation', start: saying.start, end: saying.end, value: 'negated' } };
  const [en, de] = lang === 'en' ? [cue, negated] : [negated, cue];
  return { status: 'match', type: 'negation', en: side('en', en), de: side('de', de), basis };
}

function conflict(lang: Lang, cue: LocatedClaim, affirmed: Span, side: SideOf): Finding {
  const affirmative: LocatedClaim = { sentence: affirmed.sentence, claim: { type: 'negation', kind: 'negation', start: affirmed.start, end: affirmed.end, value: 'affirmative' } };
  const [en, de] = lang === 'en' ? [cue, affirmative] : [affirmative, cue];
  return { status: 'conflict', type: 'negation', en: side('en', en), de: side('de', de), basis: 'negation', conflict: 'negation' };
}

function wholeSentence(lang: Lang, sentence: number, context: DiffContext): Region {
  return { sentence, start: 0, end: readerText(context.sentences[lang][sentence]!).length, whole: true };
}

function within(cue: LocatedClaim, regions: Region[]): boolean {
  return regions.some((region) => region.sentence === cue.sentence && cue.claim.start >= region.start && cue.claim.end <= region.end);
}

/**
 * The parts of a one-to-one link's sentences between semicolons, paired in order, where both
 * sentences have as many (two or more); undefined otherwise.
 */
function semicolonParts(link: AlignmentLink, context: DiffContext): Array<Record<Lang, Region[]>> | undefined {
  if (link.en.length !== 1 || link.de.length !== 1) return undefined;
  const split = (lang: Lang, sentence: number): Region[] => {
    const text = readerText(context.sentences[lang][sentence]!);
    const regions: Region[] = [];
    let start = 0;
    for (const m of text.matchAll(/;\s/gu)) {
      regions.push({ sentence, start, end: m.index, whole: false });
      start = m.index + m[0].length;
    }
    regions.push({ sentence, start, end: text.length, whole: regions.length === 0 });
    return regions;
  };
  const [en, de] = [split('en', link.en[0]!), split('de', link.de[0]!)];
  if (en.length < 2 || en.length !== de.length) return undefined;
  return en.map((part, k) => ({ en: [part], de: [de[k]!] }));
}

/** The keys of a region's words: a whole sentence's once per diff. */
function regionWords(lang: Lang, region: Region, context: DiffContext): ReadonlySet<number | string> {
  if (region.whole) return sentenceWords(context, lang, region.sentence);
  return context.contexts.keysOf(readerText(context.sentences[lang][region.sentence]!).slice(region.start, region.end), lang);
}

/** Whether a word the cue negates has a counterpart in the other side's regions. */
function affirmedThere(lang: Lang, cue: LocatedClaim, regions: Region[], context: DiffContext): boolean {
  const negated = negatedWords(lang, cue, context);
  const other: Lang = lang === 'en' ? 'de' : 'en';
  return regions.some((region) => shares(negated, regionWords(other, region, context)));
}

/**
 * Whether the other side's only negations inside words name a kind of thing by a name ("Nicht-EU-Staaten",
 * "non-Apple platforms"), which renders no negated verb, while it affirms what the cues negate: "will not
 * have to pay" / "Studierende aus Nicht-EU-Staaten müssen … zahlen" is a conflict.
 */
function affirmedBesideNamedKinds(lang: Lang, hard: LocatedClaim[], soft: LocatedClaim[], regions: Region[], context: DiffContext): boolean {
  const other: Lang = lang === 'en' ? 'de' : 'en';
  const named = soft.map((cue) => NEGATED_NAME.exec(readerText(context.sentences[other][cue.sentence]!).slice(cue.claim.start, cue.claim.end)));
  if (!named.every((m) => m !== null)) return false;
  // "non-English users" = "nicht Englisch sprechende Benutzer", "non-PostScript printers" = "Drucker, die
  // kein PostScript interpretieren": the cue negates the kind's name, which follows it closely.
  const names = named.map((m) => m![1]!);
  const nameKeys = context.contexts.keysOf(names.join(' '), other);
  const negatesName = (cue: LocatedClaim) => {
    const after = readerText(context.sentences[lang][cue.sentence]!).slice(cue.claim.end, cue.claim.end + NAME_AFTER_CUE);
    return names.some((name) => after.includes(name)) || shares(context.contexts.keysOf(after, lang), nameKeys);
  };
  return hard.every((cue) => !negatesName(cue) && affirmedThere(lang, cue, regions, context));
}

/** How far after a cue the name of a kind it negates may stand ("nicht auf Debian bezogene"). */
const NAME_AFTER_CUE = 24;

/** "Nicht-EU-Staaten", "non-Apple": a negation prefix before a name (the group), up to the next hyphen. */
const NEGATED_NAME = /^(?:[Nn]icht|[Nn]on)[-\u2010](\p{Lu}[^-\u2010]*)/u;

/** The words a cue negates (see ClaimContexts.negatedWord). */
function negatedWords(lang: Lang, cue: LocatedClaim, context: DiffContext): ReadonlySet<number | string> {
  return context.contexts.negatedWord(place(lang, cue, context), lang);
}

/** "no longer", "not … any more", "nicht mehr", "keine … mehr": what stopping says without a cue. */
const NO_LONGER: Record<Lang, RegExp> = {
  en: /^(?:no\s+longer\b|not\s+(?:\S+\s+){0,4}(?:any\s*more|any\s+longer)\b)/i,
  de: /^(?:nicht\s+mehr\b|kein\p{L}*\s+(?:\S+\s+){0,3}mehr\b)/iu,
};

/**
 * A verb of stopping on the other side ("will stop selling", "stellt den Verkauf ein") where the cue says
 * "no longer" ("verkauft keine Tabakwaren mehr", "no longer sells"): the same negation, said by the verb.
 */
function stoppedThere(lang: Lang, cue: LocatedClaim, regions: Region[], context: DiffContext): Span | undefined {
  const text = readerText(context.sentences[lang][cue.sentence]!);
  if (!NO_LONGER[lang].test(/^[^,.;:!?]*/u.exec(text.slice(cue.claim.start))![0])) return undefined;
  return stanceThere(lang === 'en' ? 'de' : 'en', 'cessation', regions, context);
}

/** The first stance of the kind `stance` in `regions` of the language `lang`, as a span of its sentence. */
function stanceThere(lang: Lang, stance: Stance['stance'], regions: Region[], context: DiffContext): Span | undefined {
  for (const region of regions) {
    const found = extractStances(readerText(context.sentences[lang][region.sentence]!).slice(region.start, region.end), lang).find((item) => item.stance === stance);
    if (found) return { sentence: region.sentence, start: region.start + found.start, end: region.start + found.end };
  }
  return undefined;
}

/**
 * A cue that negates a stop in its clause ("should not stop taking the tablets", "hörte nicht auf") where the other
 * side goes on ("weiter einnehmen", "continued"): one statement. The stance the other side says, or undefined.
 */
function goneOnThere(lang: Lang, cue: LocatedClaim, regions: Region[], context: DiffContext): Span | undefined {
  // The cue's clause, within reach of it: a sentence of many clauses is read in linear time.
  const sentence = readerText(context.sentences[lang][cue.sentence]!);
  const from = Math.max(0, cue.claim.start - CLAUSE_REACH);
  const text = sentence.slice(from, cue.claim.end + CLAUSE_REACH);
  const [start, end] = [cue.claim.start - from, cue.claim.end - from];
  const negatedStop = extractStances(text, lang).some((stance) => stance.stance === 'cessation' && stance.end > start && !CLAUSE_MARK.test(text.slice(Math.min(end, stance.start), Math.max(start, stance.start))));
  return negatedStop ? stanceThere(lang === 'en' ? 'de' : 'en', 'continuation', regions, context) : undefined;
}

/**
 * A cue that is a word of a denial's own phrase ("found the defendant not guilty", an acquittal) where the other side
 * says the same denial without a cue ("sprachen den Angeklagten frei"): one denial, said in each language's way. Only
 * the phrases that hold a cue: a cue between a verb and its particle turns the verb round ("schließt … nicht aus").
 */
function sameDenialThere(lang: Lang, cue: LocatedClaim, regions: Region[], context: DiffContext): Span | undefined {
  const around = extractStances(readerText(context.sentences[lang][cue.sentence]!), lang).filter(
    (stance) => DENIALS_WORDED_WITH_A_CUE.has(stance.stance) && stance.start <= cue.claim.start && cue.claim.end <= stance.end,
  );
  if (around.length === 0) return undefined;
  const other: Lang = lang === 'en' ? 'de' : 'en';
  for (const region of regions) {
    const same = extractStances(readerText(context.sentences[other][region.sentence]!).slice(region.start, region.end), other).find((stance) => around.some((own) => own.stance === stance.stance));
    if (same) return { sentence: region.sentence, start: region.start + same.start, end: region.start + same.end };
  }
  return undefined;
}

/** The denials whose own phrase holds a cue: "found … not guilty". */
const DENIALS_WORDED_WITH_A_CUE: ReadonlySet<Stance['stance']> = new Set(['acquittal']);

/**
 * Idioms of negation and the words that say their opposite in the other language: "never" / "not yet"
 * / "has yet to" against "bereits", "schon"; "no longer" / "not … any more" against "noch",
 * "weiterhin", "nach wie vor"; "nie" / "noch nicht" against "already", "before"; "nicht mehr" against
 * "still"; a negated quantifier ("not one of", "none", "nobody", "keiner der", "niemand") against the
 * universal one ("alle", "jeder", "all", "every"). `idiom` is tested on the cue and the rest of its clause.
 */
const OPPOSITES: Record<Lang, Array<{ idiom: RegExp; opposite: RegExp }>> = {
  en: [
    { idiom: /^(?:never\b|not\s+yet\b|yet\b|not\s+(?:\S+\s+){0,3}yet\b)/i, opposite: /(?<![\p{L}])(?:bereits|schon)(?![\p{L}])/iu },
    { idiom: NO_LONGER.en, opposite: /(?<![\p{L}])(?:noch|weiterhin|nach\s+wie\s+vor|immer\s+noch)(?![\p{L}])/iu },
    { idiom: /^(?:not\s+(?:one|a\s+single|a\s+soul)\b|none\b|no\s*(?:-\s*)?one\b|nobody\b|nothing\b)/i, opposite: /(?<![\p{L}])(?:alle|sämtliche|jede[rsnm]?|jedermann|alles)(?![\p{L}])/iu },
  ],
  de: [
    { idiom: /^(?:nie(?:mals)?\b|noch\s+nicht\b|noch\s+kein)/iu, opposite: /(?<![\p{L}])(?:already|before|previously)(?![\p{L}])/iu },
    { idiom: NO_LONGER.de, opposite: /(?<![\p{L}])(?:still|continues?|remains?)(?![\p{L}])/iu },
    { idiom: /^(?:nicht\s+(?:ein(?:e[nmrs]?)?\s+)?einzige\p{L}*|keine[rsnm]?\s+(?:einzige\p{L}*\s+)?(?:der|des|von)\b|niemand\b|nichts\b)/iu, opposite: /(?<![\p{L}])(?:all|every|each|everyone|everybody|everything)(?![\p{L}])/iu },
  ],
};

/** "without" / "ohne" and the preposition of the opposite, "mit" / "with". */
const WITHOUT: Record<Lang, { cue: RegExp; opposite: RegExp }> = {
  en: { cue: /^without$/i, opposite: /(?<![\p{L}])mit(?![\p{L}])/giu },
  de: { cue: /^ohne$/i, opposite: /(?<![\p{L}])with(?![\p{L}])/giu },
};

/**
 * Where the other side says the opposite of the cue's idiom, or has the opposite preposition of a
 * "without" before words that correspond to the ones after it; undefined where it does neither.
 */
function opposedThere(lang: Lang, cue: LocatedClaim, regions: Region[], context: DiffContext): Span | undefined {
  const other: Lang = lang === 'en' ? 'de' : 'en';
  const text = readerText(context.sentences[lang][cue.sentence]!);
  // "noch nicht", "noch nie": the German idiom starts before its cue.
  const from = lang === 'de' && /noch\s+$/iu.test(text.slice(Math.max(0, cue.claim.start - 6), cue.claim.start)) ? text.lastIndexOf('noch', cue.claim.start) : cue.claim.start;
  const clause = /^[^,.;:!?]*/u.exec(text.slice(from))![0];
  const theirs = regions.map((region) => ({ region, text: readerText(context.sentences[other][region.sentence]!).slice(region.start, region.end) }));
  const at = (region: Region, index: number, length: number) => ({ sentence: region.sentence, start: region.start + index, end: region.start + index + length });
  for (const { idiom, opposite } of OPPOSITES[lang]) {
    if (!idiom.test(clause)) continue;
    for (const { region, text: t } of theirs) {
      const m = opposite.exec(t);
      if (m) return at(region, m.index, m[0].length);
    }
  }
  const without = WITHOUT[lang];
  if (!without.cue.test(text.slice(cue.claim.start, cue.claim.end))) return undefined;
  const following = context.contexts.keysOf(clause.slice(cue.claim.end - from).split(/\s+/).slice(0, 6).join(' '), lang);
  for (const { region, text: t } of theirs) {
    for (const m of t.matchAll(without.opposite)) {
      if (shares(following, context.contexts.keysOf(t.slice(m.index + m[0].length).split(/\s+/).slice(0, 6).join(' '), other))) return at(region, m.index, m[0].length);
    }
  }
  return undefined;
}
