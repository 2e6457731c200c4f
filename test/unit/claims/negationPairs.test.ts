import { describe, expect, it } from 'vitest';
import { diffPair, flaggedFindings, pairFindings } from './diffPair.js';

const negation = (en: string, de: string) => diffPair(en, de).filter((f) => f.type === 'negation').map((f) => `${f.status} ${f.en?.text ?? '—'}|${f.de?.text ?? '—'}`);

describe('two negations that make an "only"', () => {
  it('reads "not … without" in one clause as "only with"', () => {
    expect(negation('The bank does not release the money without a signed form.', 'Die Bank gibt das Geld nur gegen ein unterschriebenes Formular frei.')).toEqual([]);
    expect(negation('Die Bank gibt das Geld nicht ohne unterschriebenes Formular frei.', 'Die Bank gibt das Geld nur gegen ein unterschriebenes Formular frei.')).toEqual([]);
  });

  it('reads an opening "Without …," before a negated main clause as "only … let"', () => {
    expect(negation('Without the loan of €80,000, the club could not have rebuilt its stand.', 'Erst der Kredit über 80.000 Euro ermöglichte dem Verein den Neubau der Tribüne.')).toEqual([]);
  });

  it('reads "no … that … not" and "not any … that … not" as "only"', () => {
    expect(negation('The bakery sells no bread that was not baked on the same day.', 'Die Bäckerei verkauft nur Brot, das am selben Tag gebacken wurde.')).toEqual([]);
    expect(negation('The list did not include any names that had not been checked.', 'Auf der Liste standen nur Namen, die überprüft worden waren.')).toEqual([]);
  });

  it('still reports a single negation against the other side affirming', () => {
    expect(negation('The bakery sells no bread that was baked on the same day.', 'Die Bäckerei verkauft Brot, das am selben Tag gebacken wurde.')).not.toEqual([]);
    expect(negation('Without the loan, the club rebuilt its stand.', 'Ohne den Kredit hätte der Verein die Tribüne nicht neu bauen können.')[0]).toMatch(/^conflict /);
  });

  it('reads "nobody except" and "niemand außer" as "only", never a conflict', () => {
    expect(negation('Nobody except the pilots was allowed on the runway.', 'Nur die Piloten durften auf die Startbahn.')).toEqual([]);
  });
});

describe('a negative word that renders one on the other side', () => {
  it('does not confirm the cue beside it when a refusal renders a refusal, read in its sentence', () => {
    expect(negation('The council has no plans to ban the market.', 'Der Rat will den Markt verbieten.')).toEqual(['en-only no|—']);
    expect(negation('The council has no plans to ban the market.', 'Der Rat will den Markt nicht verbieten.')).toEqual(['match no|nicht']);
    expect(negation('The shelter did not turn away any dogs last winter.', 'Das Tierheim musste im vergangenen Winter Hunde abweisen.')[0]).toMatch(/^(?:conflict|en-only) /);
  });

  it('does not let a word before its noun that the cue side translates whole stand for the cue', () => {
    expect(negation('The pan has a non-stick surface.', 'Die Pfanne hat keine Antihaftbeschichtung.')[0]).toMatch(/^(?:conflict|de-only) /);
    expect(negation('The pan has no non-stick surface.', 'Die Pfanne hat keine Antihaftbeschichtung.')).toEqual(['match no|keine']);
    // The base alone is no translation: the cue says the negation ("non-English environment" / "nicht auf Englisch").
    expect(negation('Check the logs if you use a non-English system.', 'Prüfen Sie die Protokolle, wenn Sie ein nicht auf Englisch eingerichtetes System verwenden.')).toEqual(['match non-English|nicht']);
  });

  it('reads "at most" before a plural as "most of", no bound', () => {
    expect(negation('Visitors can pay by card at most kiosks.', 'An den meisten Kiosken kann man nicht mit Karte zahlen.')[0]).toMatch(/^(?:conflict|de-only) /);
    expect(negation('Each guest may bring at most two bags.', 'Jeder Gast darf nicht mehr als zwei Taschen mitbringen.')).toEqual(['match at most|nicht']);
  });
});

describe('German words that say a negation', () => {
  it('reads "verschont", "schuldig bleiben" and an undecided "offen" as negative words', () => {
    expect(negation('The frost did not damage the vineyards on the lake.', 'Die Weinberge am See blieben vom Frost verschont.')).toEqual(['match not|verschont']);
    expect(negation('The mayor could not give a reason for the delay.', 'Eine Begründung für die Verzögerung blieb der Bürgermeister schuldig.')).toEqual(['match not|blieb der Bürgermeister schuldig']);
    expect(negation('The club has not yet said whether the coach will stay.', 'Ob der Trainer bleibt, hat der Verein bislang offengelassen.')).toEqual(['match not|offengelassen']);
    expect(negation('The club has not decided whether the coach will stay.', 'Ob der Trainer bleibt, ist noch offen.')).toEqual(['match not|ist noch offen']);
  });

  it('keeps a shop that is open a state, not a negation', () => {
    expect(negation('The bakery is not open yet.', 'Die Bäckerei ist noch offen.')[0]).toMatch(/^(?:conflict|en-only) /);
  });

  it('reads "nicht ohne" as a negated "without", not an adjective', () => {
    expect(negation('The climbers reached the summit without oxygen.', 'Die Bergsteiger erreichten den Gipfel nicht ohne Sauerstoff.')).toEqual(['conflict without|nicht']);
  });

  it('reads "wie noch kein … zuvor" as a superlative', () => {
    expect(flaggedFindings('The glider flew 900 kilometres, the longest flight yet for a plane of its type.', 'Der Segler flog 900 Kilometer – so weit wie noch kein Flugzeug seines Typs zuvor.')).toEqual([]);
  });
});

