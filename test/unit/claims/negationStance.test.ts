import { describe, expect, it } from 'vitest';
import { diffPair } from './diffPair.js';
import { extractStances } from '../../../src/claims/extract/stance.js';

const negation = (en: string, de: string) => diffPair(en, de).filter((f) => f.type === 'negation').map((f) => f.status);
const conflicts = (en: string, de: string) => negation(en, de).filter((status) => status === 'conflict').length;
const stances = (text: string, lang: 'en' | 'de') => extractStances(text, lang).map((s) => `${s.stance} ${text.slice(s.start, s.end)}`);

describe('a refusal against an assent', () => {
  it('is a negation conflict: "approved" / "lehnte … ab", the particle however far at the clause end', () => {
    expect(negation('The city council approved the new cycle lane.', 'Der Stadtrat lehnte den neuen Radweg ab.')).toEqual(['conflict']);
    expect(negation('The city council approved the new cycle lane along the river.', 'Der Stadtrat lehnte den geplanten neuen zweispurigen Radweg entlang des Flusses ab.')).toEqual(['conflict']);
    // Refusal against refusal is no conflict, however the German says it.
    expect(conflicts('The city council rejected the new cycle lane along the river.', 'Der Stadtrat lehnte den geplanten neuen zweispurigen Radweg entlang des Flusses ab.')).toBe(0);
    expect(conflicts('The city council approved the new cycle lane.', 'Der Stadtrat genehmigte den neuen Radweg.')).toBe(0);
  });

  it('finds a German assent against an English refusal: "voted against" / "stimmte … zu", "supports" / "weist … zurück"', () => {
    expect(negation('The works council voted against the new shift plan.', 'Der Betriebsrat stimmte dem neuen Schichtplan zu.')).toEqual(['conflict']);
    expect(conflicts('The works council voted against the new shift plan.', 'Der Betriebsrat stimmte gegen den neuen Schichtplan.')).toBe(0);
    expect(negation('The union supports the proposed pension reform.', 'Die Gewerkschaft weist die geplante Rentenreform entschieden zurück.')).toEqual(['conflict']);
    expect(conflicts('The union opposes the proposed pension reform.', 'Die Gewerkschaft weist die geplante Rentenreform entschieden zurück.')).toBe(0);
  });

  it('reads "advise to" as assent and "rät … ab" / "advise against" as refusal', () => {
    expect(negation('Doctors advise older patients to take the booster dose.', 'Ärzte raten älteren Patienten von der Auffrischungsimpfung ab.')).toEqual(['conflict']);
    expect(conflicts('Doctors advise older patients against the booster dose.', 'Ärzte raten älteren Patienten von der Auffrischungsimpfung ab.')).toBe(0);
    expect(conflicts('Doctors advise older patients to take the booster dose.', 'Ärzte raten älteren Patienten zur Auffrischungsimpfung.')).toBe(0);
  });

  it('reads a court granting or dismissing a claim: "dismissed" / "gab … statt"', () => {
    expect(negation('The tribunal dismissed the complaint of the two pilots.', 'Das Schiedsgericht gab der Beschwerde der beiden Piloten statt.')).toEqual(['conflict']);
    expect(conflicts('The tribunal dismissed the complaint of the two pilots.', 'Das Schiedsgericht wies die Beschwerde der beiden Piloten ab.')).toBe(0);
  });
});

describe('granting, upholding and agreeing', () => {
  it('are assents: "upheld" / "wies … zurück", "refused" / "gewährte", "declined to" / "erklärte sich bereit"', () => {
    expect(negation('The appeals court upheld the fine against the shipping company.', 'Das Berufungsgericht wies die Geldbuße gegen die Reederei zurück.')).toEqual(['conflict']);
    expect(negation('The city refused the permit for the open-air concert.', 'Die Stadt gewährte die Genehmigung für das Open-Air-Konzert.')).toEqual(['conflict']);
    expect(negation('The landlord declined to repair the heating.', 'Der Vermieter erklärte sich bereit, die Heizung zu reparieren.')).toEqual(['conflict']);
    expect(conflicts('The city granted the permit for the open-air concert.', 'Die Stadt gewährte die Genehmigung für das Open-Air-Konzert.')).toBe(0);
    expect(conflicts('The landlord agreed to repair the heating.', 'Der Vermieter erklärte sich bereit, die Heizung zu reparieren.')).toBe(0);
  });

  it('leaves "for granted" and "gewährleistet" alone', () => {
    expect(stances('We take the safety of our passengers for granted.', 'en')).toEqual([]);
    expect(stances('Das System gewährleistet die Datenintegrität.', 'de')).toEqual([]);
  });
});

