import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/align/holes.js';
import { placeStrayPieces, type StrayEvidence } from '../../../src/align/strayPieces.js';
import { alignDocuments } from '../../../src/pipeline/alignDocuments.js';
import { DEFAULT_ALIGN_SETTINGS } from '../../../src/core/settings.js';

/** Evidence from tables keyed by the skipped sentence (`en3` or `de7`); lengths agree equally well everywhere unless told. */
function evidence(found: Record<string, number>, added: Record<string, number>, tokens: Record<string, number> = {}, lengthFit: (span: Span) => number = () => 0, contradicted: (span: Span) => boolean = () => false): StrayEvidence {
  return { found: (skip) => found[name(skip)] ?? 0, added: (skip) => added[name(skip)] ?? 0, paired: () => 0, pairedTokens: () => 0, tokens: (skip) => tokens[name(skip)] ?? 5, numbersOnly: () => false, lengthFit, contradicted };
}

/** `en3` or `de7`: the one sentence of a span of one sentence. */
function name(sentence: Span): string {
  return sentence[1] > sentence[0] ? `en${sentence[0]}` : `de${sentence[2]}`;
}

describe('placeStrayPieces', () => {
  it('joins a skipped sentence whose words are in its neighbour link and explain words there', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 2], [2, 2, 2, 3], [2, 3, 3, 4]];
    expect(placeStrayPieces(path, evidence({ de2: 0.75 }, { de2: 2 }))).toEqual([[0, 1, 0, 1], [1, 2, 1, 3], [2, 3, 3, 4]]);
  });

  it('leaves a skipped sentence alone when it explains nothing its neighbour left unmatched (a real omission)', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 1, 1, 2], [1, 2, 2, 3]];
    expect(placeStrayPieces(path, evidence({ de1: 0.8 }, { de1: 0 }))).toEqual(path);
    expect(placeStrayPieces(path, evidence({ de1: 0.2 }, { de1: 2 }))).toEqual(path);
  });

  it('leaves it alone when joining would upset the link\'s length balance', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 1, 1, 2], [1, 2, 2, 3]];
    const longer = (span: Span) => (span[3] - span[2] > span[1] - span[0] ? -5 : 0);
    expect(placeStrayPieces(path, evidence({ de1: 0.8 }, { de1: 2 }, {}, longer))).toEqual(path);
  });

  it('joins a piece with little of its content found when it repairs the link\'s lengths', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 2], [2, 2, 2, 3], [2, 3, 3, 4]];
    // The 1-1 reading leaves the German side far too long for its English; with the piece the lengths fit.
    const repaired = (span: Span) => (span[0] === 1 && span[1] === 2 ? (span[3] - span[2] === 2 ? -0.5 : -3) : 0);
    expect(placeStrayPieces(path, evidence({ de2: 0.25 }, { de2: 1 }, {}, repaired))).toEqual([[0, 1, 0, 1], [1, 2, 1, 3], [2, 3, 3, 4]]);
    // The same share of content without that repair is a real omission.
    const slight = (span: Span) => (span[0] === 1 && span[1] === 2 ? (span[3] - span[2] === 2 ? -2.8 : -3) : 0);
    expect(placeStrayPieces(path, evidence({ de2: 0.25 }, { de2: 1 }, {}, slight))).toEqual(path);
  });

  it('joins nothing into a link whose sides would contradict each other', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 2], [2, 3, 2, 2]];
    const joinedOnly = (span: Span) => span[1] - span[0] === 2;
    expect(placeStrayPieces(path, evidence({ en2: 0.9 }, { en2: 3 }, {}, () => 0, joinedOnly))).toEqual(path);
    expect(placeStrayPieces(path, evidence({ en2: 0.9 }, { en2: 3 }))).toEqual([[0, 1, 0, 1], [1, 3, 1, 2]]);
  });

  it('does not pair two facing sentences that contradict each other', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 1], [2, 2, 1, 2], [2, 3, 2, 3]];
    const contradicted = (span: Span) => span[0] === 1 && span[2] === 1;
    expect(placeStrayPieces(path, evidence({}, {}, {}, () => 0, contradicted))).toEqual(path);
  });

  it('pairs equal runs of skips facing each other between two links, in order', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 1, 1, 2], [1, 1, 2, 3], [1, 2, 3, 3], [2, 3, 3, 3], [3, 4, 3, 4]];
    expect(placeStrayPieces(path, evidence({}, {}, {}))).toEqual([[0, 1, 0, 1], [1, 2, 1, 2], [2, 3, 2, 3], [3, 4, 3, 4]]);
  });

  it('keeps a facing pair whose lengths cannot be a translation\'s: two omissions side by side', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 1], [2, 2, 1, 2], [2, 3, 2, 3]];
    const misfit = (span: Span) => (span[0] === 1 && span[2] === 1 ? -12 : 0);
    expect(placeStrayPieces(path, evidence({}, {}, {}, misfit))).toEqual(path);
    expect(placeStrayPieces(path, evidence({}, {}, {}))).toEqual([[0, 1, 0, 1], [1, 2, 1, 2], [2, 3, 2, 3]]);
  });

  it('joins a piece that completes a line holding two sentences though its lengths fit slightly worse', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 2], [2, 3, 2, 2], [3, 4, 2, 3]];
    const lines = (span: Span): [number, number] => [span[1] - span[0], span[2] === 1 && span[3] === 2 ? 2 : span[3] - span[2]];
    const slightlyWorse = (span: Span) => (span[0] === 1 && span[1] === 3 ? -0.3 : 0);
    const withLines = { ...evidence({ en2: 0.3 }, { en2: 1 }, {}, slightlyWorse), sentencesIn: lines };
    expect(placeStrayPieces(path, withLines)).toEqual([[0, 1, 0, 1], [1, 3, 1, 2], [3, 4, 2, 3]]);
    // Without line counts, the same evidence is an omission; so it is with lines when the piece explains nothing there …
    expect(placeStrayPieces(path, evidence({ en2: 0.3 }, { en2: 1 }, {}, slightlyWorse))).toEqual(path);
    expect(placeStrayPieces(path, { ...withLines, added: () => 0 })).toEqual(path);
    // … or when its length does not belong there, or the line holds as many sentences as its counterpart already.
    expect(placeStrayPieces(path, { ...withLines, lengthFit: (span: Span) => (span[0] === 1 && span[1] === 3 ? -2 : 0) })).toEqual(path);
    expect(placeStrayPieces(path, { ...withLines, sentencesIn: (span: Span): [number, number] => [span[1] - span[0], span[3] - span[2]] })).toEqual(path);
  });

  it('joins a piece that pairs off with three tokens the link leaves unpaired, though little else speaks for it, and with two where the lengths agree', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 2], [2, 2, 2, 3], [2, 3, 3, 4]];
    // Nothing the key-set counts see (a word the link already matched), half its words found, lengths worse by 1.5.
    const worse = (span: Span) => (span[0] === 1 && span[1] === 2 && span[3] - span[2] === 2 ? -2 : span[0] === 1 && span[1] === 2 ? -0.5 : 0);
    const base = evidence({ de2: 0.5 }, {}, {}, worse);
    const pairing = (count: number) => (skip: Span) => (name(skip) === 'de2' ? count : 0);
    expect(placeStrayPieces(path, { ...base, paired: pairing(3) })).toEqual([[0, 1, 0, 1], [1, 2, 1, 3], [2, 3, 3, 4]]);
    // Two tokens join only where the lengths do not object: a real omission beside a link often repeats
    // two of its words (on the held-out handbook chapters it made the lengths 2.5 worse).
    const worseBy = (change: number) => (span: Span) => (span[3] - span[2] === 2 ? change : 0);
    expect(placeStrayPieces(path, { ...evidence({ de2: 0.5 }, {}, {}, worseBy(-1)), paired: pairing(2) })).toEqual([[0, 1, 0, 1], [1, 2, 1, 3], [2, 3, 3, 4]]);
    expect(placeStrayPieces(path, { ...evidence({ de2: 0.5 }, {}, {}, worseBy(-2.5)), paired: pairing(2) })).toEqual(path);
    // One token is chance, however well the lengths agree.
    expect(placeStrayPieces(path, { ...evidence({ de2: 0.5 }, {}, {}, worseBy(0)), paired: pairing(1) })).toEqual(path);
    // So are three among many words of a piece mostly not found there.
    expect(placeStrayPieces(path, { ...evidence({ de2: 0.3 }, {}, {}, worse), paired: pairing(3) })).toEqual(path);
  });

  it('leaves a piece pairing off with two tokens alone when the joined lengths cannot be a translation\'s', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 2], [2, 2, 2, 3], [2, 3, 3, 4]];
    const misfit = (span: Span) => (span[3] - span[2] === 2 ? -7 : 0);
    expect(placeStrayPieces(path, { ...evidence({ de2: 0.8 }, {}, {}, misfit), paired: (skip) => (name(skip) === 'de2' ? 3 : 0) })).toEqual(path);
  });

  it('joins a short title to the bare section number before it, however little of it is found', () => {
    // English "6." / German "6. Danksagung", then English "Credits" alone.
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 2], [2, 3, 2, 2], [3, 4, 2, 3]];
    const numbered = { ...evidence({}, {}, { en2: 1 }), numbersOnly: (sentence: Span) => name(sentence) === 'en1' };
    expect(placeStrayPieces(path, numbered)).toEqual([[0, 1, 0, 1], [1, 3, 1, 2], [3, 4, 2, 3]]);
    // Not a title: a sentence after the number …
    expect(placeStrayPieces(path, { ...numbered, tokens: (sentence: Span) => (name(sentence) === 'en2' ? 6 : 5) })).toEqual(path);
    // … a piece before it, or a side that holds words.
    const before: Span[] = [[0, 1, 0, 1], [1, 2, 1, 1], [2, 3, 1, 2], [3, 4, 2, 3]];
    expect(placeStrayPieces(before, { ...evidence({}, {}, { en1: 1 }), numbersOnly: (sentence: Span) => name(sentence) === 'en2' })).toEqual(before);
    expect(placeStrayPieces(path, evidence({}, {}, { en2: 1 }))).toEqual(path);
  });

  it('lets a sentence left alone take its neighbour link\'s counterpart when it pairs off clearly more of it (a shift)', () => {
    // English 1 alone, English 2 linked to German 1, German 2 alone; German 1 is English 1's, German 2 English 2's.
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 1], [2, 3, 1, 2], [3, 3, 2, 3], [3, 4, 3, 4]];
    const table: Record<string, number> = { '1,2,1,2': 6, '2,3,1,2': 3, '2,3,2,3': 4 };
    const paired = (span: Span) => table[`${span[0]},${span[1]},${span[2]},${span[3]}`] ?? 0;
    const shifted: Span[] = [[0, 1, 0, 1], [1, 2, 1, 2], [2, 3, 2, 3], [3, 4, 3, 4]];
    expect(placeStrayPieces(path, { ...evidence({}, {}), pairedTokens: paired })).toEqual(shifted);
    // One token more is chance: the link stays, and so do the sentences alone.
    expect(placeStrayPieces(path, { ...evidence({}, {}), pairedTokens: (span) => (span[0] === 1 && span[2] === 1 ? 4 : paired(span)) })).toEqual(path);
    // So it does when the new pair's lengths cannot be a translation's.
    expect(placeStrayPieces(path, { ...evidence({}, {}, {}, (span) => (span[0] === 1 && span[1] === 2 && span[3] > span[2] ? -8 : 0)), pairedTokens: paired })).toEqual(path);
  });

  it('pairs two facing sentences whose lengths disagree when three or more of their tokens pair off', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 1], [2, 2, 1, 2], [2, 3, 2, 3]];
    const wordy = (span: Span) => (span[0] === 1 && span[2] === 1 ? -6 : 0);
    expect(placeStrayPieces(path, { ...evidence({}, {}, {}, wordy), pairedTokens: () => 4 })).toEqual([[0, 1, 0, 1], [1, 2, 1, 2], [2, 3, 2, 3]]);
    // Two tokens are what two omissions side by side can share ("… press Enable to confirm your selection." / "Klicken Sie auf Hinzufügen, um Ihre Auswahl zu bestätigen.").
    expect(placeStrayPieces(path, { ...evidence({}, {}, {}, wordy), pairedTokens: () => 2 })).toEqual(path);
  });

  it('joins one sentence and two facing it between two links into one link when every piece pairs off', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 1], [2, 2, 1, 2], [2, 2, 2, 3], [2, 3, 3, 4]];
    const pieces = (first: number, second: number) => (span: Span) => (span[1] - span[0] === 1 && span[3] - span[2] === 1 ? (span[2] === 1 ? first : second) : 0);
    expect(placeStrayPieces(path, { ...evidence({}, {}), pairedTokens: pieces(4, 3) })).toEqual([[0, 1, 0, 1], [1, 2, 1, 3], [2, 3, 3, 4]]);
    // A German sentence that brings no words of the English one is a real omission beside them: the run stays.
    expect(placeStrayPieces(path, { ...evidence({}, {}), pairedTokens: pieces(4, 0) })).toEqual(path);
    // So it does when the joined lengths cannot be a translation's.
    expect(placeStrayPieces(path, { ...evidence({}, {}, {}, (span) => (span[3] - span[2] === 2 ? -8 : 0)), pairedTokens: pieces(4, 3) })).toEqual(path);
  });

  it('keeps unequal runs: a paragraph dropped on one side', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 1, 1, 2], [1, 1, 2, 3], [1, 2, 3, 3], [2, 3, 3, 4]];
    expect(placeStrayPieces(path, evidence({}, {}))).toEqual(path);
  });
});

