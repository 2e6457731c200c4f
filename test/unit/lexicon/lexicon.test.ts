import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../../src/lexicon/compound.js';
import { Lexicon } from '../../../src/lexicon/lexicon.js';
import { parseUserLexicon } from '../../../src/lexicon/userLexicon.js';

describe('Lexicon', () => {
  const lexicon = Lexicon.fromStemTable('contain\tcontain behalt\ninstal\tinstalli\n');

  it('looks translations up by English stem and knows the German stems', () => {
    expect(lexicon.translations('contain')).toEqual(['contain', 'behalt']);
    expect(lexicon.translations('unknown')).toEqual([]);
    expect(lexicon.hasGermanStem('behalt')).toBe(true);
    expect(lexicon.hasGermanStem('haus')).toBe(false);
    expect(lexicon.hasEnglishStem('instal')).toBe(true);
  });

  it('knows the headwords of German inflected forms, so that "versprach" meets what "promised" translates to', () => {
    const withForms = Lexicon.fromStemTable('promis\tversprech\n=versprach\tversprech\n=kont\tkonto zuruckschlag\n\tkonto versprach versprech\n');
    expect(withForms.germanLemmas('versprach')).toEqual(['versprech']);
    expect(withForms.germanLemmas('kont')).toEqual(['konto', 'zuruckschlag']);
    expect(withForms.germanLemmas('versprech')).toEqual([]);
    expect(withForms.translations('promis')).toEqual(['versprech']);
    expect(withForms.hasEnglishStem('=versprach')).toBe(false);
    expect(withForms.withPairs([['vow', 'geloben']]).germanLemmas('versprach')).toEqual(['versprech']);
  });

  it('reads a table in any order, the later of two lines for one stem counting, non-ASCII keys included', () => {
    const table = Lexicon.fromStemTable('zebra\tzebra\n=übern\tubernehm\nähnlich\tahnlich\nabout\tetwa\nzebra\tzebr\nµs\tmikrosekund\n');
    expect(table.translations('zebra')).toEqual(['zebr']);
    expect(table.translations('ähnlich')).toEqual(['ahnlich']);
    expect(table.translations('µs')).toEqual(['mikrosekund']);
    expect(table.translations('about')).toEqual(['etwa']);
    expect(table.translations('abou')).toEqual([]);
    expect(table.germanLemmas('übern')).toEqual(['ubernehm']);
    expect(table.hasEnglishStem('übern')).toBe(false);
    // Without a stem list, the German stems are gathered from the entries (the later zebra line only).
    expect(['zebr', 'ahnlich', 'etwa', 'mikrosekund'].every((s) => table.hasGermanStem(s))).toBe(true);
    expect(table.hasGermanStem('zebra')).toBe(false);
  });

  it('adds user pairs by stem without changing the original', () => {
    const extended = lexicon.withPairs([['runtimes', 'Laufzeitumgebung'], ['container', 'Kiste']]);
    expect(extended.translations('runtim')).toHaveLength(1);
    expect(extended.translations('contain')).toEqual(['contain', 'behalt', 'kist']);
    expect(lexicon.translations('contain')).toEqual(['contain', 'behalt']);
  });
});

describe('parseUserLexicon', () => {
  it('reads TSV and hunalign lines, skipping comments and blank lines', () => {
    expect(parseUserLexicon('# domain terms\nruntime\tLaufzeit\n\nPaket @ package\n')).toEqual({
      pairs: [
        ['runtime', 'Laufzeit'],
        ['package', 'Paket'],
      ],
    });
  });

  it('names the first line that is neither format', () => {
    expect(parseUserLexicon('runtime\tLaufzeit\njust words\n').badLine).toBe(2);
  });
});

describe('splitCompound', () => {
  const words = new Set(['container', 'runtime', 'paket', 'verwaltung', 'version']);
  const known = (part: string) => words.has(part);

  it('splits against known parts, with linking elements', () => {
    expect(splitCompound('containerruntime', known)).toEqual(['container', 'runtime']);
    expect(splitCompound('paketverwaltung', known)).toEqual(['paket', 'verwaltung']);
    expect(splitCompound('versionsverwaltung', known)).toEqual(['version', 'verwaltung']);
  });

  it('refuses incomplete splits and tiny parts', () => {
    expect(splitCompound('containerschiff', known)).toBeUndefined();
    expect(splitCompound('paket', known)).toBeUndefined();
  });
});

describe('shipped lexicon', () => {
  it('carries the supplement: business senses Ding lists only inside phrases', async () => {
    const { shippedLexicon } = await import('../../../src/lexicon/load.js');
    const lexicon = shippedLexicon();
    // Porter stems: acquired → acquir, buys → bui; übernommen → ubernomm (umlauts folded).
    expect(lexicon.translations('acquir')).toContain('ubernomm');
    expect(lexicon.translations('bui')).toContain('ubernomm');
    // Ding's own senses stay.
    expect(lexicon.translations('acquir')).toContain('erwerb');
  });
});