describe('a cue in the clause of a verb of assent or refusal', () => {
  it('leaves it to the cue comparison: "did not approve" = "lehnte … ab", "did not approve" ≠ "billigte"', () => {
    expect(negation('The city council did not approve the new cycle lane.', 'Der Stadtrat lehnte den neuen Radweg ab.')).toEqual(['match']);
    expect(negation('The city council did not approve the new cycle lane.', 'Der Stadtrat billigte den neuen Radweg.')).toEqual(['conflict']);
    // "did not hesitate to approve" is no refusal: the verb with a cue in its clause is not compared.
    expect(conflicts('The city council did not hesitate to approve the cycle lane.', 'Der Stadtrat zögerte nicht, den Radweg zu genehmigen.')).toBe(0);
  });

  it('finds a refusal confirming the cue, however far its particle: "does not support" = "lehnt … ab"', () => {
    expect(negation('The association does not support the planned new opening hours.', 'Der Verband lehnt die geplanten neuen Öffnungszeiten für den Sommer ab.')).toEqual(['match']);
    expect(negation('The association does not support the planned new opening hours.', 'Der Verband begrüßt die geplanten neuen Öffnungszeiten für den Sommer.')).not.toEqual(['match']);
  });

  it('does not reach a verb in another clause', () => {
    expect(negation('The mayor, who had not been consulted, backed the project.', 'Der Bürgermeister, der nicht gefragt worden war, lehnte das Projekt ab.')).toContain('conflict');
    expect(conflicts('The mayor, who had not been consulted, rejected the project.', 'Der Bürgermeister, der nicht gefragt worden war, lehnte das Projekt ab.')).toBe(0);
  });
});

describe('assents and refusals paired by count', () => {
  it('leave a sentence that both assents and refuses on each side a match', () => {
    expect(conflicts('The board approved the budget and rejected the bonus plan.', 'Der Vorstand lehnte den Bonusplan ab und billigte den Haushalt.')).toBe(0);
    expect(conflicts('The board approved the budget and rejected the bonus plan.', 'Der Vorstand lehnte den Haushalt ab und lehnte auch den Bonusplan ab.')).toBe(1);
  });

  it('read an assent a refusal governs as what is refused: "declined to approve", "lehnte es ab, … zu genehmigen"', () => {
    expect(negation('The regulator declined to approve the takeover.', 'Die Aufsicht genehmigte die Übernahme.')).toEqual(['conflict']);
    expect(conflicts('The regulator declined to approve the takeover.', 'Die Aufsicht lehnte es ab, die Übernahme zu genehmigen.')).toBe(0);
  });
});

describe('the verbs of assent and refusal', () => {
  it('are verbs, not the nouns, adjectives and other senses their forms share', () => {
    // Intransitive "declined" is no refusal: it is a fall.
    expect(stances('Exports declined the most since 2009.', 'en')).toEqual(['fall declined']);
    expect(stances('Exports declined to a record low, as opposed to imports.', 'en')).toEqual([]);
    expect(stances('The minister declined to comment.', 'en')).toEqual(['refusal declined to']);
    expect(stances('Die Polizei nimmt an, dass der Täter geflohen ist.', 'de')).toEqual([]);
    expect(stances('Der Landtag nahm den Antrag der Opposition an.', 'de')).toEqual(['assent nahm den Antrag der Opposition an']);
    expect(stances('Billige Flüge sind beliebt.', 'de')).toEqual([]);
    expect(stances('Die Firma lehnt sich an das Vorjahr an.', 'de')).toEqual([]);
  });

  it('read a German particle only within the clause, a figure\'s comma being none', () => {
    expect(stances('Der Rat lehnte den mit 1,5 Millionen Euro veranschlagten Umbau ab.', 'de')).toEqual(['refusal lehnte den mit 1,5 Millionen Euro veranschlagten Umbau ab']);
    expect(stances('Der Rat lehnte, wie erwartet, ab.', 'de')).toEqual([]);
  });
});
