import { describe, expect, it } from 'vitest';
import { crossReferenceTitles } from '../../../src/read/linkTitles.js';
import { cleanText } from '../../../src/segment/clean.js';
import { fixture } from '../../helpers/cli.js';
import { readFileSync } from 'node:fs';

describe('titles of empty Mallard cross-references', () => {
  const path = fixture('mallard/links/C/queue.page');
  const text = readFileSync(path, 'utf8');

  it('takes a sibling page\'s link title without a role, a section\'s title, and skips what does not resolve', async () => {
    expect(await crossReferenceTitles(path, text)).toEqual({ 'printing-setup': 'Set up a printer', '#cancel': 'Cancel a job' });
  });

  it('finds nothing in a document that is no Mallard page', async () => {
    expect(await crossReferenceTitles(path, '<html><body>See <link xref="printing-setup"/>.</body></html>')).toBeUndefined();
  });

  it('puts the titles into the clean text, and only there', () => {
    const page = '<page xmlns="http://projectmallard.org/1.0/"><p>See <link xref="a"/> or <link xref="b"/>.</p></page>';
    expect(cleanText(page, { linkTitles: { a: 'Alpha' } }).text.replace(/\s+/g, ' ').trim()).toBe('See Alpha or .');
    expect(cleanText(page).text.replace(/\s+/g, ' ').trim()).toBe('See or .');
  });
});
