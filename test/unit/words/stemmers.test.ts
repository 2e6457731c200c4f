import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { englishStem } from '../../../src/words/englishStem.js';
import { germanStem } from '../../../src/words/germanStem.js';

// The shipped lexicon was built with natural 8.1.1's Porter stemmers and is keyed by their stems; the
// project's own stemmers must give the same stem for every string, or lookups fail. natural is kept
// here, and only here, as the reference.
const require = createRequire(import.meta.url);
const natural: Record<'en' | 'de', { stem(word: string): string }> = {
  en: require('natural/lib/natural/stemmers/porter_stemmer.js'),
  de: require('natural/lib/natural/stemmers/porter_stemmer_de.js'),
};
const own = { en: englishStem, de: germanStem };

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Every field of both shipped lexicon tables: English and German stems, inflected forms' stems. */
function lexiconWords(): Set<string> {
  const words = new Set<string>();
  for (const table of ['en-de', 'de-en']) {
    const text = gunzipSync(readFileSync(join(root, 'data/lexicon', `${table}.tsv.gz`))).toString('utf8');
    for (const field of text.split(/[\t\n ]/)) {
      if (field !== '') words.add(field.startsWith('=') ? field.slice(1) : field);
    }
  }
  return words;
}

/** The surface words the lexicon was built from that ship with it: the supplement and the sampled headwords. */
function lexiconSourceWords(): Set<string> {
  const words = new Set<string>();
  for (const file of ['data/lexicon/supplement.tsv', 'fixtures/lexicon/headwords.tsv']) {
    for (const line of readFileSync(join(root, file), 'utf8').split('\n')) {
      if (line.startsWith('#')) continue;
      for (const field of line.split(/[\t,]/)) {
        const word = field.trim();
        if (word !== '' && word !== 'en' && word !== 'de') words.add(word);
      }
    }
  }
  return words;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

/**
 * Every word type of the bundled fixture texts, as the aligner's word scan and as whitespace cuts them
 * (with punctuation, markup, digits), each also lower-cased: the strings the stemmers are actually given.
 */
function fixtureWords(): Set<string> {
  const words = new Set<string>();
  for (const file of filesUnder(join(root, 'fixtures'))) {
    const text = readFileSync(file, 'utf8');
    if (text.includes('\0')) continue;
    for (const word of [...(text.match(/[\p{L}\p{N}'’.-]+/gu) ?? []), ...text.split(/\s+/)]) {
      if (word === '') continue;
      words.add(word);
      words.add(word.toLowerCase());
    }
  }
  return words;
}

/** Strings built to reach natural's quirks: case, umlauts, ß, apostrophes, digits, hyphens, line breaks, 0–3 letters. */
function edgeCases(): Set<string> {
  const words = new Set<string>(['', 'a', 'A', 'ß', 'ẞ', 'y', 'Y', 'U', 'ie', 'Ie', 'IES', 'eed', 'ed', 'ing', 'ess', 'ies', 'sss', 'say', 'yyy']);
  const pieces = ['a', 'e', 'i', 'o', 'u', 'y', 'b', 'l', 's', 't', 'z', 'w', 'x', 'r', 'n', 'ä', 'ö', 'ü', 'ß', 'U', 'Y', 'Ä', 'Ü', 'ẞ', 'İ', "'", '’', '-', '.', '0', '7', '\n', '\u2028'];
  const endings = [
    '', 's', 'es', 'ies', 'sses', 'eed', 'ed', 'ing', 'y', 'ational', 'tional', 'ization', 'ation', 'abli', 'bli', 'alli', 'ousli', 'ness',
    'ful', 'ative', 'ical', 'ement', 'ment', 'ent', 'ance', 'sion', 'tion', 'ion', 'e', 'll', 'ern', 'em', 'er', 'en', 'est', 'st', 'end',
    'ung', 'ig', 'ik', 'isch', 'lich', 'heit', 'keit', 'igkeit', 'lichkeit', 'erlich', 'endig', 'niss', 'nissen', 'ERN', 'UNG', "'s", '-ing',
  ];
  // Every one- and two-piece string, then each of those before every ending.
  const stems = [''];
  for (const p of pieces) {
    stems.push(p);
    for (const q of pieces) stems.push(p + q);
  }
  for (const stem of stems) {
    for (const ending of endings) {
      words.add(stem + ending);
      words.add(`b${stem}${ending}`);
      words.add(`ab${stem}${ending}`);
      words.add((stem + ending).toUpperCase());
    }
  }
  // Capitalised and upper-case German and English words with umlauts and ß.
  for (const word of ['Häuser', 'Straße', 'STRASSE', 'Übernahme', 'übernehmen', 'Bedürfnissen', 'Feuer', 'Bauern', 'Mäuse', 'GmbH', "Müller's", 'E-Mail-Adressen', 'Ökonomie', 'Äußerung', 'Happiness', 'RUNNING', "don't", 'co-operating', '3rd', '1990er', '20-jährigen']) {
    words.add(word);
    words.add(word.toLowerCase());
    words.add(word.toUpperCase());
  }
  return words;
}

function differences(lang: 'en' | 'de', words: Iterable<string>): string[] {
  const found: string[] = [];
  for (const word of words) {
    const expected = natural[lang].stem(word);
    const got = own[lang](word);
    if (got !== expected) found.push(`${JSON.stringify(word)}: natural ${JSON.stringify(expected)}, ours ${JSON.stringify(got)}`);
  }
  return found.slice(0, 20);
}

describe("the project's stemmers give natural's stems", () => {
  const sets = {
    'every word of the shipped lexicon': lexiconWords(),
    'the lexicon supplement and the sampled Ding headwords': lexiconSourceWords(),
    'every word type of the fixtures': fixtureWords(),
    'generated edge cases': edgeCases(),
  };

  for (const [name, words] of Object.entries(sets)) {
    for (const lang of ['en', 'de'] as const) {
      it(`${lang}: ${name} (${words.size} strings)`, () => {
        expect(words.size).toBeGreaterThan(1000);
        expect(differences(lang, words)).toEqual([]);
      });
    }
  }

  it('gives the same stem on a second call (the buffer it reuses carries nothing over)', () => {
    for (const lang of ['en', 'de'] as const) {
      const long = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen'.repeat(4);
      const first = [own[lang](long), own[lang]('ab'), own[lang]('Bäume')];
      expect([own[lang](long), own[lang]('ab'), own[lang]('Bäume')]).toEqual(first);
      expect(first).toEqual([natural[lang].stem(long), natural[lang].stem('ab'), natural[lang].stem('Bäume')]);
    }
  });
});
