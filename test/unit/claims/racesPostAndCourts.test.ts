import { describe, expect, it } from 'vitest';
import { diffPair, flaggedFindings, pairFindings } from './diffPair.js';

const negation = (en: string, de: string) => diffPair(en, de).filter((f) => f.type === 'negation').map((f) => f.status);

describe('times to a fraction of a second', () => {
  it('reads a lap time as a duration, never a time of day', () => {
    expect(pairFindings('Verstappen took pole with a lap of 1:29.708.', 'Verstappen holte mit einer Runde in 1:29,708 Minuten die Pole-Position.')).toContain('match quantity 1:29.708|1:29,708 Minuten');
    expect(flaggedFindings('Verstappen took pole with a lap of 1:29.708.', 'Verstappen holte mit einer Runde in 1:29,078 Minuten die Pole-Position.')).toEqual(['conflict quantity 1:29.708|1:29,078 Minuten']);
    expect(flaggedFindings('She won the marathon in 2:19:45.3.', 'Sie gewann den Marathon in 2:19:45,8.')).toEqual(['conflict quantity 2:19:45.3|2:19:45,8']);
    // A time of day keeps its minutes only.
    expect(pairFindings('The train leaves at 10:30.', 'Der Zug fährt um 10:30 Uhr.')).toEqual(['match time 10:30|10:30 Uhr']);
  });
});

describe('pence and cents', () => {
  it('reads a British "p" glued to the figure as pence, not a video resolution', () => {
    expect(pairFindings('Royal Mail will raise the price by 10p to £1.35.', 'Royal Mail will den Preis um 10 Pence auf 1,35 Pfund anheben.')).toContain('match amount 10p|10 Pence');
    expect(flaggedFindings('Petrol costs 142.9p a litre.', 'Benzin kostet 149,2 Pence pro Liter.')).toEqual(['conflict amount 142.9p|149,2 Pence']);
    expect(pairFindings('The video is 1080p.', 'Das Video hat 1080p.')).toEqual(['match number 1080|1080']);
  });

  it('gives a bare figure the hundredths of the currency it takes from the next one', () => {
    expect(flaggedFindings('Postage will rise from 85 cents to 95 cents.', 'Das Porto steigt von 85 auf 95 Cent.')).toEqual([]);
    expect(flaggedFindings('Postage will rise from 80 cents to 95 cents.', 'Das Porto steigt von 85 auf 95 Cent.')).toEqual(['conflict amount 80 cents|85']);
    expect(pairFindings('A stamp costs between 60 and 85 cents.', 'Eine Marke kostet zwischen 60 und 85 Cent.')).toEqual(['match amount 60 and 85 cents|60 und 85 Cent']);
  });
});

describe('fractions of change and fractions as subjects', () => {
  it('reads a German noun of change before its fraction', () => {
    expect(flaggedFindings('Profit was 1.4 billion euros, down a fifth.', 'Der Gewinn lag bei 1,4 Milliarden Euro, ein Rückgang um ein Fünftel.')).toEqual([]);
    expect(flaggedFindings('Sales rose by a third.', 'Der Umsatz legte zu, ein Plus von einem Drittel.')).toEqual([]);
    expect(flaggedFindings('Profit fell by a quarter.', 'Beim Gewinn gab es einen Einbruch um ein Fünftel.')).toEqual(['conflict number a quarter|ein Fünftel']);
  });

  it('reads an English fraction that opens its clause before a verb', () => {
    expect(flaggedFindings('Half worked long hours, and a quarter earned less than the minimum wage.', 'Die Hälfte arbeitete lange, ein Viertel verdiente weniger als den Mindestlohn.')).toEqual([]);
    expect(flaggedFindings('A third said yes.', 'Ein Viertel sagte ja.')).toEqual(['conflict number A third|Ein Viertel']);
    expect(pairFindings('He won a third term.', 'Er gewann eine dritte Amtszeit.')).toEqual(['match ordinal third|dritte']);
  });

  it('reads "doppelt" before the verb that closes its clause as twice', () => {
    expect(flaggedFindings('The provider charged customers twice for the same month.', 'Der Anbieter hatte seinen Kunden denselben Monat doppelt berechnet.')).toEqual([]);
    expect(flaggedFindings('The provider charged customers three times for the same month.', 'Der Anbieter hatte seinen Kunden denselben Monat doppelt berechnet.')).toEqual(['conflict number three times|doppelt']);
    expect(pairFindings('That is doubly important.', 'Das ist doppelt wichtig.')).toEqual([]);
  });
});

