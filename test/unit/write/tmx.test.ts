import { describe, expect, it } from 'vitest';
import { escapeXml, formatTmx, tmxDate } from '../../../src/write/tmx.js';
import { parseTmx } from '../../helpers/tmx.js';
import { mixedAlignment, NASTY_EN_CLEAN, sampleAlignment } from './sampleAlignment.js';

const DATE = new Date(Date.UTC(2024, 0, 31, 12, 34, 56));

describe('formatTmx', () => {
  const content = formatTmx(mixedAlignment(), { creationDate: DATE });
  const tmx = parseTmx(content);

  it('is well-formed XML 1.0 with a UTF-8 declaration and version 1.4', () => {
    expect(content.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(tmx.version).toBe('1.4');
  });

  it('has a header with every attribute TMX 1.4b requires', () => {
    expect(tmx.header).toEqual({
      creationtool: 'satzpaar',
      creationtoolversion: '0.1.0',
      segtype: 'sentence',
      'o-tmf': 'satzpaar-alignment',
      adminlang: 'en',
      srclang: 'en',
      datatype: 'plaintext',
      creationdate: '20240131T123456Z',
    });
  });

  it('writes one tu per link with text on both sides, each with a unique tuid and one tuv per language', () => {
    expect(tmx.tus.map((tu) => tu.attributes.tuid)).toEqual(['0', '1']);
    for (const tu of tmx.tus) expect(tu.tuvs.map((t) => t.lang)).toEqual(['en', 'de']);
  });

  it('never writes an empty seg: omissions and links with no writable text stay out', () => {
    for (const tu of tmx.tus) for (const tuv of tu.tuvs) expect(tuv.seg.trim()).not.toBe('');
  });

  it('escapes & < > " \' so they come back as text (no markup inside seg), and removes control characters', () => {
    const [first] = tmx.tus;
    expect(first!.tuvs[0]!.seg).toBe(NASTY_EN_CLEAN);
    expect(first!.tuvs[0]!.segChildren).toBe(0);
    expect(first!.tuvs[1]!.seg).toBe('Fisch & Pommes \'fett\' <i>kostet</i> 5\u00a0€.');
    expect(content).toContain('Fish &amp; Chips &lt;b&gt;&quot;bold&quot;&lt;/b&gt; costs 5 -- it&apos;s a deal');
    expect(content).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/);
    expect(content).not.toMatch(/[\uD800-\uDFFF]/u);
  });

  it('joins the sentences of an n-m link with single spaces', () => {
    expect(tmx.tus[1]!.tuvs[1]!.seg).toBe('Zweiter Satz, geteilt.');
  });

  it('puts score, mode, source files and sentence indices in x- props', () => {
    expect(tmx.tus[1]!.props).toEqual({
      'x-score': '0.4',
      'x-mode': 'parallel',
      'x-en-file': 'a/en.txt',
      'x-de-file': 'b/de.txt',
      'x-en-sentences': '1',
      'x-de-sentences': '1,2',
    });
  });

  it('uses the --tmx-langs codes for srclang, adminlang and every tuv', () => {
    const parsed = parseTmx(formatTmx(mixedAlignment(), { langs: { source: 'en-US', target: 'de-DE' } }));
    expect(parsed.header.srclang).toBe('en-US');
    expect(parsed.header.adminlang).toBe('en-US');
    for (const tu of parsed.tus) expect(tu.tuvs.map((t) => t.lang)).toEqual(['en-US', 'de-DE']);
  });

  it('takes German as the source when --tmx-langs names it first: srclang and the first tuv', () => {
    const parsed = parseTmx(formatTmx(mixedAlignment(), { langs: { source: 'de-AT', target: 'en-GB' } }));
    expect(parsed.header.srclang).toBe('de-AT');
    expect(parsed.tus[1]!.tuvs).toEqual([
      { lang: 'de-AT', seg: 'Zweiter Satz, geteilt.', segChildren: 0 },
      { lang: 'en-GB', seg: 'Second sentence.', segChildren: 0 },
    ]);
  });

  it('names source files relative to a folder, or not at all', () => {
    const doc = mixedAlignment();
    doc.documents.en.path = '/home/someone/corpus/en.txt';
    expect(parseTmx(formatTmx(doc, { sourcePaths: { relativeTo: '/home/someone' } })).tus[0]!.props['x-en-file']).toBe('corpus/en.txt');
    const none = parseTmx(formatTmx(doc, { sourcePaths: 'none' })).tus[0]!.props;
    expect(Object.keys(none)).toEqual(['x-score', 'x-mode', 'x-en-sentences', 'x-de-sentences']);
  });

  it('filters by --min-score', () => {
    const parsed = parseTmx(formatTmx(mixedAlignment(), { minScore: 0.5 }));
    expect(parsed.tus.map((tu) => tu.attributes.tuid)).toEqual(['0']);
  });

  it('is deterministic: without a creation date the epoch is written', () => {
    const first = formatTmx(mixedAlignment());
    expect(formatTmx(mixedAlignment())).toBe(first);
    expect(parseTmx(first).header.creationdate).toBe('19700101T000000Z');
  });

  it('is still valid with no unit at all', () => {
    const doc = sampleAlignment(['Only English.'], ['Nur Deutsch.'], [
      { en: [0], de: [], score: 0 },
      { en: [], de: [0], score: 0 },
    ]);
    expect(parseTmx(formatTmx(doc)).tus).toEqual([]);
  });

  it('escapes and cleans file paths in props', () => {
    const doc = mixedAlignment();
    doc.documents.en.path = 'dir/"a" & <b>\u0001.txt';
    const parsed = parseTmx(formatTmx(doc));
    expect(parsed.tus[0]!.props['x-en-file']).toBe('dir/"a" & <b>.txt');
  });
});

describe('escapeXml', () => {
  it('escapes all five XML specials', () => {
    expect(escapeXml(`& < > " '`)).toBe('&amp; &lt; &gt; &quot; &apos;');
  });
});

describe('tmxDate', () => {
  it('formats YYYYMMDDThhmmssZ in UTC', () => {
    expect(tmxDate(DATE)).toBe('20240131T123456Z');
    expect(tmxDate(new Date(0))).toMatch(/^\d{8}T\d{6}Z$/);
  });
});
