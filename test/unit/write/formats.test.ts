import { describe, expect, it } from 'vitest';
import { describeCount } from '../../../src/cli/writeAlignment.js';
import { ALIGNMENT_FORMATS, TEXT_FORMATS, writerFor } from '../../../src/write/formats.js';
import { parseTmx } from '../../helpers/tmx.js';
import { mixedAlignment } from './sampleAlignment.js';

describe('the writer registry', () => {
  it('offers json, the six export formats and the html report; batch all but the workbook', () => {
    expect(ALIGNMENT_FORMATS).toEqual(['json', 'tmx', 'xliff', 'tsv', 'xlsx', 'moses', 'jsonl', 'html']);
    expect(TEXT_FORMATS).toEqual(['json', 'tmx', 'xliff', 'tsv', 'moses', 'jsonl', 'html']);
    expect(writerFor('xlsx').binary).toBe(true);
    expect(writerFor('moses').outputSuffixes()).toEqual(['.en', '.de']);
    expect(writerFor('moses').outputSuffixes(['de', 'fr'])).toEqual(['.de', '.fr']);
    expect(writerFor('html').outputSuffixes()).toEqual(['']);
    expect(writerFor('json').count).toBeUndefined();
    expect(writerFor('moses').needsOutputPath).toBe(true);
  });

  it('names the extension of each format in a batch folder, and only the report asks for the claims diff', () => {
    expect(ALIGNMENT_FORMATS.map((format) => writerFor(format).extension)).toEqual(['.json', '.tmx', '.xlf', '.tsv', '.xlsx', '', '.jsonl', '.html']);
    expect(ALIGNMENT_FORMATS.filter((format) => writerFor(format).needsFindings)).toEqual(['html']);
  });

  it.each([0, 0.5])('each export format writes as many units as its count says (--min-score %s)', async (minScore) => {
    const doc = mixedAlignment();
    const options = { minScore };
    const text = async (format: string) => (await writerFor(format).write(doc, options))[0]!.content as string;
    const lines = (text: string) => text.split('\n').length - 1;
    const written = {
      tmx: parseTmx(await text('tmx')).tus.length,
      tsv: lines(await text('tsv')) - 1,
      moses: lines(await text('moses')),
      jsonl: lines(await text('jsonl')),
    };
    for (const [format, count] of Object.entries(written)) {
      expect(writerFor(format).count!(doc, options).written).toBe(count);
    }
    expect(written.jsonl).toBeGreaterThan(written.tmx);
  });

  it('asks the clock only for the TMX', () => {
    let asked = 0;
    const clock = () => {
      asked++;
      return new Date(0);
    };
    for (const format of ['tsv', 'moses', 'jsonl']) writerFor(format).write(mixedAlignment(), { clock });
    expect(asked).toBe(0);
    writerFor('tmx').write(mixedAlignment(), { clock });
    expect(asked).toBe(1);
  });
});

describe('describeCount', () => {
  it('names only the reasons that left something out', () => {
    const dropped = { pageFurniture: 0, numberOnly: 0, identical: 0, duplicates: 0 };
    const count = { written: 1, noun: 'translation unit', belowMinScore: 0, oneSided: 0, emptyAfterCleaning: 0, deletedInReview: 0, dropped };
    expect(describeCount(count, undefined)).toBe('wrote 1 translation unit');
    expect(describeCount({ ...count, written: 123, belowMinScore: 45, oneSided: 1, emptyAfterCleaning: 2 }, 0.5)).toBe(
      'wrote 123 translation units (45 below --min-score 0.5, 1 one-sided (1-0/0-1) link, 2 with no writable text left out)',
    );
    expect(describeCount({ ...count, written: 10, dropped: { ...dropped, numberOnly: 89, duplicates: 157 } }, undefined)).toBe(
      'wrote 10 translation units (89 number-only, 157 duplicate left out)',
    );
  });
});
