import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AlignmentDocument } from '../../src/core/types.js';
import { DE_FIXTURES, EN_FIXTURES, fixture, runCli } from '../helpers/cli.js';
import { expectAlignmentInvariants, expectExactOffsets, expectNothingLost } from '../helpers/invariants.js';

function align(args: string[]): AlignmentDocument {
  const result = runCli(['align', ...args]);
  expect(result.stderr).not.toMatch(/internal error/);
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as AlignmentDocument;
}

/** The alignment with everything that names argument order removed. */
function orderFree(doc: AlignmentDocument) {
  return { mode: doc.mode, sentences: doc.sentences, alignments: doc.alignments };
}

describe('satzpaar align on the Kinvolk fixtures', () => {
  const pairs = EN_FIXTURES.flatMap((en) => DE_FIXTURES.map((de) => [en, de] as const));

  it('has six English × German pairs', () => {
    expect(pairs).toHaveLength(6);
  });

  it.each(pairs)('%s × %s: valid JSON with every sentence in exactly one link and exact offsets', (en, de) => {
    const doc = align([fixture(en), fixture(de)]);
    expectAlignmentInvariants(doc);
    const enText = readFileSync(fixture(en), 'utf8');
    const deText = readFileSync(fixture(de), 'utf8');
    expectExactOffsets(doc.sentences.en, enText);
    expectExactOffsets(doc.sentences.de, deText);
    expectNothingLost(doc.sentences.en, enText);
    expectNothingLost(doc.sentences.de, deText);
    expect(doc.documents.en.path).toBe(fixture(en));
    expect(doc.documents.de.path).toBe(fixture(de));
    expect(doc.documents.en.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.documents.en.language).toMatchObject({ detected: 'en', source: 'detected' });
    expect(doc.documents.de.language).toMatchObject({ detected: 'de', source: 'detected' });
  });

  it.each(pairs)('%s × %s: swapping the arguments gives the same alignment', (en, de) => {
    const forward = align([fixture(en), fixture(de)]);
    const backward = align([fixture(de), fixture(en)]);
    expect(orderFree(backward)).toEqual(orderFree(forward));
  });

  it('prints only the JSON on stdout and is deterministic', () => {
    const args = ['align', fixture(EN_FIXTURES[0]!), fixture(DE_FIXTURES[0]!)];
    const first = runCli(args);
    const second = runCli(args);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout.trimStart().startsWith('{')).toBe(true);
    expect(() => JSON.parse(first.stdout)).not.toThrow();
  });

  it('links the shared claims of the ZDNet article and the Microsoft post', () => {
    const doc = align([fixture('en-zdnet-microsoft-buys-kinvolk.txt'), fixture('de-microsoft-announcement-kinvolk.txt')]);
    expect(doc.mode).toBe('comparable');
    const linked = doc.alignments.filter((l) => l.en.length > 0 && l.de.length > 0);
    expect(linked.length).toBeGreaterThan(0);
    const community = linked.find((l) => doc.sentences.en[l.en[0]!]!.text.startsWith('Burns said that Flatcar Container Linux already has a sizeable community'));
    expect(community && doc.sentences.de[community.de[0]!]!.text).toMatch(/^Für Flatcar Container Linux gibt es eine beträchtliche Community/);
  });

  it('writes to -o atomically and prints nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-'));
    const out = join(dir, 'alignment.json');
    const result = runCli(['align', fixture(EN_FIXTURES[0]!), fixture(DE_FIXTURES[0]!), '-o', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expectAlignmentInvariants(JSON.parse(readFileSync(out, 'utf8')));
    expect(readdirSync(dir)).toEqual(['alignment.json']);
  });

  it('honours --langs and skips detection', () => {
    const doc = align([fixture(DE_FIXTURES[0]!), fixture(EN_FIXTURES[0]!), '--langs', 'de,en']);
    expect(doc.documents.en.language.source).toBe('stated');
    expect(doc.documents.en.path).toBe(fixture(EN_FIXTURES[0]!));
  });

  it('honours --mode', () => {
    const doc = align([fixture(EN_FIXTURES[0]!), fixture(DE_FIXTURES[0]!), '--mode', 'parallel']);
    expect(doc.mode).toBe('parallel');
    expect(doc.modeReason).toMatch(/forced/);
    expectAlignmentInvariants(doc);
  });
});

