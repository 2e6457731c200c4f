import { describe, expect, it } from 'vitest';
import type { ModeChoice } from '../../../src/core/types.js';
import { Lexicon } from '../../../src/lexicon/lexicon.js';
import { DEFAULT_ALIGN_SETTINGS } from '../../../src/core/settings.js';
import type { SourceDocument } from '../../../src/read/readDocument.js';
import { alignDocuments } from '../../../src/pipeline/alignDocuments.js';
import { expectAlignmentInvariants } from '../../helpers/invariants.js';
import { random } from '../../helpers/random.js';


const EN = ['the', 'server', 'package', 'Debian', 'installs', '7.5', 'April', 'runtime', 'container', 'quickly', '2021', 'AKS', '—', '!'];
const DE = ['der', 'Server', 'Paket', 'Debian', 'installiert', '7,5', 'April', 'Containerruntime', 'schnell', '2021', 'AKS', '—', '!'];

function document(next: () => number, words: string[], sentences: number): string {
  return Array.from({ length: sentences }, () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => words[Math.floor(next() * words.length)]).join(' ')).join('\n');
}

describe('alignment robustness on random documents', () => {
  const lexicon = Lexicon.fromStemTable('packag\tpaket\ninstal\tinstalli\nquick\tschnell\n');
  it('keeps the invariants in every mode, with and without a lexicon, and is deterministic', () => {
    const next = random(42);
    for (let round = 0; round < 60; round++) {
      const en = document(next, EN, 1 + Math.floor(next() * 40));
      const de = document(next, DE, 1 + Math.floor(next() * 40));
      const mode: ModeChoice = (['auto', 'parallel', 'comparable'] as const)[round % 3]!;
      const documents: [SourceDocument, SourceDocument] = [
        { path: 'e', text: en, sha256: '', encoding: 'utf-8' },
        { path: 'd', text: de, sha256: '', encoding: 'utf-8' },
      ];
      const settings = { ...DEFAULT_ALIGN_SETTINGS, langs: ['en', 'de'] as const, mode, presegmented: true };
      const resources = { lexicon: round % 2 === 0 ? lexicon : null };
      const first = alignDocuments(documents, settings, resources);
      expectAlignmentInvariants(first);
      expect(alignDocuments(documents, settings, resources).alignments).toEqual(first.alignments);
    }
  });
});
