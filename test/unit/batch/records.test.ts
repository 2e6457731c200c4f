import { describe, expect, it } from 'vitest';
import { parseRecords } from '../../../src/batch/records.js';

describe('parseRecords', () => {
  it('reads inline texts and paths (relative to the records file\'s folder) with per-record options', () => {
    const text = [
      '{"id":"a","en_text":"Hello.","de_text":"Hallo."}',
      '',
      '{"id":"b","en_path":"en/b.txt","de_path":"/abs/b.de","mode":"parallel","presegmented":true,"sentence_links":false,"trust_columns":true}',
    ].join('\r\n');
    expect(parseRecords(text, '/corpus')).toEqual([
      { line: 1, id: 'a', en: { text: 'Hello.' }, de: { text: 'Hallo.' }, options: {} },
      { line: 3, id: 'b', en: { path: '/corpus/en/b.txt' }, de: { path: '/abs/b.de' }, options: { mode: 'parallel', presegmented: true, sentenceLinks: false, trustColumns: true } },
    ]);
  });

  it('turns every bad line into an error entry with a code, and keeps reading', () => {
    const lines = [
      'not json',
      '["an array"]',
      '{"en_text":"x","de_text":"y"}',
      '{"id":"two-en","en_text":"x","en_path":"x.txt","de_text":"y"}',
      '{"id":"no-de","en_text":"x"}',
      '{"id":"bad-mode","en_text":"x","de_text":"y","mode":"fast"}',
      '{"id":"bad-flag","en_text":"x","de_text":"y","clean":"yes"}',
      '{"id":"extra","en_text":"x","de_text":"y","langs":"en,fr"}',
      '{"id":"ok","en_text":"x","de_text":"y"}',
      '{"id":"ok","en_text":"again","de_text":"wieder"}',
    ];
    const records = parseRecords(lines.join('\n'), '/');
    expect(records.map((r) => ('error' in r ? [r.line, r.id, r.error.code] : [r.line, r.id, 'ok']))).toEqual([
      [1, null, 'invalid-json'],
      [2, null, 'invalid-json'],
      [3, null, 'invalid-record'],
      [4, 'two-en', 'invalid-record'],
      [5, 'no-de', 'invalid-record'],
      [6, 'bad-mode', 'invalid-record'],
      [7, 'bad-flag', 'invalid-record'],
      [8, 'extra', 'invalid-record'],
      [9, 'ok', 'ok'],
      [10, 'ok', 'duplicate-id'],
    ]);
    const messages = records.flatMap((r) => ('error' in r ? [r.error.message] : []));
    expect(messages[3]).toBe('give exactly one of "en_text" and "en_path"');
    expect(messages[7]).toBe('unknown field "langs"');
    expect(messages[8]).toBe('id "ok" already used on line 9');
  });
});
