import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/types.js';
import { joinLineEndHyphens } from '../../../src/segment/lineEndHyphens.js';
import { segment } from '../../../src/segment/segment.js';

/** A word test over a few words of each language, so that each rule is seen on its own. */
const WORDS: Record<Lang, Set<string>> = {
  en: new Set(['argument', 'arguments', 'command', 'level', 'run', 'colour', 'nonsense']),
  de: new Set(['konfiguration', 'container', 'linux', 'stufe', 'speicher', 'speicherstufe']),
};
const words = (lang: Lang) => ({ lang, isWord: (word: string, l: Lang) => WORDS[l].has(word.toLowerCase()) });

/** What each rule reads: [language, source, how a reader reads it], the language's few words above deciding. */
const READINGS: Array<[string, Array<[Lang, string, string]>]> = [
  ['joins a word the lexicon knows, whatever the hyphen, and keeps the source otherwise untouched', [
    ['en', 'the argu\u2010\n       ments', 'the arguments'], ['de', 'Die Konfigu-\nration', 'Die Konfiguration'],
    ['en', 'no hyphen at a line end\nhere', 'no hyphen at a line end\nhere'],
  ]],
  ['keeps the hyphen of a compound of two words, and of a capital after it; only the line break goes', [
    ['en', 'my-\ncommand', 'my-command'], ['en', 'run\u2010\nlevel', 'run\u2010level'],
    ['de', 'Container-\nLinux', 'Container-Linux'], ['de', 'Speicher-\nStufe', 'Speicher-Stufe'],
  ]],
  ["a typesetter's hyphen also breaks pieces that are no words at all, or capitals after capitals; a typed one does not", [
    ['en', 'coreu\u2010\ntils', 'coreutils'], ['en', 'dpkg-\nbuildpackage', 'dpkg-buildpackage'], ['en', 'NON\u2010\nSENSE', 'NONSENSE'],
  ]],
  ['leaves a hyphen before "und"/"and" apart: the word is left unfinished on purpose', [
    ['de', 'Speicher-\nund Rechenzeit', 'Speicher- und Rechenzeit'], ['en', 'pre-\nand post-processing', 'pre- and post-processing'],
  ]],
];

describe('joinLineEndHyphens', () => {
  for (const [rule, readings] of READINGS) {
    it(rule, () => {
      for (const [lang, source, read] of readings) expect(joinLineEndHyphens(source, words(lang)), source).toBe(read);
    });
  }

  it("without a lexicon joins only the typesetter's hyphen before lower case", () => {
    expect(joinLineEndHyphens('ex\u2010\ntracted and my-\ncommand')).toBe('extracted and my-command');
    expect(joinLineEndHyphens('QUELL\u2010\nDatei')).toBe('QUELL\u2010Datei');
  });
});

describe('segment: words hyphenated at line ends in clean mode', () => {
  const text = 'Die Konfigu-\nration liegt im Container-\nLinux bereit. Run my-\ncommand with the argu-\nments.';

  it('the clean text reads the joined word, decided by the shipped lexicon; the sentence text keeps the source', () => {
    const [de] = segment(text, 'de', { clean: true });
    expect(de!.clean).toBe('Die Konfiguration liegt im Container-Linux bereit.');
    expect(de!.text).toBe('Die Konfigu-\nration liegt im Container-\nLinux bereit.');
    const en = segment(text.slice(text.indexOf('Run')), 'en', { clean: true });
    expect(en.map((s) => s.clean)).toEqual(['Run my-command with the arguments.']);
  });

  it('without a lexicon every typed hyphen stays', () => {
    expect(segment(text, 'de', { clean: true, lexicon: null })[0]!.clean).toBe('Die Konfigu-ration liegt im Container-Linux bereit.');
  });
});
