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

describe('joinLineEndHyphens', () => {
  it('joins a word the lexicon knows, whatever the hyphen, and keeps the source otherwise untouched', () => {
    expect(joinLineEndHyphens('the argu\u2010\n       ments', words('en'))).toBe('the arguments');
    expect(joinLineEndHyphens('Die Konfigu-\nration', words('de'))).toBe('Die Konfiguration');
    expect(joinLineEndHyphens('no hyphen at a line end\nhere', words('en'))).toBe('no hyphen at a line end\nhere');
  });

  it('keeps the hyphen of a compound of two words, and of a capital after it; only the line break goes', () => {
    expect(joinLineEndHyphens('my-\ncommand', words('en'))).toBe('my-command');
    expect(joinLineEndHyphens('run\u2010\nlevel', words('en'))).toBe('run\u2010level');
    expect(joinLineEndHyphens('Container-\nLinux', words('de'))).toBe('Container-Linux');
    expect(joinLineEndHyphens('Speicher-\nStufe', words('de'))).toBe('Speicher-Stufe');
  });

  it('a typesetter\'s hyphen also breaks pieces that are no words at all; a typed one does not', () => {
    expect(joinLineEndHyphens('coreu\u2010\ntils', words('en'))).toBe('coreutils');
    expect(joinLineEndHyphens('dpkg-\nbuildpackage', words('en'))).toBe('dpkg-buildpackage');
    // Capitals after capitals: one word in upper case.
    expect(joinLineEndHyphens('NON\u2010\nSENSE', words('en'))).toBe('NONSENSE');
  });

  it('leaves a hyphen before "und"/"and" apart: the word is left unfinished on purpose', () => {
    expect(joinLineEndHyphens('Speicher-\nund Rechenzeit', words('de'))).toBe('Speicher- und Rechenzeit');
    expect(joinLineEndHyphens('pre-\nand post-processing', words('en'))).toBe('pre- and post-processing');
  });

  it('without a lexicon joins only the typesetter\'s hyphen before lower case', () => {
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
