import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import { describeProblem, InputError, messageOf, SETTINGS_WORDS, type InputProblem, type ProblemCode } from '../../../src/core/problems.js';
import { BATCH_WORDS, CLI_WORDS } from '../../../src/cli/optionWords.js';

/** One problem of every code, so a new code without a test here fails to compile (the record's keys). */
const EXAMPLES: Record<ProblemCode, InputProblem> = {
  'lexicon-unreadable': { code: 'lexicon-unreadable', path: 'pairs.tsv', cause: 'ENOENT' },
  'lexicon-bad-line': { code: 'lexicon-bad-line', path: 'pairs.tsv', line: 3 },
  'utf16-without-bom': { code: 'utf16-without-bom', path: 'a.txt', encoding: 'utf-16le' },
  undecodable: { code: 'undecodable', path: 'a.txt', encoding: 'utf-8', where: 'byte 0xE4 at offset 2, line 1' },
  'tmx-langs-mismatch': { code: 'tmx-langs-mismatch', stated: ['fr', 'en'], languages: ['en', 'de'] },
  'languages-not-distinct': { code: 'languages-not-distinct', stated: ['de', 'de'] },
  'language-unknown': { code: 'language-unknown', path: 'a.txt', detected: 'fra', name: 'French' },
  'languages-alike': { code: 'languages-alike', paths: ['a.txt', 'b.txt'], lang: 'en' },
  'language-contradicted': { code: 'language-contradicted', path: 'a.txt', stated: 'de', detected: 'en', confidence: 0.93 },
  'other-pair-needs-lines': { code: 'other-pair-needs-lines', languages: ['de', 'fr'] },
  'clean-with-lines': { code: 'clean-with-lines' },
};

/** Options the message should name on the command line, by code (the library's words name settings fields instead). */
const FLAG: Record<ProblemCode, string> = {
  'lexicon-unreadable': '--lexicon pairs.tsv: cannot read the file (ENOENT)',
  'lexicon-bad-line': '--lexicon pairs.tsv:3: expected',
  'utf16-without-bom': 'pass --encoding utf-16le',
  undecodable: 'pass --encoding windows-1252',
  'tmx-langs-mismatch': '--tmx-langs fr,en: the codes must name English (en…) and German (de…)',
  'languages-not-distinct': '--langs de,de: the two documents must be in two different languages',
  'language-unknown': 'but like French; if it is English or German, state the languages with --langs en,de; to align another language pair, state it with --langs',
  'languages-alike': 'a.txt and b.txt: both look English; give one English and one German document (or state them with --langs en,de)',
  'language-contradicted': 'a.txt: stated as German but its text is English (detected: eng, confidence 0.93); state the languages in the right order, or pass --force-langs',
  'other-pair-needs-lines': '--langs de,fr: to align another language pair, state it with --langs (e.g. de,fr) and give --presegmented --no-lexicon',
  'clean-with-lines': '--clean and --presegmented exclude each other',
};

describe('input problems: stages say what is wrong, callers say which option fixes it', () => {
  for (const [code, problem] of Object.entries(EXAMPLES) as [ProblemCode, InputProblem][]) {
    it(`${code}: the command line names its flag, the library its setting and no flag`, () => {
      expect(describeProblem(problem, CLI_WORDS)).toContain(FLAG[code]);
      const library = new InputError(problem);
      expect(library).toBeInstanceOf(UserError);
      expect(library.message).toBe(describeProblem(problem, SETTINGS_WORDS));
      expect(library.message).not.toMatch(/--[a-z]/);
      expect(messageOf(library, CLI_WORDS)).toBe(describeProblem(problem, CLI_WORDS));
    });
  }

  it('batch states languages by its columns and offers no other language pairs', () => {
    const unknown = describeProblem(EXAMPLES['language-unknown'], BATCH_WORDS);
    expect(unknown).toContain('state the languages with --trust-columns (first column English, second German)');
    expect(unknown).not.toContain('another language pair');
    expect(describeProblem({ code: 'language-unknown', path: 'a', detected: 'und' }, CLI_WORDS)).toBe('a: too little text to tell its language (detected: und); state the languages with --langs en,de');
  });

  it('a plain UserError keeps its message whatever the words', () => {
    expect(messageOf(new UserError('x: is a directory'), CLI_WORDS)).toBe('x: is a directory');
  });
});
