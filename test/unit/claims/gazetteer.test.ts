import { describe, expect, it } from 'vitest';
import { diffPair } from './diffPair.js';
import { gazetteer, gazetteerEntry, mergeGazetteers, parseGazetteer } from '../../../src/claims/gazetteer.js';

const findings = (en: string, de: string) =>
  diffPair(en, de)
    .filter((f) => f.type === 'entity')
    .map((f) => `${f.status} ${f.en?.text ?? '—'}|${f.de?.text ?? '—'}`);

describe('the gazetteer built from iso-codes, the GNOME weather locations, Ding and the brand index', () => {
  it('ships thousands of entries of every kind, each with both languages', () => {
    const entries = gazetteer();
    expect(entries.length).toBeGreaterThan(2500);
    const kinds = new Set(entries.map((e) => e.category));
    for (const kind of ['country', 'region', 'city', 'river', 'water', 'mountain', 'island', 'organisation', 'person']) expect(kinds).toContain(kind);
    expect(entries.every((e) => e.forms.en.length > 0 && e.forms.de.length > 0)).toBe(true);
  });

  it('knows exonyms from each source', () => {
    const de = (id: string) => gazetteerEntry(id)?.forms.de ?? [];
    expect(de('cairo')).toContain('Kairo'); // weather locations
    expect(de('antwerp')).toContain('Antwerpen');
    expect(de('syria')).toContain('Syrien'); // ISO 3166-1
    expect(de('alps')).toContain('Alpen'); // Ding [geogr.]
    expect(de('red sea')).toContain('Rotes Meer');
    expect(de('alexander the great')).toContain('Alexander der Große'); // Ding [hist.]
    expect(gazetteerEntry('ethiopia')?.adjectives.de).toContain('äthiopisch*'); // Ding {adj} [geogr.]
  });

  it('leaves out names that are common words of their language', () => {
    const forms = new Set(gazetteer().flatMap((e) => e.forms.de));
    for (const word of ['Ob', 'Essen', 'Hof', 'Halle']) expect(forms.has(word), word).toBe(false);
    expect(new Set(gazetteer().flatMap((e) => e.forms.en)).has('Reading')).toBe(false);
  });

  it('knows the organisations of the brand index, but none named like a word or a person', () => {
    const forms = new Set(gazetteer().filter((e) => e.category === 'organisation').flatMap((e) => e.forms.en));
    for (const name of ['Commerzbank', 'Barclays', 'UniCredit', 'Kaufland', 'Tesco', 'IG Metall']) expect(forms.has(name), name).toBe(true);
    // Words in any sense or inflection, people's names, and short initials are left out.
    for (const name of ['Enterprise', 'Worten', 'Müller', 'Schmidt', 'Emma', 'LVM']) expect(forms.has(name), name).toBe(false);
  });

  it('merges a built entry into the hand-kept one it names, which keeps its forms', () => {
    const kept = parseGazetteer('bayer\torganisation\tBayer\tBayer\nmunich\tcity\tMunich\tMünchen\tMunich-based\n');
    const built = parseGazetteer('munich\tcity\tMunich\tMünchen|Muenchen\nbavaria\tregion\tBavaria\tBayern|Bayer\n');
    const merged = mergeGazetteers(kept, built);
    expect(merged.find((e) => e.id === 'munich')?.forms.de).toEqual(['München', 'Muenchen']);
    expect(merged.find((e) => e.id === 'munich')?.adjectives.en).toEqual(['Munich-based']);
    expect(merged.find((e) => e.id === 'bavaria')?.forms.de).toEqual(['Bayern']);
  });
});

describe('places and names in the claims diff', () => {
  it('matches exonyms and inflected German names', () => {
    expect(findings('The company moved from Antwerp to Cairo.', 'Das Unternehmen zog von Antwerpen nach Kairo.')).toEqual(['match Antwerp|Antwerpen', 'match Cairo|Kairo']);
    expect(findings('The ship crossed the Red Sea.', 'Das Schiff durchquerte das Rote Meer.')).toEqual(['match Red Sea|Rote Meer']);
    expect(findings('The Ethiopian runner won.', 'Der äthiopische Läufer gewann.')).toEqual(['match Ethiopian|äthiopische']);
  });

  it('finds another river, sea or historical person in the same slot a conflict', () => {
    expect(findings('Floods hit the towns on the Danube.', 'Hochwasser traf die Orte an der Elbe.')).toEqual(['conflict Danube|Elbe']);
  });

  it('finds another company of the brand index in the same slot a conflict', () => {
    expect(findings('The loan was arranged by Barclays.', 'Der Kredit wurde von der Commerzbank arrangiert.')).toEqual(['conflict Barclays|Commerzbank']);
    expect(findings('Kaufland raised its prices.', 'Tesco erhöhte seine Preise.')).toEqual(['conflict Kaufland|Tesco']);
    expect(findings('Kaufland raised its prices.', 'Kaufland erhöhte seine Preise.')).toEqual(['match Kaufland|Kaufland']);
  });

  it('finds a place inside a compound of the other language', () => {
    expect(findings('Highs of 36 degrees are expected in the Rhine valley.', 'Im Rheintal werden Höchstwerte von 36 Grad erwartet.')).toEqual(['match Rhine|Rheintal']);
    expect(findings('The storm reached the North Sea coast.', 'Der Sturm erreichte die Nordseeküste.')).toEqual(['match North Sea|Nordseeküste']);
    expect(findings('It will be hot in southern Germany.', 'In Süddeutschland wird es heiß.')).toEqual(['match Germany|Süddeutschland']);
    // Short names are parts of too many words.
    expect(findings('He lives in Rome.', 'Er schreibt Romane.')).toEqual(['en-only Rome|—']);
  });

  it('matches a name whose words are translated, and a name hyphenated in a German compound', () => {
    expect(findings('Researchers at Heidelberg University found it.', 'Forschende der Universität Heidelberg fanden es.').filter((f) => !f.startsWith('match'))).toEqual([]);
    expect(findings('Researchers at Heidelberg University found it.', 'Forschende der Universität Mannheim fanden es.').filter((f) => !f.startsWith('match'))).not.toEqual([]);
    expect(findings('She came third in the Berlin Marathon.', 'Sie wurde beim Berlin-Marathon Dritte.')).toEqual(['match Berlin Marathon|Berlin-Marathon']);
    // A word the lexicon does not know must be written alike: a surname one letter apart stays apart.
    expect(findings('Anna Schmidt chairs the works council.', 'Den Betriebsrat leitet Anna Schmitt.')).not.toContain('match Anna Schmidt|Anna Schmitt');
  });

  it('reports no German nouns in a row as a name one side lacks', () => {
    expect(findings('Temperatures of 30 degrees are forecast for the weekend in the south.', 'Für das Wochenende werden im Süden Temperaturen von 30 Grad vorhergesagt.')).toEqual([]);
    expect(findings('The festival takes place at the end of June this year.', 'Das Festival findet in diesem Jahr Ende Juni statt.')).toEqual([]);
  });
});
