import type { ClaimSide } from '../core/claims.js';
import type { Lang, Sentence } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import { gazetteerEntry } from './gazetteer.js';
import { withoutClubPrefix } from './extract/tokens.js';

type Place = Omit<ClaimSide, 'value'>;

/**
 * Where the other side of a link writes a name as this side does, as whole words; a space may be a
 * hyphen there ("Berlin Marathon" = "Berlin-Marathon"). The extraction may have taken it differently
 * there: inside a longer name ("Linux" against "Linux Installation Guide"), or not at all at an
 * English sentence start, where capitals say nothing ("Köln won …").
 */
export function writtenInLink(indices: number[], sentences: Sentence[], name: string): Place | undefined {
  // One letter is a name only as a capital standing alone ("vitamin D" / "Vitamin-D-Spiegel", "Plan B").
  if (name.length < 2 && !/^\p{Lu}$/u.test(name)) return undefined;
  // A name with an -s of the plural or the German genitive ("the Eurofighters" / "die Eurofighter",
  // "Merkels Nachfolger" / "Merkel's successor") stands without it on the other side.
  // So does a model's number in the plural ("twelve A320s" / "zwölf A320").
  const endings = name.includes(' ') ? [name, name.replace(/ /g, '-')] : /^\p{Lu}\p{L}{3,}[^s]s$|^\p{Lu}[\p{L}\p{N}-]*\ds$/u.test(name) ? [name, name.slice(0, -1)] : [name];
  // A club's prefix one language writes and the other drops: "der FC Chelsea" / "Chelsea".
  const club = withoutClubPrefix(name);
  if (club !== undefined) endings.push(club);
  // A German article opening a title ("Der Spiegel", "Die Zeit") is declined or dropped in German ("des „Spiegel“"),
  // and a noun made of an adjective after it declines too ("Die Linke" / "der Linken", "Das Erste" / "im Ersten").
  const article = /^(?:Der|Die|Das) (?=\p{Lu}\p{L}{2,})/u.exec(name);
  if (article) {
    const rest = name.slice(article[0].length);
    endings.push(rest, ...(/^\p{Lu}\p{Ll}+e$/u.test(rest) ? [`${rest}n`] : []));
  }
  // A Romance article opening a name is dropped, or said by the other language's own: "La Scala" / "die Mailänder
  // Scala", "La Liga" / "die spanische Liga".
  const romance = /^(?:La|Le|Les|Il|Lo|El|Los|Las|Gli) (?=\p{Lu}\p{L}{2,})/u.exec(name);
  if (romance) endings.push(name.slice(romance[0].length));
  // A designation of letters and a number is written with a hyphen, a space or neither: "NIS2" / "NIS-2-Richtlinie".
  const designation = /^(\p{Lu}{2,})[- ]?(\d+)$/u.exec(name);
  if (designation) endings.push(...[`${designation[1]}${designation[2]}`, `${designation[1]}-${designation[2]}`, `${designation[1]} ${designation[2]}`].filter((form) => form !== name));
  // English, and Swiss German, write "ss" for German "ß": "Aachener Strasse" / "Aachener Straße".
  const spellings = [...new Set([...endings, ...declined(name)].flatMap((form) => [form, form.replace(/ss/g, 'ß'), form.replace(/ß/g, 'ss')]))];
  for (const sentence of indices) {
    const text = readerText(sentences[sentence]!);
    // With or without the diacritics of other alphabets ("Reykjavik" / "Reykjavík"), letter for letter.
    const folded = withBaseLetters(text);
    for (const spelling of spellings) {
      const key = withBaseLetters(spelling);
      for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
        const end = at + key.length;
        if (standsAlone(text, at, end)) return { sentence, text: text.slice(at, end), start: at, end };
      }
    }
  }
  return undefined;
}

