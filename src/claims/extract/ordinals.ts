import type { Lang } from '../../core/types.js';
import { DE_COMPOUND_ORDINAL_SOURCE, parseOrdinalWord } from '../numerals.js';
import type { NumericAtom } from './atom.js';
import { EN_AFTER_FRACTION, EN_HEDGE } from './hedges.js';

/**
 * When an ordinal word is a claim. "the third", "finished third", "took third place", "zum dritten
 * Mal", "wurde Dritter" rank or count something; "first" alone ("was first published", "First, …"),
 * "a second attempt" (another), "als Erstes" (first of all), "erste Hochrechnungen" (no article), "die
 * Rechte Dritter" (third parties) are as often a manner of speaking. Those are soft claims: they
 * confirm an equal ordinal on the other side ("the first projections" = "erste Hochrechnungen", "was
 * first published" = "wurde erstmals veröffentlicht") but are never reported alone nor conflict.
 */
export type OrdinalReading = 'claim' | 'soft' | 'indefinite';

/** The atom's flags for a reading: a soft claim, or one after "a" that is never reported alone. */
export function readingFlags(reading: OrdinalReading): { soft?: true; unreported?: true } {
  return reading === 'soft' ? { soft: true } : reading === 'indefinite' ? { unreported: true } : {};
}

