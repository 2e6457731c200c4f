import type { Lang } from '../core/types.js';
import { STOPWORDS } from '../analyse/stopwords.js';
import { stem } from '../analyse/stem.js';
import { shippedLexicon } from '../lexicon/load.js';
import type { Lexicon } from '../lexicon/lexicon.js';

/**
 * How English (positive) or German (negative) a text too short for franc reads (a help page's title: franc
 * takes "Date & time" for Mossi). Each word votes for the language whose function words or lexicon know it
 * and the other's do not: "und", "Uhrzeit" German; "help", "networking" English. Words both know ("time":
 * German has "Tim…") and names do not vote.
 */
export function languageVotes(text: string, lexicon: Lexicon = shippedLexicon()): WordVotes {
  const votes: WordVotes = { words: 0, en: 0, de: 0, votes: 0 };
  for (const match of text.matchAll(/\p{L}[\p{L}'’]*/gu)) {
    const word = match[0].toLowerCase();
    if (word.length < 2) continue;
    votes.words++;
    const english = STOPWORDS.en.has(word) || lexicon.hasEnglishStem(stem(word, 'en'));
    const german = STOPWORDS.de.has(word) || lexicon.hasGermanStem(stem(word, 'de'));
    if (english) votes.en++;
    if (german) votes.de++;
    if (english !== german) votes.votes += english ? 1 : -1;
  }
  return votes;
}

/** A short text's words: how many, how many each language knows, and the net votes (positive: English). */
export interface WordVotes {
  words: number;
  en: number;
  de: number;
  votes: number;
}

/** Net share of a text's words that vote for `lang` (0 when it has no words). */
export function leanTo(lang: Lang, { votes, words }: WordVotes): number {
  return words === 0 ? 0 : (lang === 'en' ? votes : -votes) / words;
}

/** Share of a text's words that `lang` knows (a third language's text has many words neither knows). */
export function knownShare(lang: Lang, votes: WordVotes): number {
  return votes.words === 0 ? 0 : votes[lang] / votes.words;
}
