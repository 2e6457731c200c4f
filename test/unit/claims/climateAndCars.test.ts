import { describe, expect, it } from 'vitest';
import { briefly, diffPair } from './diffPair.js';

const findings = (en: string, de: string) => diffPair(en, de).map(briefly);
const flagged = (en: string, de: string) => findings(en, de).filter((finding) => !finding.startsWith('match'));

/** Rules found by the climate, cars, electronics and culture sets (heldout58–61); each with a twin the diff must still flag. */
describe('a negation of a verb of exclusion', () => {
  it('reads "not ruled out" against "ausgeschlossen" as possible against excluded', () => {
    const en = 'Investigators have not ruled out arson.';
    expect(flagged(en, 'Die Ermittler haben Brandstiftung ausgeschlossen.')).toContainEqual(expect.stringMatching(/conflict negation/));
    expect(flagged(en, 'Die Ermittler haben Brandstiftung nicht ausgeschlossen.')).toEqual([]);
    expect(flagged(en, 'Die Ermittler schließen Brandstiftung nicht aus.')).toEqual([]);
    expect(flagged('Claims for defects are expressly not excluded.', 'Mängelansprüche werden ausdrücklich ausgeschlossen.')).toContainEqual(expect.stringMatching(/negation/));
  });

  it('still lets a word that negates inside it confirm other cues', () => {
    expect(flagged('The tool is not usable offline.', 'Das Werkzeug ist offline unbrauchbar.')).toEqual([]);
  });
});

describe('a party named by an adjective', () => {
  it('reads "Grünen" before a noun as the adjective of a name, not the party', () => {
    const en = 'Ursula von der Leyen presented the Green Deal Industrial Plan in Davos on 17 January.';
    expect(flagged(en, 'Ursula von der Leyen stellte den Industrieplan zum Grünen Deal am 17. Januar in Davos vor.')).toEqual([]);
    expect(flagged('The Greens won 12 percent.', 'Die Grünen erhielten 12 Prozent.')).toEqual([]);
    expect(flagged('The Greens won 12 percent.', 'Die Linke erhielt 12 Prozent.')).toContainEqual(expect.stringMatching(/conflict entity/));
    expect(flagged("Google's website is down.", 'Googles Website ist nicht erreichbar.')).not.toContainEqual(expect.stringMatching(/entity/));
  });
});

describe('units of electricity', () => {
  it('reads volts, kilovolts, amperes and milliampere hours', () => {
    expect(flagged('The line carries 380 kilovolts.', 'Die Leitung führt 380 Kilovolt.')).toEqual([]);
    expect(flagged('The battery holds 5,000 mAh.', 'Der Akku fasst 5.000 mAh.')).toEqual([]);
    expect(flagged('The fuse is rated at 16 amps.', 'Die Sicherung ist auf 16 Ampere ausgelegt.')).toEqual([]);
    expect(flagged('The charger delivers up to 120 watts.', 'Das Ladegerät liefert bis zu 120 Volt.')).toContainEqual(expect.stringMatching(/quantity/));
  });
});