export function ordinalReading(text: string, start: number, end: number, lang: Lang): OrdinalReading | undefined {
  if (isFraction(text, start, end)) return undefined;
  const word = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 24);
  // Capitalised before another capitalised word: a name ("First Lady", "Erste Hilfe", "Zweites
  // Deutsches Fernsehen") unless a determiner makes it an ordinal ("the First World War"). Where a
  // sentence begins, a capital says nothing more of the word itself.
  const sentenceStart = /(?:^|[.!?:;]\s+|["“„«(]\s*)$/u.test(before);
  const capitalised = /^\p{Lu}/u.test(word) && !sentenceStart;
  const inName = /^\p{Lu}/u.test(word) && /^\s+\p{Lu}/u.test(after);
  return lang === 'en' ? english(word, before, after, inName) : german(word, before, after, capitalised, inName, sentenceStart);
}

/** Compounds that name a kind, not a rank: "first-party services", "second-hand", "third-party", "first-rate". */
const KIND_COMPOUND = /^-(?:party|parties|hand|class|rate|person)(?![\p{L}])/iu;

function english(word: string, before: string, after: string, inName: boolean): OrdinalReading | undefined {
  if (KIND_COMPOUND.test(after)) return undefined;
  // "in the first place" is "at all", not a rank.
  if (/^first$/iu.test(word) && /(?:^|[^\p{L}])in\s+the\s+$/iu.test(before) && /^\s+place(?![\p{L}])/iu.test(after)) return 'soft';
  // "a second term" / "eine dritte Amtszeit": before a noun, compared with the other side's ordinal but never reported alone.
  if (EN_INDEFINITE.test(before)) return /^second$/iu.test(word) && SECOND_OF_TIME.test(after) ? undefined : /^\s+\p{Ll}{3,}/u.test(after) ? 'indefinite' : 'soft';
  if (inName && EN_DETERMINERS.test(before)) return 'indefinite';
  if (EN_DETERMINERS.test(before) || EN_PLACING.test(before) || RANK_NOUN_AFTER.en.test(after)) return 'claim';
  if (EN_COPULA.test(before) && !/^first$/iu.test(word)) return 'claim';
  return inName ? undefined : 'soft';
}

function german(word: string, before: string, after: string, capitalised: boolean, inName: boolean, sentenceStart: boolean): OrdinalReading | undefined {
  // "als Erstes", "als zweites": first of all, secondly (Duden); "als Erster", "als zweite Frau" rank.
  if (DE_AS.test(before)) return /es$/iu.test(word) ? 'soft' : 'claim';
  if (DE_INDEFINITE.test(before)) return /^\s+\p{Lu}\p{Ll}/u.test(after) ? 'indefinite' : 'soft';
  // A German adjective is capitalised only in a name ("die Zweite Kammer", "der Erste Bürgermeister", "im Zweiten
  // Weltkrieg"), which the other side may translate without its ordinal ("the lower house"): compared with the
  // other side's ordinal, never reported alone. So is the English name after its article ("the Second World War").
  if (capitalised && inName) return 'indefinite';
  if (DE_DETERMINERS.test(before) || (DE_GENITIVE.test(before) && /^\s+\p{Lu}/u.test(after)) || RANK_NOUN_AFTER.de.test(after)) return 'claim';
  // "in dritter Lesung", "mit zweitem Wohnsitz": an ordinal above the first before a noun, after a preposition.
  if (!capitalised && !/^ers/iu.test(word) && /^\s+\p{Lu}\p{Ll}/u.test(after) && DE_PREPOSITION.test(before)) return 'claim';
  if (sentenceStart && beforeNoun(word, after)) return 'indefinite';
  if (inName) return undefined;
  // A capitalised ordinal is a noun: a place after a verb of ranking ("wurde in der Abfahrt Dritter"),
  // else most often the third parties of a licence ("Rechte Dritter", "werden die Lizenzen Dritter").
  if (capitalised && DE_PLACED.test(before)) return 'claim';
  return 'soft';
}

/**
 * "a third of" is a fraction (German "ein Drittel"), not the ordinal "the third"; so is "a fifth" that
 * ends the measure of a difference after "by", hedged or not ("grew by a fifth", "improved by almost a
 * fifth", German "um knapp ein Fünftel"), whatever the verb; "by a third party", "by a second goal"
 * have their noun. Without a verb of change whose direction is known (see changes.ts) it is then no
 * claim at all, rather than a rank the other side cannot have.
 */
function isFraction(text: string, start: number, end: number): boolean {
  const after = text.slice(end);
  if (/^\s+of(?![\p{L}])/u.test(after) && /(?:^|[^\p{L}])(?:a|an|one)\s+$/iu.test(text.slice(Math.max(0, start - 5), start))) return true;
  return BY_ARTICLE.test(text.slice(Math.max(0, start - 40), start)) && DIFFERENCE_END.test(after);
}

const BY_ARTICLE = new RegExp(String.raw`(?:^|[^\p{L}])by\s+(?:${EN_HEDGE})?(?:a|an|one)\s+$`, 'iu');
const DIFFERENCE_END = new RegExp(String.raw`^(?:\s*(?:[^\s\p{L}\p{N}-]|$)|\s+${EN_AFTER_FRACTION}(?![\p{L}]))`, 'iu');

/**
 * Where a German sentence (or a quotation, or what follows a colon) begins, every word is capitalised,
 * so "Erste Ergebnisse zeigten …" cannot be told from a name by its capital. Grammar tells it: with no
 * article before a noun, the ordinal is indefinite, "Erste Ergebnisse" being the plural of "ein
 * erstes Ergebnis", whose indefinite article German drops; so it reads as "eine dritte Amtszeit"
 * does, compared with the other side's ordinal ("The first results" agrees, "The second results"
 * conflicts) but never reported alone. A name that begins a sentence ("Dritte Welt ist …", "Erste
 * Hilfe leisten …") is then at worst confirmed by the same ordinal in its translation ("the Third
 * World", "First aid"), never a claim of its own.
 */
function beforeNoun(word: string, after: string): boolean {
  // Adjectives between agree with the ordinal's strong ending ("Erste vorläufige Zahlen", "Erstes
  // kleines Ziel"); a verb does not ("Zweiter wurde Müller", "Dritte haben keinen Zugriff").
  const ending = /e[nmrs]?$/u.exec(word)?.[0] ?? 'e';
  return new RegExp(String.raw`^(?:\s+\p{Ll}+${ending}(?=\s))?\s+\p{Lu}\p{Ll}`, 'u').test(after);
}

/** A possessive ("the country’s second-largest", "Debian's first release") determines like an article. */
const EN_DETERMINERS = /(?:^|[^\p{L}])(?:the|its|his|her|their|our|my|your|this|that|each|every|\p{L}+['’]s|\p{L}+s['’])\s+$/iu;
/** "wait a second", "for a second or two": the unit of time, no noun after it. */
const SECOND_OF_TIME = /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:or|and|later|ago|longer|before|after|until|to|when|while|so|then)(?![\p{L}]))/iu;
/** "a second attempt" is another attempt; "ein zweiter Versuch" alike. */
const EN_INDEFINITE = /(?:^|[^\p{L}])an?\s+$/iu;
const DE_INDEFINITE = /(?:^|[^\p{L}])(?:ein|eine|einen|einem|einer|eines)\s+$/iu;
const DE_DETERMINERS =
  /(?:^|[^\p{L}])(?:der|die|das|den|dem|des|zum|zur|im|am|beim|vom|seine[mnrs]?|ihre[mnrs]?|unsere[mnrs]?|diese[mnrs]?|jede[mnrs]?)\s+$/iu;
