import { describe, expect, it } from 'vitest';
import { Analyser } from '../../../src/analyse/features.js';
import { cognateKey, normaliseNumber, tokenize } from '../../../src/analyse/tokens.js';
import { tokenizeClauses } from '../analyse/clauseMarks.js';
import { mergeFeatures } from '../../../src/align/links.js';
import { Lexicon } from '../../../src/lexicon/lexicon.js';
import { PairMatcher } from '../../../src/score/match.js';
import { calibratedScore, groupEvidence } from '../../../src/score/pair.js';

describe('numbers and cognates', () => {
  it('normalises numbers across locales', () => {
    expect(normaliseNumber('7,5', 'de')).toBe('7.5');
    expect(normaliseNumber('7.5', 'en')).toBe('7.5');
    expect(normaliseNumber('1.000', 'de')).toBe('1000');
    expect(normaliseNumber('1,000', 'en')).toBe('1000');
    expect(normaliseNumber('1.2.3', 'en')).toBeUndefined();
  });

  it('gives EN and DE cognates one key', () => {
    expect(cognateKey('kommunikation')).toBe(cognateKey('communication'));
    expect(cognateKey('zertifikat')).toBe(cognateKey('certificate'));
    expect(cognateKey('haus')).toBeUndefined();
  });
});

describe('stop words', () => {
  it('leaves German conjunctions, object pronouns and possessives out of the content words, as their English counterparts are', async () => {
    const { shippedLexicon } = await import('../../../src/lexicon/load.js');
    const analyser = new Analyser(shippedLexicon());
    expect(analyser.analyse('Sie testen die Werkzeuge sowie ihre Projekte und zeigen uns seinen Plan.', 'de').starts.length - 1).toBe(5);
    expect(analyser.analyse('They test the tools as well as their projects and show us his plan.', 'en').starts.length - 1).toBe(6);
    // Ding gives "sowie" for "as soon as": as a content word it matched "soon".
    const matcher = new PairMatcher(analyser.keyCount);
    matcher.load(analyser.analyse('Perhaps we can expect a fork soon.', 'en'));
    expect(matcher.count(analyser.analyse('Kinvolk erstellte die Distribution sowie die Projekte.', 'de')).en).toBe(0);
  });
});

