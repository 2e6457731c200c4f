import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../src/pipeline/alignDocuments.js';
import { DEFAULT_ALIGN_SETTINGS } from '../../../src/core/settings.js';
import { buildClaimsDiff, diffClaims } from '../../../src/claims/index.js';
import type { Finding } from '../../../src/core/claims.js';
import type { AlignMode, AlignmentDocument, AlignmentLink } from '../../../src/core/types.js';

function alignment(en: string[], de: string[], links: AlignmentLink[], mode: AlignMode = 'parallel'): AlignmentDocument {
  const sentences = (texts: string[]) => texts.map((text) => ({ text, start: 0, end: text.length }));
  const info = (lang: string) => ({ path: `doc.${lang}`, sha256: '', language: { detected: lang, confidence: 1, source: 'stated' as const }, segmentation: 'lines' as const });
  return {
    format: 'satzpaar-alignment',
    version: 1,
    mode,
    modeReason: 'test',
    generator: { name: 'satzpaar', version: 'test' },
    documents: { en: info('en'), de: info('de') },
    sentences: { en: sentences(en), de: sentences(de) },
    alignments: links,
  };
}

function source(path: string, text: string) {
  return { path, text, sha256: '', encoding: 'utf-8' };
}

/** One parallel link per pair of sentences. */
function pairs(...texts: Array<[string, string]>): AlignmentDocument {
  return alignment(
    texts.map((t) => t[0]),
    texts.map((t) => t[1]),
    texts.map((_, i) => ({ en: [i], de: [i], score: 1 })),
  );
}

const brief = (f: Finding) => [f.status, f.type, f.en?.text ?? null, f.de?.text ?? null];