/**
 * A name's genitive before the ordinal and its noun determines it as the English possessive does:
 * "Mahlers Zweite Sinfonie" = "Mahler's Second Symphony" (not the verb of "des Servers achten").
 */
const DE_GENITIVE = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+s\s+$/u;
const DE_PREPOSITION = /(?:^|[^\p{L}])(?:in|zu|mit|nach|an|auf)\s+$/iu;
const DE_AS = /(?:^|[^\p{L}])als\s+$/iu;

/**
 * Verbs of a ranking before an ordinal: "finished fifth", "came second"; a copula only before a place
 * past the first ("is now second in the table"), since "was first published" is an adverb.
 */
const EN_PLACING = /(?:^|[^\p{L}])(?:finish(?:ed|es|ing)?|came|comes|come|placed|ranked|ranks|ended(?:\s+up)?|start(?:ed|s)?|qualified)\s+$/iu;
const EN_COPULA = /(?:^|[^\p{L}])(?:is|was|are|were|lies|lay|sits|sat|stands|stood)(?:\s+now)?\s+$/iu;

/** "took second place", "in sixth position", "a second-place finish"; "auf dem zweiten Platz" has its article. */
const RANK_NOUN_AFTER: Record<Lang, RegExp> = {
  en: /^[\s\u2010-]+(?:place|position|spot)(?![\p{L}])/iu,
  de: /^\s+(?:Platz|Rang)(?![\p{L}])/u,
};

/**
 * A German verb of ranking, then up to four words of the clause, none an article right after the verb:
 * "wurde Dritter", "wurde in der Liga Dritter", "landete im Finale als"; not "werden die Lizenzen Dritter".
 */
