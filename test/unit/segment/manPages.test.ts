import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/core/types.js';
import { hardWrapLayout } from '../../../src/segment/lineEvidence.js';
import { segment } from '../../../src/segment/segment.js';
import { spacesToTabs } from '../../helpers/columns.js';
import { expectExactOffsets, expectNothingLost } from '../../helpers/invariants.js';

/** Excerpts written for these tests in the layout `man` renders (indentation, justification, groff's U+2010 hyphenation). */
const page = (name: string) => readFileSync(new URL(`../../../fixtures/manpages/${name}`, import.meta.url), 'utf8');

/**
 * Sentence boundaries that fall on the break of a wrapped line where the line leaves its sentence open (no
 * . ! ? : ; at its end): the wrapper moved the next line's first word down because it did not fit (the line's
 * end + 1 + that word passes the page's width), and the next line goes on at the column of one of the line's
 * words (its own indentation, or the text beside an option's tag). On a justified page a wrapped line also
 * reaches the width, as the formatter stretches every filled line, unless it is one word: a table row or a line
 * ended by a break may come near the width, and the next cell or line would have fitted, without being wrapped.
 */
function cutsInsideWrappedLines(text: string, sentences: readonly Sentence[]): string[] {
  const lines = text.split('\n').map(measure);
  const width = Math.max(...lines.map((line) => line.end));
  const near = lines.filter((line, k) => line.end >= width * 0.7 && lines[k + 1]?.words.length);
  const justified = near.filter((line) => line.end === width).length * 2 > near.length;
  const wrappedAfter = new Set<number>();
  let lineStart = 0;
  lines.forEach((line, k) => {
    lineStart += line.length + 1;
    const next = lines[k + 1];
    if (!next?.words.length || !line.words.length) return;
    const firstWord = next.words[0]!;
    if (line.end + 1 + firstWord.length <= width) return;
    if (justified && line.end < width && line.words.length > 1) return;
    if (line.words.some((word) => word.column === firstWord.column)) wrappedAfter.add(lineStart - 1);
  });
  const cuts: string[] = [];
  for (let k = 0; k + 1 < sentences.length; k++) {
    const lineBreak = sentences[k]!.end + text.slice(sentences[k]!.end, sentences[k + 1]!.start).indexOf('\n');
    if (!/^\s*$/.test(text.slice(lineBreak + 1, sentences[k + 1]!.start)) || !wrappedAfter.has(lineBreak)) continue;
    if (!/[.!?:;][)"'»«“”\]]*$/.test(sentences[k]!.text)) cuts.push(sentences[k]!.text.slice(-40));
  }
  return cuts;
}

/** A line's length and its words with the columns they start at, as a terminal shows them (tabs to multiples of 8). */
function measure(line: string): { length: number; end: number; words: { column: number; length: number }[] } {
  const words: { column: number; length: number }[] = [];
  let column = 0;
  for (const [, space, word] of line.matchAll(/(\s*)(\S+)/g)) {
    for (const c of space!) column = c === '\t' ? column - (column % 8) + 8 : column + 1;
    words.push({ column, length: word!.length });
    column += word!.length;
  }
  return { length: line.length, end: column, words };
}

describe('segment: manual pages rendered by man', () => {
  const pages = [['packer.en.txt', 'en'], ['packer.de.txt', 'de'], ['sorter.en.txt', 'en'], ['sorter.de.txt', 'de']] as const;
  for (const [name, lang] of pages) {
    it(`${name}: no sentence is cut at the break of a wrapped line, and every character stays in place`, () => {
      const text = page(name);
      const sentences = segment(text, lang);
      expect(cutsInsideWrappedLines(text, sentences)).toEqual([]);
      expectExactOffsets(sentences, text);
      expectNothingLost(sentences, text);
    });
  }

  it('the check above finds a sentence cut at a wrapped line, and not one cut at a table row or a line ended by a break', () => {
    const text = page('sorter.en.txt');
    const sentences = segment(text, 'en');
    const wrapped = sentences.findIndex((s) => s.text.startsWith('order the lines by a key'));
    const lineBreak = text.indexOf('\n', sentences[wrapped]!.start);
    const nextLine = lineBreak + 1 + /^\s*/.exec(text.slice(lineBreak + 1))![0].length;
    const cut = [
      ...sentences.slice(0, wrapped),
      { text: text.slice(sentences[wrapped]!.start, lineBreak), start: sentences[wrapped]!.start, end: lineBreak },
      { ...sentences[wrapped]!, text: text.slice(nextLine, sentences[wrapped]!.end), start: nextLine },
      ...sentences.slice(wrapped + 1),
    ];
    expect(cutsInsideWrappedLines(text, cut)).toEqual(['; KEYDEF gives the position of  the  key']);
    // Not cuts: the table rows b, d and n leave no sentence open, come near the width, and the row after each
    // starts at the column of their first word — but it would have fitted.
    expect(sentences.filter((s) => /^[bdn] {3}\S/.test(s.text)).map((s) => s.text.slice(0, 1))).toEqual(['b', 'd', 'n']);
  });

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

  // sorter.*.txt is justified as man justifies (every filled line stretched to the width), with the structure
  // that sits between its paragraphs: option names too long for the indent, items with short tags (also
  // punctuation marks), tables, lines ended by a break, a URL moved down under a stretched line.
  it('reads a justified page: a line short of the width was ended on purpose, a line at it was wrapped', () => {
    for (const name of ['sorter.en.txt', 'sorter.de.txt']) expect(hardWrapLayout(page(name))).toEqual({ width: 78, justified: true });
    expect(hardWrapLayout(page('packer.en.txt')).justified).toBe(false);
    const lines = segment(page('sorter.en.txt'), 'en').map((s) => s.text.replace(/\s+/g, ' '));
    expect(lines).toEqual(expect.arrayContaining([
      // An option name on its own line, then its description, indented deeper.
      '-k, --key=KEYDEF, --sort-key=KEYDEF, --order-by=KEYDEF',
      'order the lines by a key; KEYDEF gives the position of the key in the line and its type (see Key types below).',
      // Items whose tag fits beside them, each ending short of the width.
      '-u print only the first line of every run of equal lines.',
      '-r reverse the outcome of every comparison between two lines.',
      // Table rows, with and without a header, whose cells line up.
      'b leading blanks of the key are skipped first',
      'd only blanks, letters and digits take part',
      'Letter Meaning Since',
      'n numeric order 1.0',
      // A punctuation mark at a line start finishes the line before, unless a gap follows: then it is a tag.
      'A key may also end in one of these marks:',
      '! the order of the key is reversed.',
      '? lines without the key come first.',
      // A stretched line and the URL that did not fit after it are one sentence; lines ended by a break are not.
      'A guide with worked examples is at: <https://sorter.example.org/guide/english/index.html>',
      'Help on the web: <https://sorter.example.org/help/index.html>',
      'Copyright © 2019-2024 The Sorter Project and Example Tools, Inc.',
    ]));
    const clean = segment(page('sorter.en.txt'), 'en', { clean: true }).map((s) => s.clean);
    expect(clean).toEqual(expect.arrayContaining(['A key may also end in one of these marks:', '! the order of the key is reversed.']));
    const german = segment(page('sorter.de.txt'), 'de').map((s) => s.text.replace(/\s+/g, ' '));
    expect(german).toEqual(expect.arrayContaining([
      '-k, --key=SCHLÜSSEL, --sort-key=SCHLÜSSEL, --order-by=SCHLÜSSEL',
      '-u gibt von jeder Folge gleicher Zeilen nur die erste aus.',
      '-z beendet jede Ausgabezeile mit einem Nullbyte statt einem Zeilenumbruch.',
      'b führende Leerzeichen des Schlüssels werden übersprungen',
      'Ein Schlüssel kann außerdem mit einem dieser Zeichen enden:',
      '? Zeilen ohne den Schlüssel kommen zuerst.',
      'Buchstabe Bedeutung Seit',
      'n numerische Ordnung 1.0',
      'Eine Anleitung mit ausgearbeiteten Beispielen finden Sie unter: <https://sorter.example.org/anleitung/deutsch/index.html>',
      'Hilfe im Netz: <https://sorter.example.org/hilfe/index.html>',
      'Copyright © 2019-2024 Das Sorter-Projekt und Example Tools, Inc.',
    ]));
  });

  it('reads a page saved through col -b (runs of spaces as tabs) as the page saved from man', () => {
    for (const [name, lang] of pages) {
      const text = page(name);
      const tabbed = spacesToTabs(text);
      expect(tabbed).not.toBe(text);
      for (const clean of [false, true]) {
        const read = (source: string) => segment(source, lang, { clean }).map((s) => ('clean' in s ? s.clean as string : s.text.replace(/\s+/g, ' ')));
        expect(read(tabbed), `${name}${clean ? ' clean' : ''}`).toEqual(read(text));
      }
    }
  });
});
