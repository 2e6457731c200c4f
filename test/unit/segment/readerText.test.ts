import { describe, expect, it } from 'vitest';
import { readerText } from '../../../src/segment/readerText.js';

const sentence = (text: string, clean?: string) => ({ text, start: 0, end: text.length, ...(clean === undefined ? {} : { clean }) });

describe('readerText', () => {
  it('is the clean text in clean mode, else the slice', () => {
    expect(readerText(sentence('Costs</b> fell &amp; rose.', 'Costs fell & rose.'))).toBe('Costs fell & rose.');
    expect(readerText(sentence('Plain text.'))).toBe('Plain text.');
  });

  it('joins words a typesetter hyphenated at a line end (U+2010), lower case or all capitals', () => {
    expect(readerText(sentence('members to be ex\u2010\n              tracted.'))).toBe('members to be extracted.');
    expect(readerText(sentence('Jede Zeile in DA\u2010\r\n       TEI definiert'))).toBe('Jede Zeile in DATEI definiert');
  });

  it('keeps a hyphen that belongs to the word: before a capitalised word, an ASCII hyphen, or inside a line', () => {
    expect(readerText(sentence('jedes QUELL\u2010\n  Datei-Argument'))).toBe('jedes QUELL\u2010Datei-Argument');
    expect(readerText(sentence('a well-\nknown tool'))).toBe('a well-known tool');
    expect(readerText(sentence('die QUELL\u2010Datei'))).toBe('die QUELL\u2010Datei');
  });
});
