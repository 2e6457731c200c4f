import { describe, expect, it } from 'vitest';
import { briefly, diffPair } from './diffPair.js';

const findings = (en: string, de: string) => diffPair(en, de).map(briefly);
const oneSided = (en: string, de: string) => findings(en, de).filter((finding) => /-only/.test(finding));

/** Names as health, transport and weather reports write them, each with a perturbed twin the diff must still find. */
describe('names in health, transport and weather news', () => {
  it('reads no place in a common plural: "Fälle" is cases, not a waterfall\'s name', () => {
    expect(oneSided('The clinic reported 14 cases of measles.', 'Die Klinik meldete 14 Fälle von Masern.')).toEqual([]);
    expect(findings('The clinic reported 14 cases of measles.', 'Die Klinik meldete 41 Fälle von Masern.')).toContain('conflict number 14|41');
  });

  it('finds a place English writes without its diacritics', () => {
    expect(findings('Wroclaw opened a new tram line.', 'Breslau eröffnete eine neue Straßenbahnlinie.').concat(findings('Gdansk opened a new tram line.', 'Danzig eröffnete eine neue Straßenbahnlinie.'))).not.toContainEqual(expect.stringMatching(/-only|conflict/));
    expect(findings('Wroclaw opened a new tram line.', 'Danzig eröffnete eine neue Straßenbahnlinie.')).toContain('conflict entity Wroclaw|Danzig');
  });

  it('finds a place in the German "-er" adjective of its name, short or ending in "-en"', () => {
    expect(findings('The university in Ulm hired 30 researchers.', 'Die Ulmer Universität stellte 30 Forschende ein.')).toEqual(['match entity Ulm|Ulmer', 'match number 30|30']);
    expect(findings('The zoo in Göttingen counted 900 visitors.', 'Der Göttinger Zoo zählte 900 Besucher.')).toEqual(['match entity Göttingen|Göttinger', 'match number 900|900']);
    expect(oneSided('The university in Ulm hired 30 researchers.', 'Die Kieler Universität stellte 30 Forschende ein.')).toContain('en-only entity Ulm|—');
    // Inside a name whose other words translate: "Munich Airport" = "Münchner Flughafen".
    expect(oneSided('Munich Airport opened a new terminal.', 'Der Münchner Flughafen eröffnete ein neues Terminal.')).toEqual([]);
    expect(oneSided('Munich Airport opened a new terminal.', 'Der Stuttgarter Flughafen eröffnete ein neues Terminal.')).toContain('en-only entity Munich Airport|—');
  });

  it('finds a river in the German compound of its valley or banks, and a part of a place named by its position', () => {
    expect(oneSided('Hikers crowded the Ilm valley on Sunday.', 'Am Sonntag drängten sich Wanderer im Ilmtal.')).toEqual([]);
    expect(oneSided('Hikers crowded the Ilm valley on Sunday.', 'Am Sonntag drängten sich Wanderer im Saaletal.')).toContain('en-only entity Ilm|—');
    expect(oneSided('Storm surges are forecast for the Lower Elbe.', 'Für die Unterelbe werden Sturmfluten erwartet.')).toEqual([]);
    expect(oneSided('Storm surges are forecast for the Upper Elbe.', 'Für die Unterelbe werden Sturmfluten erwartet.')).toContain('en-only entity Upper Elbe|—');
  });

  it('reads what a body is, before its name, as no part of the name', () => {
    expect(oneSided('Medsafe approved the vaccine for adults.', 'Die neuseeländische Arzneimittelbehörde Medsafe hat den Impfstoff für Erwachsene zugelassen.')).toEqual([]);
  });

  it('reads an abbreviation in brackets after its expansion, and the expansion of one both sides name, as no claim of their own', () => {
    // A compound gives several letters; an international body keeps its English letters in German.
    expect(oneSided('The Federal Institute for Risk Assessment warned of raw milk.', 'Das Bundesinstitut für Risikobewertung (BfR) warnte vor Rohmilch.')).toEqual([]);
    expect(oneSided('The European Food Safety Authority set a new limit.', 'Die Europäische Behörde für Lebensmittelsicherheit (EFSA) legte einen neuen Grenzwert fest.')).toEqual([]);
    expect(oneSided('The Permanent Commission on Air Quality (PKL) met in Kassel.', 'Die Ständige Kommission für Luftqualität (PKL) tagte in Kassel.')).toEqual([]);
    // Another body's abbreviation is still one, now the gazetteer's (Umweltbundesamt): it stands in the place of the English name.
    expect(findings('The Permanent Commission on Air Quality (PKL) met in Kassel.', 'Die Ständige Kommission für Luftqualität (UBA) tagte in Kassel.')).toContainEqual(expect.stringMatching(/^(?:de-only entity —|conflict entity [^|]+)\|UBA$/));
  });
});

describe('days and periods in weather and energy news', () => {
  it('reads noon at the end of a German weekday compound', () => {
    expect(findings('The ferry leaves at noon on Friday.', 'Die Fähre legt am Freitagmittag ab.')).toEqual(['match time noon|mittag', 'match date Friday|Freitag']);
    expect(findings('The ferry leaves at 6 pm on Friday.', 'Die Fähre legt am Freitagmittag ab.')).toContain('conflict time 6 pm|mittag');
    expect(findings('The ferry leaves on Friday afternoon.', 'Die Fähre legt am Freitagnachmittag ab.')).toEqual(['match date Friday|Freitagnachmittag']);
  });

  it('reads a week, month or year named from now, and its part, as a claim that conflicts only with another', () => {
    expect(findings('Rain is forecast for the end of next week.', 'Für Ende nächster Woche ist Regen angesagt.')).toEqual(['match date the end of next week|Ende nächster Woche']);
    expect(findings('Rain is forecast for the end of next week.', 'Für Anfang nächster Woche ist Regen angesagt.')).toEqual(['conflict date the end of next week|Anfang nächster Woche']);
    expect(findings('Gas prices fell last month.', 'Die Gaspreise sanken im vorigen Monat.')).toEqual(['match date last month|vorigen Monat']);
    expect(findings('Gas prices fell last month.', 'Die Gaspreise sanken im laufenden Monat.')).toEqual(['conflict date last month|laufenden Monat']);
    expect(findings('The line reopens early next year.', 'Die Strecke wird im kommenden Jahr wieder eröffnet.')).toEqual(['match date early next year|kommenden Jahr']);
    // Said otherwise on one side, it is no finding.
    expect(findings('Gas prices fell last week.', 'Die Gaspreise sanken zuletzt.')).toEqual([]);
  });

  it('reads a fraction of a change before a word of cause, and "ein Viertel ein" as no clock time', () => {
    expect(findings('Rail freight fell by nearly a quarter because of the strike.', 'Der Schienengüterverkehr brach wegen des Streiks um fast ein Viertel ein.')).toEqual(['match number a quarter|ein Viertel']);
    expect(findings('Rail freight fell by nearly a quarter because of the strike.', 'Der Schienengüterverkehr brach wegen des Streiks um fast ein Drittel ein.')).toEqual(['conflict number a quarter|ein Drittel']);
  });
});