describe('states said with a modal verb', () => {
  it('reads "muss geöffnet bleiben", "soll geschlossen sein" and a state after clock times', () => {
    expect(negation('The valve must stay closed while the pump runs.', 'Solange die Pumpe läuft, muss das Ventil geöffnet bleiben.')[0]).toMatch(/^conflict /);
    expect(negation('The valve must stay closed while the pump runs.', 'Solange die Pumpe läuft, muss das Ventil geschlossen bleiben.')).toEqual([]);
    expect(negation('The gate must be open at night.', 'Nachts soll das Tor geschlossen sein.')[0]).toMatch(/^conflict /);
    expect(negation('The pool is open to members on Mondays from 7:00 to 9:00.', 'Das Bad ist montags von 7:00 bis 9:00 Uhr für Mitglieder geschlossen.')[0]).toMatch(/^conflict /);
  });
});

describe('bounds and figures set against each other', () => {
  it('reads a negated comparative before a figure as a bound', () => {
    expect(flaggedFindings('Even on sale, the boots are not cheaper than 89 euros.', 'Auch im Angebot kosten die Stiefel mindestens 89 Euro.')).toEqual([]);
  });

  it('gives a figure before "statt", "oder", "instead of" the currency of the amount after it', () => {
    expect(flaggedFindings('Tickets now cost 12 euros instead of 15 euros.', 'Die Karten kosten jetzt 12 statt bisher 15 Euro.')).toEqual([]);
    expect(flaggedFindings('Tickets now cost 12 euros instead of 15 euros.', 'Die Karten kosten jetzt 13 statt bisher 15 Euro.')).toEqual(['conflict amount 12 euros|13']);
  });

  it('reads a fraction a share verb ends on, and "to double the number"', () => {
    expect(pairFindings('Wages take half of the budget, while repairs account for about a fifth.', 'Die Löhne nehmen die Hälfte des Etats ein, Reparaturen etwa ein Fünftel.')).toContain('match number a fifth|ein Fünftel');
    expect(flaggedFindings('The city wants to double the number of buses by 2030.', 'Die Stadt will die Zahl der Busse bis 2030 verdreifachen.')).toEqual(['conflict number double|verdreifachen']);
    expect(pairFindings('Women make up a third, the report says.', 'Frauen stellen ein Drittel, heißt es im Bericht.')).toContain('match number a third|ein Drittel');
  });
});

describe('negations said by a stop, an outcome or a refraining', () => {
  it('reads a negated stop against going on as one statement, and a passive "discontinued" as a stop', () => {
    expect(negation('Drivers should not stop paying the toll during the works.', 'Autofahrer sollen die Maut während der Bauarbeiten weiter bezahlen.')).toEqual(['match not|weiter']);
    expect(negation('The camera was discontinued in 2019.', 'Die Kamera wird seit 2019 nicht mehr gebaut.')).toEqual(['match was discontinued|nicht']);
  });

  it('reads "tested negative", "nur teilweise" and "von … absehen" as negative words', () => {
    expect(negation('All 40 workers tested negative for the virus.', 'Bei keinem der 40 Arbeiter wurde das Virus nachgewiesen.')).toEqual(['match tested negative|keinem']);
    expect(negation('The new bonds were not fully sold.', 'Die neuen Anleihen wurden nur teilweise verkauft.')).toEqual(['match not|nur teilweise']);
    expect(negation('The city will not sue the 3,000 tenants.', 'Die Stadt will von einer Klage gegen die 3.000 Mieter absehen.')).toEqual(['match not|von einer Klage gegen die 3.000 Mieter absehen']);
    expect(negation('Apart from a recall, the maker sees no problems.', 'Abgesehen von einem Rückruf sieht der Hersteller keine Probleme.')).toEqual(['match no|keine']);
  });

  it('reads "bestanden oder nicht bestanden" as two outcomes, no negation', () => {
    expect(negation('The test is marked pass or fail.', 'Der Test wird als bestanden oder nicht bestanden gewertet.')).toEqual([]);
  });

  it('leaves a verb that refuses its object and the German cue that says it one negation', () => {
    expect(negation('Benefits are cut for people who refuse training.', 'Wer eine Schulung verweigert, dem werden die Leistungen gekürzt.')).toEqual(['match refuse|verweigert']);
  });

  it('reads "unless" as no prefixed word', () => {
    expect(negation('The camera is not recording unless motion has been detected.', 'Die Kamera zeichne erst dann auf, wenn eine Bewegung erkannt worden sei.')).toEqual([]);
  });
});


describe('the country a German federal body implies', () => {
  it('takes "Germany\'s" before a federal body as said by "Bundes-" or "Auswärtiges Amt", unless another country is named', () => {
    expect(flaggedFindings("Germany's Federal Cartel Office fined the firm 3 million euros.", 'Das Bundeskartellamt verhängte gegen die Firma ein Bußgeld von 3 Millionen Euro.')).toEqual([]);
    expect(flaggedFindings("Germany's Foreign Office sent 12 diplomats.", 'Das Auswärtige Amt schickte 12 Diplomaten.')).toEqual([]);
    expect(flaggedFindings("Germany's Federal Cartel Office fined the firm 3 million euros.", 'Das österreichische Bundeskartellamt verhängte ein Bußgeld von 3 Millionen Euro.').length).toBeGreaterThan(0);
  });
});