/** Where `pattern` first matches in the other side's sentences of a link, sentence by sentence. */
export function matchedInLink(pattern: RegExp, indices: number[], sentences: Sentence[]): Place | undefined {
  for (const sentence of indices) {
    const text = readerText(sentences[sentence]!);
    const found = pattern.exec(text);
    if (found) return { sentence, text: found[0], start: found.index, end: found.index + found[0].length };
  }
  return undefined;
}

/**
 * A German name of several words as a German sentence declines it, where English keeps the name as
 * written: the adjective opening it takes the ending its article asks ("the Kunsthistorisches Museum" /
 * "das Kunsthistorische Museum", "im Kunsthistorischen Museum"), and a noun opening it the genitive
 * -s ("the Hallenbad City" / "des Hallenbads City"). Not the last word's: "Elena Vargas" is another
 * person than "Elena Varga".
 */
function declined(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2 || !/^\p{Lu}\p{Ll}{3,}$/u.test(words[0]!)) return [];
  const rest = words.slice(1).join(' ');
  // Also the comparatives of place names ("the Mittlerer Ring" / "auf dem Mittleren Ring", "Unterer Wöhrd").
  // Any other adjective by its ending ("the Grüner Veltliner" / "beim Grünen Veltliner", "Blauer" / "Blaue").
  const adjective = /^(\p{Lu}\p{Ll}+?(?:sch|ig|lich|al|iv|ell|är|[lrtnß]er))(e|es|er|en|em)?$/u.exec(words[0]!) ?? /^(\p{Lu}\p{Ll}{2,})(e|es|er|en|em)$/u.exec(words[0]!);
  const firsts = adjective ? ['', 'e', 'es', 'er', 'en', 'em'].map((ending) => `${adjective[1]!}${ending}`) : [words[0]!, `${words[0]!}s`, `${words[0]!}es`];
  // After an adjective the name is a body's, whose last noun takes the genitive too ("the Paritätischer
  // Gesamtverband" / "des Paritätischen Gesamtverbands").
  const rests = adjective && /\p{Lu}\p{Ll}{3,}[^s]$/u.test(rest) ? [rest, `${rest}s`, `${rest}es`] : [rest];
  return firsts.flatMap((first) => rests.map((last) => `${first} ${last}`)).filter((form) => form !== name);
}

/**
 * A text with each accented Latin letter as its base letter, one UTF-16 unit for one ("í" → "i"), so
 * offsets stay. German's own letters stay as written: "Müller" is not "Muller".
 */
function withBaseLetters(text: string): string {
  return text.replace(/[\u00c0-\u024f]/gu, (letter) => (GERMAN_LETTERS.has(letter) ? letter : (letter.normalize('NFD')[0] ?? letter)));
}

const GERMAN_LETTERS: ReadonlySet<string> = new Set('äöüÄÖÜß');

/** Whether text[at, end) is whole: no letter or digit next to it, and no figure it is a group of ("500" in "1,500"). */
function standsAlone(text: string, at: number, end: number): boolean {
  if (/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(end))) return false;
  const grouped = /[.,'’\u202f\u00a0]/u;
  if (/\d/.test(text.charAt(at)) && grouped.test(text.charAt(at - 1)) && /\d/.test(text.charAt(at - 2))) return false;
  return !(/\d/.test(text.charAt(end - 1)) && grouped.test(text.charAt(end)) && /\d/.test(text.charAt(end + 1)));
}

/** Lower case in base letters, as the lists and the texts may write a name either way ("Galapagos" / "Galápagos"). */
function folded(word: string): string {
  return withBaseLetters(word.toLowerCase());
}

/** Shorter forms are parts of too many words ("Ob", "Rom" in "Romane") … */
const MIN_COMPOUND_PART = 4;

/** … but for the land around them, which German compounds a river or place with: "Ahrtal", "Saarufer", "Emsmündung". */
const LANDSCAPE = /^-?(?:tal|täler|ufer|gebiet|region|küste|mündung|quelle|becken|delta|graben|aue|bucht|niederung)/u;

