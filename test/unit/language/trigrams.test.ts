import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { scoreLanguages, type TrigramOptions } from '../../../src/language/trigrams.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures', import.meta.url));
const texts = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt') || name.startsWith('presegmented.'))
  .map((name) => readFileSync(join(FIXTURES, name), 'utf8'));
const lines = texts.flatMap((text) => text.split('\n'));
const BOTH: TrigramOptions = { only: ['eng', 'deu'], minLength: 10 };

/** scoreLanguages must give franc's list exactly: languages, order and every score. */
function expectFranc(value: string, options: TrigramOptions = { minLength: 10 }): void {
  expect(scoreLanguages(value, options)).toEqual(francAll(value, { ...options, only: options.only ? [...options.only] : undefined }));
}

describe('scoreLanguages: franc’s francAll without its tables built at import', () => {
  it('gives franc’s scores for every line of the fixtures, over all languages and over English and German', () => {
    for (const line of lines) {
      expectFranc(line);
      expectFranc(line, BOTH);
    }
  });

  it('gives franc’s scores for whole documents and their first 2,000 characters (many trigrams: the tables)', () => {
    for (const text of texts) {
      expectFranc(text);
      expectFranc(text.slice(0, 2000), BOTH);
      for (const length of [20, 60, 120, 250, 400]) expectFranc(text.slice(0, length));
    }
  });

  it('gives franc’s answer for short, empty, digit-only, other-script and odd text', () => {
    for (const value of ['', 'short', 'One line here.', 'Eine Zeile hier.', '12345 67890 12', 'a|b|c d|e|f gh|i', 'Привет, как дела у тебя сегодня?', '这是一个用中文写的句子，用来测试。', 'مرحبا بك في هذا الاختبار الطويل', '  |||  ||| abc |||', 'Ärger über Öl und Übel, ß']) {
      expectFranc(value);
      expectFranc(value, BOTH);
      expectFranc(value, { minLength: 3 });
    }
  });

  it('gives franc’s scores for random text', () => {
    const letters = fc.constantFrom(...'aeinrstudhlcgmo bwfkzpvjyxqäöüßé|.,-0'.split(''));
    fc.assert(
      fc.property(fc.array(letters, { minLength: 0, maxLength: 600 }), (chars) => {
        const value = chars.join('');
        expectFranc(value);
        expectFranc(value, BOTH);
      }),
      { seed: 25, numRuns: 200 },
    );
  });
});
