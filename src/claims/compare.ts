import type { ClaimSide, Finding } from '../core/claims.js';
import type { AlignmentLink, Lang, Sentence } from '../core/types.js';
import { place, type DiffContext, type SideOf } from './diffContext.js';
import { readerText } from '../segment/readerText.js';
import { formatNumber, type Claim } from './claim.js';
import { sharedCount, shares, type Correspondence } from './context.js';
import { LOOSELY_AGREEING, agreement, pairingKind, sameKey } from './equality.js';
import type { LocatedClaim } from './lookup.js';
import { OrderedIndex } from './orderedIndex.js';
import { appositiveTitle, followsTitle } from './extract/titles.js';
import { closedUpInLink, compoundedInLink, writtenInLink } from './namesInLink.js';
import {
  acronymAsWordWritten,
  inhabitantWritten,
  partOfPlaceWritten,
  otherFormWritten,
  personAfterTitleWritten,
  regnalNameWritten,
  regnalNumeralAfter,
  restSaidThere,
  rulerInitial,
  transliterated,
  transliteratedInLink,
} from './namesWrittenOtherwise.js';
import { PLACE_KINDS, gazetteerAdjectiveIds, gazetteerEntry, gazetteerEntryOfWord, gazetteerWordIds } from './gazetteer.js';
import { compareNegation } from './negationCompare.js';
import { UNREAD, unreadCounterparts, type UnreadContext } from './unreadNames.js';
import { afterBareWord } from './nameSlot.js';
import { LEGAL_SUFFIX } from './extract/tokens.js';
import { abbreviationExpandedIn, abbreviationIn } from './abbreviations.js';
import { translatedInLink } from './translatedNames.js';
import { near, subjects } from './claimSubjects.js';
import { isNeverAlone } from './looseClaims.js';
import { substitutedAdjective } from './adjectiveSubstitution.js';
import { describedInSentences, translatesPartByPart } from './translatedKnown.js';
import { countryImpliedInLink, monthCompoundedInLink, twoImpliedInLink } from './implied.js';
import { definesAbbreviation, expansionBefore, insideSharedExpansion, nameRunBefore } from './abbreviationDefinitions.js';
import { initialsOfEachOther, spelledInLink, spelledSpanAround } from './initialsInLink.js';
import { isInitials } from './initials.js';
import { boundsDisagree } from './extract/bounds.js';
import { germanTitle, isSubstitution, joinedAlike, sameName, type NameInPlace } from './substitution.js';

/** Letters from which a compound of German words is rather a noun than a surname ("Krebswarnhinweise", not "Steinbrück"). */
const LONG_COMPOUND = 12;

/** The findings of one alignment link (or of one unaligned sentence). */
export function compareLink(link: AlignmentLink, context: DiffContext): Finding[] {
  const all = { en: located(link.en, context.claims.en), de: located(link.de, context.claims.de) };
  const side = (lang: Lang, item: LocatedClaim) => claimSide(context.sentences[lang], item);
  const isCue = (item: LocatedClaim) => item.claim.type === 'negation';
  const confident = context.confident(link);
  // Names no extraction read, where one side names someone and the other seems not to (unreadNames.ts).
  const unreadContext = { ...context, writtenIn: (lang: Lang, name: string) => writtenIn(lang, link, name, context) };
  const unread = confident ? unreadCounterparts(link, all, isActor, unreadContext) : { en: [], de: [] };
  const en = [...all.en.filter((item) => !isCue(item)), ...unread.en];
  const de = [...all.de.filter((item) => !isCue(item)), ...unread.de];
  const findings = compareNegation(link, all.en.filter(isCue), all.de.filter(isCue), context, side);
  const matched = matchEqual(en, de, side);
  const leftEn = en.filter((item) => !matched.used.has(item));
  const leftDe = de.filter((item) => !matched.used.has(item));
  const sameKind = pairConflicts(leftEn, leftDe, { en, de }, confident, context, side);
  // Then a change said as a multiple on one side and in percent on the other ("rose by a quarter" / "um 20 Prozent").
  const changes = pairConflicts(leftEn.filter((item) => !sameKind.paired.has(item)), leftDe.filter((item) => !sameKind.paired.has(item)), { en, de }, confident, context, side, changeGroup);
  const conflicts = { findings: [...sameKind.findings, ...changes.findings], paired: new Set([...sameKind.paired, ...changes.paired]) };
  const unpaired = (items: LocatedClaim[]) => items.filter((item) => !conflicts.paired.has(item));
  // Once the other names of the link have met theirs ("BDI" / "BDA"), the one name left may stand
  // where the other side has a word no extraction read ("commissioned by Zalando" / "von Tchibo").
  const late = confident && unread.en.length === 0 && unread.de.length === 0 ? lateCounterpart(link, { en: unpaired(leftEn), de: unpaired(leftDe) }, { en, de }, unreadContext, side) : undefined;
  const rest = (items: LocatedClaim[]) => unpaired(items).filter((item) => !late?.paired.has(item) && !item.claim.soft && item.claim.kind !== UNREAD);
  const oneSided = reportLeftovers(link, rest(leftEn), rest(leftDe), { en, de }, context, side);
  const adjective = confident ? substitutedAdjective(unpaired(leftEn), unpaired(leftDe), { en, de }, context, side) : undefined;
  return withoutRepeatedMatches(withoutClaimsInsideSharedNames([...findings, ...matched.findings, ...conflicts.findings, ...(late?.findings ?? []), ...oneSided, ...(adjective ? [adjective] : [])]));
}

/**
 * A one-sided claim read inside a name both sides write alike is the name's word, not a claim: "Erste"
 * of "die Erste Group" / "the Erste Group" is no ordinal.
 */
function withoutClaimsInsideSharedNames(findings: Finding[]): Finding[] {
  const shared = findings.filter((finding) => finding.status === 'match' && finding.basis === 'writtenAlike');
  if (shared.length === 0) return findings;
  const inside = (place: ClaimSide | null, lang: Lang) =>
    place !== null && shared.some((name) => name[lang]!.sentence === place.sentence && name[lang]!.start <= place.start && place.end <= name[lang]!.end);
  return findings.filter((finding) => finding.status === 'match' || finding.status === 'conflict' || !(inside(finding.en, 'en') || inside(finding.de, 'de')));
}

