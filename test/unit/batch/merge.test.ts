import { describe, expect, it } from 'vitest';
import { mergeResults } from '../../../src/batch/merge.js';

const ok = (id: string) => JSON.stringify({ id, ok: true, alignment: { id } });
const failed = (id: string) => JSON.stringify({ id, ok: false, error: { code: 'unreadable-document', message: 'no such file' } });

describe('mergeResults', () => {
  it('joins the shards\' results by id, error records included, and skips input-line errors', () => {
    const inputError = JSON.stringify({ id: null, ok: false, line: 4, error: { code: 'invalid-json', message: 'not a JSON object' } });
    const merged = mergeResults([{ name: 's1', text: `${ok('b')}\n${inputError}\n` }, { name: 's2', text: `${failed('a')}\n\n${ok('c')}\n` }], ['a', 'b', 'c']);
    expect([...merged.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(merged.get('a')).toMatchObject({ ok: false, error: { code: 'unreadable-document' } });
    expect(merged.get('c')).toEqual({ id: 'c', ok: true, alignment: { id: 'c' } });
  });

  it('fails on a missing id, naming how many and which', () => {
    expect(() => mergeResults([{ name: 's1', text: ok('a') }], ['a', 'b', 'c', 'd', 'e'])).toThrow(/4 of 5 ids have no result in the shards \("b", "c", "d", …\); a shard is missing or did not finish/);
  });

  it('fails on a doubled id, naming both places', () => {
    expect(() => mergeResults([{ name: 's1', text: ok('a') }, { name: 's2', text: `${ok('b')}\n${ok('a')}` }], ['a', 'b'])).toThrow(/s2 line 2: id "a" is also in s1 line 1; a shard was merged twice or the shards overlap/);
  });

  it('fails on an id the input does not have, and on lines that are not result records', () => {
    expect(() => mergeResults([{ name: 's1', text: ok('z') }], ['a'])).toThrow(/s1 line 1: id "z" is not in the input/);
    expect(() => mergeResults([{ name: 's1', text: '{"id":"a"' }], ['a'])).toThrow(/s1 line 1: not a result record \(invalid JSON\)/);
    expect(() => mergeResults([{ name: 's1', text: '{"id":"a","ok":true}' }], ['a'])).toThrow(/s1 line 1: not a result record \(needs/);
  });
});
