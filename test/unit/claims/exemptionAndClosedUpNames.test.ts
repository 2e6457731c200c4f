import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/claims/extract/index.js';
import { flaggedFindings } from './diffPair.js';

const of = (type: string, findings: string[]) => findings.filter((finding) => finding.split(' ')[1] === type);

describe('an exemption against a duty', () => {
  it('is a conflict where the other side says the same people must do it', () => {
    expect(of('negation', flaggedFindings('Pensioners on small incomes are exempt from the new levy of 40 euros.', 'Rentner mit kleinen Einkommen müssen die neue Abgabe von 40 Euro ebenfalls zahlen.'))).toEqual(['conflict negation exempt|müssen']);
    expect(of('negation', flaggedFindings('Pensioners on small incomes will have to pay the new levy of 40 euros as well.', 'Rentner mit kleinen Einkommen sind von der neuen Abgabe von 40 Euro befreit.'))).toEqual(['conflict negation have to|befreit']);
    expect(of('negation', flaggedFindings('Small farms are exempt from the reporting rules.', 'Auch kleine Höfe sind zur Meldung verpflichtet.'))).toEqual(['conflict negation exempt|sind zur Meldung verpflichtet']);
  });

  it('agrees with a rendering that negates, and with a duty limited to others', () => {
    expect(of('negation', flaggedFindings('Pensioners on small incomes are exempt from the new levy of 40 euros.', 'Rentner mit kleinen Einkommen sind von der neuen Abgabe von 40 Euro befreit.'))).toEqual([]);
    expect(of('negation', flaggedFindings('Children under six are exempt, while adults must pay 45 euros.', 'Kinder unter sechs zahlen nichts, Erwachsene müssen 45 Euro zahlen.'))).toEqual([]);
    expect(of('negation', flaggedFindings('Children under six are exempt, while adults must pay 45 euros.', 'Kinder unter sechs sind befreit, Erwachsene müssen 45 Euro zahlen.'))).toEqual([]);
    expect(of('negation', flaggedFindings('Children under six are exempt from the fee of 45 euros.', 'Die Gebühr von 45 Euro müssen nur Erwachsene zahlen, nicht Kinder unter sechs.'))).toEqual([]);
    expect(of('negation', flaggedFindings('Children under six are exempt from the fee of 45 euros.', 'Die Gebühr von 45 Euro müssen lediglich Kinder ab sechs Jahren zahlen.'))).toEqual([]);
  });
});

describe('a ban against a permission', () => {
  it('is a conflict where the other side allows what one side bans', () => {
    expect(of('negation', flaggedFindings('The defendant is still banned from driving.', 'Der Angeklagte darf wieder Auto fahren.'))).toEqual(['conflict negation banned|darf']);
    expect(of('negation', flaggedFindings('The defendant may contact his children again.', 'Dem Angeklagten bleibt jeder Kontakt zu seinen Kindern weiterhin untersagt.'))).toEqual(['conflict negation may|untersagt']);
  });

  it('agrees where the allowing side bans too, or limits its leave', () => {
    expect(of('negation', flaggedFindings('Dogs are banned from the beach but may use the promenade.', 'Hunde sind am Strand verboten, dürfen aber die Promenade nutzen.'))).toEqual([]);
    expect(of('negation', flaggedFindings('Lorries are banned from the centre at night.', 'Lkw dürfen nur tagsüber in die Innenstadt.'))).toEqual([]);
  });
});

describe('a one-word name the other side writes as words apart', () => {
  it('is there, in either spelling of -re and -er', () => {
    expect(of('entity', flaggedFindings('The district will hire 18 more caseworkers for the job centre.', 'Der Landkreis wird weitere 18 Sachbearbeiter für das Jobcenter einstellen.'))).toEqual([]);
    expect(of('entity', flaggedFindings('The job center in Bremerhaven paid out 2.3 million euros.', 'Das Jobcenter Bremerhaven zahlte 2,3 Millionen Euro aus.'))).toEqual([]);
  });

  it('is there with a plural or a genitive -s on either side', () => {
    expect(of('entity', flaggedFindings('None of the 30 job centres questioned could process a claim in two weeks.', 'Kein einziges der 30 befragten Jobcenter konnte einen Antrag in zwei Wochen bearbeiten.'))).toEqual([]);
    expect(of('entity', flaggedFindings('The head of the job centre promised support.', 'Der Leiter des Jobcenters versprach Unterstützung.'))).toEqual([]);
  });

  it('is not made of words that only begin it', () => {
    expect(of('entity', flaggedFindings('The district will hire 18 more caseworkers for the job fair.', 'Der Landkreis wird weitere 18 Sachbearbeiter für das Jobcenter einstellen.'))).toEqual(['de-only entity —|Jobcenter']);
  });
});

describe('a vote against, said with "dagegen"', () => {
  it('refuses what the other side voted for', () => {
    expect(of('negation', flaggedFindings('The parish council voted to reopen the village hall.', 'Der Gemeinderat stimmte dagegen, das Dorfgemeinschaftshaus wieder zu öffnen.'))).toEqual(['conflict negation voted to|stimmte dagegen']);
    expect(of('negation', flaggedFindings('The parish council voted against reopening the village hall.', 'Der Gemeinderat stimmte dagegen, das Dorfgemeinschaftshaus wieder zu öffnen.'))).toEqual([]);
  });

  it('is not "dagegen" as "however" inside a clause', () => {
    const text = 'Die Zahlen für März stimmten dagegen nicht.';
    expect(extractClaims(text, 'de').filter((claim) => claim.type === 'negation').map((claim) => text.slice(claim.start, claim.end))).toEqual(['nicht']);
  });
});

describe('a German adjective opening its sentence', () => {
  it('affirms what the other side negates by a prefix', () => {
    expect(of('negation', flaggedFindings('Unauthorised posters on lampposts will be removed within 48 hours.', 'Genehmigte Plakate an Laternenmasten werden innerhalb von 48 Stunden entfernt.'))).toEqual(['conflict negation Unauthorised|Genehmigte']);
    expect(of('negation', flaggedFindings('Unauthorised posters on lampposts will be removed within 48 hours.', 'Nicht genehmigte Plakate an Laternenmasten werden innerhalb von 48 Stunden entfernt.'))).toEqual([]);
  });
});

describe('"ohne Erfolg"', () => {
  it('is a failure, as "unsuccessful" is', () => {
    expect(of('negation', flaggedFindings('The objection against the tax demand of 67,000 euros was unsuccessful.', 'Der Einspruch gegen die Steuerforderung über 67.000 Euro blieb ohne Erfolg.'))).toEqual([]);
    expect(of('negation', flaggedFindings('The objection against the tax demand of 67,000 euros was unsuccessful.', 'Der Einspruch gegen die Steuerforderung über 67.000 Euro hatte Erfolg.'))).toEqual(['conflict negation unsuccessful|Erfolg']);
  });
});