describe('ranks, names and acronyms', () => {
  it('reads "an Position drei" as a rank', () => {
    expect(flaggedFindings('Zverev is seeded second in Hamburg.', 'Zverev ist in Hamburg an Position zwei gesetzt.')).toEqual([]);
    expect(flaggedFindings('Zverev is seeded second in Hamburg.', 'Zverev ist in Hamburg an Position drei gesetzt.')).toEqual(['de-only ordinal —|Position drei']);
  });

  it('takes a number inside a German compound as the one said apart ("Formel-1-Eigentümer")', () => {
    expect(flaggedFindings('Formula 1 owner Liberty Media reported revenue of $3.2 billion.', 'Der Formel-1-Eigentümer Liberty Media meldete einen Umsatz von 3,2 Mrd. Dollar.')).toEqual([]);
    expect(flaggedFindings('The Covid-19 cases rose.', 'Die Covid-19-Fälle stiegen.')).toEqual([]);
  });

  it('does not read a common thing said by its initials as an organisation', () => {
    expect(flaggedFindings('From March, text messages to the emergency number 112 will be possible.', 'Ab März können SMS an die Notrufnummer 112 gesendet werden.')).toEqual([]);
    expect(flaggedFindings('Insert the card into the reader.', 'Stecken Sie die SIM in den USB-Leser.')).toEqual([]);
  });
});

describe('negation', () => {
  it('reads "keine" after a closed subordinate clause as negating the main clause', () => {
    expect(negation('The factory continued to produce cars during the strike, which began at 6:00 a.m.', 'Das Werk produzierte während des Streiks, der um 6:00 Uhr begonnen hatte, keine Autos.')).toEqual(['conflict']);
    // A contrast still denies only the alternative.
    expect(flaggedFindings('It is a partnership, not a takeover.', 'Es ist eine Partnerschaft, keine Übernahme.')).toEqual([]);
  });

  it('reads ruling out as saying "not possible", and not ruling out as possible', () => {
    expect(negation('Scientists have not ruled out that the bacteria could survive.', 'Forscher halten es für möglich, dass die Bakterien überleben könnten.')).toEqual([]);
    expect(negation('Experts say it is not impossible that the virus will reach Europe.', 'Experten zufolge ist es ausgeschlossen, dass das Virus Europa erreicht.')).toEqual(['conflict']);
    expect(negation('Experts say it is not impossible that the virus will reach Europe.', 'Experten zufolge ist es nicht ausgeschlossen, dass das Virus Europa erreicht.')).toEqual(['match']);
    expect(negation('The minister did not rule out further tax increases.', 'Der Minister schloss weitere Steuererhöhungen aus.')).toEqual(['conflict']);
    expect(negation('The chancellor ruled out tax increases for 2025.', 'Steuererhöhungen für 2025 schloss der Kanzler nicht aus.')).toEqual(['conflict']);
    expect(negation('The minister did not rule out further delays.', 'Der Minister schloss weitere Verzögerungen nicht aus.')).toEqual(['match']);
    expect(negation('The minister ruled out further delays.', 'Der Minister schloss weitere Verzögerungen aus.')).toEqual([]);
  });

  it('confirms a cue with "-free", "inconclusive" and breaking off', () => {
    expect(negation('The company is debt-free and holds cash.', 'Das Unternehmen hat keine Schulden und verfügt über liquide Mittel.')).toEqual(['match']);
    expect(negation('The results were inconclusive.', 'Die Ergebnisse waren nicht eindeutig.')).toEqual(['match']);
    expect(negation('Only 2 of the 40 participants did not complete the programme.', 'Nur 2 der 40 Teilnehmenden brachen das Programm ab.')).toEqual(['match']);
  });

  it('does not let a word negated by its affix confirm a cue when it renders such a word of the cue\'s side', () => {
    expect(negation('Recipients are not required to return unsolicited goods.', 'Empfänger müssen unbestellte Ware zurückschicken.')).toEqual(['en-only']);
    expect(negation('Recipients are not required to return unsolicited goods.', 'Empfänger müssen unbestellte Ware nicht zurückschicken.')).toEqual(['match']);
  });

  it('reads "sprach sich dagegen aus" as voting against, and a verdict with its accused in many words', () => {
    expect(negation('The committee voted against recommending the drug.', 'Der Ausschuss sprach sich dagegen aus, das Medikament zu empfehlen.')).toEqual([]);
    expect(negation('The committee voted in favour of recommending the drug.', 'Der Ausschuss sprach sich dagegen aus, das Medikament zu empfehlen.')).toEqual(['conflict']);
    expect(negation('The court found the former chief financial officer guilty of fraud.', 'Das Gericht sprach den früheren Finanzvorstand vom Vorwurf des Betrugs frei.')).toEqual(['conflict']);
    expect(negation('The court found the 48-year-old nurse guilty.', 'Das Gericht sprach die 48-jährige Pflegerin schuldig.')).toEqual([]);
  });
});

