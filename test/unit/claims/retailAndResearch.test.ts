import { describe, expect, it } from 'vitest';
import { flaggedFindings, pairFindings } from './diffPair.js';

/**
 * Rules of the round whose blind sets were written on food retail, research funding, budgets, concert
 * tours, trade fairs and forestry; each tested on sentences of other news, with a twin the diff must flag.
 */
describe('seasons, loose times and units of science', () => {
  it('reads a season with its year when a lower-case word follows the year', () => {
    expect(flaggedFindings('The tour resumes in spring 2026 with ten shows.', 'Die Tour wird im Frühjahr 2026 mit zehn Shows fortgesetzt.')).toEqual([]);
    expect(flaggedFindings('The tour resumes in spring 2026 with ten shows.', 'Die Tour wird im Herbst 2026 mit zehn Shows fortgesetzt.')).toEqual(['conflict date spring 2026|Herbst 2026']);
  });

  it('compares a time said loosely with the words of its whole clause, not only its nearest', () => {
    // "ferry company" / "Reederei" stand out of "next week"'s few near words, and near "diese Woche".
    const en = 'The ferry company will resume its service to Sylt from Cuxhaven next week.';
    expect(flaggedFindings(en, 'Die Reederei nimmt nächste Woche den Fährverkehr von Cuxhaven nach Sylt wieder auf.')).toEqual([]);
    expect(flaggedFindings(en, 'Die Reederei nimmt diese Woche den Fährverkehr von Cuxhaven nach Sylt wieder auf.')).toEqual(['conflict date next week|diese Woche']);
  });

  it('knows the fractions of a second by their SI prefixes', () => {
    expect(flaggedFindings('The new chip switches in 12 nanoseconds.', 'Der neue Chip schaltet in 12 Nanosekunden.')).toEqual([]);
    expect(flaggedFindings('The server answered within 3 ms.', 'Der Server antwortete innerhalb von 3 Millisekunden.')).toEqual([]);
    expect(flaggedFindings('The new chip switches in 12 nanoseconds.', 'Der neue Chip schaltet in 12 Mikrosekunden.')).toEqual(['conflict quantity 12 nanoseconds|12 Mikrosekunden']);
  });

  it('reads a currency whose German adjective is capitalised as its name', () => {
    expect(flaggedFindings('The fine was 450 Swedish kronor.', 'Die Strafe betrug 450 Schwedische Kronen.')).toEqual([]);
    expect(flaggedFindings('The fine was 450 Swedish kronor.', 'Die Strafe betrug 540 Schwedische Kronen.')).toEqual(['conflict amount 450 Swedish kronor|540 Schwedische Kronen']);
  });

  it('reads a road number German writes with a space as the name English glues', () => {
    expect(flaggedFindings('The A7 near Kassel was closed for five hours.', 'Die A 7 bei Kassel war fünf Stunden gesperrt.')).toEqual([]);
    expect(flaggedFindings('The A7 near Kassel was closed for five hours.', 'Die A 4 bei Kassel war fünf Stunden gesperrt.')).toEqual(['en-only entity A7|—', 'de-only entity —|A 4']);
    // A letter and a number elsewhere stay a group and a count.
    expect(pairFindings('Group A scored 3 points.', 'Gruppe A holte 3 Punkte.')).toContain('match number 3|3');
  });
});

describe('negation said by a verb or inside a word', () => {
  it('reads a verb of stopping as the "no longer" of the other side', () => {
    expect(flaggedFindings('The bakery chain will stop selling plastic bags next year.', 'Die Bäckereikette verkauft im nächsten Jahr keine Plastiktüten mehr.')).toEqual([]);
    expect(flaggedFindings('The airline no longer flies to Tallinn.', 'Die Fluggesellschaft stellte die Flüge nach Tallinn ein.')).toEqual([]);
    expect(flaggedFindings('The bakery chain will continue selling plastic bags next year.', 'Die Bäckereikette verkauft im nächsten Jahr keine Plastiktüten mehr.')).toContainEqual(expect.stringMatching(/^conflict negation /));
  });

  it('reads a German un-word that begins like "unser" as a negation', () => {
    expect(flaggedFindings('The minister called the offer "not serious".', 'Die Ministerin nannte das Angebot „unseriös“.')).toEqual([]);
    expect(flaggedFindings('The minister called the offer "not serious".', 'Die Ministerin nannte das Angebot „seriös“.')).toContainEqual(expect.stringMatching(/negation not\|/));
  });
});

describe('names of peoples and of bodies', () => {
  it('finds one people\'s adjective in the place of another\'s', () => {
    expect(flaggedFindings('The Danish shipping group bought the terminal in Wilhelmshaven.', 'Die dänische Reederei kaufte das Terminal in Wilhelmshaven.')).toEqual([]);
    expect(flaggedFindings('The Danish shipping group bought the terminal in Wilhelmshaven.', 'Die norwegische Reederei kaufte das Terminal in Wilhelmshaven.')).toEqual(['conflict entity Danish|norwegische']);
    // An adjective the other side leaves out is no finding, nor one whose place the other side names.
    expect(flaggedFindings('The Danish shipping group bought the terminal in Wilhelmshaven.', 'Die Reederei kaufte das Terminal in Wilhelmshaven.')).toEqual([]);
  });

  it('knows bodies the dictionary gives one name a side, with initials in one language or under administration', () => {
    expect(flaggedFindings('The Federal Cartel Office approved the merger.', 'Das Bundeskartellamt genehmigte die Fusion.')).toEqual([]);
    expect(flaggedFindings('The Federal Environmental Agency published the figures.', 'Das Umweltbundesamt veröffentlichte die Zahlen.')).toEqual([]);
    expect(flaggedFindings('The Federal Cartel Office approved the merger.', 'Das Bundesamt für Justiz genehmigte die Fusion.')).not.toEqual([]);
  });

  it('finds a known body the other side names in common words', () => {
    expect(flaggedFindings('Officers of the state criminal police office searched the flat.', 'Beamte des Landeskriminalamts durchsuchten die Wohnung.')).toEqual([]);
    expect(flaggedFindings('Officers of the state criminal police office searched the flat.', 'Beamte des Bundeskartellamts durchsuchten die Wohnung.')).toEqual(['de-only entity —|Bundeskartellamts']);
  });

  it('keeps two bodies apart whose initials spell each other\'s German name', () => {
    expect(flaggedFindings('The WTO cut its growth forecast.', 'Die Welthandelsorganisation senkte ihre Wachstumsprognose.')).toEqual([]);
    expect(flaggedFindings('The WTO cut its growth forecast.', 'Die WHO senkte ihre Wachstumsprognose.')).toEqual(['conflict entity WTO|WHO']);
  });
});
