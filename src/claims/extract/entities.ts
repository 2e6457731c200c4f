import { STOPWORDS } from '../../words/stopwords.js';
import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import { extractGazetteerEntities, isGazetteerForm } from './gazetteerEntities.js';
import { MONTHS } from '../vocabulary.js';
import { PLACE_KINDS, gazetteerEntryOfWord } from '../gazetteer.js';
import { JOB_TITLE_WORDS, appositiveTitle, followsTitle, isEnglishOfficeAfterArticle, isEnglishTitleWord, titleLength } from './titles.js';
import { skeleton, spelledAsCognates, type NameContext } from './names.js';
import type { TakenSpans } from './spans.js';
import { LEGAL_SUFFIX, NOT_NAMES, isClubPrefix, isNameToken, isStrong, nameValue, shoutedPhrases, spanOf, stripPossessive, titleCaseSpans, tokenize, within, isGenericAcronym, type Token } from './tokens.js';

/**
 * Named entities. English capitalises names, so there every capitalised word away from the sentence
 * start is a name candidate. German capitalises every noun, so there a word is a name only when it is
 * in the gazetteer (data/claims/entities.tsv, with exonyms: München = Munich), is an acronym or has
 * inner capitals (AKS, CoreOS), is a name the English document uses (Kinvolk, also inside compounds
 * like "Kinvolk-Team" and in the genitive "Microsofts"; cognates like Parlament/Parliament by their
 * consonant skeleton), or is a run of capitalised words inside a sentence ("Inspektor Gadget").
 */

const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTHS.en, ...MONTHS.de].flat().map((form) => form.replace(/\.$/, '').toLowerCase()));

/** Abbreviations that open a name with their dot: "St. Mary's" is "St Mary's", the saint's title before a name (titles.ts). */
const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['St']);

const EN_CONNECTORS = new Set(['van', 'von', 'de', 'da', 'di', 'del', 'der', 'du', 'la', 'le', 'bin']);
const EN_SURNAME_AFTER = new RegExp(String.raw`^ (?:(?:${[...EN_CONNECTORS].join('|')}) )+\p{Lu}\p{Ll}|^ O['’]\p{Lu}\p{Ll}`, 'u');
/** In German only the particles that are no German words ("Emma de Vries", "Rafael van der Vaart" is too rare to risk "von der"). */
const CONNECTORS: Record<Lang, ReadonlySet<string>> = { en: EN_CONNECTORS, de: new Set(['van', 'de', 'di', 'del', 'du', 'la', 'le', 'ten', 'ter', 'dos']) };

export function extractEntities(text: string, lang: Lang, taken: TakenSpans, names: NameContext, links: ReadonlyArray<[number, number]> = [], gazetteerOnly = false): Claim[] {
  const partOfLongerName = (start: number, end: number) => startsLongerName(text, start, end, lang, names) || endsLongerName(text, start, end, lang, names);
  const claims = extractGazetteerEntities(text, lang, taken, partOfLongerName);
  if (gazetteerOnly) return claims;
  const all = tokenize(text);
  // In a title-case line only words known as names elsewhere in the document (or acronyms, CoreOS) are names.
  const titleCase = lang === 'en' ? titleCaseSpans(text, all, names.commonWords, links) : [];
  const nameLike = (token: Token) => !within(titleCase, token) || isStrong(token.text) || names.nameWords.has(stripPossessive(token.text).toLowerCase());
  const shouted = shoutedPhrases(text, all);
  const tokens = all.filter((t) => !taken.overlaps(t.start, t.end) && !shouted.has(t));
  for (const run of nameRuns(text, tokens, lang, nameLike, names.isEnglishWord)) {
    claims.push(...(lang === 'en' ? englishNames(run, names) : germanNames(run, names, text)));
  }
  for (const claim of claims) taken.take(claim.start, claim.end);
  return claims;
}

/**
 * A known name followed by more of a name is part of it: in English any capitalised word
 * ("Amazon Web Services"), in German only a longer name the English document uses ("Siemens Energy").
 */
