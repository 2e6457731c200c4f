import { describe, expect, it } from 'vitest';
import { expectWhole, split } from './helpers.js';

describe('segment: German', () => {
  it('keeps ordinal numbers in dates, centuries and leagues', () => {
    expectWhole('Die Übernahme wurde am 29. April bekannt gegeben.', 'de');
    expectWhole('Das Kloster stammt aus dem 12. Jahrhundert und wurde oft umgebaut.', 'de');
    expectWhole('Der Verein spielt in der 3. Liga und will aufsteigen.', 'de');
    expectWhole('Funde aus dem 2. -4. Jahrhundert liegen im Museum.', 'de');
  });

  it('keeps a host name with a capitalised placeholder together ("ftp.Ländercode.debian.org"), still splits "Welt.Heute"', () => {
    expectWhole('Debian unterhält DNS-Einträge der Form ftp.Ländercode.debian.org für Sie.', 'de');
    expect(split('Das war gestern in der Welt.Heute ist alles anders.', 'de')).toEqual(['Das war gestern in der Welt.', 'Heute ist alles anders.']);
  });

  it('ends a sentence after a capital standing for a thing before a sentence starter, not inside a name', () => {
    expect(split('Das Ergebnis steht in Spalte A. Dieser Wert ist neu.', 'de')).toEqual(['Das Ergebnis steht in Spalte A.', 'Dieser Wert ist neu.']);
    expect(split('Es gilt Plan B. Die Sache ist klar.', 'de')).toEqual(['Es gilt Plan B.', 'Die Sache ist klar.']);
    expectWhole('Es spielt Johann S. Bach im großen Saal.', 'de');
  });

  it('ends a sentence after a cardinal number', () => {
    expect(split('Das steht auf Seite 12. Dort gibt es mehr.', 'de')).toEqual(['Das steht auf Seite 12.', 'Dort gibt es mehr.']);
    expect(split('Die Firma wurde 2015. Gegründet hat sie Anna.', 'de')).toHaveLength(2);
  });

  it('keeps multi-part abbreviations written with and without spaces', () => {
    expectWhole('Man braucht Werkzeug, z. B. einen Hammer, d. h. nichts Besonderes.', 'de');
    expectWhole('Er spricht u. a. Polnisch und i. d. R. auch Englisch.', 'de');
    expectWhole('Sie kennt u.a. Prag, z.B. die Altstadt.', 'de');
  });

  it('keeps titles and reference abbreviations before names and numbers', () => {
    expectWhole('Heute sprechen Dr. Braun und Prof. Weiß über Nr. 5 der Reihe.', 'de');
    expectWhole('Siehe Abb. 3 sowie Art. 5 Abs. 1 der Verordnung.', 'de');
    expectWhole('Der Umsatz lag bei 3,5 Mio. Euro, der Verlust bei 1,2 Mrd. Euro.', 'de');
  });

  it('ends a sentence after "usw." when a new sentence starts', () => {
    expect(split('Wir kaufen Brot, Käse usw. Danach gehen wir heim.', 'de'))
      .toEqual(['Wir kaufen Brot, Käse usw.', 'Danach gehen wir heim.']);
    expectWhole('Wir brauchen Brot, Käse usw.', 'de');
  });

  it('handles „…“ and »…« quotations', () => {
    expect(split('Sie rief: „Komm jetzt! Sofort.“ Dann ging sie.', 'de'))
      .toEqual(['Sie rief: „Komm jetzt! Sofort.“', 'Dann ging sie.']);
    expect(split('»Das reicht.« Er legte auf.', 'de')).toEqual(['»Das reicht.«', 'Er legte auf.']);
    expectWhole('„Gut“, sagte er, „wir machen weiter.“', 'de');
  });

  it('lets a number open a sentence after an ordinary word, but not after an abbreviation', () => {
    expect(split('Er kam 1990 nach Bonn. 2015 zog er weiter.', 'de')).toEqual(['Er kam 1990 nach Bonn.', '2015 zog er weiter.']);
    expectWhole('Das Büro liegt in der Bahnhofstr. 12 neben der Post.', 'de');
    expectWhole('Das Fest war am 5. 3. 2021 im Park.', 'de');
    expect(split('Rom wurde 753 v. Chr. gegründet. Danach wuchs es.', 'de')).toEqual(['Rom wurde 753 v. Chr. gegründet.', 'Danach wuchs es.']);
  });

  it('does not split decimal commas and thousands separators', () => {
    expectWhole('Bitte zahlen Sie 1.250,75 Euro für 2,5 Tage.', 'de');
  });

  it('keeps list items with a number as one segment', () => {
    expect(split('1. Wasser kochen\n2. Tee aufgießen', 'de')).toEqual(['1. Wasser kochen', '2. Tee aufgießen']);
  });
});
