import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/align/holes.js';
import type { StrayEvidence } from '../../../src/align/strayPieces.js';
import { unlinkPieces } from '../../../src/align/unlinkPieces.js';
import { alignDocuments } from '../../../src/pipeline/alignDocuments.js';
import { DEFAULT_ALIGN_SETTINGS } from '../../../src/core/settings.js';

/** `added` and `tokens` keyed by the piece (`en3`, `de7`); lengths from a function of the span; no contradictions unless told. */
function evidence(added: Record<string, number>, lengthFit: (span: Span) => number = () => 0, contradicted: (span: Span) => boolean = () => false, tokens: Record<string, number> = {}): StrayEvidence {
  const name = (piece: Span) => (piece[1] > piece[0] ? `en${piece[0]}` : `de${piece[2]}`);
  return { found: () => 1, added: (piece) => added[name(piece)] ?? 1, tokens: (piece) => tokens[name(piece)] ?? 1, lengthFit, contradicted };
}

describe('unlinkPieces', () => {
  it('leaves the sentences of a contradicted link alone, English first', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 2], [2, 3, 2, 3]];
    const contradicted = (span: Span) => span[0] === 1 && span[2] === 1;
    expect(unlinkPieces(path, evidence({}, () => 0, contradicted))).toEqual([[0, 1, 0, 1], [1, 2, 1, 1], [2, 2, 1, 2], [2, 3, 2, 3]]);
  });

  it('takes out of a merge an edge sentence that explains nothing there when the lengths fit as well without it', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 3, 1, 2], [3, 4, 2, 3]];
    // "Calendar" + "The Calendar service allows you …" / "Mit dem Kalenderdienst …": the heading adds no match.
    expect(unlinkPieces(path, evidence({ en1: 0 }))).toEqual([[0, 1, 0, 1], [1, 2, 1, 1], [2, 3, 1, 2], [3, 4, 2, 3]]);
    // The last sentence of a German side.
    expect(unlinkPieces([[0, 1, 0, 2]], evidence({ de1: 0 }))).toEqual([[0, 1, 0, 1], [1, 1, 1, 2]]);
  });

  it('keeps the piece when it explains words of the other side, or when the lengths need it', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 3, 1, 2], [3, 4, 2, 3]];
    expect(unlinkPieces(path, evidence({ en1: 1 }))).toEqual(path);
    const needed = (span: Span) => (span[0] === 2 && span[1] === 3 ? -6 : 0);
    expect(unlinkPieces(path, evidence({ en1: 0 }, needed))).toEqual(path);
  });

  it('keeps a whole sentence that adds no match of its own: it repeats words of the rest of the merge', () => {
    expect(unlinkPieces([[0, 1, 0, 2]], evidence({ de0: 0 }, () => 0, () => false, { de0: 4 }))).toEqual([[0, 1, 0, 2]]);
  });

  it('keeps a piece without content tokens, which explains nothing by having nothing', () => {
    expect(unlinkPieces([[0, 2, 0, 1]], evidence({ en0: 0 }, () => 0, () => false, { en0: 0 }))).toEqual([[0, 2, 0, 1]]);
  });
});

describe('unlinked pieces in a whole alignment (shipped lexicon)', () => {
  const align = (en: string[], de: string[]) =>
    alignDocuments([
        { path: 'en', text: en.join('\n'), sha256: '', encoding: 'utf-8' },
        { path: 'de', text: de.join('\n'), sha256: '', encoding: 'utf-8' },
      ], { ...DEFAULT_ALIGN_SETTINGS, langs: ['en', 'de'], mode: 'parallel', presegmented: true }).alignments.map((l) => [l.en, l.de]);
  const en = ['The computer starts the program when the user opens the window.', 'Each package contains files for the system.', 'The network card works with the new driver.'];
  const de = ['Der Computer startet das Programm, wenn der Benutzer das Fenster öffnet.', 'Jedes Paket enthält Dateien für das System.', 'Die Netzwerkkarte funktioniert mit dem neuen Treiber.'];
  const last = { en: 'The children play in the garden in the summer.', de: 'Die Kinder spielen im Sommer im Garten.' };

  it('leaves two facing sentences alone when their numbers differ and little else matches', () => {
    const links = align(
      [...en, '"/dev/sr0" has the major device number 11 and the minor device number 0.', last.en],
      [...de, '"/dev/sda" hat die major-Gerätenummer 8 und die minor-Gerätenummer 0. Es ist lesbar/schreibbar für Benutzer, die der Gruppe disk angehören.', last.de],
    );
    expect(links).toContainEqual([[3], []]);
    expect(links).toContainEqual([[], [3]]);
  });

  it('leaves a heading dropped in the translation alone beside the sentence that follows it', () => {
    const links = align(
      [...en, 'Calendar', 'The Calendar service allows you to view, add, and edit events in an online calendar.', last.en],
      [...de, 'Mit dem Kalenderdienst betrachten, fügen Sie hinzu und bearbeiten Sie Termine in einem Internet-Kalender.', last.de],
    );
    expect(links).toContainEqual([[3], []]);
    expect(links).toContainEqual([[4], [3]]);
  });
});