const DE_PLACED = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:wurde|wird|werden|wurden|würde|ist|war|sind|waren|bleibt|blieb|landete|landet|belegte|kam|kommt|liegt|lag|fuhr|lief|sprang)\s+(?:(?!(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\s)[^\s,;:.!?()]+\s+(?:[^\s,;:.!?()]+\s+){0,3})?$`,
  'u',
);

/**
 * Ordinal adverbs: "firstly", "erstens", "zuerst", "zunächst" are soft ("first" said another way), and
 * so is the adjective "erstmalig" ("eine erstmalige Überprüfung" is an initial check); "erstmals"
 * always means the first time ("for the first time", "was first …").
 */
const ADVERB_HINT: Record<Lang, RegExp> = {
  en: /(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth)ly/,
  de: /(?:[Ee]rst|[Zz]weit|[Dd]ritt|[Vv]iert|[Ff]ünft|[Ss]echst)ens|[Zz]u(?:erst|nächst)|[Ee]rstmal/,
};
const ORDINAL_ADVERBS: Record<Lang, RegExp> = {
  en: /(?<![\p{L}\p{N}])(first|second|third|fourth|fifth)ly(?![\p{L}\p{N}])/giu,
  de: /(?<![\p{L}\p{N}])(?:(erst|zweit|dritt|viert|fünft|sechst)ens|(zuerst|zunächst|erstmalig(?:e[nmrs]?)?)|(erstmals))(?![\p{L}\p{N}])/giu,
};

type WholeAtom = NumericAtom & { whole: true };

/** Ordinals beside the ordinal words of ORDINAL_WORD_SOURCE: "fünfundzwanzigste", adverbs, German compounds, "Platz eins". */
export function findOrdinalForms(text: string, lang: Lang): WholeAtom[] {
  // Each form is rare: a cheap test first, the patterns only on the sentences that pass it.
  return [
    ...findCompoundOrdinalWords(text, lang),
    ...findOrdinalAdverbs(text, lang),
    ...findRankCompounds(text, lang),
    ...findFirstPlace(text, lang),
    ...findTopPlace(text, lang),
    ...findSecondToLast(text, lang),
  ];
}

/**
 * The place before the last, counted from the end (value "#-2"): "penultimate", "second-to-last", "last but one" =
 * "vorletzte". Not "the week before last" = "vorletzte Woche", a date.
 */
const SECOND_TO_LAST: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:penultimate|(?:second|next)[-\u2010\s]+(?:to|from)[-\u2010\s]+(?:last|bottom)|second[-\u2010\s]+last|last\s+but\s+one)(?![\p{L}])/giu,
  de: /(?<![\p{L}])[Vv]orletzte[nmrs]?(?![\p{L}])(?!\s+(?:Woche|Wochenende|Monats?|Jahr(?:es|s)?|Nacht|Mal|Sommer|Winter|Herbst|Frühjahr|Frühling)(?![\p{L}]))/gu,
};

function findSecondToLast(text: string, lang: Lang): WholeAtom[] {
  if (!/penultimate|last|bottom|orletzt/i.test(text)) return [];
  return [...text.matchAll(SECOND_TO_LAST[lang])].map((m) => ({ start: m.index, end: m.index + m[0].length, n: -2, fourDigits: false, ordinal: true, whole: true as const }));
}

/**
 * The first place said without a number: "came out top", "the top spot", "topped the table" = "auf Platz
 * eins", "an der Spitze", "Spitzenreiter". Soft: it confirms a first place on the other side and is never
 * reported alone nor a conflict, since "top" is as often praise ("a top hotel").
 */
const TOP_PLACE: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:(?:came|comes|come|finished|finishes|ended|ends|emerged|emerges)(?:\s+out)?\s+top|top\s+(?:spot|place|position|rank)|topp(?:ed|ing|s)?(?=\s+the\s+(?:ranking|rankings|list|table|league|charts?|poll|survey|study|index|standings))|(?:the\s+)?top\s+of\s+the\s+(?:rankings?|lists?|table|league|charts?|polls?|standings|bestseller\s+lists?))(?![\p{L}])/gu,
  de: /(?<![\p{L}])(?:an\s+der\s+Spitze|Spitzenplatz|Spitzenreiter(?:in)?|Tabellenführer(?:in)?)(?![\p{L}])/gu,
};

function findTopPlace(text: string, lang: Lang): WholeAtom[] {
  if (!/top|Spitze|führer/.test(text)) return [];
  return [...text.matchAll(TOP_PLACE[lang])].map((m) => ({ start: m.index, end: m.index + m[0].length, n: 1, fourDigits: false, ordinal: true, whole: true as const, soft: true }));
}

const COMPOUND_ORDINAL_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])${DE_COMPOUND_ORDINAL_SOURCE}(?![\p{L}\p{N}])`, 'giu');

/** "zum fünfundzwanzigsten Mal": read as the ordinal words are (see `ordinalReading`). */
function findCompoundOrdinalWords(text: string, lang: Lang): WholeAtom[] {
  if (lang !== 'de' || !/und\S*[zß]igst/i.test(text)) return [];
  const atoms: WholeAtom[] = [];
  for (const m of text.matchAll(COMPOUND_ORDINAL_WORD)) {
    const n = parseOrdinalWord(m[0], lang);
    const end = m.index + m[0].length;
    const reading = n === undefined ? undefined : ordinalReading(text, m.index, end, lang);
    if (reading) atoms.push({ start: m.index, end, n: n!, fourDigits: false, ordinal: true, whole: true, ...readingFlags(reading) });
  }
  return atoms;
}

/** "Platz eins", "Rang eins", "place one": "one"/"eins" is no number elsewhere (see SPELLED_SOURCE). */
const FIRST_PLACE: Record<Lang, RegExp> = {
  // A chart's "number one": after a verb of reaching or "at" ("reached number one", "is at number one").
  en: /(?<![\p{L}])(?:place|rank|(?<=(?:reached|reaches|reach|hit|hits|at|to|is|was|remains|remained|stayed)\s+)number)\s+one(?![\p{L}])/gu,
  de: /(?<![\p{L}])(?:Platz|Rang|Position)\s+eins(?![\p{L}])/gu,
};

function findFirstPlace(text: string, lang: Lang): WholeAtom[] {
  if (!/Platz|Rang|Position|place|rank|number/.test(text)) return [];
  return [...text.matchAll(FIRST_PLACE[lang])].map((m) => ({ start: m.index, end: m.index + m[0].length, n: 1, fourDigits: false, ordinal: true, whole: true as const }));
}

