import { describe, expect, it } from 'vitest';
import { parseAlignmentJson } from '../../../src/read/alignmentJson.js';
import { formatAlignmentJson } from '../../../src/write/json.js';
import { mixedAlignment } from '../write/sampleAlignment.js';

describe('parseAlignmentJson', () => {
  it('reads back what the JSON writer wrote', () => {
    const doc = mixedAlignment();
    expect(parseAlignmentJson(formatAlignmentJson(doc), 'a.json')).toEqual({ ...doc, languages: ['en', 'de'] });
  });

  it('names the keys after another pair\'s languages and reads them back into the two roles', () => {
    const doc = { ...mixedAlignment(), languages: ['de', 'fr'] as const };
    const text = formatAlignmentJson(doc);
    const raw = JSON.parse(text);
    expect(raw.languages).toEqual(['de', 'fr']);
    expect(Object.keys(raw.documents)).toEqual(['de', 'fr']);
    expect(Object.keys(raw.sentences)).toEqual(['de', 'fr']);
    expect(Object.keys(raw.alignments[0]).slice(0, 3)).toEqual(['de', 'fr', 'score']);
    expect(raw.sentences.fr).toEqual(doc.sentences.de);
    expect(parseAlignmentJson(text, 'a.json')).toEqual(doc);
  });

  it('reads a file from before "languages" as English–German and refuses a bad "languages"', () => {
    const raw = JSON.parse(formatAlignmentJson(mixedAlignment()));
    delete raw.languages;
    expect(parseAlignmentJson(JSON.stringify(raw), 'a.json').sentences.en).toEqual(mixedAlignment().sentences.en);
    expect(() => parseAlignmentJson(JSON.stringify({ ...raw, languages: ['de', 'de'] }), 'a.json')).toThrow(/a\.json: damaged satzpaar alignment: languages/);
  });

  it.each([
    ['not JSON', '{', /a\.json: not a satzpaar alignment \(not JSON/],
    ['another JSON', '{"name": "x"}', /a\.json: not a satzpaar alignment/],
    ['a list', '[]', /not a satzpaar alignment/],
    ['null', 'null', /not a satzpaar alignment/],
  ])('refuses %s', (_what, text, message) => {
    expect(() => parseAlignmentJson(text, 'a.json')).toThrow(message);
  });

  it('refuses another format version, naming it', () => {
    const text = formatAlignmentJson(mixedAlignment()).replace('"version": 1', '"version": 2');
    expect(() => parseAlignmentJson(text, 'a.json')).toThrow(/version 2 is not supported/);
  });

  it('refuses links whose indices point past the sentences', () => {
    const doc = mixedAlignment();
    doc.alignments[1]!.de = [1, 99];
    expect(() => parseAlignmentJson(JSON.stringify(doc), 'a.json')).toThrow(/alignments\[1\]\.de is not a list of sentence indices below 5/);
  });

  it('refuses a missing sentence list or score', () => {
    const noSentences = { ...mixedAlignment(), sentences: { en: [] } };
    expect(() => parseAlignmentJson(JSON.stringify(noSentences), 'a.json')).toThrow(/sentences\.de is not a list/);
    const doc = mixedAlignment() as unknown as { alignments: Array<Record<string, unknown>> };
    delete doc.alignments[0]!.score;
    expect(() => parseAlignmentJson(JSON.stringify(doc), 'a.json')).toThrow(/alignments\[0\]\.score/);
  });

  it('reads back a clean-mode sentence and refuses a "clean" that is not text', () => {
    const doc = mixedAlignment();
    doc.sentences.en[0] = { ...doc.sentences.en[0]!, clean: 'What a reader sees.' };
    expect(parseAlignmentJson(formatAlignmentJson(doc), 'a.json').sentences.en[0]!.clean).toBe('What a reader sees.');
    const raw = JSON.parse(formatAlignmentJson(doc));
    raw.sentences.de[2].clean = 7;
    expect(() => parseAlignmentJson(JSON.stringify(raw), 'a.json')).toThrow(/sentences\.de\[2\]\.clean is not text/);
  });
});