/** The unread name for the one name still left of a link whose other names paired (see unreadNames.ts). */
function lateCounterpart(link: AlignmentLink, left: Record<Lang, LocatedClaim[]>, inLink: Record<Lang, LocatedClaim[]>, context: DiffContext & UnreadContext, side: SideOf) {
  const [enActors, deActors] = [left.en.filter((item) => isActor(item.claim)), left.de.filter((item) => isActor(item.claim))];
  if (enActors.length + deActors.length !== 1) return undefined;
  const found = unreadCounterparts(link, { en: enActors, de: deActors }, isActor, context);
  if (found.en.length + found.de.length === 0) return undefined;
  return pairConflicts([...enActors, ...found.en], [...deActors, ...found.de], inLink, true, context, side);
}


/**
 * Equal claims first, then claims equal after conversion or at a coarser precision. A figure written
 * alike on both sides is the same figure even where the two languages read it differently: a
 * sentence the German document left in English says "1,000 users", which German reads as 1.
 */
function matchEqual(en: LocatedClaim[], de: LocatedClaim[], side: SideOf): { findings: Finding[]; used: Set<LocatedClaim> } {
  const used = new Set<LocatedClaim>();
  const findings: Finding[] = [];
  const digitText = (lang: Lang, item: LocatedClaim) => {
    const text = side(lang, item).text;
    return /\d/.test(text) ? `${item.claim.type}|${text}` : undefined;
  };
  const writtenAlike = (e: LocatedClaim, d: LocatedClaim) => digitText('en', e) !== undefined && digitText('en', e) === digitText('de', d);
  // Indexes of the German claims, each list in text order: a link may hold thousands of claims.
  const position = new Map(de.map((d, k) => [d, k]));
  const byType = new OrderedIndex(de, (d) => d.claim.type);
  const firstOf = (candidates: Array<LocatedClaim | undefined>) =>
    candidates.reduce<LocatedClaim | undefined>((best, d) => (d && (!best || position.get(d)! < position.get(best)!) ? d : best), undefined);
  const add = (e: LocatedClaim, d: LocatedClaim) => {
    used.add(e).add(d);
    const how = agreement(e.claim, d.claim);
    const alike = how !== 'same' && writtenAlike(e, d);
    const basis = alike ? 'writtenAlike' : how === 'converted' ? 'converted' : how === 'partial' ? 'partial' : 'aligned';
    findings.push({ status: 'match', type: e.claim.type, en: side('en', e), de: side('de', d), basis });
  };
  // Claims that are claims first, then the weak ones ("first" as an adverb, soft claims): "the first
  // service" must meet "den ersten Dienst", not "zunächst".
  const exactly = (es: LocatedClaim[], ds: LocatedClaim[]) => {
    const bySame = new OrderedIndex(ds, (d) => sameKey(d.claim));
    const byWriting = new OrderedIndex(ds, (d) => digitText('de', d));
    for (const e of es) {
      if (used.has(e)) continue;
      const writing = digitText('en', e);
      const d = firstOf([bySame.firstUnused(sameKey(e.claim), used), writing === undefined ? undefined : byWriting.firstUnused(writing, used)]);
      // One value bounded the other way round is left to differ ("shortly before" / "kurz nach Mitternacht"),
      // and so is one clock time in two zones ("7:15 p.m. GMT" / "19.15 Uhr MEZ").
      if (d && !boundsDisagree(e.claim, d.claim) && !zonesDisagree(e.claim, d.claim)) add(e, d);
    }
  };
  const strong = (item: LocatedClaim) => !item.claim.soft;
  if (!en.some((e) => e.claim.soft) && !de.some((d) => d.claim.soft)) exactly(en, de);
  else {
    exactly(en.filter(strong), de.filter(strong));
    // A claim meets a weak one only when the other side has no claim of its type left to differ from.
    const left = (items: LocatedClaim[]) => new Set(items.filter((item) => strong(item) && !used.has(item)).map((item) => item.claim.type));
    const [leftEn, leftDe] = [left(en), left(de)];
    exactly(en.filter(strong), de.filter((d) => strong(d) || !leftDe.has(d.claim.type)));
    exactly(en.filter((e) => !strong(e)), de.filter((d) => !strong(d) || !leftEn.has(d.claim.type)));
  }
  // Then claims equal after conversion or at a coarser precision; only some types can be. Among the
  // claims still unmatched, and at most LOOSE_CANDIDATES of a type on each side: a link of one huge
  // sentence may leave thousands of dates on each side, and trying every pair would take quadratic time.
  const unmatched = new Map<string, LocatedClaim[]>();
  const unmatchedOf = (type: string) => {
    let list = unmatched.get(type);
    if (!list) unmatched.set(type, (list = byType.all(type).filter((d) => !used.has(d)).slice(0, LOOSE_CANDIDATES)));
    return list;
  };
  const differ = (e: LocatedClaim, d: LocatedClaim) => {
    used.add(e).add(d);
    findings.push({ status: 'conflict', type: e.claim.type, en: side('en', e), de: side('de', d), basis: 'aligned', conflict: 'different-value' });
  };
  countsOfShares(en, de, used, add, differ);
  const tried = new Map<string, number>();
  for (const e of en) {
    if (used.has(e) || !LOOSELY_AGREEING[e.claim.type]) continue;
    const attempts = (tried.get(e.claim.type) ?? 0) + 1;
    if (attempts > LOOSE_CANDIDATES) continue;
    tried.set(e.claim.type, attempts);
    const candidates = LOOSELY_AGREEING[e.claim.type]!.flatMap(unmatchedOf);
    const d = firstOf(candidates.filter((candidate) => !used.has(candidate) && agreement(e.claim, candidate.claim) !== 'different'));
    if (d) add(e, d);
  }
  return { findings, used };
}

/**
 * A share said as its part and its whole on one side ("9 of the 16 states") and as two figures on the other, which
 * its phrasing left apart ("in neun der 16 Bundesländer", "seven of its eleven" / "sieben ihrer elf"): the share
 * meets the part, and the whole is used up with it. Where one of the two figures is the share's and the other is
 * not ("Two of the five" / "Drei der fünf", "Seven of the ten" / "Sieben der zwölf"), the other conflicts with the
 * share: the nearest figure in the sentence of the one that agrees, below the whole or above the part.
 */
