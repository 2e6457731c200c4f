import { describe, expect, it } from 'vitest';
import { flaggedFindings, pairFindings } from './diffPair.js';

const of = (type: string, findings: string[]) => findings.filter((finding) => finding.split(' ')[1] === type);

describe('a year where a count could stand', () => {
  it('reads "one in 2024" as a year, "one in 2000 people" as a share', () => {
    expect(flaggedFindings('The firm received two warnings in 2023 and one in 2024.', 'Die Firma erhielt 2023 zwei Verwarnungen und 2024 eine.')).toEqual([]);
    expect(of('number', pairFindings('One in 2000 people carries the gene.', '1 von 2.000 Menschen trägt das Gen.'))).toEqual(['match number One in 2000|1 von 2.000']);
  });

  it('does not scale a year by the "tausend" after it', () => {
    expect(flaggedFindings('The club wants to plant a thousand trees by 2030.', 'Der Verein will bis 2030 tausend Bäume pflanzen.')).toEqual([]);
  });
});

describe('periods and days said loosely', () => {
  it('reads "last quarter" alone as maybe the quarter before, maybe the fourth', () => {
    expect(flaggedFindings('Sales of the shop rose by 8 percent last quarter.', 'Der Umsatz des Ladens stieg im vergangenen Quartal um 8 Prozent.')).toEqual([]);
    expect(of('date', pairFindings('Sales rose sharply in the final quarter.', 'Im letzten Quartal stieg der Umsatz stark.'))).toEqual(['match date final quarter|letzten Quartal']);
    expect(of('date', flaggedFindings('Sales rose by 5 percent last quarter.', 'Der Umsatz stieg im dritten Quartal um 5 Prozent.'))).not.toEqual([]);
    expect(of('date', pairFindings('Sales rose in the last quarter of 2023.', 'Der Umsatz stieg im vierten Quartal 2023.'))).toEqual(['match date last quarter of 2023|vierten Quartal 2023']);
  });

  it('reads "each May" as the month and "half-year" as half a year', () => {
    expect(flaggedFindings('The roses in the park bloom each May.', 'Die Rosen im Park blühen jeden Mai.')).toEqual([]);
    expect(of('date', flaggedFindings('The roses in the park bloom each May.', 'Die Rosen im Park blühen jeden Juni.'))).not.toEqual([]);
    expect(flaggedFindings('A half-year ticket costs 90 euros.', 'Ein halbjähriges Ticket kostet 90 Euro.')).toEqual([]);
    // A period's name is weak: no length the other side lacks.
    expect(flaggedFindings('Half-year revenue came in at 870 million euros.', 'Der Halbjahresumsatz lag bei 870 Millionen Euro.')).toEqual([]);
  });

  it('reads "on a weekday" as Monday to Friday', () => {
    expect(flaggedFindings('Visitors who come on a weekday pay 12 euros.', 'Wer unter der Woche kommt, zahlt 12 Euro.')).toEqual([]);
  });
});

describe('an abbreviation the other side gives for a name', () => {
  it('finds "WLAN" for "Wi-Fi", inflected or opening a compound', () => {
    expect(of('entity', flaggedFindings('The hotel offers free Wi-Fi in every room.', 'Das Hotel bietet in jedem Zimmer kostenloses WLAN an.'))).toEqual([]);
    expect(of('entity', flaggedFindings('No data is stored when the Wi-Fi is used.', 'Bei der Nutzung des WLANs werden keine Daten gespeichert.'))).toEqual([]);
    expect(of('entity', flaggedFindings('The printer cannot join hidden Wi-Fi networks.', 'Der Drucker kann sich nicht mit versteckten WLAN-Netzen verbinden.'))).toEqual([]);
  });

  it('still reports the name where no such abbreviation stands', () => {
    expect(of('entity', flaggedFindings('The hotel offers free Wi-Fi in every room.', 'Das Hotel bietet in jedem Zimmer kostenloses Internet an.'))).not.toEqual([]);
  });
});

