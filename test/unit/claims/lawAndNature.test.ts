import { describe, expect, it } from 'vitest';
import { briefly, diffPair } from './diffPair.js';

const findings = (en: string, de: string) => diffPair(en, de).map(briefly);

/** Forms of contracts, farming and nature reports, each with a perturbed twin the diff must still find. */
describe('law, farming and nature', () => {
  it('reads a weekday at the start of a German compound, and "except" against "es sei denn"', () => {
    expect(findings('Work on Sundays is paid with a 50% supplement.', 'Sonntagsarbeit wird mit einem Zuschlag von 50 % vergütet.')).toEqual(['match date Sundays|Sonntagsarbeit', 'match percentage 50%|50 %']);
    expect(findings('Work on Saturdays is paid with a 50% supplement.', 'Sonntagsarbeit wird mit einem Zuschlag von 50 % vergütet.')).toContain('conflict date Saturdays|Sonntagsarbeit');
    expect(findings('The seller is liable only for intent, except for injury to life.', 'Der Verkäufer haftet nur für Vorsatz, es sei denn, es geht um eine Verletzung des Lebens.')).toEqual(['match negation except for|es sei denn']);
  });

  it('takes a place\'s own name translated around it for one name, not a shared first name', () => {
    expect(findings('She celebrated at Hellabrunn Zoo on Sunday.', 'Sie feierte am Sonntag im Tierpark Hellabrunn.')).toContain('match entity Hellabrunn Zoo|Tierpark Hellabrunn');
    expect(findings('Bundesbank President Joachim Nagel warned.', 'Bundesbank-Präsident Joachim Wuermeling warnte.')).toEqual(['conflict entity Bundesbank President Joachim Nagel|Joachim Wuermeling']);
  });

  it('takes a longer name for the other side\'s shorter one only where its other words stand there too', () => {
    expect(findings('The Debian Project released it.', 'Das Debian-Projekt hat es veröffentlicht.')).not.toContainEqual(expect.stringMatching(/-only/));
    expect(findings('The Apple Watch sold well in Berlin.', 'Apple verkaufte sich in Berlin gut.')).toContain('en-only entity Apple Watch|—');
  });

  it('reads "barely" before a figure as a bound, and "erst nach" as "not before"', () => {
    expect(findings('Rye was sown on barely 540,000 hectares.', 'Roggen wurde auf knapp 540.000 Hektar ausgesät.')).toEqual(['match quantity 540,000 hectares|540.000 Hektar']);
    expect(findings('Do not plant tomatoes outside before mid-May.', 'Tomaten erst nach Mitte Mai ins Freie pflanzen.')).toContain('match negation not|erst');
    expect(findings('Plant tomatoes outside before mid-May.', 'Tomaten erst nach Mitte Mai ins Freie pflanzen.')).not.toContainEqual(expect.stringMatching(/negation/));
  });

  it('reads Doppelzentner and half a kilo', () => {
    expect(findings('Farmers threshed 7.3 tonnes of wheat per hectare.', 'Die Bauern droschen 73 Doppelzentner Weizen pro Hektar.')).toEqual(['match quantity 7.3 tonnes|73 Doppelzentner']);
    expect(findings('Farmers threshed 7.3 tonnes of wheat per hectare.', 'Die Bauern droschen 37 Doppelzentner Weizen pro Hektar.')).toEqual(['conflict quantity 7.3 tonnes|37 Doppelzentner']);
    expect(findings('Half a kilo of strawberries cost 3.99 euros.', '500 Gramm Erdbeeren kosteten 3,99 Euro.')).toEqual(['match quantity Half a kilo|500 Gramm', 'match amount 3.99 euros|3,99 Euro']);
  });
});