function countsOfShares(en: LocatedClaim[], de: LocatedClaim[], used: Set<LocatedClaim>, add: (e: LocatedClaim, d: LocatedClaim) => void, differ: (e: LocatedClaim, d: LocatedClaim) => void): void {
  const figures = (items: LocatedClaim[]) => items.filter((item) => !used.has(item) && item.claim.type === 'number' && item.claim.kind === 'number');
  const valued = (items: LocatedClaim[], value: number) => figures(items).find((item) => item.claim.value === formatNumber(value));
  const nearest = (items: LocatedClaim[], to: LocatedClaim, fits: (value: number) => boolean) =>
    figures(items)
      .filter((item) => item !== to && item.sentence === to.sentence && fits(Number(item.claim.value)))
      .sort((a, b) => Math.abs(a.claim.start - to.claim.start) - Math.abs(b.claim.start - to.claim.start))[0];
  for (const [own, other] of [[en, de], [de, en]] as const) {
    const pair = (share: LocatedClaim, figure: LocatedClaim, how: typeof add) => (own === en ? how(share, figure) : how(figure, share));
    for (const share of own) {
      const count = share.claim.count;
      if (!count || used.has(share)) continue;
      const [partValue, wholeValue] = count;
      const [part, whole] = [valued(other, partValue), valued(other, wholeValue)];
      if (part && whole) {
        pair(share, part, add);
        used.add(whole);
        continue;
      }
      // One figure agrees; the one beside it that could be the other is said differently.
      const agreeing = whole ?? part;
      const said = agreeing && nearest(other, agreeing, agreeing === whole ? (value) => value < wholeValue : (value) => value > partValue);
      if (agreeing && said) {
        pair(share, said, differ);
        used.add(agreeing);
      }
    }
  }
}

/** How many unmatched claims of a type, on each side of a link, the loose pass of matchEqual looks at. */
const LOOSE_CANDIDATES = 1000;

/**
 * What is left pairs into conflicts only with evidence that both claims are about the same thing:
 * same type and kind (currency amounts, a unit's dimension, cities, …), and words around them that
 * do not show two different things ("acquired … 2018" against "2020 … eingestellt", see context.ts).
 * First by what they are about: two claims whose words correspond ("48,310 visitors" / "43.810
 * Besucher") pair, the most corresponding first, however many claims of the kind each side has
 * ("a quarter more" / "ein Viertel mehr" beside them). What is left pairs in order when both sides
 * have as many. Two leftovers that the other document each states elsewhere are no conflict. Bare
 * numbers and ordinals say least about what they count, so on a link the aligner is not confident
 * about (comparable texts) they stay one-sided rather than conflict. A different name in the place of
 * a name is a conflict only where the words around both show the same place (`entity-substituted`);
 * a name on one side only stays one-sided.
 */
function pairConflicts(
  leftEn: LocatedClaim[],
  leftDe: LocatedClaim[],
  inLink: Record<Lang, LocatedClaim[]>,
  confident: boolean,
  context: DiffContext,
  side: SideOf,
  groupOf: (claim: Claim) => string | undefined = groupKey,
): { findings: Finding[]; paired: Set<LocatedClaim> } {
  const paired = new Set<LocatedClaim>();
  const findings: Finding[] = [];
  const eligible = (lang: Lang, item: LocatedClaim) => pairable(item.claim) && (confident || !WEAK_TYPES.has(item.claim.type)) && !definedOtherwise(lang, item, context);
  const tryPair = (e: LocatedClaim, d: LocatedClaim, about: Correspondence): void => {
    if (context.lookup.de.find(e.claim) && context.lookup.en.find(d.claim)) return;
    // The other side writes this very figure, which its language's extraction read differently
    // ("4k blocks" in program output both pages show).
    // (Not a figure bounded the other way round there: "below 25 °C" / "nicht unter 25 °C".)
    if (!boundsDisagree(e.claim, d.claim) && (writtenInLink([d.sentence], context.sentences.de, side('en', e).text) || writtenInLink([e.sentence], context.sentences.en, side('de', d).text))) return;
    const named = e.claim.type === 'entity' ? sameNameSaidOtherwise(e, d, context, side) : undefined;
    if (named) {
      paired.add(e).add(d);
      findings.push({ status: 'match', type: 'entity', ...named, basis: 'translated' });
      return;
    }
    const substituted = e.claim.type === 'entity' && !PLACE_KINDS.has(e.claim.kind);
    // Two people, each named with an office, stand in the same place whatever else the words say
    // ("According to Mayor Yuki Schmitt" / "Nach Angaben der Bürgermeisterin Yuki Schmidt").
    const titled = substituted && afterTitle('en', e, context) && afterTitle('de', d, context);
    const where = titled && about === 'different' ? 'same' : about;
    if (where === 'different' || (substituted && (!substitutes(e, d, where, context, side) || namedOtherwise(e, d) || saidElsewhere(e, d)))) return;
    paired.add(e).add(d);
    const conflict = substituted ? 'entity-substituted' : 'different-value';
    const anchor = about === 'same' ? context.contexts.anchor(place('en', e, context), place('de', d, context)) : undefined;
    findings.push({ status: 'conflict', type: e.claim.type, en: side('en', e), de: side('de', d), basis: 'aligned', conflict, ...(anchor ? { about: anchor } : {}) });
  };
  // A name that is any name on the other side of the link, written otherwise, is there ("Debian
  // Project" / "Debian-Projekts" beside "Policy Handbuch"): no substitution.
  const names = (lang: Lang) => inLink[lang].filter((item) => item.claim.type === 'entity').map((item) => side(lang, item).text);
  const isWord = (word: string, lang: Lang) => context.contexts.isWord(word, lang);
  // A name the other sentence says in its own words is not replaced, left to the one-sided pass, which finds it there:
  // a known body anywhere but as the rival itself ("National Council" / "Nationalrat" beside "Volkspartei"), a name no
  // list knows inside the rival's longer name ("Association of German Prädikat Wine Estates" / "Verbands Deutscher
  // Prädikatsweingüter"). A name found as the whole of the other ("Ingrid Lorenz" / "Ingrid Lorentz") is the rival, and
  // people's names are not translated (the lexicon's "Schulze" is a village mayor).
  const saidElsewhere = (e: LocatedClaim, d: LocatedClaim) =>
    ([['en', e, 'de', d], ['de', d, 'en', e]] as const).some(([lang, item, other, there]) => {
      const unknown = isUnknownName(item.claim);
      if (!unknown && item.claim.kind !== 'organisation') return false;
      const place = translatedInLink([there.sentence], other, side(lang, item).text, lang, context, unknown ? 'name' : 'body')?.place;
      if (place === undefined) return false;
      const within = place.start >= there.claim.start && place.end <= there.claim.end;
      const whole = place.start === there.claim.start && place.end === there.claim.end;
      return unknown ? within && !whole : !whole;
    });
  const namedOtherwise = (e: LocatedClaim, d: LocatedClaim) =>
    names('de').some((name) => sameName(side('en', e).text, name, isWord)) || names('en').some((name) => sameName(name, side('de', d).text, isWord));
  for (const group of new Set(leftEn.map((item) => groupOf(item.claim)))) {
    if (group === undefined) continue;
    const es = leftEn.filter((e) => groupOf(e.claim) === group && eligible('en', e));
    const ds = leftDe.filter((d) => groupOf(d.claim) === group && eligible('de', d));
    if (es.length === 0 || ds.length === 0) continue;
    const considered = new Set<LocatedClaim>();
    // One claim a side pairs the same either way; the words around them are weighed once, in tryPair.
    const byAnchor = es.length === 1 && ds.length === 1 ? [] : anchoredPairs(es, ds, context);
    for (const [e, d] of byAnchor) {
      considered.add(e).add(d);
      tryPair(e, d, 'same');
    }
    const restEn = es.filter((e) => !considered.has(e));
    const restDe = ds.filter((d) => !considered.has(d));
    if (restEn.length === restDe.length) restEn.forEach((e, i) => tryPair(e, restDe[i]!, subjects(e, restDe[i]!, context)));
  }
  return { findings, paired };
}

