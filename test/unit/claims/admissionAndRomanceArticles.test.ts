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

describe('an admission against a denial with no other cue on the admitting side', () => {
  it('is a conflict where a negative word renders "without" ("unerlaubt")', () => {
    expect(of('negation', flaggedFindings('The developer denied having cut down the protected oak without authorisation.', 'Der Bauträger räumte ein, die geschützte Eiche unerlaubt gefällt zu haben.'))).toEqual(['conflict negation denied|räumte ein']);
    expect(of('negation', flaggedFindings('The developer denied having cut down the protected oak without authorisation.', 'Der Bauträger bestritt, die geschützte Eiche unerlaubt gefällt zu haben.'))).toEqual([]);
  });

  it('agrees where a cue turns the denial, or the denying side admits something too', () => {
    expect(of('negation', flaggedFindings('The landlord did not deny that the windows had been leaking since November.', 'Der Vermieter räumte ein, dass die Fenster seit November undicht waren.'))).toEqual([]);
    expect(of('negation', flaggedFindings('The insurer denied having sold the data, but admitted that employees had accessed it without authorisation.', 'Der Versicherer wies zurück, die Daten verkauft zu haben, räumte aber ein, dass Beschäftigte unbefugt darauf zugegriffen hatten.'))).toEqual([]);
  });
});

describe('verdicts and votes against their opposites', () => {
  it('keeps a verdict whose clause has "without" after the verb ("guilty of entering without notice")', () => {
    expect(of('negation', flaggedFindings('The judge found the landlord guilty of entering the flat without notice.', 'Die Richterin sprach den Vermieter vom Vorwurf frei, ohne Ankündigung die Wohnung betreten zu haben.'))).not.toEqual([]);
    expect(of('negation', flaggedFindings('The judge found the landlord guilty of entering the flat without notice.', 'Die Richterin sprach den Vermieter schuldig, ohne Ankündigung die Wohnung betreten zu haben.'))).toEqual([]);
    // "without" turns the verb it governs only.
    expect(of('negation', flaggedFindings('The council closed the meeting without approving the plan.', 'Der Rat beendete die Sitzung, ohne den Plan zu billigen.'))).toEqual([]);
    expect(of('negation', flaggedFindings('Photography without flash is allowed in the collection.', 'In der Sammlung ist Fotografieren auch ohne Blitz verboten.'))).not.toEqual([]);
    expect(of('negation', flaggedFindings('Photography without flash is allowed in the collection.', 'In der Sammlung ist Fotografieren ohne Blitz erlaubt.'))).toEqual([]);
  });

  it('reads "voted to" as assent and a subjunctive "hätten … angenommen" as acceptance', () => {
    expect(of('negation', flaggedFindings('The owners voted to install the lift.', 'Die Eigentümer stimmten gegen den Einbau des Aufzugs.'))).toEqual(['conflict negation voted to|stimmten gegen']);
    expect(of('negation', flaggedFindings('The mediator said both parties had rejected the proposal.', 'Der Mediator sagte, beide Parteien hätten den Vorschlag angenommen.'))).toEqual(['conflict negation rejected|angenommen']);
    expect(of('negation', flaggedFindings('The mediator said both parties had accepted the proposal.', 'Der Mediator sagte, beide Parteien hätten den Vorschlag angenommen.'))).toEqual([]);
  });

  it('reads "verwehrt" as "denied" and "cannot" as a strong cue', () => {
    expect(of('negation', flaggedFindings('The tenant was denied access to the garden.', 'Der Mieterin wurde der Zugang zum Garten verwehrt.'))).toEqual([]);
    expect(of('negation', flaggedFindings('The tenant was given access to the garden.', 'Der Mieterin wurde der Zugang zum Garten verwehrt.'))).not.toEqual([]);
    expect(of('negation', flaggedFindings('Without the consent of the authority, the facade cannot be changed.', 'Die Fassade darf nur mit Zustimmung der Behörde verändert werden.'))).toEqual([]);
    expect(of('negation', flaggedFindings('The facade cannot be changed.', 'Die Fassade darf verändert werden.'))).not.toEqual([]);
  });
});

describe('a pronoun that negates its subject after an opening "without"', () => {
  it('cancels it to "only with"', () => {
    expect(of('negation', flaggedFindings('Without the consent of the landowner, no one may set up a hide on the property.', 'Ein Hochsitz darf auf dem Grundstück nur mit Zustimmung des Grundeigentümers errichtet werden.'))).toEqual([]);
    expect(of('negation', flaggedFindings('No one may set up a hide on the property.', 'Ein Hochsitz darf auf dem Grundstück errichtet werden.'))).not.toEqual([]);
  });
});
