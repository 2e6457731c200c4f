import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModeChoice } from '../../src/core/types.js';
import { alignDocuments } from '../../src/pipeline/alignDocuments.js';
import { DEFAULT_ALIGN_SETTINGS } from '../../src/core/settings.js';
import { linkProblem, nothingLostProblem } from '../helpers/problems.js';
import { documentPair, PROPERTY_SEED, sourceDocument } from './arbitraries.js';

describe('property: alignment loses nothing', () => {
  it.each(['auto', 'parallel', 'comparable'] as ModeChoice[])('--mode %s: every sentence in exactly one entry', (mode) => {
    fc.assert(
      fc.property(documentPair(), fc.boolean(), fc.boolean(), ({ en, de }, swapped, presegmented) => {
        const docs = [sourceDocument('en.txt', en), sourceDocument('de.txt', de)] as const;
        const doc = alignDocuments(swapped ? [docs[1], docs[0]] : [docs[0], docs[1]], { ...DEFAULT_ALIGN_SETTINGS, langs: swapped ? ['de', 'en'] : ['en', 'de'], mode, presegmented });
        expect(linkProblem(doc)).toBeUndefined();
        // Clean mode drops noise by design (a random text can look like pages with a running line).
        if (doc.documents.en.segmentation !== 'clean') expect(nothingLostProblem(doc.sentences.en, en)).toBeUndefined();
        if (doc.documents.de.segmentation !== 'clean') expect(nothingLostProblem(doc.sentences.de, de)).toBeUndefined();
        expect(doc.documents.en.path).toBe('en.txt');
      }),
      { seed: PROPERTY_SEED, numRuns: 150 },
    );
  });
});