describe('diffClaims on aligned sentences', () => {
  it('pairs a claim one side repeats within a link with the other side\'s one mention, as aligned', () => {
    // A headline's "Kinvolk" and the body's "Kinvolk GmbH" share a link; the German says "Kinvolk GmbH" once.
    const doc = alignment(['Microsoft buys Kinvolk.', 'Microsoft has acquired Kinvolk GmbH.'], ['Microsoft hat die Kinvolk GmbH übernommen.'], [{ en: [0, 1], de: [0], score: 1 }]);
    const kinvolk = diffClaims(doc).filter((f) => f.de?.text === 'Kinvolk GmbH');
    expect(kinvolk.map((f) => [f.status, f.basis, f.en!.text, f.en!.sentence]).sort()).toEqual([
      ['match', 'aligned', 'Kinvolk GmbH', 1],
      ['match', 'aligned', 'Kinvolk', 0],
    ]);
  });

  it('matches locale formatting differences', () => {
    const findings = diffClaims(pairs(['Microsoft paid $7.5 billion on April 29, 2021 at 2:30 p.m.', 'Microsoft zahlte am 29.04.2021 um 14:30 Uhr 7,5 Mrd. Dollar.']));
    expect(findings.map(brief)).toEqual([
      ['match', 'entity', 'Microsoft', 'Microsoft'],
      ['match', 'amount', '$7.5 billion', '7,5 Mrd. Dollar'],
      ['match', 'date', 'April 29, 2021', '29.04.2021'],
      ['match', 'time', '2:30 p.m.', '14:30 Uhr'],
    ]);
  });

  it('matches a figure written alike in a sentence the German document left in English', () => {
    const sentence = 'The service has 1,000 users and is not free.';
    const findings = diffClaims(pairs([sentence, sentence]));
    expect(findings.map((f) => [f.status, f.type, f.en?.value, f.de?.value, f.basis])).toEqual([
      ['match', 'number', '1000', '1', 'writtenAlike'],
      ['match', 'negation', 'negated', 'negated', 'aligned'],
    ]);
    // Written differently, the same two readings still conflict.
    expect(diffClaims(pairs(['The service has 1,000 users.', 'Der Dienst hat 1,5 Nutzer.'])).map(brief)).toEqual([['conflict', 'number', '1,000', '1,5']]);
  });

  it('reports a different value of the same kind as a conflict, with both values', () => {
    const [finding] = diffClaims(pairs(['It was founded in 2015.', 'Es wurde 2016 gegründet.']));
    expect(finding).toMatchObject({
      status: 'conflict',
      type: 'date',
      en: { sentence: 0, text: '2015', value: '2015' },
      de: { sentence: 0, text: '2016', value: '2016' },
    });
  });

  it('keeps quantities in their unit; an equal converted value is a match, a different one a conflict', () => {
    expect(diffClaims(pairs(['It moved 5 miles.', 'Es zog 8 Kilometer weit.'])).map((f) => [f.status, f.en?.value, f.de?.value, f.basis])).toEqual([
      ['match', '5 mi', '8 km', 'converted'],
    ]);
    expect(diffClaims(pairs(['It moved 5 miles.', 'Es zog 5 Kilometer weit.'])).map(brief)).toEqual([['conflict', 'quantity', '5 miles', '5 Kilometer']]);
  });

  it('never pairs claims of different kinds into a conflict', () => {
    const findings = diffClaims(pairs(['It weighs 5 kg.', 'Es ist 5 km lang.']));
    expect(findings.map((f) => f.status).sort()).toEqual(['de-only', 'en-only']);
  });

  it('tells percent from percentage points', () => {
    expect(diffClaims(pairs(['Rates rose 0.25 percentage points.', 'Die Zinsen stiegen um 0,25 Prozent.'])).map(brief)).toEqual([
      ['conflict', 'percentage', '0.25 percentage points', '0,25 Prozent'],
    ]);
  });

  it('reads German "Billion" as a trillion', () => {
    expect(diffClaims(pairs(['It costs $7.5 billion.', 'Es kostet 7,5 Billionen Dollar.']))[0]).toMatchObject({
      status: 'conflict',
      en: { value: '7500000000 USD' },
      de: { value: '7500000000000 USD' },
    });
  });

  it('accepts a date without a year for the same day with one', () => {
    expect(diffClaims(pairs(['It was announced on April 29.', 'Es wurde am 29. April 2021 angekündigt.']))[0]).toMatchObject({
      status: 'match',
      basis: 'partial',
    });
  });

  it('pairs leftovers of one kind by what they count, however many each side has, and in order when nothing tells', () => {
    expect(diffClaims(pairs(['12 cars and 15 vans.', '13 Autos und 16 Transporter.'])).map(brief)).toEqual([
      ['conflict', 'number', '12', '13'],
      ['conflict', 'number', '15', '16'],
    ]);
    // "cars" / "Autos": the 15 vans have no counterpart.
    expect(diffClaims(pairs(['12 cars and 15 vans.', '13 Autos.'])).map((f) => `${f.status} ${f.en?.text ?? ''}|${f.de?.text ?? ''}`)).toEqual(['conflict 12|13', 'en-only 15|']);
    // The example: the visitors pair though the German has one more figure ("ein Viertel").
    expect(diffClaims(pairs(['The museum welcomed 48,310 visitors in March, a quarter more than a year earlier.', 'Das Museum zählte im März 43.810 Besucher, ein Viertel mehr als ein Jahr zuvor.'])).find((f) => f.status === 'conflict')).toMatchObject({
      type: 'number',
      en: { text: '48,310' },
      de: { text: '43.810' },
      about: { en: 'visitors', de: 'Besucher' },
    });
    // Unequal counts and nothing in common: no pairing.
    expect(diffClaims(pairs(['12 and 15.', '13.'])).map((f) => f.status)).toEqual(['en-only', 'en-only', 'de-only']);
  });

  it('reports a negation difference as a conflict, the unnegated side as its whole sentence', () => {
    const [finding] = diffClaims(pairs(['The company did not confirm the sale.', 'Das Unternehmen bestätigte den Verkauf.']));
    expect(finding).toMatchObject({
      status: 'conflict',
      type: 'negation',
      conflict: 'negation',
      en: { text: 'not', value: 'negated' },
      de: { text: 'Das Unternehmen bestätigte den Verkauf.', start: 0, value: 'affirmative' },
    });
    expect(diffClaims(pairs(['The company did not confirm the sale.', 'Das Unternehmen bestätigte den Verkauf nicht.']))[0]).toMatchObject({ status: 'match', type: 'negation' });
  });

  it('reports a negation whose negated word has no counterpart on the other side as one-sided, not as a conflict', () => {
    expect(diffClaims(pairs(['The company did not comment.', 'Das Unternehmen äußerte sich.']))).toMatchObject([
      { status: 'en-only', type: 'negation', en: { text: 'not' }, de: null, basis: 'negationUnanchored' },
    ]);
  });

  it('reads negation without "not": kaum, mitnichten, verweigert, hardly, refuses to', () => {
    const statuses = (en: string, de: string) => diffClaims(pairs([en, de])).map((f) => `${f.status} ${f.type}`);
    expect(statuses('No one was injured in the explosion.', 'Bei der Explosion wurden Menschen verletzt.')).toEqual(['conflict negation']);
    expect(statuses('The change will hardly be noticed.', 'Die Änderung wird kaum auffallen.')).toEqual(['match negation']);
    expect(statuses('That does not make them compatible.', 'Kompatibel macht sie das mitnichten.')).toEqual(['match negation']);
    expect(statuses('dpkg refuses to install the package.', 'dpkg verweigert die Installation des Pakets.')).toEqual(['match negation']);
    expect(statuses('dpkg installs the package.', 'dpkg verweigert die Installation des Pakets.')).toEqual(['conflict negation']);
  });

  it('matches a name the other side writes alike where its extraction passed it over (a sentence start)', () => {
    expect(diffClaims(pairs(['Köln won the league.', 'Köln gewann die Liga.']))).toMatchObject([
      { status: 'match', type: 'entity', en: { text: 'Köln', start: 0 }, de: { text: 'Köln', start: 0 }, basis: 'writtenAlike' },
    ]);
    expect(diffClaims(pairs(['The team won the league.', 'Der BVB gewann die Liga.'])).map((f) => f.status)).toEqual(['de-only']);
  });

  it('lets a cue that negates no statement (an adjective, an alternative) confirm the other side, never conflict', () => {
    const statuses = (en: string, de: string) => diffClaims(pairs([en, de])).filter((f) => f.type === 'negation').map((f) => `${f.status} ${f.type}`);
    expect(statuses('Commands for an hour that never existed run later.', 'Befehle für eine nicht existente Stunde laufen später.')).toEqual(['match negation']);
    expect(statuses('It uses a private range (not routable on the Internet).', 'Es nutzt einen privaten Bereich (im Internet nicht erreichbar).')).toEqual(['match negation']);
    expect(statuses('It was paid in an undisclosed amount.', 'Es wurde ein nicht genannter Betrag gezahlt.')).toEqual([]);
    expect(statuses('Microsoft bought Kinvolk.', 'Microsoft kaufte Kinvolk, nicht Flatcar.')).toEqual([]);
  });

  it('compares days of the week as claims of their own kind', () => {
    expect(diffClaims(pairs(['The company said on Tuesday that it agreed.', 'Das Unternehmen teilte am Mittwoch mit, es stimme zu.'])).map(brief)).toEqual([['conflict', 'date', 'Tuesday', 'Mittwoch']]);
    expect(diffClaims(pairs(['The match ended on Saturday evening.', 'Das Spiel endete am Samstagabend.'])).map((f) => f.status)).toEqual(['match']);
    expect(diffClaims(pairs(['Black Friday sales rose.', 'Die Umsätze am Black Friday stiegen.'])).map((f) => f.status)).toEqual(['match']);
    expect(diffClaims(pairs(['On Monday, April 29, 2021 it closed.', 'Am Montag, dem 29. April 2021, schloss es.'])).map((f) => f.status)).toEqual(['match', 'match']);
  });

  it('compares fractions and halves across the languages; "half a million" is no million', () => {
    expect(diffClaims(pairs(['Half a million people came.', 'Eine halbe Million Menschen kam.'])).map(brief)).toEqual([['match', 'number', 'Half a million', 'Eine halbe Million']]);
    expect(diffClaims(pairs(['Two-thirds of voters agreed.', 'Drei Viertel der Wähler stimmten zu.'])).map(brief)).toEqual([['conflict', 'number', 'Two-thirds', 'Drei Viertel']]);
    expect(diffClaims(pairs(['More than half of the workloads run Linux.', 'Mehr als die Hälfte der Workloads läuft unter Linux.'])).map((f) => f.status)).not.toContain('en-only');
    expect(diffClaims(pairs(['It might upgrade half of your system.', 'Es könnte Ihr halbes System aktualisieren.']))).toEqual([]);
  });

  it('matches a negation cue with a word that carries the negation, which alone is no conflict', () => {
    const [finding] = diffClaims(pairs(['The system becomes unusable.', 'Das System ist nicht mehr verwendbar.']));
    expect(finding).toMatchObject({ status: 'match', type: 'negation', en: { text: 'unusable' }, de: { text: 'nicht' }, basis: 'negatedWord' });
    expect(diffClaims(pairs(['Use it unless you have a reason.', 'Nutzen Sie es, außer Sie haben einen Grund.']))[0]).toMatchObject({ status: 'match', type: 'negation' });
    expect(diffClaims(pairs(['The service is unique.', 'Der Dienst ist einzigartig.']))).toEqual([]);
    expect(diffClaims(pairs(['The download is free.', 'Der Download ist kostenlos.']))).toEqual([]);
  });

  it('confirms a place by its adjective on the other side, but never reports an adjective alone', () => {
    expect(diffClaims(pairs(["Germany's economy shrank.", 'Die deutsche Wirtschaft schrumpfte.'])).map(brief)).toEqual([['match', 'entity', 'Germany', 'deutsche']]);
    expect(diffClaims(pairs(['Flights were cancelled at Frankfurt airport.', 'Am Frankfurter Flughafen fielen Flüge aus.']))[0]).toMatchObject({ status: 'match' });
    expect(diffClaims(pairs(['The German government agreed.', 'Die Bundesregierung stimmte zu.']))).toEqual([]);
  });

  it('inflects German names that start with an adjective, and keeps a longer English name whole', () => {
    expect(diffClaims(pairs(['Sales fell in the United States.', 'In den Vereinigten Staaten sank der Absatz.'])).map((f) => f.status)).toEqual(['match']);
    expect(diffClaims(pairs(['Siemens Energy expects a loss.', 'Siemens Energy erwartet einen Verlust.'])).map(brief)).toEqual([
      ['match', 'entity', 'Siemens Energy', 'Siemens Energy'],
    ]);
  });

  it('matches longer names across languages: clubs, hyphen compounds, inflected adjectives', () => {
    const statuses = (en: string, de: string) => diffClaims(pairs([en, de])).map((f) => `${f.status} ${f.en?.text ?? ''}|${f.de?.text ?? ''}`);
    expect(statuses('Bayern Munich beat Borussia Dortmund.', 'Der FC Bayern München schlug Borussia Dortmund.')).toEqual([
      'match Bayern Munich|FC Bayern München',
      'match Borussia Dortmund|Borussia Dortmund',
    ]);
    expect(statuses('The James Webb telescope was launched.', 'Das James-Webb-Teleskop wurde gestartet.')).toEqual(['match James Webb|James-Webb']);
    expect(statuses("Deutsche Bahn's trains were late.", 'Die Züge der Deutschen Bahn waren verspätet.')).toEqual(['match Deutsche Bahn|Deutschen Bahn']);
    expect(statuses('The mayor of Munich visited the city of Cologne.', 'Der Bürgermeister von München besuchte die Stadt Köln.')).toEqual([
      'match Munich|München',
      'match Cologne|Köln',
    ]);
  });

  it('takes "the past decade" for ten years', () => {
    expect(diffClaims(pairs(['It grew over the past decade.', 'Es wuchs in den vergangenen zehn Jahren.']))[0]).toMatchObject({
      status: 'match',
      type: 'quantity',
      basis: 'converted',
    });
  });

  it('does not read a change and its result as a range', () => {
    expect(diffClaims(pairs(['It rose by 0.5 percentage points to 3%.', 'Er stieg um 0,5 Prozentpunkte auf 3 %.'])).map((f) => f.status)).toEqual(['match', 'match']);
    expect(diffClaims(pairs(['It rose by 10 to 20 percent.', 'Er stieg um 10 bis 20 Prozent.'])).map(brief)).toEqual([['match', 'percentage', '10 to 20 percent', '10 bis 20 Prozent']]);
  });

  it('accepts an ordinal for the same number counted differently', () => {
    // (A German "50-jähriges Bestehen" is an anniversary's ordinal itself: see datesGrammar.test.ts.)
    expect(diffClaims(pairs(['In its 50th anniversary year.', 'Im Jahr, in dem die Firma 50 Jahre alt wurde.']))[0]).toMatchObject({ status: 'match', basis: 'partial' });
  });

  it('takes a four-digit number read as a year for the same number', () => {
    expect(diffClaims(pairs(['Nearly 2,000 flights were cancelled.', 'Fast 2000 Flüge fielen aus.'])).map((f) => f.status)).toEqual(['match']);
  });

  it('conflicts on places of one category, not on unknown names', () => {
    expect(diffClaims(pairs(['The fair is in Cologne.', 'Die Messe ist in Düsseldorf.'])).map(brief)).toEqual([['conflict', 'entity', 'Cologne', 'Düsseldorf']]);
    expect(diffClaims(pairs(['Olaf Scholz visited.', 'Besucht hat ihn Robert Habeck.']))).toMatchObject([
      { status: 'conflict', type: 'entity', conflict: 'entity-substituted', en: { text: 'Olaf Scholz' }, de: { text: 'Robert Habeck' } },
    ]);
  });

  it('takes a first name in common for two people, a head word in common for one name', () => {
    expect(diffClaims(pairs(['Minister Klaus Meyer spoke on Monday.', 'Am Montag sprach Minister Klaus Mayer.'])).find((f) => f.status === 'conflict')).toMatchObject({
      conflict: 'entity-substituted',
      en: { text: 'Klaus Meyer' },
      de: { text: 'Klaus Mayer' },
    });
    expect(diffClaims(pairs(['The Free Translation Project helps.', 'Es hilft das Freie Übersetzungsprojekt.'])).filter((f) => f.status === 'conflict')).toEqual([]);
  });

  it('reads a single name after a title as a person, so a surname one letter apart is substituted', () => {
    expect(diffClaims(pairs(['Ms Meyer leads the team.', 'Frau Mayer leitet das Team.']))).toMatchObject([
      { status: 'conflict', conflict: 'entity-substituted', en: { text: 'Meyer' }, de: { text: 'Mayer' } },
    ]);
    expect(diffClaims(pairs(['Ms Meyer leads the team.', 'Frau Meyer leitet das Team.'])).map((f) => f.status)).toEqual(['match']);
  });

  it('keeps names one-sided where the words around them show different roles, a name and its longer form alike', () => {
    const statuses = (en: string, de: string) => diffClaims(pairs([en, de])).map((f) => f.status);
    expect(statuses('Olaf Scholz was born there.', 'Gestern lachte Robert Habeck.')).toEqual(['en-only', 'de-only']);
    expect(statuses('The Debian Project visited the plant.', 'Das Debian-Projekt besuchte das Werk.')).not.toContain('conflict');
  });

  it('pairs figures into a conflict only when the words around them are about one thing', () => {
    const acquiredAndShutDown = pairs(['CoreOS was acquired by Red Hat in early 2018.', 'Nach der Übernahme von CoreOS durch Red Hat wurde CoreOS Container Linux Anfang 2020 jedoch eingestellt.']);
    expect(diffClaims(acquiredAndShutDown).filter((f) => f.type === 'date').map((f) => f.status)).toEqual(['en-only', 'de-only']);
    expect(diffClaims(pairs(['Red Hat acquired CoreOS in 2018.', 'Red Hat übernahm CoreOS im Jahr 2020.'])).find((f) => f.type === 'date')).toMatchObject({ status: 'conflict', conflict: 'different-value' });
  });

  it('does not report a name of the fixture pair as absent where the German writes it inside a longer name', () => {
    // The German article writes "Flatcar Container Linux" and "CoreOS Container Linux", never "Container Linux" alone.
    const en = readFileSync(new URL('../../../fixtures/en-register-microsoft-kinvolk.txt', import.meta.url), 'utf8');
    const de = readFileSync(new URL('../../../fixtures/de-tradepress-microsoft-kinvolk.txt', import.meta.url), 'utf8');
    const alignment = alignDocuments([source('en.txt', en), source('de.txt', de)], { ...DEFAULT_ALIGN_SETTINGS, mode: 'auto', presegmented: false });
    const findings = diffClaims(alignment);
    expect(findings.filter((f) => f.en?.text === 'Container Linux').map((f) => f.status)).not.toContain('en-only');
    expect(findings.filter((f) => f.status === 'conflict')).toEqual([]);
  });
});

