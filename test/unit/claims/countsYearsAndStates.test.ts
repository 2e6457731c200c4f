import { describe, expect, it } from 'vitest';
import { diffPair, flaggedFindings, pairFindings } from './diffPair.js';

const negation = (en: string, de: string) => diffPair(en, de).filter((f) => f.type === 'negation').map((f) => f.status);

describe('a share of a counted whole', () => {
  it('meets the part and the whole said as two figures, however each side phrases it', () => {
    expect(flaggedFindings('The Greens hold seven of their eleven seats in the east.', 'Die Grünen halten sieben ihrer elf Sitze im Osten.')).toEqual([]);
    expect(flaggedFindings('Only 3 of the 27 utilities surveyed raised prices.', 'Nur 3 der 27 befragten Versorger erhöhten die Preise.')).toEqual([]);
    expect(flaggedFindings('The bloc won 115 of 200 in the Senate.', 'Das Bündnis gewann 115 von 200 im Senat.')).toEqual([]);
    expect(pairFindings('They led in four of the 18 districts.', 'Sie lagen in vier der 18 Bezirke vorn.')).toEqual(['match number four of the 18|vier der 18']);
  });

  it('still conflicts where the part or the whole differs', () => {
    expect(flaggedFindings('They led in four of the 18 districts.', 'Sie lagen in vier der 19 Bezirke vorn.')).toEqual(['conflict number four of the 18|vier der 19']);
    // One side's share against two figures, one of them its own: the other one differs.
    expect(flaggedFindings('The Greens hold seven of their eleven seats.', 'Die Grünen halten sieben ihrer zwölf Sitze.')).toEqual(['conflict number seven of their eleven|zwölf']);
    expect(flaggedFindings('Two of the five drivers were fined.', 'Drei der fünf Fahrer erhielten ein Bußgeld.')).toEqual(['conflict number Two of the five|Drei']);
    expect(flaggedFindings('Of the 30 clubs, 21 voted for the plan.', 'Für den Plan stimmten 12 der 30 Vereine.')).toEqual(['conflict number 21|12 der 30']);
  });
});

describe('the part of a year', () => {
  it('reads "Ende 2026", "mid-2027", "at the beginning of 2028" as parts of the year, not names', () => {
    expect(flaggedFindings('The review is due at the end of 2026.', 'Die Überprüfung ist Mitte 2026 fällig.')).toEqual(['conflict date the end of 2026|Mitte 2026']);
    expect(flaggedFindings('The line opens in late 2027.', 'Die Strecke wird Ende 2027 eröffnet.')).toEqual([]);
    expect(flaggedFindings('The line opens in early 2027.', 'Die Strecke wird Ende 2027 eröffnet.')).toEqual(['conflict date early 2027|Ende 2027']);
    // The year said alone agrees with any part of it.
    expect(flaggedFindings('The line opens in 2027.', 'Die Strecke wird Anfang 2027 eröffnet.')).toEqual([]);
    // "Vertrag Mitte" is no name.
    expect(pairFindings('They will review the treaty in mid-2026.', 'Sie wollen den Vertrag Mitte 2026 überprüfen.')).toEqual(['match date mid-2026|Mitte 2026']);
  });

  it('leaves "zur Hälfte" unreported alone: it is "halfway" as often as "half"', () => {
    expect(flaggedFindings('The council will take stock halfway through its term.', 'Der Rat zieht zur Hälfte seiner Amtszeit Bilanz.')).toEqual([]);
  });
});

describe('a percentage sign left out in a list', () => {
  it('gives a bare figure after the same word as the percentage before it that percentage\'s sign', () => {
    expect(flaggedFindings('The Social Democrats are on 24 percent, the Greens on 17 percent.', 'Die SPD kommt auf 24 Prozent, die Grünen auf 17.')).toEqual([]);
    expect(flaggedFindings('The Social Democrats are on 24 percent, the Greens on 17 percent.', 'Die SPD kommt auf 24 Prozent, die Grünen auf 18.')).toEqual(['conflict percentage 17 percent|18']);
  });

  it('leaves a figure after another word, or before its noun, a number', () => {
    expect(pairFindings('Turnout was 61 percent, and 2,400 of them voted by post.', 'Die Beteiligung lag bei 61 Prozent, 2.400 davon wählten per Brief.')).toContain('match number 2,400|2.400');
    expect(pairFindings('The party got 31 percent and won 40 seats.', 'Die Partei kam auf 31 Prozent und auf 40 Sitze.')).toContain('match number 40|40');
  });
});

describe('an ordinal inside a German name', () => {
  it('does not report a capitalised ordinal of a name the other side translates without it', () => {
    expect(flaggedFindings('The upper house of the Dutch parliament has 75 members.', 'Die Erste Kammer des niederländischen Parlaments hat 75 Mitglieder.')).toEqual([]);
  });

  it('still compares it with an ordinal the other side names', () => {
    expect(flaggedFindings('The First World War ended in 1918.', 'Der Zweite Weltkrieg endete 1918.')).toEqual(['conflict ordinal First|Zweite']);
    expect(flaggedFindings('The First World War ended in 1918.', 'Der Erste Weltkrieg endete 1918.')).toEqual([]);
  });
});

