import type { Lang } from '../../core/types.js';

/**
 * Titles before a person's name are not part of it: "Finance Minister Amara Jansen",
 * "Finanzministerin Amara Jansen" and "Amara Jansen, the finance minister" all name "amara jansen".
 * English writes a title as words before the name ("Health Minister", "government spokesperson"),
 * German as one compound whose last part is the office ("Gesundheitsministerin",
 * "Regierungssprecher", "Vorstandschefs" in the genitive).
 */

/**
 * Words of job titles. A run made only of them ("Senior Contributing Editor", "Corporate Vice
 * President") describes a role, not who holds it; German texts use the English titles too.
 */
export const JOB_TITLE_WORDS: ReadonlySet<string> = new Set(
  'senior junior chief executive operating financial technology technical officer corporate vice president general manager managing director head editor contributing deputy associate principal lead global regional country partner analyst correspondent reporter writer staff founder co-founder cofounder federal chairman chairwoman spokesman spokeswoman spokesperson'.split(' '),
);

/** Offices a title ends in: a run's first words up to one of them are the title. */
const ENGLISH_OFFICES = new Set(
  'mr mrs ms dr prof professor sir st mister madam president chancellor minister secretary senator governor mayor chairman chairwoman chair chief ceo cfo coo cto spokesman spokeswoman spokesperson director commissioner coach manager judge ambassador general councillor councilor councilman councilwoman premier king queen prince princess duke duchess emperor empress captain commander admiral colonel lieutenant sergeant bishop archbishop cardinal rector dean'.split(' '),
);
/** Words that qualify an English office: "Health Minister", "Deputy Foreign Secretary", "Prime Minister". */
const ENGLISH_QUALIFIERS = new Set(
  'prime deputy vice foreign finance health interior home economy economic economics defence defense justice education transport environment labour labor energy agriculture culture trade industry science research digital government party state federal regional city county district chief executive managing general head senior former acting interim attorney police fire lord'.split(' '),
);

/** German offices, alone or as the last part of a compound ("Gesundheitsminister", "Regierungssprecherin"). */
const GERMAN_OFFICES = ['minister', 'sprecher', 'präsident', 'kanzler', 'chef', 'bürgermeister', 'professor', 'direktor', 'vorsitzende', 'trainer', 'kommissar', 'botschafter', 'senator', 'gouverneur', 'leiter', 'intendant', 'sekretär', 'könig', 'prinz', 'prinzessin', 'fürst', 'herzog', 'kaiser', 'kapitän', 'kommandant', 'admiral', 'oberst', 'bischof', 'kardinal', 'rektor', 'dekan'];
const GERMAN_TITLES: ReadonlySet<string> = new Set(['herr', 'frau', 'dr', 'prof']);
const GERMAN_OFFICE_ENDINGS = ['innen', 'in', 'en', 's', 'n', 'r', ''];

/** Whether a lower-case word is an office or a title ("minister", "gesundheitsministerin", "frau"). */
function isOffice(word: string, lang: Lang): boolean {
  if (lang === 'en') return ENGLISH_OFFICES.has(word);
  if (GERMAN_TITLES.has(word)) return true;
  // By its endings, not a pattern: it runs on every capitalised German word.
  for (const ending of GERMAN_OFFICE_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = ending === '' ? word : word.slice(0, -ending.length);
    if (GERMAN_OFFICES.some((office) => stem.endsWith(office))) return true;
  }
  return false;
}

/** How many of a run's first words are a person's title; never the whole run. */
export function titleLength(words: readonly string[], lang: Lang): number {
  const plain = words.map((w) => w.replace(/['’]s$|\.$/u, '').toLowerCase());
  let length = 0;
  if (lang === 'de') {
    while (length < words.length - 1 && isOffice(plain[length]!, 'de')) length++;
    return length;
  }
  for (let i = 0; i < words.length - 1; i++) {
    if (isOffice(plain[i]!, 'en')) length = i + 1;
    else if (!ENGLISH_QUALIFIERS.has(plain[i]!)) break;
  }
  return length;
}

/** Whether the word before text[start] is a person's title ("Frau Mayer", "Chancellor Scholz"): the name is a person's. */
export function followsTitle(text: string, start: number, lang: Lang): boolean {
  const before = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (before === null) return false;
  return isOffice(before[1]!.toLowerCase(), lang);
}

/** Whether a lower-case word is an English office ("the finance minister"): not a name's word. */
export function isEnglishTitleWord(word: string): boolean {
  return ENGLISH_OFFICES.has(word) || ENGLISH_QUALIFIERS.has(word);
}

/** A monarch's or a prince's rank: "the King", "the Queen" name an office as "the Prime Minister" does. */
const ENGLISH_RANKS: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'empress']);

/**
 * Whether capitalised words after "the" name an office, not its holder: "the Prime Minister", "the Queen",
 * "the Federal President". German says it with its own word ("der Regierungschef", "das Königspaar").
 */
export function isEnglishOfficeAfterArticle(words: readonly string[], before: string): boolean {
  // "the Queen", and the second of two offices joined: "the King and Queen".
  if (!/(?:^|[^\p{L}])[Tt]he\s+(?:\p{Lu}\p{Ll}+\s+(?:and|or)\s+)?$/u.test(before)) return false;
  const plain = words.map((w) => w.replace(/['’]s$/u, '').toLowerCase());
  const last = plain[plain.length - 1]!;
  return (ENGLISH_OFFICES.has(last) || ENGLISH_RANKS.has(last)) && plain.every((w) => ENGLISH_OFFICES.has(w) || ENGLISH_QUALIFIERS.has(w) || ENGLISH_RANKS.has(w));
}

/**
 * Whether an office follows the name ending at text[end] in apposition: "Carlos Jansen, der
 * Gesundheitsminister, …", "Elena Schmid, Professorin an der Universität", "Jan Lee, the mayor", "Ana
 * Silva, the government spokesperson".
 */
export function appositiveTitle(text: string, end: number, lang: Lang): boolean {
  const after = /^,\s+(?:(?:der|die|des|the|a|an)\s+)?(\p{L}+(?:\s+\p{L}+){0,2})/u.exec(text.slice(end, end + 60));
  if (after === null) return false;
  // English writes an office as words before its noun ("the government spokesperson", "the deputy finance minister").
  const words = after[1]!.toLowerCase().split(/\s+/u);
  if (lang === 'de' || isOffice(words[0]!, lang)) return isOffice(words[0]!, lang);
  const qualified = words.findIndex((word) => !ENGLISH_QUALIFIERS.has(word));
  return qualified > 0 && isOffice(words[qualified]!, lang);
}