describe('diffClaims across the document', () => {
  it('calls a claim in an unaligned sentence one-side-only unless the other document states it elsewhere', () => {
    const doc = alignment(
      ['Kinvolk was founded in Berlin in 2015.', 'It has 12 employees.'],
      ['Das Team ist klein.', 'Die Firma gibt es seit 2015.'],
      [
        { en: [0], de: [], score: 0 },
        { en: [1], de: [0], score: 0.4 },
        { en: [], de: [1], score: 0 },
      ],
      'comparable',
    );
    expect(diffClaims(doc).map((f) => [f.status, f.type, f.en?.sentence ?? null, f.de?.sentence ?? null, f.basis])).toEqual([
      // "Kinvolk" starts the sentence and appears nowhere else, so it is not taken for a name.
      ['en-only', 'entity', 0, null, 'unaligned'],
      ['match', 'date', 0, 1, 'elsewhere'],
      ['en-only', 'number', 1, null, 'missingInLink'],
    ]);
  });

  it('finds a part of a year elsewhere by the year said alone, and the year by any part of it, but not another part', () => {
    const found = (en: string, de: string) =>
      diffClaims(alignment([en, 'It has a new owner.'], ['Die Firma hat einen neuen Eigentümer.', de], [{ en: [0], de: [], score: 0 }, { en: [1], de: [0], score: 0.4 }, { en: [], de: [1], score: 0 }], 'comparable'))
        .filter((f) => f.type === 'date')
        .map((f) => [f.status, f.basis ?? null]);
    // Each unaligned sentence's date, found in the other document.
    const both = [['match', 'elsewhere'], ['match', 'elsewhere']];
    expect(found('Red Hat bought it in early 2018.', 'Die Übernahme fand im Jahr 2018 statt.')).toEqual(both);
    expect(found('Red Hat bought it in 2018.', 'Die Übernahme fand Anfang 2018 statt.')).toEqual(both);
    expect(found('Red Hat bought it in early 2018.', 'Die Übernahme fand Ende 2018 statt.').map(([status]) => status)).toEqual(['en-only', 'de-only']);
  });

  it('does not call two leftovers a conflict when each is stated elsewhere in the other document', () => {
    const doc = alignment(
      ['Founded in 2015.', 'Launched in 2018.'],
      ['2018 kam das Produkt.', 'Gegründet 2015.'],
      [
        { en: [0], de: [0], score: 0.3 },
        { en: [1], de: [1], score: 0.3 },
      ],
      'comparable',
    );
    expect(diffClaims(doc).every((f) => f.status === 'match')).toBe(true);
  });

  it('compares negation in comparable texts only on confident links', () => {
    const weak = alignment(['It did not grow.'], ['Es wuchs.'], [{ en: [0], de: [0], score: 0.6 }], 'comparable');
    expect(diffClaims(weak)).toEqual([]);
    const strong = alignment(['It did not grow.'], ['Es wuchs.'], [{ en: [0], de: [0], score: 1 }], 'comparable');
    expect(diffClaims(strong).map((f) => f.status)).toEqual(['conflict']);
  });

  it('pairs bare numbers into a conflict in comparable texts only on confident links', () => {
    const weak = alignment(['The company has 50 employees.'], ['Das Unternehmen hat 35 Kunden.'], [{ en: [0], de: [0], score: 0.6 }], 'comparable');
    expect(diffClaims(weak).map((f) => f.status)).toEqual(['en-only', 'de-only']);
    const strong = alignment(['The company has 50 employees.'], ['Das Unternehmen hat 35 Mitarbeiter.'], [{ en: [0], de: [0], score: 1 }], 'comparable');
    expect(diffClaims(strong).map((f) => f.status)).toEqual(['conflict']);
    const year = alignment(['It was founded in 2015.'], ['Es wurde 2016 gegründet.'], [{ en: [0], de: [0], score: 0.6 }], 'comparable');
    expect(diffClaims(year).map((f) => f.status)).toEqual(['conflict']);
  });

  it('reports a repeated name found elsewhere once', () => {
    const doc = alignment(['Microsoft grew.', 'Microsoft hired.', 'Microsoft won.'], ['Microsoft wuchs.'], [
      { en: [0], de: [], score: 0 },
      { en: [1], de: [], score: 0 },
      { en: [2], de: [], score: 0 },
      { en: [], de: [0], score: 0 },
    ]);
    expect(diffClaims(doc).map(brief)).toEqual([['match', 'entity', 'Microsoft', 'Microsoft']]);
  });

  it('sorts conflicts first, then by position, and is deterministic', () => {
    const doc = pairs(['Founded in Berlin in 2015.', 'Gegründet in Berlin.'], ['It has 12 staff.', 'Es hat 13 Leute.']);
    const findings = diffClaims(doc);
    expect(findings.map((f) => [f.status, f.en?.sentence])).toEqual([
      ['conflict', 1],
      ['match', 0],
      ['en-only', 0],
    ]);
    expect(diffClaims(doc)).toEqual(findings);
  });

  it('gives sides whose text is exactly the slice of the sentence', () => {
    const doc = pairs(['Microsoft paid $7.5 billion for Kinvolk GmbH in Berlin.', 'Microsoft zahlte 7,5 Mrd. Euro für die Kinvolk GmbH in München.']);
    for (const f of diffClaims(doc)) {
      for (const lang of ['en', 'de'] as const) {
        const side = f[lang];
        if (side) expect(doc.sentences[lang][side.sentence]!.text.slice(side.start, side.end)).toBe(side.text);
      }
    }
  });

  it('builds the claims document around the findings', () => {
    const doc = pairs(['It was founded in 2015.', 'Gegründet 2015.']);
    const diff = buildClaimsDiff(doc);
    expect(diff).toMatchObject({ format: 'satzpaar-claims', version: 1, documents: doc.documents, sentences: doc.sentences });
    expect(diff.findings).toHaveLength(1);
  });
});
