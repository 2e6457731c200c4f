import type { Lang } from '../core/types.js';
import { STOPWORDS } from '../words/stopwords.js';
import { stem } from '../words/stem.js';
import { shippedLexicon } from '../lexicon/load.js';
import type { Lexicon } from '../lexicon/lexicon.js';

/**
 * How English (positive) or German (negative) a text too short for franc reads (a help page's title: franc
 * takes "Date & time" for Mossi). Each word votes for the language whose function words or lexicon know it
 * and the other's do not: "und", "Uhrzeit" German; "help", "networking" English. Words both know ("time":
 * German has "Tim…") and names do not vote. A function word only one language has votes twice: each
 * language's lexicon knows the other's loanwords ("Software", "E-Mail"), but "und" is German and "the"
 * English wherever they stand ("E-Mail und E-Mail-Software" beside "Email & email software").
 */
export function languageVotes(text: string, lexicon: Lexicon = shippedLexicon()): WordVotes {
  const votes: WordVotes = { words: 0, en: 0, de: 0, votes: 0 };
  for (const match of text.matchAll(/\p{L}[\p{L}'’]*/gu)) {
    const word = match[0].toLowerCase();
    if (word.length < 2) continue;
    votes.words++;
    const functionWord = { en: STOPWORDS.en.has(word), de: STOPWORDS.de.has(word) };
    const english = functionWord.en || lexicon.hasEnglishStem(stem(word, 'en'));
    const german = functionWord.de || lexicon.hasGermanStem(stem(word, 'de'));
    if (english) votes.en++;
    if (german) votes.de++;
    if (english !== german) votes.votes += (english ? 1 : -1) * (functionWord.en || functionWord.de ? FUNCTION_WORD_WEIGHT : 1);
  }
  return votes;
}

const FUNCTION_WORD_WEIGHT = 2;

/** A short text's words: how many, how many each language knows, and the net votes (positive: English). */
export interface WordVotes {
  words: number;
  en: number;
  de: number;
  votes: number;
}

/** Net share of a text's words that vote for `lang` (0 when it has no words; function words count twice). */
export function leanTo(lang: Lang, { votes, words }: WordVotes): number {
  return words === 0 ? 0 : (lang === 'en' ? votes : -votes) / words;
}

/** Share of a text's words that `lang` knows (a third language's text has many words neither knows). */
export function knownShare(lang: Lang, votes: WordVotes): number {
  return votes.words === 0 ? 0 : votes[lang] / votes.words;
}
