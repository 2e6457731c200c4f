import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/core/types.js';
import { segment } from '../../src/segment/segment.js';
import { DE_FIXTURES, EN_FIXTURES, fixture, runCli } from '../helpers/cli.js';
import { expectExactOffsets, expectNothingLost } from '../helpers/invariants.js';

interface SegmentRecord {
  path: string;
  lang: string;
  sentences: Sentence[];
}

describe('satzpaar segment', () => {
  it('jsonl: one object per file with detected language and exact offsets', () => {
    const files = [...EN_FIXTURES, ...DE_FIXTURES].map(fixture);
    const result = runCli(['segment', '--format', 'jsonl', ...files]);
    expect(result.status).toBe(0);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as SegmentRecord);
    expect(records.map((r) => r.path)).toEqual(files);
    for (const record of records) {
      expect(record.lang).toBe(record.path.includes('/en-') ? 'en' : 'de');
      const text = readFileSync(record.path, 'utf8');
      expectExactOffsets(record.sentences, text);
      expectNothingLost(record.sentences, text);
    }
  });

  it('text: one sentence a line, hard-wrapped lines joined', () => {
    const result = runCli(['segment', fixture('en-zdnet-microsoft-buys-kinvolk.txt')]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('Kinvolk was founded in Berlin in 2015.');
    expect(lines).toContain('It launched Flatcar Container Linux in 2018.');
    expect(lines).toContain('Microsoft buys Flatcar Container Linux creator Kinvolk');
  });

  it('text: a manual page rendered by man reads as sentences, its typeset hyphenation joined', () => {
    const page = [
      'TAR(1)                        GNU TAR Manual                       TAR(1)',
      '',
      'DESCRIPTION',
      '       GNU tar is an archiving program designed to store multiple files in',
      '       a single file (an archive), and to manipulate such archives.  The ar\u2010',
      '       chive can be either a regular file or a device (e.g. a tape drive,',
      '       hence the name of the program, which stands for tape archiver), which',
      '       can be located either on the local or on a remote machine.',
      '',
      '       -x, --extract, --get',
      '              Extract files from an archive.  Arguments are optional.  When',
      '              given, they specify names of the archive members to be ex\u2010',
      '              tracted.',
      '',
    ].join('\n');
    const input = join(mkdtempSync(join(tmpdir(), 'satzpaar-man-')), 'tar.txt');
    writeFileSync(input, page);
    const result = runCli(['segment', '--lang', 'en', input]);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'TAR(1) GNU TAR Manual TAR(1)',
      'DESCRIPTION',
      'GNU tar is an archiving program designed to store multiple files in a single file (an archive), and to manipulate such archives.',
      'The archive can be either a regular file or a device (e.g. a tape drive, hence the name of the program, which stands for tape archiver), which can be located either on the local or on a remote machine.',
      '-x, --extract, --get',
      'Extract files from an archive.',
      'Arguments are optional.',
      'When given, they specify names of the archive members to be extracted.',
      '',
    ]);
  });

  it('a file gives the sentences the library gives for its text: manual page excerpts, raw and clean', () => {
    for (const [name, lang] of [['packer.en.txt', 'en'], ['packer.de.txt', 'de']] as const) {
      const path = fixture(join('manpages', name));
      const text = readFileSync(path, 'utf8');
      for (const clean of [false, true]) {
        const result = runCli(['segment', '--lang', lang, '--format', 'jsonl', ...(clean ? ['--clean'] : []), path]);
        expect(result.status).toBe(0);
        const record = JSON.parse(result.stdout) as SegmentRecord;
        expect(record.sentences).toEqual(segment(text, lang, { clean }));
      }
    }
  });

  it('--lang skips detection; --presegmented keeps lines', () => {
    const result = runCli(['segment', '--lang', 'de', '--presegmented', '--format', 'jsonl', fixture('presegmented.de')]);
    expect(result.status).toBe(0);
    const record = JSON.parse(result.stdout) as SegmentRecord;
    expect(record.lang).toBe('de');
    expect(record.sentences).toHaveLength(4);
  });

  it('exit 2 when a file is neither English nor German and no --lang is given', () => {
    const result = runCli(['segment', fixture('french.txt')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--lang/);
  });
});
