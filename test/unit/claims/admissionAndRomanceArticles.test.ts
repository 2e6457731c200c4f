import { describe, expect, it } from 'vitest';
import { flaggedFindings } from './diffPair.js';

const of = (type: string, findings: string[]) => findings.filter((finding) => finding.split(' ')[1] === type);

describe('an admission against a denial', () => {
  it('is a conflict even where both sides have another cue ("without" / "ohne")', () => {
    expect(of('negation', flaggedFindings('The farmer admitted that he had docked the tails of the piglets without anaesthesia.', 'Der Landwirt bestritt, den Ferkeln ohne Betäubung die Schwänze kupiert zu haben.'))).toEqual(['conflict negation admitted|bestritt']);
    expect(of('negation', flaggedFindings('The company denied collecting the data without consent.', 'Das Unternehmen räumte ein, die Daten ohne Einwilligung erhoben zu haben.'))).toEqual(['conflict negation denied|räumte ein']);
    expect(of('negation', flaggedFindings('The driver denied that he had driven without a licence.', 'Der Fahrer gab zu, ohne Führerschein gefahren zu sein.'))).toEqual(['conflict negation denied|gab zu']);
  });

  it('agrees with a denial, and with an admission that a cue turns', () => {
    expect(of('negation', flaggedFindings('The farmer denied that he had docked the tails without anaesthesia.', 'Der Landwirt bestritt, den Ferkeln ohne Betäubung die Schwänze kupiert zu haben.'))).toEqual([]);
    expect(of('negation', flaggedFindings('The farmer did not admit that he had docked the tails without anaesthesia.', 'Der Landwirt bestritt, den Ferkeln ohne Betäubung die Schwänze kupiert zu haben.'))).toEqual([]);
    expect(of('negation', flaggedFindings('The driver denied that he had driven without a licence.', 'Der Fahrer gab nicht zu, ohne Führerschein gefahren zu sein.'))).toEqual([]);
  });
});

describe('a Romance article opening a name', () => {
  it('is dropped where the other language names the place without it', () => {
    expect(of('entity', flaggedFindings('Anna Netrebko cancelled her appearance at La Scala on Friday.', 'Anna Netrebko hat ihren Auftritt an der Mailänder Scala am Freitag abgesagt.'))).toEqual([]);
  });

  it('leaves a different name one-sided', () => {
    expect(of('entity', flaggedFindings('Anna Netrebko cancelled her appearance at La Scala on Friday.', 'Anna Netrebko hat ihren Auftritt an der Fenice am Freitag abgesagt.'))).toEqual(['en-only entity La Scala|—']);
  });
});