/**
 * An abbreviation the gazetteer knows, defined in its sentence by words that are none of the known
 * body's names: it means what the words say ("Bundesamt für Gesundheit (BAG)" is no Federal Labour
 * Court), so its known identity stands in no slot.
 */
function definedOtherwise(lang: Lang, item: LocatedClaim, context: DiffContext): boolean {
  if (item.claim.type !== 'entity' || item.claim.kind === 'name' || item.claim.kind === UNREAD) return false;
  const text = readerText(context.sentences[lang][item.sentence]!);
  const expansion = expansionBefore(text, item.claim);
  if (!expansion) return false;
  const words = text.slice(expansion[0], expansion[1]);
  return !(gazetteerEntry(item.claim.value)?.forms[lang] ?? []).some((form) => form.length > item.claim.end - item.claim.start && words.includes(form));
}

/**
 * Claims of one kind whose words correspond, each claim at most once, the pairs sharing most words
 * first (then in text order). Skipped for a link with more than MAX_ANCHOR_PAIRS such pairings to
 * weigh, which only a pathological sentence has.
 */
function anchoredPairs(es: LocatedClaim[], ds: LocatedClaim[], context: DiffContext): Array<[LocatedClaim, LocatedClaim]> {
  if (es.length * ds.length > MAX_ANCHOR_PAIRS) return [];
  const nearEn = es.map((e) => near('en', e, context));
  const nearDe = ds.map((d) => near('de', d, context));
  const scored: Array<[number, number, number]> = [];
  nearEn.forEach((a, i) => nearDe.forEach((b, j) => {
    const shared = sharedCount(a, b);
    if (shared > 0) scored.push([shared, i, j]);
  }));
  scored.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedEn = new Set<number>();
  const usedDe = new Set<number>();
  const pairs: Array<[LocatedClaim, LocatedClaim]> = [];
  for (const [, i, j] of scored) {
    if (usedEn.has(i) || usedDe.has(j)) continue;
    usedEn.add(i);
    usedDe.add(j);
    pairs.push([es[i]!, ds[j]!]);
  }
  return pairs;
}

const MAX_ANCHOR_PAIRS = 400;

/** Whether an office stands before the name or after it in apposition: the name is a person's. */
function afterTitle(lang: Lang, item: LocatedClaim, context: DiffContext): boolean {
  const text = readerText(context.sentences[lang][item.sentence]!);
  return followsTitle(text, item.claim.start, lang) || appositiveTitle(text, item.claim.end, lang);
}

/** Whether one actor's name stands where the other's did (see substitution.ts). */
function substitutes(en: LocatedClaim, de: LocatedClaim, about: Correspondence, context: DiffContext, side: SideOf): boolean {
  const isWordOf = (word: string, lang: Lang) => context.contexts.isWord(word, lang);
  const inEither = (word: string) => isWordOf(word, 'en') || isWordOf(word, 'de');
  const name = (lang: Lang, item: LocatedClaim): NameInPlace => {
    const text = side(lang, item).text;
    return {
      text,
      // A legal form names a company as surely as the gazetteer does: "Novara AG".
      known: item.claim.kind === 'organisation' || item.claim.kind === 'person' || LEGAL_SUFFIX.test(text.split(/\s+/u).at(-1)!),
      afterTitle: afterTitle(lang, item, context),
      // One word no lexicon knows ("Renault", "Tesco"): a name, not a heading's first word.
      // Glued words are no such name ("PrevAppendix", "AppArmor").
      proper: item.claim.kind === UNREAD || (/^\p{Lu}[\p{L}\p{N}&-]+$/u.test(text) && !(text.match(/\p{Lu}\p{Ll}{2,}|\p{Lu}+(?!\p{Ll})/gu) ?? [text]).some(inEither)) || namedAfterPlace(text) || bareWordName(lang, item, context),
    };
  };
  return about === 'same' && isSubstitution(name('en', en), name('de', de), isWordOf);
}

/**
 * An English word the lexicon knows, capitalised inside a sentence where no article stands before it
 * ("commissioned by Ford"): a name, as a common noun or a label would take one ("the Services panel").
 */
function bareWordName(lang: Lang, item: LocatedClaim, context: DiffContext): boolean {
  if (lang !== 'en' || item.claim.kind !== 'name') return false;
  const text = readerText(context.sentences.en[item.sentence]!);
  return /^\p{Lu}\p{Ll}+$/u.test(text.slice(item.claim.start, item.claim.end)) && afterBareWord(text, item.claim.start, 'en');
}

/**
 * Capitalised words ending in a place's name name something of that place, a company or an event
 * ("Air France", "Radio Bremen", "Bank of America"), where a title ends in a common noun ("Policy
 * Manual") and a lexicon that knows the place's word leaves the run unread.
 */
function namedAfterPlace(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.length >= 2 && words.every((word, k) => /^\p{Lu}/u.test(word) || (k > 0 && k < words.length - 1 && word === 'of')) && PLACE_KINDS.has(gazetteerEntryOfWord(words.at(-1)!)?.category ?? '');
}

/**
 * One side only, unless the other side states the same claim: in the link itself (a claim one side
 * repeats — a headline and its body sentence in one link both name "Microsoft" — pairs with the
 * other side's one mention again), or in another sentence of the other document.
 */
