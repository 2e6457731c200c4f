import { describe, expect, it } from 'vitest';
import { flaggedFindings as flagged, pairFindings as findings } from './diffPair.js';

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

/** Rules found by the property, central banking, hospitals and diplomacy sets (heldout62–65). */
describe('currencies, rates and months said otherwise', () => {
  it('reads "der Franken" as the currency, not Franconia', () => {
    expect(flagged('The Swiss franc strengthened to 0.93 per euro.', 'Der Franken legte auf 0,93 je Euro zu.')).toEqual([]);
    expect(flagged('The festival takes place in Franconia.', 'Das Festival findet in Franken statt.')).toEqual([]);
    expect(flagged('The festival takes place in Swabia.', 'Das Festival findet in Franken statt.')).not.toEqual([]);
  });

  it('reads "to 50% from 45%" as a change, as "hob … von 45 % auf 50 % an"', () => {
    const en = 'The central bank raised its rate to 50% from 45%.';
    expect(flagged(en, 'Die Zentralbank hob den Leitzins von 45 % auf 50 % an.')).toEqual([]);
    expect(flagged(en, 'Die Zentralbank hob den Leitzins von 45 % auf 55 % an.')).toContainEqual(expect.stringMatching(/conflict percentage/));
  });

  it('reads "Since May" opening a sentence as the month, and the modal "may" as none', () => {
    expect(flagged('Since May, assistants have earned €15.50 an hour.', 'Seit Mai verdienen Hilfskräfte 15,50 Euro pro Stunde.')).toEqual([]);
    expect(flagged('Since May, assistants have earned €15.50 an hour.', 'Seit Juni verdienen Hilfskräfte 15,50 Euro pro Stunde.')).toContainEqual(expect.stringMatching(/date/));
    expect(findings('It may rain.', 'Es kann regnen.')).toEqual([]);
  });
});

describe('a tolerance either way', () => {
  it('reads "plus or minus one percentage point" as no negative value', () => {
    const en = 'Inflation was above the target of 2.5% plus or minus one percentage point.';
    expect(flagged(en, 'Die Inflation lag über dem Zielwert von 2,5 % mit einer Toleranz von einem Prozentpunkt nach oben und unten.')).toEqual([]);
    expect(flagged('It was minus 15 degrees.', 'Es waren 15 Grad.')).toContainEqual(expect.stringMatching(/conflict quantity/));
  });
});

describe('an office named after "the"', () => {
  it('reads "the Prime Minister", "the King and Queen" as offices, not names, and keeps names after them', () => {
    expect(flagged('The Prime Minister will travel to Warsaw.', 'Der Regierungschef reist nach Warschau.')).toEqual([]);
    expect(flagged('The King and Queen will visit Berlin.', 'Das Königspaar besucht Berlin.')).toEqual([]);
    expect(flagged('Prime Minister Tusk will travel to Warsaw.', 'Regierungschef Scholz reist nach Warschau.')).toContainEqual(expect.stringMatching(/conflict entity/));
    // A rank before a name is a title now ("Queen Margrethe"), so the ship is matched by its name.
    expect(findings('The Queen Mary sailed.', 'Die Queen Mary lief aus.')).toContainEqual(expect.stringMatching(/match entity (?:Queen )?Mary/));
  });
});
