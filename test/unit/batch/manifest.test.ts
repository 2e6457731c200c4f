import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../src/batch/manifest.js';
import { UserError } from '../../../src/core/errors.js';

describe('parseManifest', () => {
  it('reads pairs, skips comments and blank lines, resolves relative paths from the manifest folder', () => {
    const text = '# corpus\n\na.en.txt\ta.de.txt\n/abs/b.en\t/abs/b.de\tbook-b\r\n';
    expect(parseManifest(text, 'm.tsv', '/corpus')).toEqual([
      { line: 3, enPath: '/corpus/a.en.txt', dePath: '/corpus/a.de.txt', name: 'a.en' },
      { line: 4, enPath: '/abs/b.en', dePath: '/abs/b.de', name: 'book-b' },
    ]);
  });

  it('rejects malformed lines with the line number', () => {
    expect(() => parseManifest('a.txt\n', 'm.tsv', '/')).toThrow(/m\.tsv: line 1: expected en_path<TAB>de_path/);
    expect(() => parseManifest('a\tb\tc\td\n', 'm.tsv', '/')).toThrow(UserError);
  });

  it('rejects duplicate output names, pointing at both lines', () => {
    expect(() => parseManifest('x/a.txt\ta.de\ny/a.txt\tb.de\n', 'm.tsv', '/')).toThrow(/line 2: name "a" already used on line 1/);
  });

  it('rejects names that are not file names', () => {
    expect(() => parseManifest('a\tb\t../evil\n', 'm.tsv', '/')).toThrow(/cannot name an output file/);
  });

  it('rejects an empty manifest', () => {
    expect(() => parseManifest('# nothing\n\n', 'm.tsv', '/')).toThrow(/no document pairs/);
  });
});
