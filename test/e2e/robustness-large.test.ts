import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AlignmentDocument, Sentence } from '../../src/core/types.js';
import { fixture, runCli } from '../helpers/cli.js';
import { englishDocument, germanDocument, lineWithoutPunctuation, tinyLines } from '../helpers/generate.js';
import { linkProblem, nothingLostProblem } from '../helpers/problems.js';
import { tempDir } from '../helpers/robustness.js';

// Huge and lopsided inputs, generated in a temp folder. Each run is capped so that a regression
// to quadratic time fails the test instead of hanging the suite; speed itself is measured in bench/.
const LIMIT_MS = 50_000;
const DE_ARTICLE = fixture('de-microsoft-announcement-kinvolk.txt');

function alignLarge(args: string[]): AlignmentDocument {
  const result = runCli(['align', ...args], { timeoutMs: LIMIT_MS });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const doc = JSON.parse(result.stdout) as AlignmentDocument;
  expect(linkProblem(doc)).toBeUndefined();
  return doc;
}

function segmentLarge(args: string[]): Sentence[] {
  const result = runCli(['segment', '--format', 'jsonl', ...args], { timeoutMs: LIMIT_MS });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { sentences: Sentence[] }).sentences;
}

describe('robustness: huge input', () => {
  const dir = tempDir();

  it('a single 5 MB line without punctuation: one sentence, nothing lost', () => {
    const text = lineWithoutPunctuation(5 * 2 ** 20) + '\n';
    const file = join(dir, 'one-line.en');
    writeFileSync(file, text);
    const doc = alignLarge([file, DE_ARTICLE]);
    expect(doc.sentences.en).toHaveLength(1);
    expect(doc.sentences.en[0]!.text).toBe(text.trim());
    expect(nothingLostProblem(doc.sentences.en, text)).toBeUndefined();
  });

  it('100,000 tiny lines: segmented one sentence a line, offsets exact', () => {
    const text = tinyLines(100_000);
    const file = join(dir, 'tiny.en');
    writeFileSync(file, text);
    const sentences = segmentLarge(['--lang', 'en', file]);
    expect(sentences).toHaveLength(100_000);
    expect(sentences[99_999]!.text).toBe('Item 100000');
    expect(nothingLostProblem(sentences, text)).toBeUndefined();
  });

  it('100,000 tiny lines against a German article: every sentence in exactly one link', () => {
    const text = tinyLines(100_000);
    const file = join(dir, 'tiny.en');
    writeFileSync(file, text);
    const doc = alignLarge([file, DE_ARTICLE, '--langs', 'en,de']);
    expect(doc.sentences.en).toHaveLength(100_000);
    expect(nothingLostProblem(doc.sentences.en, text)).toBeUndefined();
  });

  // Needs the linear-time parallel aligner of branch issue-4: the walking skeleton's banded
  // dynamic programme is quadratic here (4,000 lines a side take 38 s, 100,000 would take hours).
  it('100,000 tiny lines against 100,000 tiny lines (auto mode): every sentence in exactly one link', () => {
    const en = join(dir, 'tiny.en');
    const de = join(dir, 'tiny.de');
    writeFileSync(en, tinyLines(100_000));
    writeFileSync(de, tinyLines(100_000, 'Eintrag'));
    const doc = alignLarge([en, de, '--langs', 'en,de']);
    expect(doc.sentences.en).toHaveLength(100_000);
    expect(doc.sentences.de).toHaveLength(100_000);
  });
});

describe('robustness: mismatched sizes (10 sentences against 10,000)', () => {
  const dir = tempDir();
  const en = join(dir, 'short.en');
  const de = join(dir, 'long.de');
  writeFileSync(en, englishDocument(10));
  writeFileSync(de, germanDocument(10_000));

  it.each(['auto', 'parallel', 'comparable'])('--mode %s: every sentence of both in exactly one link', (mode) => {
    const doc = alignLarge([en, de, '--mode', mode]);
    expect(doc.sentences.en).toHaveLength(10);
    expect(doc.sentences.de).toHaveLength(10_000);
    expect(doc.documents.en.path).toBe(en);
  });

  it('the other way round (10,000 English, 10 German), arguments swapped', () => {
    const en2 = join(dir, 'long.en');
    const de2 = join(dir, 'short.de');
    writeFileSync(en2, englishDocument(10_000));
    writeFileSync(de2, germanDocument(10));
    const doc = alignLarge([de2, en2]);
    expect(doc.sentences.en).toHaveLength(10_000);
    expect(doc.sentences.de).toHaveLength(10);
  });
});