describe('satzpaar align --presegmented', () => {
  it('takes one sentence per line, skips blank lines and keeps offsets into the file', () => {
    const doc = align([fixture('presegmented.en'), fixture('presegmented.de'), '--presegmented']);
    const enText = readFileSync(fixture('presegmented.en'), 'utf8');
    expect(doc.sentences.en.map((s) => s.text)).toEqual([
      'Microsoft has acquired Kinvolk.',
      'The company was founded in Berlin in 2015.',
      'It launched Flatcar Container Linux in 2018.',
      'The team will join Azure.',
    ]);
    expectExactOffsets(doc.sentences.en, enText);
    expect(doc.sentences.en[2]!.start).toBe(enText.indexOf('It launched'));
    expect(doc.sentences.de).toHaveLength(4);
    expect(doc.documents.en.segmentation).toBe('lines');
    expectAlignmentInvariants(doc);
  });

  it('aligns a small translation one to one, in order', () => {
    const doc = align([fixture('presegmented.en'), fixture('presegmented.de'), '--presegmented', '--mode', 'parallel']);
    expect(doc.alignments.map((l) => [l.en, l.de])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
  });
});

describe('exit codes', () => {
  it('2 for a missing file, naming it, with no stack trace', () => {
    const result = runCli(['align', 'no-such-file.txt', fixture(DE_FIXTURES[0]!)]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/no-such-file\.txt: no such file/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('2 for a document that is neither English nor German, reporting what was detected', () => {
    const result = runCli(['align', fixture('french.txt'), fixture(DE_FIXTURES[0]!)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/french\.txt: looks like neither English nor German \(detected: fra\)/);
  });

  it('2 for two documents in the same language', () => {
    const result = runCli(['align', fixture(EN_FIXTURES[0]!), fixture(EN_FIXTURES[1]!)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/both look English/);
  });

  it('2 for an invalid option value', () => {
    expect(runCli(['align', fixture(EN_FIXTURES[0]!), fixture(DE_FIXTURES[0]!), '--format', 'xml']).status).toBe(2);
    expect(runCli(['align', fixture(EN_FIXTURES[0]!), fixture(DE_FIXTURES[0]!), '--mode', 'fast']).status).toBe(2);
    expect(runCli(['align', fixture(EN_FIXTURES[0]!), fixture(DE_FIXTURES[0]!), '--langs', 'en,fr']).status).toBe(2);
  });

  it('2 for a missing argument or unknown command', () => {
    expect(runCli(['align', fixture(EN_FIXTURES[0]!)]).status).toBe(2);
    expect(runCli(['frobnicate']).status).toBe(2);
  });

  it('2 for an empty document, and no output file is left behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '  \n\n');
    const out = join(dir, 'out.json');
    const result = runCli(['align', empty, fixture(DE_FIXTURES[0]!), '-o', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/empty\.txt: the document is empty/);
    expect(existsSync(out)).toBe(false);
  });

  it('0 for --help and --version, with the usage on stdout', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/align/);
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});


describe('-o never overwrites a file the command reads', () => {
  it('refuses -o naming the --abbreviations file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-'));
    const abbreviations = join(dir, 'abbr.txt');
    writeFileSync(abbreviations, 'approx\n');
    const result = runCli(['align', fixture(EN_FIXTURES[0]!), fixture(DE_FIXTURES[0]!), '--abbreviations', abbreviations, '-o', abbreviations]);
    expect(result.status).toBe(2);
    expect(readFileSync(abbreviations, 'utf8')).toBe('approx\n');
  });

  it('refuses -o naming the --lexicon file, in align and in diff', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-'));
    const lexicon = join(dir, 'extra.tsv');
    writeFileSync(lexicon, 'runtime\tLaufzeit\n');
    for (const command of ['align', 'diff']) {
      const result = runCli([command, fixture(EN_FIXTURES[0]!), fixture(DE_FIXTURES[0]!), '--lexicon', lexicon, '-o', lexicon]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/is the input file/);
    }
    expect(readFileSync(lexicon, 'utf8')).toBe('runtime\tLaufzeit\n');
  });
});
