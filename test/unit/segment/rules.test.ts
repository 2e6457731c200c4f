import { describe, expect, it } from 'vitest';
import { abbreviationKey, parseList, rulesFor } from '../../../src/segment/rules.js';
import { expectWhole, split } from './helpers.js';

describe('segment: rule data', () => {
  it('reads one entry a line, ignoring comments and blank lines', () => {
    expect(parseList('# comment\nfoo\n\n  bar  # trailing\r\nbaz\n')).toEqual(['foo', 'bar', 'baz']);
  });

  it('normalises abbreviations: case, final period and inner spaces', () => {
    expect(abbreviationKey('Z. B.')).toBe('z.b');
    expect(abbreviationKey('Inc.')).toBe('inc');
    expect(abbreviationKey('bzw')).toBe('bzw');
  });

  it('loads the shipped lists for both languages', () => {
    expect(rulesFor('en').prepositive.has('dr')).toBe(true);
    expect(rulesFor('en').abbreviations.has('u.s')).toBe(true);
    expect(rulesFor('de').prepositive.has('z.b')).toBe(true);
    expect(rulesFor('de').ordinalNouns.has('April')).toBe(true);
    expect(rulesFor('de').starters.has('Dort')).toBe(true);
  });

  it('extra abbreviations from the options keep a period from ending the sentence', () => {
    const text = 'The meeting is in Bldg. Seven next week.';
    expect(split(text, 'en')).toEqual(['The meeting is in Bldg.', 'Seven next week.']);
    expect(split(text, 'en', { abbreviations: ['Bldg.'] })).toEqual([text]);
    expect(split(text, 'en', { abbreviations: ['bldg'] })).toEqual([text]);
    // The shared rules are not changed by a call with extras.
    expect(split(text, 'en')).toHaveLength(2);
  });

  it('extra abbreviations still end a sentence before a sentence starter', () => {
    expect(split('We met at Bldg. It was closed.', 'en', { abbreviations: ['bldg'] })).toEqual(['We met at Bldg.', 'It was closed.']);
    expectWhole('Sie wohnt in der Hauptstr. 5 in Köln.', 'de');
  });
});