/**
 * Where the other side of a link writes a one-word name as two or three words apart, in any case: German
 * closes up what English writes apart ("Jobcenter" / "job centre", "Startup" / "start-up"). English
 * writes -re where German and American English write -er ("centre", "theatre").
 */
export function closedUpInLink(indices: number[], sentences: Sentence[], name: string): Place | undefined {
  if (!/^\p{L}{6,}$/u.test(name)) return undefined;
  // Either side may have a plural's or a genitive's -s ("job centres" / "Jobcenter", "job centre" / "des Jobcenters").
  const key = spelledAsGerman(name).replace(/s$/u, '');
  for (const sentence of indices) {
    const text = readerText(sentences[sentence]!);
    const words = [...text.matchAll(/\p{L}+/gu)];
    for (let i = 0; i < words.length; i++) {
      let joined = spelledAsGerman(words[i]![0]);
      for (let j = i + 1; j < Math.min(words.length, i + 3) && key.startsWith(joined); j++) {
        const [before, word] = [words[j - 1]!, words[j]!];
        if (!/^[ -]$/u.test(text.slice(before.index + before[0].length, word.index))) break;
        joined += spelledAsGerman(word[0]);
        if (joined === key || joined === `${key}s`) return { sentence, text: text.slice(words[i]!.index, word.index + word[0].length), start: words[i]!.index, end: word.index + word[0].length };
      }
    }
  }
  return undefined;
}

function spelledAsGerman(word: string): string {
  return folded(word).replace(/(?<=[^aeiou])re(s?)$/u, 'er$1');
}

/**
 * Where the other side of a link has a gazetteer entity's name as the first or last part of a longer
 * word: German compounds a place into what it qualifies ("North Sea coast" = "Nordseeküste",
 * "Rhine valley" = "Rheintal", "southern Germany" = "Süddeutschland"), and English does so now and
 * then ("Rhineland"). The whole word is the place found. `name`: the name as this side writes it, for a
 * name the gazetteer lacks ("Ahr valley" = "Ahrtal").
 */
export function compoundedInLink(indices: number[], sentences: Sentence[], id: string, other: Lang, name: string): Place | undefined {
  // A name the gazetteer does not know is written alike in both languages, as the extraction read it.
  const entry = gazetteerEntry(id);
  const known = entry?.forms[other] ?? (/^\p{Lu}\p{Ll}+$/u.test(name) ? [name] : []);
  const forms = known.filter((f) => f.length >= 3 && !/[\s.]/.test(f)).map(folded);
  if (forms.length === 0) return undefined;
  // German writes such a name with its hyphen or closed up: "Galapagos-Inseln" = "Galápagosinseln".
  const closed = forms.filter((f) => f.includes('-')).map((f) => f.replace(/-/gu, ''));
  // A river's name drops its final -e at the head of a compound: "Elbe tunnel" = "Elbtunnel", "Elbphilharmonie".
  const heads = entry?.category === 'river' ? forms.filter((f) => f.length >= MIN_COMPOUND_PART && f.endsWith('e')).map((f) => f.slice(0, -1)) : [];
  const compounds = (word: string, form: string) =>
    word.length > form.length && (form.length >= MIN_COMPOUND_PART ? word.startsWith(form) || word.endsWith(form) : word.startsWith(form) && LANDSCAPE.test(word.slice(form.length)));
  const headed = (word: string) => heads.some((head) => word.startsWith(head) && word.length >= head.length + MIN_COMPOUND_PART);
  for (const sentence of indices) {
    const text = readerText(sentences[sentence]!);
    for (const m of text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
      const word = folded(m[0]);
      if (closed.includes(word) || forms.some((f) => compounds(word, f)) || headed(word)) return { sentence, text: m[0], start: m.index, end: m.index + m[0].length };
    }
  }
  return undefined;
}