describe('stray pieces in a whole alignment (shipped lexicon)', () => {
  const en = [
    'The computer starts the program when the user opens the window.',
    'Each package contains files for the system.',
    'remove the old package and keep its configuration files',
    'N/A',
    'N/A',
    'search for packages in the archive',
    'The scanner is very stable over time and against heat, so it does not usually need a new calibration.',
    'The network card works with the new driver.',
    'Open the door of the house.',
    'The children play in the garden in the summer.',
  ];
  const de = [
    'Der Computer startet das Programm, wenn der Benutzer das Fenster öffnet.',
    'Jedes Paket enthält Dateien für das System.',
    'das alte Paket entfernen und seine Konfigurationsdateien behalten',
    'Nicht verfügbar',
    'Nicht verfügbar',
    'nach Paketen im Archiv suchen',
    'Der Scanner ist über lange Zeit sehr stabil und unempfindlich gegen Hitze.',
    'Eine neue ist selten nötig.',
    'Die Netzwerkkarte funktioniert mit dem neuen Treiber.',
    'Öffne die Tür des Hauses.',
    'Die Kinder spielen im Sommer im Garten.',
  ];
  const align = (enLines: string[], deLines: string[]) =>
    alignDocuments([
        { path: 'en', text: enLines.join('\n'), sha256: '', encoding: 'utf-8' },
        { path: 'de', text: deLines.join('\n'), sha256: '', encoding: 'utf-8' },
      ], { ...DEFAULT_ALIGN_SETTINGS, langs: ['en', 'de'], mode: 'parallel', presegmented: true }).alignments.map((l) => [l.en, l.de]);

  it('pairs two table cells the lexicon cannot read ("N/A" / "Nicht verfügbar") between two links', () => {
    const links = align(en, de);
    expect(links).toContainEqual([[3], [3]]);
    expect(links).toContainEqual([[4], [4]]);
  });

  it('takes a short second sentence whose words translate as the second half of a 1-2 link', () => {
    expect(align(en, de)).toContainEqual([[6], [6, 7]]);
  });

  it('takes a sentence as the second half of a 2-1 link when the German line holds both sentences', () => {
    const enLines = [...en.slice(0, 8), '"/dev/zero" has the major device number 1 and the minor device number 5.', 'This special device file is read/write accessible by anyone on the system.', ...en.slice(8)];
    const deLines = [...de.slice(0, 9), '"/dev/zero" hat die major-Gerätenummer 1 und die minor-Gerätenummer 5. Jeder kann sie lesen und schreiben.', ...de.slice(9)];
    expect(align(enLines, deLines)).toContainEqual([[8, 9], [9]]);
    // The same German as two lines: each English sentence has its own.
    const split = [...deLines.slice(0, 9), '"/dev/zero" hat die major-Gerätenummer 1 und die minor-Gerätenummer 5.', 'Jeder kann sie lesen und schreiben.', ...deLines.slice(10)];
    expect(align(enLines, split)).toContainEqual([[9], [10]]);
  });

  it('takes a second sentence that says the link\'s word again as the second half of a 2-1 link', () => {
    // The German line's second "fsck" and "e2fsck-Befehls" match the first English sentence's "fsck" and "command" too,
    // so only a one-to-one pairing shows the second sentence adding anything.
    const enLines = [...en.slice(0, 8), 'In the rescue environment, the fsck command is used to check damaged partitions.', 'The fsck command is a stripped down variant of the older e2fsck command.', ...en.slice(8)];
    const deLines = [...de.slice(0, 9), 'In der Rettungsumgebung wird der Befehl fsck benutzt, um beschädigte Partitionen zu prüfen. fsck ist eine Abwandlung des älteren e2fsck-Befehls.', ...de.slice(9)];
    expect(align(enLines, deLines)).toContainEqual([[8, 9], [9]]);
  });

  it('takes a title the lexicon cannot read into the link of its bare section number', () => {
    const enLines = [...en.slice(0, 8), '7.', 'Credits', ...en.slice(8)];
    const deLines = [...de.slice(0, 9), '7. Mitwirkende', ...de.slice(9)];
    expect(align(enLines, deLines)).toContainEqual([[8, 9], [9]]);
  });

  it('still leaves a sentence that repeats words of its neighbour alone beside it (a real omission)', () => {
    // Its "fsck", "tool" and "partition" are in the German line, but the German says each once: they pair with the link's own words.
    const enLines = [...en.slice(0, 8), 'The fsck tool repairs damaged partitions.', 'Never run the fsck tool on a partition that is mounted.', ...en.slice(8)];
    const deLines = [...de.slice(0, 9), 'Das Werkzeug fsck repariert beschädigte Partitionen.', ...de.slice(9)];
    const links = align(enLines, deLines);
    expect(links).toContainEqual([[8], [9]]);
    expect(links).toContainEqual([[9], []]);
  });

  it('still leaves a German sentence with no counterpart alone beside an English one and its translation', () => {
    // One English sentence against two German ones: the second brings no word of the English one, so the three do not become one link.
    const enLines = [...en.slice(0, 8), 'To change the used profile, select the profile you would like to use and press Enable to confirm your selection.', ...en.slice(8)];
    const deLines = [...de.slice(0, 9), 'Klicken Sie auf Hinzufügen, um Ihre Auswahl zu bestätigen.', 'Die Katze schläft auf dem Sofa.', ...de.slice(9)];
    const links = align(enLines, deLines);
    expect(links).toContainEqual([[], [10]]);
    expect(links.some(([enSide, deSide]) => enSide.includes(8) && deSide.includes(10))).toBe(false);
  });

  it('still leaves a sentence with no counterpart alone beside a link', () => {
    const added = [...de.slice(0, 9), 'Die Katze schläft auf dem Sofa.', ...de.slice(9)];
    expect(align(en, added)).toContainEqual([[], [9]]);
  });
});