describe('negations said by a state or a verb on both sides', () => {
  it('pairs a refusal with the refusal that renders it, not with a cue beside it', () => {
    expect(negation('The court found the law compatible with the constitution and dismissed the complaint.', 'Das Gericht befand, das Gesetz sei nicht mit der Verfassung vereinbar, und wies die Klage ab.')).toEqual(['conflict']);
    expect(negation('The court found the law incompatible with the constitution and dismissed the complaint.', 'Das Gericht befand, das Gesetz sei nicht mit der Verfassung vereinbar, und wies die Klage ab.')).not.toContain('conflict');
  });

  it('reads a subject negated before it against a verb of exclusion', () => {
    expect(negation('None of the three unions has ruled out a strike, the paper reported.', 'Alle drei Gewerkschaften haben einen Streik ausgeschlossen, berichtete die Zeitung.')).toEqual(['conflict']);
    expect(negation('None of the three unions has ruled out a strike.', 'Keine der drei Gewerkschaften hat einen Streik ausgeschlossen.')).toEqual(['match']);
  });

  it('opposes true to false, void to valid, off to on, defying to complying', () => {
    expect(negation('The report found that the claim was accurate.', 'Der Bericht kam zu dem Schluss, dass die Behauptung falsch war.')).toEqual(['conflict']);
    expect(negation('The report found that the claim was false.', 'Der Bericht kam zu dem Schluss, dass die Behauptung unzutreffend war.')).not.toContain('conflict');
    expect(negation('The permit remains valid until March.', 'Die Genehmigung ist bis März ungültig.')).toEqual(['conflict']);
    expect(negation('Location tracking is switched off by default.', 'Die Standortverfolgung ist standardmäßig aktiviert.')).toEqual(['conflict']);
    expect(negation('Location tracking is switched off by default.', 'Die Standortverfolgung ist standardmäßig ausgeschaltet.')).not.toContain('conflict');
    expect(negation('Two reactors stayed in operation throughout the winter.', 'Zwei Reaktoren waren den ganzen Winter über vom Netz.')).toEqual(['conflict']);
    expect(negation('The club ignored the league\'s order to close the stand.', 'Der Verein befolgte die Anordnung der Liga, die Tribüne zu schließen.')).toEqual(['conflict']);
    expect(negation('The club complied with the league\'s order.', 'Der Verein befolgte die Anordnung der Liga.')).not.toContain('conflict');
  });

  it('opposes agreeing with a view to gainsaying it, and success to failure', () => {
    expect(negation('The regulator agreed with the company\'s forecast.', 'Die Aufsicht widersprach der Prognose des Unternehmens.')).toEqual(['conflict']);
    expect(negation('Divers were able to recover the wreck on Friday.', 'Am Freitag scheiterten die Taucher bei dem Versuch, das Wrack zu bergen.')).toEqual(['conflict']);
  });

  it('finds the verdict after a long description of the accused', () => {
    expect(negation('The court found the former head of the regional savings bank guilty of fraud.', 'Das Gericht sprach den früheren Chef der regionalen Sparkasse vom Vorwurf des Betrugs frei.')).toEqual(['conflict']);
  });

  it('opposes a prefixed participle to its base: "unlimited" / "begrenzt", "unchanged" / "ändern"', () => {
    expect(negation('The discount is available for an unlimited period.', 'Der Rabatt gilt zeitlich begrenzt.')).toEqual(['conflict']);
    expect(negation('Fees for pupils will remain unchanged next year.', 'Die Gebühren für Schüler werden sich im nächsten Jahr ändern.')).toEqual(['conflict']);
    expect(negation('Fees for pupils will remain unchanged next year.', 'Die Gebühren für Schüler werden sich im nächsten Jahr nicht ändern.')).not.toContain('conflict');
  });

  it('opposes effective to ineffective, known to unknown, absent to present, abolished to introduced', () => {
    expect(negation('The vaccine proved effective in older patients.', 'Bei älteren Patienten erwies sich der Impfstoff als wirkungslos.')).toEqual(['conflict']);
    expect(negation('The cause of the fire remains unknown.', 'Die Ursache des Brandes ist inzwischen geklärt.')).toEqual(['conflict']);
    expect(negation('The cause of the fire remains unclear.', 'Die Ursache des Brandes ist weiter unklar.')).not.toContain('conflict');
    expect(negation('The governor attended the ceremony in Graz.', 'Der Landeshauptmann blieb der Feier in Graz fern.')).toEqual(['conflict']);
    expect(negation('The governor did not attend the ceremony in Graz.', 'Der Landeshauptmann blieb der Feier in Graz fern.')).not.toContain('conflict');
    expect(negation('The city abolished the tourist tax in 2019.', 'Die Stadt führte 2019 eine Touristensteuer ein.')).toEqual(['conflict']);
    expect(negation('The city introduced a tourist tax in 2019.', 'Die Stadt führte 2019 eine Touristensteuer ein.')).toEqual([]);
  });

  it('reads the opposite of an idiom past a cue that negates only its adjective', () => {
    // An attributive "nicht" renders no "no longer": "weiterhin" says the opposite.
    expect(negation('Students can no longer resit a failed exam.', 'Studierende können eine nicht bestandene Prüfung weiterhin wiederholen.')).toEqual(['conflict']);
    expect(negation('None of our bottles contain BPA.', 'Alle unsere Flaschen sind BPA-frei.')).not.toContain('conflict');
  });

  it('finds no opposite for a pronoun that negates a person', () => {
    expect(negation('No one under the age of 16 may take part.', 'Auch Jugendliche unter 16 Jahren dürfen teilnehmen.')).not.toEqual(['match']);
  });

  it('reads "few" and "warned … not to" as the negations German says with "kaum" and "warnte davor"', () => {
    expect(negation('Few analysts expect a rate cut before June.', 'Kaum ein Analyst rechnet vor Juni mit einer Zinssenkung.')).not.toContain('conflict');
    expect(negation('A few analysts expect a rate cut before June.', 'Kaum ein Analyst rechnet vor Juni mit einer Zinssenkung.')).not.toEqual([]);
    expect(negation('The police warned drivers not to use the bridge.', 'Die Polizei warnte Autofahrer davor, die Brücke zu benutzen.')).not.toContain('conflict');
  });
});
