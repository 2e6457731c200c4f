import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatXliff } from '../../../src/write/xliff.js';
import { hasXmllint, validateXliff, xliffPairs } from '../../helpers/xliff.js';
import { mixedAlignment, NASTY_EN_CLEAN, sampleAlignment } from './sampleAlignment.js';

const dir = mkdtempSync(join(tmpdir(), 'satzpaar-xliff-'));
let files = 0;
function valid(content: string, version: '2.1' | '1.2'): { status: number | null; stderr: string } {
  const file = join(dir, `${files++}.xlf`);
  writeFileSync(file, content);
  const result = validateXliff(file, version);
  return { status: result.status, stderr: result.stderr.replace(file, 'FILE') };
}

const NOTHING_TO_EXPORT = sampleAlignment(['Only English.'], ['Nur Deutsch.'], [
  { en: [0], de: [], score: 0 },
  { en: [], de: [0], score: 0 },
]);

describe.each(['2.1', '1.2'] as const)('formatXliff %s', (version) => {
  const content = formatXliff(mixedAlignment(), { version });

  it('holds one unit per link with text on both sides, escaped text coming back as written', () => {
    expect(xliffPairs(content)).toEqual([
      [NASTY_EN_CLEAN, 'Fisch & Pommes \'fett\' <i>kostet</i> 5\u00a0€.'],
      ['Second sentence.', 'Zweiter Satz, geteilt.'],
    ]);
  });

  it('puts the source language first as --tmx-langs names it', () => {
    const german = formatXliff(mixedAlignment(), { version, langs: { source: 'de-DE', target: 'en-US' } });
    expect(xliffPairs(german)[1]).toEqual(['Zweiter Satz, geteilt.', 'Second sentence.']);
    expect(german).toMatch(version === '2.1' ? /srcLang="de-DE" trgLang="en-US"/ : /source-language="de-DE" target-language="en-US"/);
  });

  it('notes the score and the sentence indices of each side, named by its language', () => {
    expect(content).toContain('score 0.4; en sentences 1; de sentences 1,2');
    const german = formatXliff(mixedAlignment(), { version, langs: { source: 'de', target: 'en' } });
    expect(german).toContain('score 0.4; de sentences 1,2; en sentences 1');
    const otherPair = { ...mixedAlignment(), languages: ['de', 'fr'] as const };
    expect(formatXliff(otherPair, { version })).toContain('score 0.4; de sentences 1; fr sentences 1,2');
  });

  it.skipIf(!hasXmllint)('is valid against the OASIS schema, also with nothing to export', () => {
    expect(valid(content, version)).toEqual({ status: 0, stderr: 'FILE validates\n' });
    expect(valid(formatXliff(NOTHING_TO_EXPORT, { version }), version)).toEqual({ status: 0, stderr: 'FILE validates\n' });
  });

  it.skipIf(!hasXmllint)('fails validation when broken (the check can fail)', () => {
    const broken = content.replace(version === '2.1' ? 'srcLang=' : 'source-language=', 'lang=');
    expect(valid(broken, version).status).not.toBe(0);
  });
});