function reportLeftovers(
  link: AlignmentLink,
  leftEn: LocatedClaim[],
  leftDe: LocatedClaim[],
  inLink: Record<Lang, LocatedClaim[]>,
  context: DiffContext,
  side: SideOf,
): Finding[] {
  const linked = link.en.length > 0 && link.de.length > 0;
  const findings: Finding[] = [];
  // A place inside a longer name on the other side ("Flughafen Zürich" / "Zurich Airport", "USA" / "US
  // Supreme Court"): one match, reported with the place; the name is not reported alone.
  const left: Record<Lang, LocatedClaim[]> = { en: leftEn, de: leftDe };
  const containerOf = new Map<LocatedClaim, LocatedClaim>();
  for (const [lang, other] of [['en', 'de'], ['de', 'en']] as const) {
    for (const item of left[lang]) {
      if (!PLACE_KINDS.has(item.claim.kind)) continue;
      const holds = (candidate: LocatedClaim) => namesPlace(candidate.claim, item.claim.value);
      const container = left[other].find(holds) ?? inLink[other].find(holds);
      if (container) containerOf.set(item, container);
    }
  }
  const containers = new Set(containerOf.values());
  let searches = 0;
  // Where a match of the English leftovers found its German words ("Gaza" in "Gazastreifens"): a German
  // name read there says no more.
  const matchedThere = (item: LocatedClaim) =>
    findings.some((finding) => finding.status === 'match' && finding.de !== null && finding.de.sentence === item.sentence && finding.de.start <= item.claim.start && item.claim.end <= finding.de.end);
  for (const [lang, other, items] of [['en', 'de', leftEn], ['de', 'en', leftDe]] as const) {
    const sameInLink = new OrderedIndex(inLink[other], (candidate) => sameKey(candidate.claim));
    for (const item of items) {
      if (isNeverAlone(item.claim) || (lang === 'de' && item.claim.type === 'entity' && matchedThere(item))) continue;
      // A name's own abbreviation in brackets ("Institut für Weltwirtschaft (IfW)"), and a place that
      // ends a club's or company's name ("Benfica Lissabon"), say nothing the name beside them did not.
      const sentence = context.sentences[lang][item.sentence]!;
      if (item.claim.type === 'entity' && (definesAbbreviation(sentence, item.claim) || endsName(item, inLink[lang]) || afterSlash(item, inLink[lang], sentence) || opensInitials(item, inLink[lang], sentence))) continue;
      const repeated = sameInLink.all(sameKey(item.claim)).find((candidate) => !boundsDisagree(item.claim, candidate.claim) && !zonesDisagree(item.claim, candidate.claim));
      if (repeated) {
        const [en, de] = lang === 'en' ? [item, repeated] : [repeated, item];
        findings.push({ status: 'match', type: item.claim.type, en: side('en', en), de: side('de', de), basis: 'aligned' });
        continue;
      }
      // Each search reads the other side's sentences: a bounded number per link keeps a huge one linear.
      const searched = item.claim.type === 'entity' && searches++ < NAME_SEARCHES;
      const name = side(lang, item).text;
      const alike = searched
        ? (writtenInLink(link[other], context.sentences[other], name) ??
          afterDescriptorWritten(name, lang, link[other], context) ??
          otherFormWritten(item.claim, other, link, context) ??
          acronymAsWordWritten(name, link[other], context.sentences[other]) ??
          regnalNameWritten(item, readerText(context.sentences[lang][item.sentence]!), link[other], context.sentences[other]) ??
          (other === 'de' ? (inhabitantWritten(name, item.claim.value, link.de, context.sentences.de) ?? partOfPlaceWritten(name, link.de, context.sentences.de)) : undefined) ??
          personAfterTitleWritten(name, other, link, context) ??
          transliteratedInLink(name, lang, link[other], context.sentences[other]) ??
          inLink[other]
            .filter((candidate) => candidate.claim.type === 'entity')
            .map((candidate) => side(other, candidate))
            .find((there) => joinedAlike(name, there.text) && restSaidThere(name, there, context.sentences[other])))
        : undefined;
      const compounded = searched && !alike ? (compoundedInLink(link[other], context.sentences[other], item.claim.value, other, name) ?? closedUpInLink(link[other], context.sentences[other], name)) : undefined;
      const implied =
        !alike && !compounded
          ? ((searched ? countryImpliedInLink(item, other, link[other], context.sentences[other], inLink[other]) : undefined) ??
            twoImpliedInLink(item, lang, other, sentence, link[other], context.sentences[other]) ??
            monthCompoundedInLink(item, other, link[other], context.sentences[other], (word) => context.contexts.isWord(word, 'de')))
          : undefined;
      if (implied) {
        const there = { ...implied, value: item.claim.value };
        const [en, de] = lang === 'en' ? [side('en', item), there] : [there, side('de', item)];
        findings.push({ status: 'match', type: item.claim.type, en, de, basis: 'implied' });
        continue;
      }
      if (alike || compounded) {
        const there = { ...(alike ?? compounded)!, value: item.claim.value };
        const [en, de] = lang === 'en' ? [side('en', item), there] : [there, side('de', item)];
        findings.push({ status: 'match', type: 'entity', en, de, basis: alike ? 'writtenAlike' : 'compounded' });
        continue;
      }
      // An abbreviation the other side writes out: "GDP" / "Bruttoinlandsprodukts", "RAM" / "Arbeitsspeicher".
      const expanded = item.claim.type === 'entity' ? (expandedInLink(link[other], other, side(lang, item).text, lang, context) ?? abbreviatedInLink(link[other], other, side(lang, item).text, lang, context) ?? spelledInLink(link[other], other, item, lang, context, inLink[other])) : undefined;
      if (expanded) {
        const [en, de] = lang === 'en' ? [side('en', item), { ...expanded, value: item.claim.value }] : [{ ...expanded, value: item.claim.value }, side('de', item)];
        findings.push({ status: 'match', type: 'entity', en, de, basis: 'translated' });
        continue;
      }
      if (containers.has(item)) continue;
      const container = containerOf.get(item);
      if (container) {
        const [en, de] = lang === 'en' ? [side('en', item), side('de', container)] : [side('en', container), side('de', item)];
        findings.push({ status: 'match', type: 'entity', en, de, basis: 'compounded' });
        continue;
      }
      // A known body the other side names in common words ("Landeskriminalamt" / "the state criminal police office").
      const described = searched && item.claim.kind === 'organisation' ? describedInSentences(name, other, link[other].map((k) => ({ sentence: k, text: readerText(context.sentences[other][k]!) })), context.contexts) : undefined;
      if (described) {
        const there = { ...described, text: readerText(context.sentences[other][described.sentence]!).slice(described.start, described.end), value: item.claim.value };
        const [en, de] = lang === 'en' ? [side('en', item), there] : [there, side('de', item)];
        findings.push({ status: 'match', type: 'entity', en, de, basis: 'translated' });
        continue;
      }
      const translated = searched && item.claim.type === 'entity' ? translatedInLink(link[other], other, name, lang, context, isUnknownName(item.claim) ? 'name' : item.claim.kind === 'organisation' ? 'body' : 'known', otherBodies(item, inLink[other])) : undefined;
      if (translated) {
        // A common word read as a name ("Commands" in a heading, "the Greens") whose translation stands
        // there is no claim either side makes: not worth a match in the report.
        if (translated.common && isUnknownName(item.claim)) continue;
        const there = { ...translated.place, value: item.claim.value };
        const [en, de] = lang === 'en' ? [side('en', item), there] : [there, side('de', item)];
        findings.push({ status: 'match', type: 'entity', en, de, basis: 'translated' });
        continue;
      }
      // The same value anywhere in the other document, or a name written alike there.
      const foundAnywhere = context.lookup[other].find(item.claim);
      const found = foundAnywhere && !zonesDisagree(item.claim, foundAnywhere.claim) ? foundAnywhere : undefined;
      const written = !found && item.claim.type === 'entity' ? context.written[other].find(side(lang, item).text) : undefined;
      if (found || written) {
        if (!firstReport(context, `match|${item.claim.type}|${item.claim.value}`)) continue;
        const there = found ? side(other, found) : { ...written!, value: item.claim.value };
        const [en, de] = lang === 'en' ? [side('en', item), there] : [there, side('de', item)];
        findings.push({ status: 'match', type: item.claim.type, en, de, basis: found ? 'elsewhere' : 'writtenElsewhere' });
        continue;
      }
      if (!linked && !firstReport(context, `${lang}|${item.claim.type}|${item.claim.value}`)) continue;
      // The words of a name the other side names by its abbreviation are its translation, found or not.
      const writtenOut = (abbreviation: LocatedClaim) =>
        expandedInLink(link[other], other, side(lang, abbreviation).text, lang, context) !== undefined || spelledInLink(link[other], other, abbreviation, lang, context, inLink[other]) !== undefined;
      if (item.claim.type === 'entity' && (insideSharedExpansion(item, inLink[lang], inLink[other], sentence, writtenOut) || bracketWordWritten(item, sentence, link[other], context.sentences[other]))) continue;
      // German nouns in a row read as a name ("in Süddeutschland Temperaturen zwischen …", "als erstes Land
      // Krebswarnhinweise", a long compound of words) are none to miss. After a title it is a person all the
      // same ("Bürgermeister Wei Becker").
      const germanNoun = (word: string) => context.contexts.isWord(word, 'de') || (word.length >= LONG_COMPOUND && context.contexts.partKeys(word, 'de').size > 0);
      if (lang === 'de' && isUnknownName(item.claim) && germanTitle(side(lang, item).text, germanNoun) && !afterTitle(lang, item, context)) continue;
      findings.push({
        status: lang === 'en' ? 'en-only' : 'de-only',
        type: item.claim.type,
        en: lang === 'en' ? side('en', item) : null,
        de: lang === 'de' ? side('de', item) : null,
        basis: linked ? 'missingInLink' : 'unaligned',
      });
    }
  }
  return findings;
}

