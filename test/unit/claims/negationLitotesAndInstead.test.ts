import { describe, expect, it } from 'vitest';
import { flaggedFindings, pairFindings } from './diffPair.js';

const of = (type: string, findings: string[]) => findings.filter((finding) => finding.split(' ')[1] === type);

describe('a litotes against the plain negation of its base', () => {
  it('is a conflict: "not unsafe" affirms what "nicht sicher" denies', () => {
    expect(of('negation', flaggedFindings('The engineers found that the old bridge was not unsafe for lorries.', 'Die Ingenieure stellten fest, dass die alte Brücke für Lastwagen nicht sicher war.'))).toEqual(['conflict negation not unsafe|nicht']);
    expect(of('negation', flaggedFindings('The authority said the new filter was not effective.', 'Die Behörde erklärte, der neue Filter sei nicht unwirksam.'))).not.toEqual([]);
  });

  it('agrees with a litotes on the other side and with the base negated otherwise', () => {
    expect(of('negation', flaggedFindings('Such delays are not uncommon in winter.', 'Solche Verspätungen sind im Winter nicht ungewöhnlich.'))).toEqual([]);
    expect(of('negation', flaggedFindings('The old bridge was not unsafe for lorries.', 'Die alte Brücke war für Lastwagen nicht gefährlich.'))).toEqual([]);
    expect(of('negation', flaggedFindings('The old bridge was not safe for lorries.', 'Die alte Brücke war für Lastwagen nicht sicher.'))).toEqual([]);
    // A prefixed adverb is no litotes: the cue negates the verb ("so as not to waste ink unnecessarily").
    expect(of('negation', flaggedFindings('Close the tap so that you do not need to waste any water.', 'Schließen Sie den Hahn, um nicht unnötig Wasser zu verbrauchen.'))).toEqual([]);
  });
});

describe('"statt", "instead of", "rather than"', () => {
  it('renders a negation whose negated thing it names', () => {
    expect(of('negation', flaggedFindings('Pupils no longer get printed books but tablets.', 'Die Schüler bekommen statt gedruckter Bücher Tablets.'))).toEqual([]);
  });

  it('says the opposite of a negation of the other thing', () => {
    expect(of('negation', flaggedFindings('Visitors were told not to wait at the gate but to go home.', 'Die Besucher wurden gebeten, am Tor zu warten, statt nach Hause zu gehen.'))).not.toEqual([]);
  });

  it('is no cue as the particle of "stattfinden"', () => {
    expect(of('negation', flaggedFindings('The meeting will not take place on Monday.', 'Die Sitzung findet am Montag statt.'))).not.toEqual([]);
  });
});

describe('negations that say something else', () => {
  it('reads "too little for months" as a measure over time, not "too little to"', () => {
    expect(of('negation', flaggedFindings('The agency confirmed that 40 nurses had been paid too little for years.', 'Die Agentur dementierte, dass 40 Pflegekräfte jahrelang zu wenig verdient hätten.'))).not.toEqual([]);
    expect(of('negation', flaggedFindings('The water was too cold for swimming.', 'Das Wasser war zum Schwimmen zu kalt.'))).toEqual([]);
  });

  it('reads "not limited to" as "not only", and a vote without dissent as unanimous', () => {
    expect(of('negation', flaggedFindings('The offer is not limited to students; pensioners can apply too.', 'Das Angebot gilt nicht nur für Studierende, auch Rentner können es beantragen.'))).toEqual([]);
    expect(of('negation', flaggedFindings('The council approved the budget without a single dissenting vote.', 'Der Rat verabschiedete den Haushalt einstimmig.'))).toEqual([]);
    expect(of('negation', flaggedFindings('The bill passed without a single vote against.', 'Das Gesetz wurde ohne Gegenstimme angenommen.'))).toEqual([]);
  });

  it('does not read "einwandfrei" as a negation', () => {
    expect(of('negation', flaggedFindings('The new ticket machines are not working properly.', 'Die neuen Fahrkartenautomaten funktionieren einwandfrei.'))).not.toEqual([]);
    expect(of('negation', flaggedFindings('The software is error-free.', 'Die Software ist fehlerfrei.'))).toEqual([]);
  });
});

describe('the Free Democrats', () => {
  it('are the FDP', () => {
    expect(of('entity', pairFindings('The Greens and the Free Democrats met in Berlin.', 'Grüne und FDP trafen sich in Berlin.'))).toContain('match entity Free Democrats|FDP');
  });
});

describe('more negations said otherwise', () => {
  it('reads "cannot … unless" as "only if"', () => {
    expect(of('negation', flaggedFindings('Members cannot vote unless they have paid their fee, the club said.', 'Laut dem Verein dürfen Mitglieder nur abstimmen, wenn sie ihren Beitrag bezahlt haben.'))).toEqual([]);
  });

  it('reads "no less … than" and "alles andere als" as words that confirm a cue', () => {
    expect(of('negation', flaggedFindings('The new vaccine is no less effective than the old one.', 'Der neue Impfstoff ist mindestens ebenso wirksam wie der alte.'))).toEqual([]);
    expect(of('negation', flaggedFindings('The new form is not simple at all, the association said.', 'Das neue Formular sei alles andere als einfach, erklärte der Verband.'))).toEqual([]);
  });

  it('opposes a negative test to a positive one', () => {
    expect(of('negation', flaggedFindings('Both horses tested negative for the virus on Monday.', 'Beide Pferde wurden am Montag positiv auf das Virus getestet.'))).not.toEqual([]);
    expect(of('negation', flaggedFindings('Both horses tested negative for the virus on Monday.', 'Beide Pferde wurden am Montag negativ auf das Virus getestet.'))).toEqual([]);
  });
});