function startsLongerName(text: string, start: number, end: number, lang: Lang, names: NameContext): boolean {
  // A surname with a particle or an O’ goes on a first name that is a place's: "Sofia de Vries", "Sofia O’Brien".
  if (lang === 'en' && EN_SURNAME_AFTER.test(text.slice(end, end + 40))) return true;
  // German joins a name's words with hyphens in compounds: "das James-Webb-Teleskop".
  const next = (lang === 'de' ? /^[ -](\p{Lu}(?:['’]\p{Lu})?[\p{L}\p{N}]*)/u : /^ (\p{Lu}[\p{L}\p{N}]*)/u).exec(text.slice(end, end + 40));
  if (!next || LEGAL_SUFFIX.test(next[1]!)) return false;
  if (lang === 'en') return /^\p{Lu}\p{Ll}/u.test(next[1]!);
  // After a title, or before one in apposition, a place's name is a first name: "Professorin Sofia
  // Jansen", "Sofia Carlsson, die Gesundheitsministerin".
  const afterNext = end + 1 + next[1]!.length;
  if (/^ (?:\p{Lu}\p{Ll}|O['’]\p{Lu})/u.test(text.slice(end, end + 4)) && (followsTitle(text, start, lang) || (text[afterNext] === ',' && appositiveTitle(text, afterNext, lang)))) return true;
  return startsKnownName([text.slice(start, end), next[1]!], names);
}

/** Whether these German words begin (or are) a name the English document uses, also when inflected. */
function startsKnownName(words: string[], names: NameContext): boolean {
  return [words, uninflected(words)].some((w) => w !== undefined && (names.namePrefixes.has(nameValue(w)) || names.known.has(nameValue(w))));
}

/**
 * A known name right after another name word belongs to it: "Bayern Munich", "Borussia Dortmund",
 * "FC Bayern München". In English the word before is any capitalised word that is no function word
 * and not written in lower case elsewhere in the document; in German, where every noun is
 * capitalised ("die Stadt Köln"), it must itself be a name (an acronym or a gazetteer name) or the two
 * words must start a name the English document uses.
 */
function endsLongerName(text: string, start: number, end: number, lang: Lang, names: NameContext): boolean {
  const previous = /(?:^|[^\p{L}\p{N}'’])(\p{Lu}[\p{L}\p{N}]*) $/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!previous) return false;
  const word = previous[1]!;
  const lower = word.toLowerCase();
  if (lang === 'en') {
    return !STOPWORDS.en.has(lower) && !NOT_NAMES.en.has(lower) && !isEnglishTitleWord(lower) && !names.commonWords.has(lower) && !isGenericAcronym(word);
  }
  if (isGenericAcronym(word)) return false;
  return isStrong(word) || isGazetteerForm(word, 'de') || startsKnownName([word, text.slice(start, end)], names);
}

/**
 * Runs of adjacent name-like tokens (one space apart), split at words that are not names
 * (capitalised function words, titles, months). A legal suffix ("GmbH") stays with its name.
 */
function nameRuns(text: string, tokens: Token[], lang: Lang, nameLike: (token: Token) => boolean, isEnglishWord?: (word: string) => boolean): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = run[run.length - 1];
    // "St. Mary's Church" is one name, as "St Mary's Church" is: the abbreviation's dot joins.
    const gap = previous === undefined ? '' : text.slice(previous.end, token.start);
    // So is "Brewers' Association": a plural's possessive apostrophe inside a name.
    const pluralPossessive = /^['’][ \t\u00a0]+$/.test(gap) && /\p{Ll}s$/u.test(previous?.text ?? '');
    const adjacent = previous !== undefined && (/^[ \t\u00a0]+$/.test(gap) || pluralPossessive || (/^\.[ \t\u00a0]+$/.test(gap) && NAME_ABBREVIATIONS.has(previous.text))) && !/['’]s$/.test(previous.text);
    if (!adjacent) flush();
    const lower = stripPossessive(token.text).toLowerCase();
    if (LEGAL_SUFFIX.test(stripPossessive(token.text))) {
      if (run.length > 0) run.push(token);
      flush();
      continue;
    }
    const connector = run.length > 0 && CONNECTORS[lang].has(token.text) && tokens[i + 1] && isNameToken(tokens[i + 1]!.text);
    if (connector || (lang === 'en' && (institutionJoins(text, run, token, tokens[i + 1]) || secondObjectJoins(text, run, token, tokens[i + 1], isEnglishWord)))) {
      run.push(token);
      continue;
    }
    const generic = isGenericAcronym(stripPossessive(token.text));
    // Either language's non-names: a German document holds English too ("# WARNING: …" in a listing).
    // A key pressed with others ("Ctrl+Shift+U") is no name either.
    // A month's name before a surname is a first name: "Jan Wagner", "June Carter" (dates come first).
    const firstName = MONTH_WORDS.has(lower) && tokens[i + 1] !== undefined && /^ \p{Lu}\p{Ll}/u.test(text.slice(token.end, token.end + 3)) && !MONTH_WORDS.has(tokens[i + 1]!.text.toLowerCase());
    const notName = (!firstName && (NOT_NAMES.en.has(lower) || NOT_NAMES.de.has(lower))) || text[token.start - 1] === '+';
    if (!isNameToken(token.text) || !nameLike(token) || generic || notName || (STOPWORDS[lang].has(lower) && !isStrong(token.text))) {
      flush();
      continue;
    }
    run.push(token);
  }
  flush();
  return runs
    .map((r) => trimConnectors(dropTitles(markAppositive(text, r, lang), lang)))
    .filter((r) => r.length > 0 && !(r.length > 1 && r.every((t) => JOB_TITLE_WORDS.has(t.text.toLowerCase()))))
    .filter((r) => lang !== 'en' || !isEnglishOfficeAfterArticle(r.map((t) => t.text), text.slice(Math.max(0, r[0]!.start - 30), r[0]!.start)));
}

/**
 * A name followed by its holder's office in apposition is a person's, even at a sentence start where
 * German capitals say nothing: "Carlos Jansen, der Gesundheitsminister, sagte …", "Elena Schmid,
 * Professorin an der Universität, …".
 */
function markAppositive(text: string, run: Token[], lang: Lang): Token[] {
  if (run.length < 2 || !run[0]!.initial) return run;
  if (!appositiveTitle(text, run[run.length - 1]!.end, lang)) return run;
  return run.map((t, i) => (i === 0 ? { ...t, initial: false, afterTitle: true } : t));
}

function dropTitles(run: Token[], lang: Lang): Token[] {
  const start = titleLength(run.map((t) => t.text), lang);
  return start === 0 ? run : run.slice(start).map((t, i) => (i === 0 ? { ...t, initial: false, afterTitle: true } : t));
}

/**
 * English names an institution by its kind and what it is of or for: "Council of State", "Court of
 * Arbitration for Sport", "Bank of Korea", "Federal Centre for Health Education". After a word for a kind
 * of institution, "of" or "for" before a capitalised word goes on the name, as German says it in one
 * ("Staatsrat", "Sportgerichtshof", "Bundeszentrale für gesundheitliche Aufklärung").
 */
function institutionJoins(text: string, run: Token[], token: Token, next: Token | undefined): boolean {
  if (!INSTITUTION_LINKS.has(token.text) || next === undefined || !isNameToken(next.text) || !/^ $/.test(text.slice(token.end, next.start))) return false;
  // A place stays a claim of its own, which German says as an adjective ("Central Bank of Ireland" / "irische
  // Zentralbank", "University of Oxford" / "Universität Oxford").
  if (PLACE_KINDS.has(gazetteerEntryOfWord(stripPossessive(next.text))?.category ?? '')) return false;
  return run.some((word) => INSTITUTION_KINDS.has(word.text)) && /^ $/.test(text.slice(run[run.length - 1]!.end, token.start));
}

/**
 * An institution of or for two things names both: "Federal Ministry of Food and Agriculture", "Department
 * of Health and Social Care", "Office for Migration and Refugees". The second is a common word the lexicon
 * knows, capitalised; a name after "and" is another actor ("the Department of Health and Pfizer").
 */
function secondObjectJoins(text: string, run: Token[], token: Token, next: Token | undefined, isEnglishWord?: (word: string) => boolean): boolean {
  if (token.text !== 'and' || next === undefined || isEnglishWord === undefined || !/^ $/.test(text.slice(token.end, next.start))) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(next.text) || !isEnglishWord(next.text.toLowerCase())) return false;
  const link = run.findIndex((word) => INSTITUTION_LINKS.has(word.text));
  return link > 0 && run.slice(0, link).some((word) => INSTITUTION_KINDS.has(word.text)) && /^ $/.test(text.slice(run[run.length - 1]!.end, token.start));
}

export const INSTITUTION_LINKS: ReadonlySet<string> = new Set(['of', 'for']);
const INSTITUTION_KINDS: ReadonlySet<string> = new Set(
  'Council Court Bank Centre Center Institute University Department Ministry Office Agency Commission Authority Board Federation Association Academy Museum College Society Foundation Chamber League Committee Tribunal Bureau Service Organisation Organization School Church Union Confederation Fund House Library Port'.split(' '),
);

function trimConnectors(run: Token[]): Token[] {
  let end = run.length;
  while (end > 0 && (EN_CONNECTORS.has(run[end - 1]!.text) || INSTITUTION_LINKS.has(run[end - 1]!.text) || run[end - 1]!.text === 'and')) end--;
  return run.slice(0, end);
}

function englishNames(run: Token[], names: NameContext): Claim[] {
  const last = run[run.length - 1]!;
  // "Linux-based", "Azure-powered": the name is the part before the hyphen.
  const compound = /^([\p{L}\p{N}]+)-\p{Ll}+$/u.exec(last.text);
  // A capital letter opening a common noun is no name: "X-rays", "T-shirt", "U-turn", "A-levels".
  if (compound && run.length === 1 && /^\p{Lu}$/u.test(compound[1]!)) return [];
  if (compound) run = [...run.slice(0, -1), { ...last, text: compound[1]!, end: last.start + compound[1]!.length }];
  // "Called Bottlerocket, …": a sentence-initial word the document also writes in lower case is no name.
  if (run.length > 1 && run[0]!.initial && names.commonWords.has(run[0]!.text.toLowerCase())) run = run.slice(1);
  const words = run.map((t) => t.text);
  const single = run.length === 1 || (run.length === 2 && LEGAL_SUFFIX.test(words[1]!));
  if (single && run[0]!.initial && !isStrong(words[0]!) && !names.nameWords.has(stripPossessive(words[0]!).toLowerCase())) return [];
  return [{ type: 'entity', kind: 'name', ...spanOf(run), value: nameValue(words) }];
}

function germanNames(run: Token[], names: NameContext, text: string): Claim[] {
  const claims: Claim[] = [];
  let unmatched: Token[] = [];
  const flushUnmatched = () => {
    // A club's prefix and "St." before a name read on its own ("FC St." of "FC St. Pauli") are no name alone.
    if (unmatched.every((t) => isClubPrefix(t.text) || NAME_ABBREVIATIONS.has(t.text))) {
      unmatched = [];
      return;
    }
    // Capitalised words in a row inside a German sentence are a name ("Inspektor Gadget"), and so is
    // one after a title ("Frau Mayer"); others are nouns unless they are acronyms or have inner capitals.
    const named = unmatched.length >= 2 || unmatched[0]?.afterTitle === true;
    if (named && !unmatched[0]!.initial && unmatched.every((t) => mayBeGermanName(t.text, names))) {
      claims.push({ type: 'entity', kind: 'name', ...spanOf(unmatched), value: nameValue(unmatched.map((t) => t.text)) });
    } else {
      for (const t of unmatched) if (isStrong(t.text)) claims.push({ type: 'entity', kind: 'name', start: t.start, end: t.end, value: nameValue([t.text]) });
    }
    unmatched = [];
  };
  for (let i = 0; i < run.length; ) {
    const match = longestKnown(run, i, names, text);
    if (!match) {
      unmatched.push(run[i]!);
      i++;
      continue;
    }
    flushUnmatched();
    claims.push({ type: 'entity', kind: 'name', start: run[i]!.start, end: match.end, value: match.value });
    i = match.next;
  }
  flushUnmatched();
  return claims;
}

/**
 * Whether a capitalised German word can be part of a name of unknown words ("Robert Habeck"): not a
 * compound, not a typical noun or adjective ending, and not a word the English document writes in
 * lower case (English loan words such as "Container", "Community"). A compound on the head of an
 * institution ("Zulassungsbehörde", "Ärztekammer", "Landgericht") says what a body is, not its name:
 * news sets it before the name ("die Schweizer Zulassungsbehörde Swissmedic"); the gazetteer knows the
 * bodies whose name it is ("Bundesamt für Gesundheit").
 */
const GERMAN_NOUN_ENDING = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tät|täten|ion|ionen|ismus|teams?|(?<=\p{L}{3})(?:isch|ische[mnrs]?)|lich|liche[mnrs]?|ive[mnrs]?|(?<=\p{L}{3})(?:behörden?|ämter|amt(?:e?s)?|verbandes|verband|verbände|konzerns?|agenturen|agentur|kammern?|ministeriums?|ministerien|gerichts?|gerichte|instituts?|institute))$/u;

function mayBeGermanName(word: string, names: NameContext): boolean {
  if (isStrong(word)) return true;
  return !word.includes('-') && !GERMAN_NOUN_ENDING.test(word) && !names.commonWords.has(word.toLowerCase());
}

const MAX_NAME_WORDS = 6;

/** The longest run of tokens from `from` that names something the English document names. */
function longestKnown(run: Token[], from: number, names: NameContext, text: string): { value: string; end: number; next: number } | undefined {
  // Names are a few words long; the bound keeps a run of many capitalised nouns linear.
  for (let to = Math.min(run.length - 1, from + MAX_NAME_WORDS - 1); to >= from; to--) {
    const head = run.slice(from, to).map((t) => t.text);
    const last = run[to]!;
    for (const variant of germanVariants(last, text)) {
      const words = [...head, ...variant.text.split(' ')];
      const base = uninflected(words);
      let value = names.known.get(nameValue(words)) ?? (base && names.known.get(nameValue(base)));
      if (value === undefined && to === from && variant.text.length >= 4) {
        const cognate = names.skeletons.get(skeleton(variant.text));
        // An English word's cognate may differ by any vowel ("Kalender" / "calendar"); a name is spelt
        // alike but for vowels one language leaves out ("Novara" is not "Navara").
        if (cognate !== undefined && (names.commonWords.has(cognate) || spelledAsCognates(variant.text, cognate) || names.isEnglishWord?.(cognate) === true)) value = cognate;
      }
      if (value === undefined) continue;
      let next = to + 1;
      while (next < run.length && LEGAL_SUFFIX.test(run[next]!.text)) next++;
      const end = next > to + 1 ? run[next - 1]!.end : last.start + variant.text.length;
      return { value, end, next };
    }
  }
  return undefined;
}

/**
 * A German word as written, without its genitive -s, and the leading parts of a hyphenated compound,
 * longest first, read as words: "James-Webb-Teleskop" → "James Webb", "James". A genitive stands before
 * its noun ("Vargas Reise", "Merkels neue Politik") or after it, closing the phrase ("die Reise Vargas'",
 * "die Politik Merkels."); before a verb ("Elena Vargas reist") the -s is the name's own.
 */
function germanVariants(token: Token, text: string): Array<{ text: string }> {
  const variants = [{ text: token.text }];
  const parts = token.text.split('-');
  for (let k = parts.length - 1; k >= 1; k--) variants.push({ text: parts.slice(0, k).join(' ') });
  const genitive = GENITIVE_CONTEXT.test(text.slice(token.end, token.end + 40));
  for (const v of [...variants]) if (/\p{Ll}s$/u.test(v.text) && (genitive || v.text !== token.text)) variants.push({ text: v.text.slice(0, -1) });
  return variants;
}

/** What may follow a German genitive name: its noun, an adjective before the noun, or the end of the phrase. */
const GENITIVE_CONTEXT = /^(?:\s+\p{Lu}|\s+\p{Ll}+e[mnrs]?\s+\p{Lu}|\s*(?:[,.;:!?)"“”„«»–-]|$)|\s+(?:und|oder|sowie|als|wie|in|im|ins|auf|an|am|mit|nach|bei|beim|von|vom|zu|zum|zur|für|über|unter|gegen|seit|wegen|durch|ohne|um|aus|bis|vor|hinter|zwischen|neben|ab)(?![\p{L}]))/u;

/** An inflected German adjective at the start of a name, in its base form: "Deutschen Bahn" → "Deutsche Bahn". */
function uninflected(words: string[]): string[] | undefined {
  const m = words.length > 1 ? /^(\p{Lu}\p{Ll}+e)(?:n|r|s|m)$/u.exec(words[0]!) : null;
  return m ? [m[1]!, ...words.slice(1)] : undefined;
}