/**
 * A match found from both sides ("West Java" finds "Provinz Westjava", and it finds "West Java") is reported
 * once, and so is a name matched whole and by its parts ("Federal Office for Migration and Refugees",
 * "Federal Office" and "Migration", each against "BAMF").
 */
function withoutRepeatedMatches(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const at = (place: ClaimSide | null) => (place ? `${place.sentence}:${place.start}:${place.end}` : '');
  const within = (inner: ClaimSide | null, outer: ClaimSide | null) =>
    inner !== null && outer !== null && inner.sentence === outer.sentence && outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
  // The entity matches by each side's place, so that a link of many names stays linear.
  const byPlace = { en: new Map<string, Finding[]>(), de: new Map<string, Finding[]>() };
  for (const finding of findings) {
    if (finding.status !== 'match' || finding.type !== 'entity') continue;
    for (const lang of ['en', 'de'] as const) {
      const key = at(finding[lang]);
      const list = byPlace[lang].get(key);
      if (list) list.push(finding);
      else byPlace[lang].set(key, [finding]);
    }
  }
  const partOfAnother = (finding: Finding) =>
    (byPlace.de.get(at(finding.de)) ?? []).some((other) => other !== finding && within(finding.en, other.en)) ||
    (byPlace.en.get(at(finding.en)) ?? []).some((other) => other !== finding && within(finding.de, other.de));
  return findings.filter((finding) => {
    if (finding.status !== 'match') return true;
    const key = `${finding.type}|${at(finding.en)}|${at(finding.de)}`;
    if (seen.has(key) || (finding.type === 'entity' && partOfAnother(finding))) return false;
    seen.add(key);
    return true;
  });
}

/** How many one-sided names of a link are looked for, written alike, in the link's other side. */
const NAME_SEARCHES = 200;

/**
 * The other side's names of bodies the gazetteer knows as another body than `item` (itself a known body): no
 * translation of its name ("Federal Court of Justice" is no "Bundesverwaltungsgericht", whose words the
 * lexicon reads as "federal", "court" and "justice" all the same).
 */
function otherBodies(item: LocatedClaim, otherSide: readonly LocatedClaim[]): LocatedClaim[] {
  if (item.claim.kind !== 'organisation') return [];
  return otherSide.filter((candidate) => candidate.claim.type === 'entity' && !candidate.claim.soft && candidate.claim.kind === 'organisation' && candidate.claim.value !== item.claim.value);
}

/**
 * A German name the extraction read with the common noun that describes it in apposition ("die Reederei Zim", "der
 * Ferienort Zermatt", "der Waferhersteller Siltronic"), where the English sentence writes the name alone: the noun is
 * no part of the name. A noun the gazetteer knows as a name stays ("Bayern München").
 */
function afterDescriptorWritten(name: string, lang: Lang, indices: number[], context: DiffContext): ReturnType<typeof writtenInLink> {
  if (lang !== 'de') return undefined;
  const m = /^(\p{Lu}\p{Ll}{3,}) (\p{Lu}[\p{L}\p{N}&'’-]*(?: \p{Lu}[\p{L}\p{N}&'’-]*)*)$/u.exec(name);
  // A compound of common words is one too ("Ferienort", "Waferhersteller").
  const common = (word: string) => context.contexts.isWord(word, 'de') || context.contexts.partKeys(word, 'de').size > 0;
  if (!m || !common(m[1]!) || gazetteerEntryOfWord(m[1]!) !== undefined) return undefined;
  return writtenInLink(indices, context.sentences.en, m[2]!);
}

