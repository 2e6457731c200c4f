import type { AlignmentDocument, AlignmentLink, Sentence } from '../../../src/core/types.js';

/** A hand-written alignment: sentences laid out one a line, links as given. */
export function sampleAlignment(en: string[], de: string[], alignments: AlignmentLink[], mode: AlignmentDocument['mode'] = 'parallel'): AlignmentDocument {
  const sentences = (texts: string[]): Sentence[] => {
    let start = 0;
    return texts.map((text) => {
      const sentence = { text, start, end: start + text.length };
      start = sentence.end + 1;
      return sentence;
    });
  };
  const document = (path: string, lang: 'en' | 'de') => ({
    path,
    sha256: '0'.repeat(64),
    language: { detected: lang, confidence: 1, source: 'stated' as const },
    segmentation: 'lines' as const,
  });
  return {
    format: 'satzpaar-alignment',
    version: 1,
    mode,
    modeReason: `forced with --mode ${mode}`,
    generator: { name: 'satzpaar', version: '0.1.0' },
    documents: { en: document('a/en.txt', 'en'), de: document('b/de.txt', 'de') },
    sentences: { en: sentences(en), de: sentences(de) },
    alignments,
  };
}

/** A sentence with every character an export must escape, strip or normalise. */
export const NASTY_EN = 'Fish & Chips <b>"bold"</b> \u0007costs\u0000 5 -- it\'s\ta\r\ndeal \uD800 \uFFFE\uFFFF \u0085end \uD83D\uDE00';
/** What every export writes for NASTY_EN. */
export const NASTY_EN_CLEAN = 'Fish & Chips <b>"bold"</b> costs 5 -- it\'s a deal end \uD83D\uDE00';

/**
 * Five English and five German sentences: a 1-1 nasty pair (0.9), a 1-2 merge (0.4), a 1-0
 * omission, a 0-1 omission, and a 1-1 pair whose English side is only control characters (0.6).
 */
export function mixedAlignment(): AlignmentDocument {
  return sampleAlignment(
    [NASTY_EN, 'Second sentence.', 'Only in English.', '\u0001\u0002', 'Unused'],
    ['Fisch & Pommes \'fett\' <i>kostet</i> 5\u00a0€.', 'Zweiter Satz,', 'geteilt.', 'Nur auf Deutsch.', 'Steuerzeichen.'],
    [
      { en: [0], de: [0], score: 0.9, lexical: 0.8, length: 0.9, shared: ['5'] },
      { en: [1], de: [1, 2], score: 0.4, lexical: 0.3, length: 0.7 },
      { en: [2], de: [], score: 0 },
      { en: [3], de: [4], score: 0.6, lexical: 0, length: 0.2 },
      { en: [4], de: [], score: 0 },
      { en: [], de: [3], score: 0 },
    ],
  );
}
