import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/types.js';
import { segment } from '../../../src/segment/segment.js';
import { expectExactOffsets, expectNothingLost } from '../../helpers/invariants.js';

/** Excerpts written for these tests in the layout `man` renders (indentation, justification, groff's U+2010 hyphenation). */
const page = (name: string) => readFileSync(new URL(`../../fixtures/manpages/${name}`, import.meta.url), 'utf8');

/**
 * Sentence boundaries that fall on a line break inside a paragraph where the line leaves its sentence open
 * (no . ! ? : ; at its end) and the next line has the same indentation: a wrapped line cut apart.
 */
function cutsInsideWrappedLines(text: string, lang: Lang): string[] {
  const sentences = segment(text, lang);
  const cuts: string[] = [];
  for (let k = 0; k + 1 < sentences.length; k++) {
    const gap = text.slice(sentences[k]!.end, sentences[k + 1]!.start);
    if (gap.split('\n').length !== 2) continue;
    const open = !/[.!?:;][)"'»«“”\]]*$/.test(sentences[k]!.text);
    const indent = (position: number) => position - text.lastIndexOf('\n', position - 1) - 1;
    const lineStart = text.lastIndexOf('\n', sentences[k]!.end - 1) + 1;
    const sameIndent = indent(sentences[k + 1]!.start) === text.slice(lineStart).search(/\S/);
    if (open && sameIndent && text.slice(lineStart, sentences[k]!.end).trim().length >= 40) cuts.push(sentences[k]!.text.slice(-40));
  }
  return cuts;
}

describe('segment: manual pages rendered by man', () => {
  for (const [name, lang] of [['packer.en.txt', 'en'], ['packer.de.txt', 'de']] as const) {
    it(`${name}: no sentence is cut at the break of a wrapped line, and every character stays in place`, () => {
      const text = page(name);
      expect(cutsInsideWrappedLines(text, lang)).toEqual([]);
      const sentences = segment(text, lang);
      expectExactOffsets(sentences, text);
      expectNothingLost(sentences, text);
    });
  }

  it('reads an English page as sentences: a number that continues a wrapped line, hyphenation joined in clean, a compound kept', () => {
    const clean = segment(page('packer.en.txt'), 'en', { clean: true }).map((s) => s.clean);
    expect(clean).toEqual(expect.arrayContaining([
      'The archive may be a plain file on the local disk or a device such as a tape drive.',
      'Without arguments, it prints the label (if there is one) and exits with status 0.',
      'With one or more arguments, it compares the label with each argument.',
      'For this reason my-command should never wait for input from the terminal.',
      'A mailing list archive ⟨https://lists.example.org/archive/packer-users⟩ and a bug tracker ⟨https://bugs.example.org/cgi-bin/report.cgi?package=packer-tools;dist=all⟩ are available.',
    ]));
    // Headings, option names, table rows and list items stay lines of their own.
    expect(clean.slice(15, 26)).toEqual([
      '--run=COMMAND', 'Run COMMAND on every stored file.', 'For this reason my-command should never wait for input from the terminal.',
      'Size suffixes', 'Suffix Unit Bytes', 'k Kilobytes SIZE x 1024', 'M Megabytes SIZE x 1048576',
      'Steps', '1. Open the archive.', '2. Write the files.', '3. Close the archive.',
    ]);
  });

  it('reads a German page as sentences: "Konfigu‐⏎ration" joined, "Container-⏎Linux" kept, "Benutzer- und" kept apart', () => {
    const sentences = segment(page('packer.de.txt'), 'de', { clean: true });
    const clean = sentences.map((s) => s.clean);
    expect(clean).toEqual(expect.arrayContaining([
      'Die Konfiguration steht in einer Datei im Container-Linux-Verzeichnis.',
      'Ohne Argumente gibt es die Bezeichnung aus und endet mit dem Status 0.',
      'Mit einem oder mehreren Argumenten vergleicht es die Bezeichnung mit jedem Argument.',
      'Benutzer- und Gruppenkennungen bleiben dabei erhalten.',
      'Ein Archiv der Mailingliste ⟨https://lists.example.org/archive/packer-users⟩ und eine Fehlerdatenbank ⟨https://bugs.example.org/cgi/report.cgi?package=packer-tools⟩ sind verfügbar.',
    ]));
    // The sentence text keeps the source: hyphen and line break.
    expect(sentences.find((s) => s.clean.startsWith('Die Konfiguration'))!.text).toBe('Die Konfigu‐\n       ration steht in einer Datei im Container-\n       Linux-Verzeichnis.');
  });
});