describe('the working week, shares and "without"', () => {
  it('reads Monday to Friday as one claim, however it is said', () => {
    expect(flaggedFindings('Between 8 a.m. and 6 p.m. on weekdays, customers can reach the hotline.', 'Von Montag bis Freitag ist die Hotline zwischen 8 und 18 Uhr erreichbar.')).toEqual([]);
    expect(flaggedFindings('The office is open on weekdays.', 'Das Büro ist werktags geöffnet.')).toEqual([]);
    expect(flaggedFindings('The office is open Monday to Friday.', 'Das Büro ist montags bis donnerstags geöffnet.')).toContain('conflict date Monday to Friday|montags');
    expect(flaggedFindings('The kitchen closes at 10 pm on weekdays and at 11 pm on Saturdays.', 'Unter der Woche schließt die Küche um 22 Uhr, samstags um 23 Uhr.')).toEqual([]);
    expect(flaggedFindings('The auction starts every weekday at 7 am sharp.', 'Die Auktion beginnt werktags pünktlich um 7 Uhr.')).toEqual([]);
    // A count of working days is a duration; "eines Werktags" is the noun's genitive.
    expect(flaggedFindings('Refunds arrive within five working days.', 'Erstattungen kommen innerhalb von fünf Werktagen.')).toEqual([]);
    expect(flaggedFindings('Customers can switch provider within one working day.', 'Kunden können den Anbieter innerhalb eines Werktags wechseln.')).toEqual([]);
  });

  it('reads "9 of 15 test shots" as a share, with a word before the plural noun', () => {
    expect(flaggedFindings('The camera failed to focus in 9 of 15 test shots.', 'In 9 von 15 Testaufnahmen gelang es ihr nicht, scharfzustellen.')).toEqual([]);
    expect(flaggedFindings('The camera failed to focus in 9 of 15 test shots.', 'In 9 von 16 Testaufnahmen gelang es ihr nicht, scharfzustellen.')).toEqual(['conflict number 9 of 15|9 von 16']);
  });

  it('finds a cue beside "without" on one side only', () => {
    expect(negation('The camera works without a subscription.', 'Ohne Abo funktioniert die Kamera nicht.')).toEqual(['conflict']);
    expect(negation('Users can export their playlists without a premium account.', 'Ohne Premium-Konto können Nutzer ihre Playlists nicht exportieren.')).toEqual(['conflict']);
    expect(negation('Without a subscription, you cannot record.', 'Ohne Abo ist keine Aufnahme möglich.')).toEqual(['match']);
    // The denial said by a word of its own.
    expect(negation('Without a subscription, you cannot record.', 'Ohne Abo ist eine Aufnahme unmöglich.')).toEqual(['match']);
  });

  it('confirms a cue with falling short and being spared', () => {
    expect(negation('Neither sales nor earnings met expectations in the first quarter.', 'Im ersten Quartal blieben sowohl Umsatz als auch Ergebnis hinter den Erwartungen zurück.')).toEqual(['match']);
    expect(negation('The firm had neither the money nor the staff to expand.', 'Für eine Expansion hätten dem Unternehmen sowohl das Geld als auch das Personal gefehlt.')).toEqual(['match']);
    expect(negation('Unlike last year, the carmaker did not have to recall any vehicles.', 'Anders als im Vorjahr blieb dem Autobauer ein Rückruf erspart.')).toEqual(['match']);
    expect(negation('The shop has stopped selling the drug.', 'Die Apotheke will das Medikament weiter verkaufen.')).toEqual(['conflict']);
  });
});
