import { describe, expect, it } from 'vitest';
import { flaggedFindings, pairFindings } from './diffPair.js';

const of = (type: string, findings: string[]) => findings.filter((finding) => finding.split(' ')[1] === type);

describe('a body named in common words, its kind rendered loosely', () => {
  it('takes the kind word for the other language\'s word of that kind, where every other word is translated', () => {
    expect(of('entity', flaggedFindings('The German Beekeepers\' Association counted 150,000 members last year.', 'Der Deutsche Imkerbund zählte im vergangenen Jahr 150.000 Mitglieder.'))).toEqual([]);
    expect(of('entity', flaggedFindings('The Swedish Fisheries Agency closed the bay to trawlers on Monday.', 'Die schwedische Fischereibehörde sperrte die Bucht am Montag für Trawler.'))).toEqual([]);
    expect(of('entity', flaggedFindings('The Bavarian Hotel Association expects 4 percent more guests.', 'Der Bayerische Hotelverband rechnet mit 4 Prozent mehr Gästen.'))).toEqual([]);
  });

  it('still reports another body of the same kind', () => {
    expect(of('entity', flaggedFindings('The German Beekeepers\' Association counted 150,000 members last year.', 'Der Deutsche Bauernverband zählte im vergangenen Jahr 150.000 Mitglieder.'))).not.toEqual([]);
    // The kind and "Federal" translated leave the body's field: all its words must be.
    expect(of('entity', flaggedFindings('The Federal Water Agency warned of low river levels.', 'Das Bundesamt für Strahlenschutz warnte vor niedrigen Pegelständen.'))).not.toEqual([]);
    // Two kind words ("Union", "Confederation") are one kind, not two translated words.
    expect(of('entity', flaggedFindings('The Trade Union Confederation criticised the plans.', 'Der Beamtenbund kritisierte die Pläne.'))).not.toEqual([]);
  });
});

describe('a name of words no lexicon knows, written in another order', () => {
  it('finds each word written whole nearby, with words between', () => {
    expect(of('entity', flaggedFindings('The ÖBB Railjet to Munich leaves Vienna at 7:33 a.m.', 'Der Railjet der ÖBB nach München verlässt Wien um 7.33 Uhr.'))).toEqual([]);
  });

  it('still reports the name where one of its words is not written', () => {
    expect(of('entity', flaggedFindings('The ÖBB Railjet to Munich leaves Vienna at 7:33 a.m.', 'Der Nightjet der ÖBB nach München verlässt Wien um 7.33 Uhr.'))).not.toEqual([]);
  });
});

describe('a place said by its German adjective or its people\'s word', () => {
  it('reads "-isch" after a name in "-a" and a hyphenated name\'s first part, "-länder" after a name in "-land"', () => {
    expect(of('entity', pairFindings('Kenya\'s central bank cut its rate to 9.5 percent.', 'Die kenianische Zentralbank senkte ihren Leitzins auf 9,5 Prozent.'))).toEqual(['match entity Kenya|kenianische']);
    expect(of('entity', pairFindings('Saudi Arabia\'s oil minister spoke first.', 'Der saudische Ölminister sprach als Erster.'))).toEqual(['match entity Saudi Arabia|saudische']);
    expect(of('entity', pairFindings('Greenland\'s government approved the mine.', 'Die Grönländer Regierung genehmigte die Mine.'))).toEqual(['match entity Greenland|Grönländer']);
  });

  it('still reports another country\'s adjective', () => {
    expect(of('entity', flaggedFindings('Kenya\'s central bank cut its rate to 9.5 percent.', 'Die tansanische Zentralbank senkte ihren Leitzins auf 9,5 Prozent.'))).not.toEqual([]);
  });
});

describe('a negative word mirrored on the other side', () => {
  it('leaves a negation beside it unconfirmed', () => {
    expect(of('negation', flaggedFindings('Despite the uncertainty, the two schools were merged in August.', 'Trotz der Ungewissheit wurden die beiden Schulen im August nicht zusammengelegt.'))).not.toEqual([]);
  });

  it('agrees where both sides negate besides', () => {
    expect(of('negation', flaggedFindings('Despite the uncertainty, the two schools were not merged in August.', 'Trotz der Ungewissheit wurden die beiden Schulen im August nicht zusammengelegt.'))).toEqual([]);
  });
});

describe('the forms of change and recurrence', () => {
  it('reads a separable verb\'s zu-infinitive as a verb of change ("anzuheben")', () => {
    expect(flaggedFindings('The council decided to raise the fee from 30 to 35 euros.', 'Der Rat beschloss, die Gebühr von 30 auf 35 Euro anzuheben.')).toEqual([]);
  });

  it('reads "jeden zweiten Montag im Monat" as the second Monday, not every other one', () => {
    expect(of('ordinal', pairFindings('The club meets on the second Monday of every month.', 'Der Verein trifft sich an jedem zweiten Montag im Monat.'))).toEqual(['match ordinal second|zweiten']);
    expect(of('ordinal', flaggedFindings('The club meets on the second Monday of every month.', 'Der Verein trifft sich an jedem dritten Montag im Monat.'))).not.toEqual([]);
    expect(flaggedFindings('The bins are emptied every second Monday of the month.', 'Die Tonnen werden an jedem zweiten Montag im Monat geleert.')).toEqual([]);
  });

  it('reads "every ten minutes after midnight" as an interval, not 0:10', () => {
    expect(of('time', flaggedFindings('After the concert, buses run every ten minutes after midnight.', 'Nach dem Konzert fahren die Busse nach Mitternacht alle zehn Minuten.'))).toEqual([]);
    expect(of('time', pairFindings('The doors open at ten minutes after midnight.', 'Die Türen öffnen um 0.10 Uhr.'))).toEqual(['match time ten minutes after midnight|0.10 Uhr']);
  });
});