/** Whether a name is the second of two joined by a slash, which name one alliance ("CDU/CSU" = "the Christian Democrats", "Bündnis 90/Die Grünen"). */
function afterSlash(item: LocatedClaim, sameSide: LocatedClaim[], sentence: Sentence): boolean {
  if (readerText(sentence).charAt(item.claim.start - 1) !== '/') return false;
  return sameSide.some((other) => other !== item && other.sentence === item.sentence && other.claim.type === 'entity' && other.claim.end + 1 === item.claim.start);
}

/**
 * Whether a name is followed by one word in brackets that the other side writes, the name's own short
 * form whether initials or not: "the Federal Statistical Office (Destatis) said" / "wie Destatis mitteilte".
 */
function bracketWordWritten(item: LocatedClaim, sentence: Sentence, indices: number[], otherSentences: Sentence[]): boolean {
  const text = readerText(sentence);
  const bracket = /^\s*\((\p{Lu}[\p{L}\p{N}-]{1,24})\)/u.exec(text.slice(item.claim.end));
  if (!bracket) return false;
  const open = item.claim.end + bracket[0].indexOf('(');
  return item.claim.start >= nameRunBefore(text, open) && writtenInLink(indices, otherSentences, bracket[1]!) !== undefined;
}

/**
 * Whether initials open longer initials of the same sentence, which they describe: "das
 * UN-Flüchtlingshilfswerk UNHCR" = "the UNHCR".
 */
function opensInitials(item: LocatedClaim, sameSide: LocatedClaim[], sentence: Sentence): boolean {
  const text = readerText(sentence);
  const own = text.slice(item.claim.start, item.claim.end);
  // Glued to the word they qualify ("UN-…"), not one of a list ("IPF, IPFW, PF").
  if ((!isInitials(own) && !/^\p{Lu}{2}$/u.test(own)) || !/^[-\u2010]\p{L}/u.test(text.slice(item.claim.end, item.claim.end + 2))) return false;
  return sameSide.some((other) => {
    if (other === item || other.sentence !== item.sentence || other.claim.type !== 'entity') return false;
    const theirs = text.slice(other.claim.start, other.claim.end);
    return theirs.length > own.length && theirs.startsWith(own) && isInitials(theirs);
  });
}

/** Whether a place stands right after another name of its sentence, as the end of that name ("Benfica Lissabon", "Bayern München"). */
function endsName(item: LocatedClaim, sameSide: LocatedClaim[]): boolean {
  if (!PLACE_KINDS.has(item.claim.kind)) return false;
  return sameSide.some((other) => other !== item && other.sentence === item.sentence && other.claim.type === 'entity' && !PLACE_KINDS.has(other.claim.kind) && other.claim.end + 1 === item.claim.start);
}

/**
 * Where two names of a link are one name said otherwise, the places to report as its match; undefined
 * where they are two. One side's abbreviation of the other's name ("GDP" / "BIP", "RAM" /
 * "Arbeitsspeicher"), a name transliterated otherwise ("Vladimir Putin" / "Wladimir Putin"), initials of
 * either, one ruler, a name with the words of its kind on the other side of it; and initials whose
 * spelled-out name holds the other side's, reported with the whole spelled-out name.
 */
function sameNameSaidOtherwise(e: LocatedClaim, d: LocatedClaim, context: DiffContext, side: SideOf): { en: ClaimSide; de: ClaimSide } | undefined {
  const both = { en: side('en', e), de: side('de', d) };
  // Two bodies each written as the gazetteer writes it are two bodies, whatever their letters spell:
  // "WTO" / "WHO", where "WHO" spells "Welthandelsorganisation" too.
  const settled = (lang: Lang, item: LocatedClaim) => !isUnknownName(item.claim) && (gazetteerEntry(item.claim.value)?.forms[lang] ?? []).includes(both[lang].text);
  const spelled = !(settled('en', e) && settled('de', d));
  if (
    (spelled && abbreviates(both.en.text, both.de.text)) ||
    transliterated(both.en.text, both.de.text) ||
    (spelled && initialsOfEachOther({ text: both.en.text, claim: e.claim }, { text: both.de.text, claim: d.claim }, (word, lang) => context.contexts.isWord(word, lang))) ||
    sameRuler(e, d, context) ||
    kindWordsTranslated(both.en.text, both.de.text, context) ||
    (isUnknownName(e.claim) && !isUnknownName(d.claim) && translatesPartByPart(both.en.text, 'en', both.de.text, context.contexts)) ||
    (isUnknownName(d.claim) && !isUnknownName(e.claim) && translatesPartByPart(both.de.text, 'de', both.en.text, context.contexts))
  ) {
    return both;
  }
  return initialsSpellingTheOther(e, d, context, both);
}

/**
 * One name with the words for its kind in each language's place: "Hubble Space Telescope" / "Weltraumteleskop
 * Hubble", "Lake Starnberg" / "Starnberger See". The names share a word as written, and the other words of each
 * side are common words that translate each other (a compound by its parts); a person's other name is no
 * common word, so "Katrin Behrens" / "Katrin Berens" stay two.
 */
function kindWordsTranslated(en: string, de: string, context: DiffContext): boolean {
  const [enWords, deWords] = [en.split(/[\s-]+/u), de.split(/[\s-]+/u)];
  const shared = enWords.filter((word) => word.length >= 3 && deWords.includes(word));
  const [enRest, deRest] = [enWords.filter((word) => !shared.includes(word)), deWords.filter((word) => !shared.includes(word))];
  if (shared.length === 0 || enRest.length === 0 || deRest.length === 0) return false;
  // The kind stands on the other side of the name in each language: "Hubble Space Telescope" / "Weltraumteleskop
  // Hubble". In the same place ("Maria Fisher" / "Maria Fischer") the words are a person's names.
  const before = (words: string[], rest: string[]) => rest.every((word) => words.indexOf(word) < words.indexOf(shared[0]!));
  const after = (words: string[], rest: string[]) => rest.every((word) => words.indexOf(word) > words.indexOf(shared.at(-1)!));
  if (!((before(deWords, deRest) && after(enWords, enRest)) || (after(deWords, deRest) && before(enWords, enRest)))) return false;
  const commonEn = enRest.every((word) => context.contexts.isWord(word, 'en'));
  const commonDe = deRest.every((word) => context.contexts.isWord(word, 'de') || context.contexts.partKeys(word, 'de').size > 0);
  if (!commonEn || !commonDe) return false;
  const deKeys = deRest.map((word) => new Set([...context.contexts.keysOf(word, 'de'), ...context.contexts.partKeys(word, 'de')]));
  const enKeys = context.contexts.keysOf(enRest.join(' '), 'en');
  return deKeys.every((keys) => shares(keys, enKeys));
}

