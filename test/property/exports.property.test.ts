import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlignmentDocument, Lang } from '../../src/core/types.js';
import { alignDocuments } from '../../src/pipeline/alignDocuments.js';
import { DEFAULT_ALIGN_SETTINGS } from '../../src/core/settings.js';
import { formatMoses } from '../../src/write/moses.js';
import { formatTmx } from '../../src/write/tmx.js';
import { formatTsv } from '../../src/write/tsv.js';
import { parseTmx } from '../helpers/tmx.js';
import { documentPair, PROPERTY_SEED, sourceDocument } from './arbitraries.js';

/**
 * The export contract restated independently of the writers (docs/format.md, "Export formats"):
 * a side is its sentences joined by spaces, line-breaking whitespace folded to one space, the
 * characters XML cannot carry removed, and the spaces left single ("the \u0000 the" exports as "the the").
 */
function expectedSide(doc: AlignmentDocument, lang: Lang, indices: number[]): string {
  return indices
    .map((i) => doc.sentences[lang][i]!.text)
    .join(' ')
    .replace(/[\t\n\v\f\r \u0085\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The two-sided links an export must hold, in order, with their expected texts. */
function expectedUnits(doc: AlignmentDocument): Array<{ link: number; en: string; de: string }> {
  return doc.alignments
    .map((l, link) => ({ link, en: expectedSide(doc, 'en', l.en), de: expectedSide(doc, 'de', l.de) }))
    .filter((u) => u.en !== '' && u.de !== '');
}

function alignedPair() {
  return documentPair().map(({ en, de }) =>
    alignDocuments([sourceDocument('en.txt', en), sourceDocument('de.txt', de)], { ...DEFAULT_ALIGN_SETTINGS, langs: ['en', 'de'], mode: 'parallel', presegmented: false }),
  );
}

const runs = { seed: PROPERTY_SEED, numRuns: 80 };

describe('property: exports round-trip the aligned text', () => {
  it('TMX: every <tu> holds the texts of one alignment entry, XML-unescaped back to the original', () => {
    fc.assert(
      fc.property(alignedPair(), (doc) => {
        const tus = parseTmx(formatTmx(doc)).tus;
        expect(tus.map((tu) => [Number(tu.attributes.tuid), tu.tuvs[0]!.seg, tu.tuvs[1]!.seg])).toEqual(
          expectedUnits(doc).map((u) => [u.link, u.en, u.de]),
        );
      }),
      runs,
    );
  });

  it('Moses: line k of .en and .de are the texts of entry k', () => {
    fc.assert(
      fc.property(alignedPair(), (doc) => {
        const moses = formatMoses(doc);
        const units = expectedUnits(doc);
        expect(moses.en).toBe(units.map((u) => u.en + '\n').join(''));
        expect(moses.de).toBe(units.map((u) => u.de + '\n').join(''));
      }),
      runs,
    );
  });

  it('TSV: each row splits back into the two sides, the score and the indices', () => {
    fc.assert(
      fc.property(alignedPair(), (doc) => {
        const [header, ...rows] = formatTsv(doc).split('\n').slice(0, -1).map((row) => row.split('\t'));
        expect(header).toEqual(['en_text', 'de_text', 'score', 'en_indices', 'de_indices']);
        const units = expectedUnits(doc);
        expect(rows.map((r) => [r[0], r[1]])).toEqual(units.map((u) => [u.en, u.de]));
        rows.forEach((row, k) => {
          const link = doc.alignments[units[k]!.link]!;
          expect(row).toHaveLength(5);
          expect(Number(row[2])).toBeCloseTo(link.score, 3);
        });
      }),
      runs,
    );
  });
});
