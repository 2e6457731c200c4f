import { describe, expect, it } from 'vitest';
import { flaggedFindings, pairFindings } from './diffPair.js';

/**
 * Rules of the round whose blind sets were written on fisheries, census statistics, chess and esports,
 * and museums; each tested on sentences of other news, with a twin the diff must flag.
 */
describe('figures of polls, diets, rates and currencies', () => {
  it('reads "4 in 10" as the share polls say it, but "2 in 3 steps" as two counts', () => {
    expect(flaggedFindings('Only 4 in 10 voters in Saxony trust the state government.', 'Nur vier von zehn Wählern in Sachsen vertrauen der Landesregierung.')).toEqual([]);
    expect(flaggedFindings('Only 4 in 10 voters in Saxony trust the state government.', 'Nur drei von zehn Wählern in Sachsen vertrauen der Landesregierung.')).toEqual(['conflict number 4 in 10|drei von zehn']);
    expect(pairFindings('The robot climbs 2 in 3 steps.', 'Der Roboter steigt 2 in 3 Schritten.')).toEqual(['match number 2|2', 'match number 3|3']);
  });

  it('knows calories and joules as energy, converting one into the other', () => {
    expect(flaggedFindings('A marathon runner burns about 2,600 calories.', 'Ein Marathonläufer verbrennt etwa 2.600 Kalorien.')).toEqual([]);
    expect(flaggedFindings('The bar has 250 kcal.', 'Der Riegel hat 1.046 kJ.')).toEqual([]);
    expect(flaggedFindings('A marathon runner burns about 2,600 calories.', 'Ein Marathonläufer verbrennt etwa 2.600 Kilojoule.')).toEqual(['conflict quantity 2,600 calories|2.600 Kilojoule']);
  });

  it('reads half and quarter of a bare German "Punkt" as English reads its "point"', () => {
    expect(flaggedFindings('The Riksbank cut its rate by a quarter point.', 'Die Riksbank senkte ihren Leitzins um einen Viertelpunkt.')).toEqual([]);
    expect(flaggedFindings('The Riksbank cut its rate by half a point.', 'Die Riksbank senkte ihren Leitzins um einen Viertelpunkt.')).toEqual(['conflict percentage half a point|einen Viertelpunkt']);
  });

  it('reads a bare "Kronen" as any krone, and the koruna as the Czech one', () => {
    expect(flaggedFindings('A ferry ticket to Bornholm costs DKK 350.', 'Ein Fährticket nach Bornholm kostet 350 Kronen.')).toEqual([]);
    expect(flaggedFindings('A ferry ticket to Bornholm costs DKK 350.', 'Ein Fährticket nach Bornholm kostet 350 Euro.')).toEqual(['conflict amount DKK 350|350 Euro']);
    expect(flaggedFindings('The new bridge in Brno cost 2.4 billion koruna.', 'Die neue Brücke in Brünn kostete 2,4 Milliarden tschechische Kronen.')).toEqual([]);
  });

  it('reads a rate of exchange as its bare figure, but not cents on the euro or a price by the pound', () => {
    expect(flaggedFindings('The yen weakened to 158.2 per dollar.', 'Der Yen schwächte sich auf 158,2 Yen je Dollar ab.')).toEqual([]);
    expect(flaggedFindings('The yen weakened to 158.2 per dollar.', 'Der Yen schwächte sich auf 152,8 Yen je Dollar ab.')).toEqual(['conflict number 158.2|152,8 Yen']);
    expect(flaggedFindings('Creditors recover 38 cents on the euro.', 'Die Gläubiger erhalten 38 Cent je Euro zurück.')).toEqual([]);
    expect(flaggedFindings('Crab prices rose to $9.40 a pound.', 'Die Krabbenpreise stiegen auf 9,40 Dollar je Pfund.')).toEqual([]);
  });
});

describe('negation and names', () => {
  it('reads a capitalised "No" before a people\'s adjective as the determiner it is', () => {
    expect(flaggedFindings('No Austrian skier finished in the top ten in Kitzbühel.', 'Kein österreichischer Skifahrer kam in Kitzbühel unter die besten zehn.')).toEqual([]);
    expect(flaggedFindings('No Austrian skier finished in the top ten in Kitzbühel.', 'Ein österreichischer Skifahrer kam in Kitzbühel unter die besten zehn.')).toContainEqual(expect.stringMatching(/^conflict negation No\|/));
  });

  it('reads an institution of two things as one name, but not a name after its "and"', () => {
    const en = 'The Federal Ministry of Food and Agriculture banned the pesticide in March.';
    expect(flaggedFindings(en, 'Das Bundesministerium für Ernährung und Landwirtschaft verbot das Pestizid im März.')).toEqual([]);
    expect(flaggedFindings(en, 'Das Bundesministerium für Verkehr verbot das Pestizid im März.')).toEqual(['en-only entity Federal Ministry of Food and Agriculture|—']);
    expect(pairFindings('The Department of Health and Pfizer signed the deal.', 'Das Gesundheitsministerium und Pfizer unterzeichneten den Vertrag.')).toContain('match entity Pfizer|Pfizer');
  });

  it('reads AD and BC as eras, not names', () => {
    expect(flaggedFindings('The villa was built in the first century AD.', 'Die Villa wurde im ersten Jahrhundert n. Chr. erbaut.')).toEqual([]);
  });

  it('reads a place\'s "-er" adjective before a noun as the place\'s thing, not an actor\'s name', () => {
    // "Lissabonner" is no adjective the gazetteer lists, and "Altstadt" no word the lexicon knows.
    expect(flaggedFindings('Lisbon’s old town now has fewer than 20,000 residents.', 'Die Lissabonner Altstadt hat heute weniger als 20.000 Einwohner.')).toEqual([]);
    // A person's surname after a given name is still a name.
    expect(flaggedFindings('The prize went to Anna Berliner.', 'Der Preis ging an Anna Schmidt.')).toEqual(['conflict entity Anna Berliner|Anna Schmidt']);
  });
});