/**
 * Initials on one side whose spelled-out name on the other holds the other side's name, read from part
 * of it: the initials and the whole spelled-out name, as one match.
 */
function initialsSpellingTheOther(e: LocatedClaim, d: LocatedClaim, context: DiffContext, both: Record<Lang, ClaimSide>): { en: ClaimSide; de: ClaimSide } | undefined {
  for (const [lang, other, item] of [['en', 'de', d], ['de', 'en', e]] as const) {
    const text = readerText(context.sentences[other][item.sentence]!);
    const span = spelledSpanAround(both[lang].text, text, item.claim.start, item.claim.end, (word) => context.contexts.isWord(word, other), (word) => context.contexts.translationInitials(word, other));
    if (span) return { ...both, [other]: { ...both[other], text: text.slice(span.start, span.end), ...span } };
  }
  return undefined;
}

/** Whether one name is an abbreviation of the other, either way round. */
function abbreviates(en: string, de: string): boolean {
  return abbreviationExpandedIn(en, 'en', de) !== undefined || abbreviationExpandedIn(de, 'de', en) !== undefined;
}

/** Where the other side's sentences of a link write out an abbreviation of this side (see abbreviations.ts). */
function expandedInLink(indices: number[], other: Lang, abbreviation: string, lang: Lang, context: DiffContext): Omit<ClaimSide, 'value'> | undefined {
  return foundInLink(indices, other, context, (text) => abbreviationExpandedIn(abbreviation, lang, text));
}

/** Where the other side's sentences of a link give an abbreviation that stands for this side's name (see abbreviations.ts). */
function abbreviatedInLink(indices: number[], other: Lang, name: string, lang: Lang, context: DiffContext): Omit<ClaimSide, 'value'> | undefined {
  return foundInLink(indices, other, context, (text) => abbreviationIn(name, lang, text));
}

/** The first span `find` gives in the other side's sentences of a link. */
function foundInLink(indices: number[], other: Lang, context: DiffContext, find: (text: string) => { start: number; end: number } | undefined): Omit<ClaimSide, 'value'> | undefined {
  for (const sentence of indices) {
    const text = readerText(context.sentences[other][sentence]!);
    const at = find(text);
    if (at) return { sentence, text: text.slice(at.start, at.end), ...at };
  }
  return undefined;
}

/** A name the extraction read from capitals alone: no gazetteer entry, no name of the English document. */
function isUnknownName(claim: Claim): boolean {
  return claim.type === 'entity' && claim.kind === 'name';
}

/** True the first time `key` is reported (see `DiffContext.reportedOnce`). */
function firstReport(context: DiffContext, key: string): boolean {
  if (context.reportedOnce.has(key)) return false;
  context.reportedOnce.add(key);
  return true;
}

/** The claims of a link's sentences, each with its sentence index. */
function located(indices: number[], claims: Claim[][]): LocatedClaim[] {
  return indices.flatMap((sentence) => (claims[sentence] ?? []).map((claim) => ({ sentence, claim })));
}

/**
 * Places conflict within their category (a city for a city). People and organisations are one kind of
 * actor: the gazetteer knows few companies and no people, and a person's name in a company's place is
 * a substitution all the same.
 */
function groupKey(claim: Claim): string {
  if (claim.type === 'entity') return `entity|${PLACE_KINDS.has(claim.kind) ? claim.kind : ACTOR_KINDS.has(claim.kind) ? 'actor' : claim.kind}`;
  return `${claim.type}|${pairingKind(claim)}`;
}

/** Two times read in different zones, whose equal clock times are different moments. */
function zonesDisagree(a: Claim, b: Claim): boolean {
  return a.type === 'time' && b.type === 'time' && a.zone !== undefined && b.zone !== undefined && a.zone !== b.zone;
}

/** A change as a factor ("doubled", "rose by a quarter") or as a percentage of the old value ("um 20 Prozent gestiegen"). */
function changeGroup(claim: Claim): string | undefined {
  return claim.kind === 'factor' || claim.change !== undefined ? 'change' : undefined;
}

const ACTOR_KINDS: ReadonlySet<string> = new Set(['organisation', 'name', 'person', UNREAD]);

const isActor = (claim: Claim): boolean => claim.type === 'entity' && ACTOR_KINDS.has(claim.kind) && !claim.soft;

/** Whether this side of a link, or anywhere in this side's document, writes the name. */
function writtenIn(lang: Lang, link: AlignmentLink, name: string, context: DiffContext): boolean {
  return writtenInLink(link[lang], context.sentences[lang], name) !== undefined || context.written[lang].find(name) !== undefined;
}

/** Two rulers' names, each before its number, beginning alike ("Louis XIV" / "Ludwig XV."): the numbers are the claim, compared as ordinals. */
function sameRuler(e: LocatedClaim, d: LocatedClaim, context: DiffContext): boolean {
  const numbered = (lang: Lang, item: LocatedClaim) => regnalNumeralAfter(readerText(context.sentences[lang][item.sentence]!), item.claim.end) !== undefined;
  const initial = (lang: Lang, item: LocatedClaim) => rulerInitial(claimSide(context.sentences[lang], item).text);
  return numbered('en', e) && numbered('de', d) && initial('en', e) === initial('de', d);
}

/** Whether a name of several words holds a place's name among them ("zurich airport" holds "zurich"). */
function namesPlace(claim: Claim, place: string): boolean {
  if (claim.type !== 'entity' || PLACE_KINDS.has(claim.kind) || claim.value === place) return false;
  const [ids, adjectives] = [gazetteerWordIds(), gazetteerAdjectiveIds()];
  // Also by its adjective: "Hungarian Grand Prix" = "Großer Preis von Ungarn".
  return claim.value.split(' ').some((word) => word === place || ids.get(word) === place || adjectives.get(word) === place);
}

const WEAK_TYPES: ReadonlySet<string> = new Set(['number', 'ordinal']);

function pairable(claim: Claim): boolean {
  return !claim.soft && claim.type !== 'negation' && (claim.type !== 'entity' || PLACE_KINDS.has(claim.kind) || ACTOR_KINDS.has(claim.kind));
}

export function claimSide(sentences: Sentence[], item: LocatedClaim): ClaimSide {
  const text = readerText(sentences[item.sentence]!);
  return { sentence: item.sentence, text: text.slice(item.claim.start, item.claim.end), start: item.claim.start, end: item.claim.end, value: item.claim.value };
}
