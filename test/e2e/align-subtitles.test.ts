import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AlignmentDocument } from '../../src/core/types.js';
import { runCli, fixture } from '../helpers/cli.js';
import { expectAlignmentInvariants, expectExactOffsets } from '../helpers/invariants.js';

// A SubRip subtitle file and its German translation; the first sentence runs over two cues.
const EN = fixture('subtitles/interview.en.srt');
const DE = fixture('subtitles/interview.de.srt');

describe('satzpaar align on subtitle files', () => {
  const result = runCli(['align', EN, DE, '--format', 'tsv']);
  const json = runCli(['align', EN, DE]);
  const doc = JSON.parse(json.stdout) as AlignmentDocument;

  it('reads them in clean mode without --clean, offsets exact', () => {
    expect(json.status).toBe(0);
    expect(doc.documents.en.segmentation).toBe('clean');
    expectAlignmentInvariants(doc);
    expectExactOffsets(doc.sentences.en, readFileSync(EN, 'utf8'));
    expectExactOffsets(doc.sentences.de, readFileSync(DE, 'utf8'));
  });

  it('pairs sentences, not cue numbers or timings, and joins a sentence split over cues', () => {
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(1).filter(Boolean).map((row) => row.split('\t').slice(0, 2))).toEqual([
      ['Microsoft has bought Kinvolk, a small company from Berlin.', 'Microsoft hat Kinvolk gekauft, eine kleine Firma aus Berlin.'],
      ['The team will work on Azure.', 'Das Team wird an Azure arbeiten.'],
      ['Its projects stay open source.', 'Seine Projekte bleiben quelloffen.'],
      ['Nobody knows the price.', 'Den Preis kennt niemand.'],
    ]);
  });
});
