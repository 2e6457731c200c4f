import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import type { Lang, ModeChoice } from '../../src/core/types.js';
import { alignDocuments } from '../../src/pipeline/alignDocuments.js';
import { DEFAULT_ALIGN_SETTINGS } from '../../src/core/settings.js';
import { decodeBytes, type Encoding } from '../../src/read/decode.js';
import { segment } from '../../src/segment/segment.js';
import { linkProblem, nothingLostProblem } from '../helpers/problems.js';
import { sourceDocument } from './arbitraries.js';

/**
 * Fuzzing: random bytes and random Unicode into decoding, `segment` and `alignDocuments`.
 * Nothing may throw except a UserError from decoding (undecodable or binary input), and the
 * invariants must hold on whatever comes out. Bounded and seeded so the suite stays fast and a
 * failure reproduces; run longer with e.g.
 *   SATZPAAR_FUZZ_RUNS=20000 SATZPAAR_FUZZ_SEED=7 npx vitest run test/property/fuzz.test.ts
 */
const RUNS = Number(process.env.SATZPAAR_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.SATZPAAR_FUZZ_SEED ?? 8);
const options = { seed: SEED, numRuns: RUNS };

const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400, size: 'medium' }),
  fc.string({ unit: 'grapheme', maxLength: 200, size: 'medium' }),
  fc.string({ unit: fc.constantFrom(...'.!?  \n\r\t"„“»«()Aa1äÖß…\u0085\u2028'), maxLength: 300, size: 'medium' }),
);
const encodings: Array<Encoding | undefined> = [undefined, 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin1'];

function alignsCleanly(en: string, de: string, mode: ModeChoice): void {
  const doc = alignDocuments([sourceDocument('a', en), sourceDocument('b', de)], { ...DEFAULT_ALIGN_SETTINGS, langs: ['en', 'de'], mode, presegmented: false });
  expect(linkProblem(doc)).toBeUndefined();
  expect(nothingLostProblem(doc.sentences.en, en)).toBeUndefined();
  expect(nothingLostProblem(doc.sentences.de, de)).toBeUndefined();
}

describe(`fuzz (seed ${SEED}, ${RUNS} runs each; SATZPAAR_FUZZ_RUNS / SATZPAAR_FUZZ_SEED to change)`, () => {
  it('random bytes: decoding either gives text or a one-line UserError, never anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600, size: 'medium' }), fc.constantFrom(...encodings), (bytes, encoding) => {
        try {
          const { text } = decodeBytes(bytes, 'fuzz.bin', encoding);
          expect(text.includes('\0')).toBe(false);
          for (const lang of ['en', 'de'] as Lang[]) expect(nothingLostProblem(segment(text, lang), text)).toBeUndefined();
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          expect(error.message).toMatch(/^fuzz\.bin: /);
          expect(error.message).not.toContain('\n');
        }
      }),
      options,
    );
  });

  it('random Unicode into segment: no crash, nothing lost', () => {
    fc.assert(
      fc.property(unicodeText, fc.constantFrom<Lang>('en', 'de'), (text, lang) => {
        expect(nothingLostProblem(segment(text, lang), text)).toBeUndefined();
      }),
      options,
    );
  });

  it('random Unicode into align: no crash, every sentence in exactly one entry', () => {
    fc.assert(
      fc.property(unicodeText, unicodeText, fc.constantFrom<ModeChoice>('auto', 'parallel', 'comparable'), alignsCleanly),
      options,
    );
  });
});