describe('a country\'s possessive before a body\'s name', () => {
  it('is no finding where German names the body without the country', () => {
    expect(of('entity', flaggedFindings('Germany\'s Federal Cartel Office fined the company 5 million euros.', 'Das Bundeskartellamt verhängte gegen das Unternehmen ein Bußgeld von 5 Millionen Euro.'))).toEqual([]);
  });

  it('still meets another country named there', () => {
    expect(of('entity', flaggedFindings('Germany\'s Federal Cartel Office fined the company 5 million euros.', 'Die französische Wettbewerbsbehörde verhängte gegen das Unternehmen ein Bußgeld von 5 Millionen Euro.'))).not.toEqual([]);
  });
});

describe('weekdays inside feast names, and the Sundays of Advent', () => {
  it('reads a weekday closing a feast inside a longer compound, and not "-montage"', () => {
    expect(flaggedFindings('The Düsseldorf Rose Monday parade stretched over 5.6 kilometres.', 'Der Düsseldorfer Rosenmontagszug erstreckte sich über 5,6 km.')).toEqual([]);
    expect(of('date', flaggedFindings('The Düsseldorf Rose Monday parade stretched over 5.6 kilometres.', 'Der Düsseldorfer Fastnachtsdienstagszug erstreckte sich über 5,6 km.'))).toEqual(['conflict date Monday|Fastnachtsdienstagszug']);
    expect(flaggedFindings('Final assembly takes place in Leipzig.', 'Die Endmontage erfolgt in Leipzig.')).toEqual([]);
  });

  it('reads "am ersten Advent" as a Sunday', () => {
    expect(flaggedFindings('The market opens on the Friday before the first Sunday of Advent.', 'Der Markt öffnet am Freitag vor dem ersten Advent.')).toEqual([]);
    expect(flaggedFindings('The market opens on the Saturday of the first weekend of Advent.', 'Der Markt öffnet am ersten Advent.')).not.toEqual([]);
  });
});

describe('a figure set against a percentage', () => {
  it('takes the percentage sign the figure after it says ("71 statt 85 Prozent")', () => {
    expect(flaggedFindings('Hotel occupancy was 71 percent instead of the usual 85 percent.', 'Die Hotelauslastung lag bei 71 statt wie üblich bei 85 Prozent.')).toEqual([]);
    expect(flaggedFindings('Hotel occupancy was 71 percent instead of the usual 85 percent.', 'Die Hotelauslastung lag bei 74 statt wie üblich bei 85 Prozent.')).toEqual(['conflict percentage 71 percent|74']);
  });
});

describe('a fraction before a comparative or after a noun of change', () => {
  it('is the change a verb of change says ("a quarter lower" = "fell by a quarter")', () => {
    expect(of('number', flaggedFindings('Bookings were down by a quarter compared with 2023.', 'Die Buchungen lagen um ein Viertel unter denen von 2023.'))).toEqual([]);
    expect(of('number', flaggedFindings('Orders were worth 1.8 billion euros, an increase of a fifth.', 'Die Aufträge hatten einen Wert von 1,8 Milliarden Euro, ein Plus von einem Fünftel.'))).toEqual([]);
    expect(of('number', flaggedFindings('Bookings fell by a quarter compared with 2023.', 'Die Buchungen waren um ein Drittel niedriger als 2023.'))).toEqual(['conflict number a quarter|ein Drittel']);
    expect(of('number', flaggedFindings('Bookings were a quarter higher than in 2023.', 'Die Buchungen lagen um ein Viertel unter dem Niveau von 2023.'))).not.toEqual([]);
  });

  it('stays a share before a figure ("ein Drittel über 65")', () => {
    expect(of('number', flaggedFindings('A third of the members are over 65.', 'Ein Drittel der Mitglieder ist über 65.'))).toEqual([]);
  });
});

describe('a fraction as the subject of its clause', () => {
  it('is read before an adverb that stands before its verb', () => {
    expect(of('number', flaggedFindings('Half of the participants are under 25, and a quarter already run their own business.', 'Die Hälfte der Teilnehmer ist jünger als 25 Jahre, ein Viertel führt bereits einen eigenen Betrieb.'))).toEqual([]);
    expect(of('number', flaggedFindings('Half of the participants are under 25, and a quarter already run their own business.', 'Die Hälfte der Teilnehmer ist jünger als 25 Jahre, ein Drittel führt bereits einen eigenen Betrieb.'))).not.toEqual([]);
  });
});
