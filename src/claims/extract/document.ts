import type { Lang, Sentence } from '../../core/types.js';
import { readerText } from '../../segment/readerText.js';
import type { Claim } from '../claim.js';
import { extractClaims, type ExtractOptions } from './index.js';
import { markedSpans } from './markedText.js';
import { NO_NAMES, englishWords, nameContext } from './names.js';

/**
 * Claims of both documents. English first: the names it uses tell the German extraction which
 * capitalised German words are names (German capitalises every noun).
 */
/** `isEnglishWord`: whether the English lexicon knows a word (tells a cognate from a name). */
export function extractDocumentClaims(sentences: Record<Lang, Sentence[]>, options: ExtractOptions = {}, isEnglishWord?: (word: string) => boolean): Record<Lang, Claim[][]> {
  const marks = { en: sentences.en.map(markedSpans), de: sentences.de.map(markedSpans) };
  if (options.names === 'gazetteer') {
    // The gazetteer's names need no names from the English document.
    const extract = (lang: Lang) => sentences[lang].map((s, k) => extractClaims(readerText(s), lang, NO_NAMES, marks[lang][k], options));
    return { en: extract('en'), de: extract('de') };
  }
  const words = englishWords(sentences.en.map(readerText), marks.en);
  const en = sentences.en.map((s, k) => extractClaims(readerText(s), 'en', { ...NO_NAMES, ...words, ...(isEnglishWord ? { isEnglishWord } : {}) }, marks.en[k], options));
  const names = nameContext(words, en.flat().filter((c) => c.type === 'entity'), isEnglishWord);
  return { en, de: sentences.de.map((s, k) => extractClaims(readerText(s), 'de', names, marks.de[k], options)) };
}