describe('clauses', () => {
  const bits = (mask: number) => [...Array(31).keys()].filter((t) => mask & (1 << t));

  it('marks the words that follow a comma, colon, bracket, quotation mark or spaced dash', () => {
    const text = 'Kühl said: "Flatcar (a fork) stays" – and grows, as planned.';
    const { words, opensClause } = tokenizeClauses(text);
    expect(words).toEqual(tokenize(text));
    expect(words.filter((_, k) => opensClause[k])).toEqual(['Flatcar', 'a', 'stays', 'and', 'as']);
    // The same marks as a plain scan of the gaps between the tokenizer's matches, on awkward text.
    const reference = (t: string) => {
      const marks: boolean[] = [];
      let end = -1;
      for (const m of t.matchAll(/\d+(?:[.,]\d+)*|[\p{L}\p{N}][\p{L}\p{N}'’\-.]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)) {
        marks.push(end >= 0 && /[,;:()[\]"“”„«»‚‘’'–—]|\s-\s/u.test(t.slice(end, m.index)));
        end = m.index + m[0].length;
      }
      return marks;
    };
    for (const awkward of ['a-b - c, d', '7,5 % (ca.) x', '’quoted’ word: "yes"', 'x--y -- z', 'Übernahme… 2015–2018', 'aa aa, aa aa']) {
      expect(tokenizeClauses(awkward).opensClause).toEqual(reference(awkward));
    }
    // Every UTF-16 code unit between two words, alone and spaced.
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const text of [`ab${c}cd`, `ab ${c} cd`]) {
        if (JSON.stringify(tokenizeClauses(text).opensClause) !== JSON.stringify(reference(text))) differing.push(code);
      }
    }
    expect(differing).toEqual([]);
    // Hyphens inside words and apostrophes inside names open nothing.
    expect(tokenizeClauses("Kinvolk's well-known tool for self-hosted clusters").opensClause.some(Boolean)).toBe(false);
  });

  it('opens a clause at the next content word when a stop word follows the mark, and merges groups clause by clause', () => {
    const analyser = new Analyser(null);
    // Content words: Microsoft(0) acquired(1) Kinvolk(2) | German(3) company(4); "a" is a stop word.
    const f = analyser.analyse('Microsoft acquired Kinvolk, a German company.', 'en');
    expect(bits(f.clauseStarts)).toEqual([3]);
    const g = analyser.analyse('It grew.', 'en');
    const merged = mergeFeatures([g, f]);
    const offset = g.starts.length - 1;
    expect(bits(merged.clauseStarts)).toEqual([offset, offset + 3]);
  });
});

describe('Analyser and PairMatcher', () => {
  const lexicon = Lexicon.fromStemTable('contain\tcontain\nruntim\tlaufzeit\ninstal\tinstalli install\npackag\tpaket\nsignatur\tsignatur\ncheck\tpruf\n');

  function score(enText: string, deText: string) {
    const analyser = new Analyser(lexicon);
    const en = analyser.analyse(enText, 'en');
    const de = analyser.analyse(deText, 'de');
    const matcher = new PairMatcher(analyser.keyCount);
    matcher.load(en);
    const counts = matcher.count(de);
    return { counts, score: calibratedScore(groupEvidence([en], [de], counts)), en, de };
  }

  it('matches translations through stems and compound parts', () => {
    const { counts } = score('The container runtime installs packages.', 'Die Containerruntime installiert Pakete.');
    // container + runtime via the compound, install via the lexicon, package via the lexicon
    expect(counts.en).toBe(4);
    expect(counts.de).toBe(3);
  });

  it('matches dates written the two ways', () => {
    const { en, de } = score('Released on April 29.', 'Veröffentlicht am 29. April.');
    expect(en.anchors).toContain('29');
    expect(de.anchors).toContain('29');
  });

  it('scores a translation far above an unrelated sentence', () => {
    const good = score('It checks the signature of every package.', 'Sie prüft die Signatur jedes Pakets.').score;
    const bad = score('It checks the signature of every package.', 'Das Wetter in Berlin war sonnig.').score;
    expect(good).toBeGreaterThan(0.7);
    expect(bad).toBeLessThan(0.1);
  });

  it('pairs tokens one to one: a word said twice needs two counterparts', () => {
    const analyser = new Analyser(lexicon);
    const german = analyser.analyse('Der Container prüft das Paket, und der Container installiert das Paket.', 'de');
    const once = analyser.analyse('The container checks the package.', 'en');
    const twice = analyser.analyse('The container checks the package, and the container installs the package.', 'en');
    const matcher = new PairMatcher(analyser.keyCount);
    matcher.load(once);
    // One English "container" and "package" explain both German ones as `count` sees it …
    expect(matcher.count(german).de).toBe(5);
    // … but pair off with one each.
    expect(matcher.pairedOneToOne(german)).toBe(3);
    matcher.load(twice);
    expect(matcher.pairedOneToOne(german)).toBe(6);
  });

  it('finds the largest pairing, moving an earlier token to another counterpart when a later one needs its first', () => {
    const analyser = new Analyser(lexicon);
    // "Paketsignatur" matches "signature" and "package"; "Signatur" only "signature".
    const german = analyser.analyse('Die Paketsignatur und die Signatur.', 'de');
    const english = analyser.analyse('The signature of the package.', 'en');
    const matcher = new PairMatcher(analyser.keyCount);
    matcher.load(english);
    expect(matcher.masks(german).de).toBe(0b11);
    expect(matcher.pairedOneToOne(german)).toBe(2);
  });

  it('does not let one shared number outweigh everything else', () => {
    const { score: s } = score('Chapter 7 covers the weather in Berlin.', 'Die Installation dauert 7 Minuten.');
    expect(s).toBeLessThan(0.5);
  });
});

describe('names and loan words with an s', () => {
  it('meet their bare form on the other side: plural, genitive, possessive', async () => {
    const { shippedLexicon } = await import('../../../src/lexicon/load.js');
    const analyser = new Analyser(shippedLexicon());
    const shares = (en: string, de: string) => {
      const e = analyser.analyse(en, 'en');
      const d = analyser.analyse(de, 'de');
      const matcher = new PairMatcher(analyser.keyCount);
      matcher.load(e);
      return matcher.count(d).de;
    };
    expect(shares('21,419,000 iPads', 'das iPad-Tablet')).toBe(1);
    expect(shares('Kerber lost.', 'Kerbers Sieg')).toBe(1);
    expect(shares("Berlin's airport", 'Berlin')).toBe(1);
    expect(shares('Renzi resigned.', 'Renzis Gegner')).toBe(1);
    // Never from "ss": "boss" is no "Bos".
    expect(shares('the boss', 'Bos')).toBe(0);
  });
});

describe('German verb forms', () => {
  it('meet the infinitive their English counterpart translates to', async () => {
    const { germanVerbStems } = await import('../../../src/analyse/germanForms.js');
    const known = (s: string) => ['offn', 'land', 'ausnutz', 'einlogg', 'verkauf', 'abschalt'].includes(s);
    expect(germanVerbStems('öffnet', known)).toEqual(['offn']);
    expect(germanVerbStems('landete', known)).toEqual(['land']);
    expect(germanVerbStems('gelandet', known)).toEqual(['land']);
    expect(germanVerbStems('ausgenutzt', known)).toEqual(['ausnutz']);
    expect(germanVerbStems('abgeschaltet', known)).toEqual(['abschalt']);
    expect(germanVerbStems('einzuloggen', known)).toEqual(['einlogg']);
    expect(germanVerbStems('verkaufte', known)).toEqual(['verkauf']);
    expect(germanVerbStems('Haus', known)).toEqual([]);
  });
});

describe('German inflected words the stemmer leaves whole', () => {
  it('meet their headword ("freie", "freien" = "frei"), and only a headword the lexicon knows', async () => {
    const { germanInflectionStem: withStem } = await import('../../../src/analyse/germanForms.js');
    const { stem } = await import('../../../src/words/stem.js');
    const germanInflectionStem = (word: string, known: (s: string) => boolean) => withStem(word, stem(word, 'de'), known);
    const known = (s: string) => ['frei', 'klein'].includes(s);
    expect(germanInflectionStem('freie', known)).toBe('frei');
    expect(germanInflectionStem('freien', known)).toBe('frei');
    expect(germanInflectionStem('freier', known)).toBe('frei');
    // The stemmer handles "kleine" itself; "feier" has no known base.
    expect(germanInflectionStem('kleine', known)).toBeUndefined();
    expect(germanInflectionStem('feier', known)).toBeUndefined();
  });
});