function findOrdinalAdverbs(text: string, lang: Lang): WholeAtom[] {
  if (!ADVERB_HINT[lang].test(text)) return [];
  const atoms: WholeAtom[] = [];
  for (const m of text.matchAll(ORDINAL_ADVERBS[lang])) {
    const n = m[1] ? parseOrdinalWord(lang === 'en' ? m[1] : `${m[1]}e`, lang) : 1;
    if (n === undefined) continue;
    atoms.push({ start: m.index, end: m.index + m[0].length, n, fourDigits: false, ordinal: true, whole: true, ...(m[3] ? {} : { soft: true }) });
  }
  return atoms;
}

/**
 * A German noun compounded with a place: "Tabellenzweiter" (second in the table), "Gesamtdritte",
 * "WM-Dritter". The first, fourth, seventh, eighth and tenth also end other words ("Oberster",
 * "aktivierte", "durchsiebte", "Weihnachten", "Jahrzehnte"), so there the first part must end in a
 * joint ("Tabellen-", "Vorjahres-") or a hyphen.
 */
const RANK_COMPOUND_HINT = /[a-zäöüß-](?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft)e|-(?:Erst|Zweit|Dritt|Viert|Fünft|Sechst|Siebt|Acht|Neunt|Zehnt|Elft|Zwölft)e/;
const RANK_COMPOUND = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{3,}?|\p{Lu}[\p{L}\p{N}]*-)(erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft|Erst|Zweit|Dritt|Viert|Fünft|Sechst|Siebt|Acht|Neunt|Zehnt|Elft|Zwölft)(?:er|e|en)(?![\p{L}\p{N}])`,
  'gu',
);

function findRankCompounds(text: string, lang: Lang): WholeAtom[] {
  if (lang !== 'de' || !RANK_COMPOUND_HINT.test(text)) return [];
  const atoms: WholeAtom[] = [];
  for (const m of text.matchAll(RANK_COMPOUND)) {
    const [, head, stem] = m;
    const glued = !head!.endsWith('-');
    if (glued && /^(?:erst|viert|siebt|acht|zehnt)$/.test(stem!) && !/(?:en|s)$/.test(head!)) continue;
    if (glued && stem![0] !== stem![0]!.toLowerCase()) continue;
    const n = parseOrdinalWord(`${stem!.toLowerCase()}e`, 'de');
    if (n !== undefined) atoms.push({ start: m.index, end: m.index + m[0].length, n, fourDigits: false, ordinal: true, whole: true });
  }
  return atoms;
}

/**
 * "auf Platz fünf", "Rang 3", "an Position drei gesetzt", "in place 2": a bare number after a rank's noun is the rank, and the noun
 * is the claim's. English "place" is a noun after a preposition or an article ("place 2 files" is a verb).
 */
const RANK_NOUN_BEFORE = /(?:^|[^\p{L}])(Platz|Rang|Position|rank|(?<=(?:in|at|to|from|of|the)\s+)(?:place|position)|(?<=(?:reached|reaches|hit|hits|at|to)\s+)number)\s+$/u;

/**
 * Ranks and anniversaries among the atoms: a bare number after a rank's noun; and a German age before
 * a jubilee, which counts the anniversary ("sein 90-jähriges Jubiläum", "das zehnjährige Bestehen" =
 * "its 90th anniversary", "der 10. Jahrestag"), not a duration.
 */
export function markRanksAndAnniversaries(text: string, atoms: NumericAtom[], lang: Lang): void {
  for (const atom of atoms) {
    if (!atom.ordinal && !atom.unit && !atom.currency && !atom.percent) {
      const rank = RANK_NOUN_BEFORE.exec(text.slice(Math.max(0, atom.start - 10), atom.start));
      if (rank) {
        atom.ordinal = true;
        atom.fourDigits = false;
        atom.start -= rank[0].length - rank[0].indexOf(rank[1]!);
      }
    }
    if (lang === 'de' && atom.unit?.symbol === 'yr' && /jährig/iu.test(text.slice(atom.start, atom.end)) && JUBILEE.test(text.slice(atom.end, atom.end + 40))) {
      atom.unit = undefined;
      atom.ordinal = true;
    }
  }
}

const JUBILEE = /^\s+\p{L}*(?:[Jj]ubiläums?|Bestehens?)(?![\p{L}])/u;
