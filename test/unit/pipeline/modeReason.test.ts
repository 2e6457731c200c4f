import { describe, expect, it } from 'vitest';
import { DEFAULT_ALIGN_SETTINGS, type AlignSettings } from '../../../src/core/settings.js';
import { CLI_WORDS } from '../../../src/cli/optionWords.js';
import { alignDocuments } from '../../../src/pipeline/alignDocuments.js';

const doc = (path: string, text: string) => ({ path, text, sha256: '', encoding: 'utf-8' as const });
const pair = [doc('a.en', 'The house is red.\nThe garden is green.\n'), doc('a.de', 'Das Haus ist rot.\nDer Garten ist grün.\n')];

describe('alignDocuments: how the alignment says its mode was chosen', () => {
  it('names the caller\'s setting: the settings field for the library, the flag for the command line', () => {
    const settings: AlignSettings = { ...DEFAULT_ALIGN_SETTINGS, mode: 'parallel', presegmented: true, langs: ['en', 'de'] };
    expect(alignDocuments([pair[0]!, pair[1]!], settings).modeReason).toBe('forced with mode parallel');
    expect(alignDocuments([pair[0]!, pair[1]!], settings, { words: CLI_WORDS }).modeReason).toBe('forced with --mode parallel');
  });

  it('other language pairs are aligned as translations under auto, and the reason says how to ask for comparable', () => {
    const settings: AlignSettings = { ...DEFAULT_ALIGN_SETTINGS, presegmented: true, lexicon: { kind: 'none' }, langs: ['de', 'fr'] };
    const alignment = alignDocuments([doc('a.de', 'Das Haus ist rot.\n'), doc('a.fr', 'La maison est rouge.\n')], settings, { words: CLI_WORDS });
    expect(alignment.mode).toBe('parallel');
    expect(alignment.modeReason).toMatch(/\(--mode comparable for independent texts\)$/);
  });
});
