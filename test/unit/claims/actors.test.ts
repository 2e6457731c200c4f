import { describe, expect, it } from 'vitest';
import { diffPair } from './diffPair.js';
import { titleLength } from '../../../src/claims/extract/titles.js';
import { sameName } from '../../../src/claims/substitution.js';
import { related } from '../../../src/claims/unreadNames.js';

const entities = (en: string, de: string) =>
  diffPair(en, de)
    .filter((f) => f.type === 'entity')
    .map((f) => `${f.status} ${f.en?.text ?? '—'}|${f.de?.text ?? '—'}`);

describe('titles before a name', () => {
  it('takes English words up to the office, and a German compound ending in one', () => {
    expect(titleLength(['Deputy', 'Foreign', 'Minister', 'Ana', 'Silva'], 'en')).toBe(3);
    expect(titleLength(['Government', 'Spokesperson', 'Ana', 'Silva'], 'en')).toBe(2);
    expect(titleLength(['Foreign', 'Ana', 'Silva'], 'en')).toBe(0);
    expect(titleLength(['Wirtschaftsministerin', 'Ana', 'Silva'], 'de')).toBe(1);
    expect(titleLength(['Vorstandschefs', 'Ana', 'Silva'], 'de')).toBe(1);
    expect(titleLength(['Minister'], 'de')).toBe(0);
  });

  it('names the same person with and without the title', () => {
    expect(entities('Economy Minister Ana Silva opened the fair.', 'Wirtschaftsministerin Ana Silva eröffnete die Messe.')).toEqual(['match Ana Silva|Ana Silva']);
    expect(entities('Economy Minister Ana Silva opened the fair.', 'Wirtschaftsministerin Ana Sylva eröffnete die Messe.')).toEqual(['conflict Ana Silva|Ana Sylva']);
    // After a title a surname that is a German word is a name all the same.
    expect(entities('Mayor Tom Lee opened the fair.', 'Bürgermeister Tom Koch eröffnete die Messe.')).toEqual(['conflict Tom Lee|Tom Koch']);
    // The office in apposition makes a German sentence's first words a name; "Carlos" is no "-los"
    // adjective, "Fischer" no "-ischer" one, "Jan" no month before a surname, "Sofia" no city.
    expect(entities('Mayor Carlos Fischer opened the fair.', 'Carlos Fiscber, der Bürgermeister, eröffnete die Messe.')).toEqual(['conflict Carlos Fischer|Carlos Fiscber']);
    expect(entities('Jan Weber, a professor, opened the fair.', 'Professor Jan Weber eröffnete die Messe.')).toEqual(['match Jan Weber|Jan Weber']);
    expect(entities('Health Minister Sofia Berg opened the fair.', 'Sofia Borg, die Gesundheitsministerin, eröffnete die Messe.')).toEqual(['conflict Sofia Berg|Sofia Borg']);
    // A surname with a particle or an O’ goes on a first name that is a city's name.
    expect(entities('Health Minister Sofia de Vries opened the fair.', 'Sofia Chen, die Gesundheitsministerin, eröffnete die Messe.')).toEqual(['conflict Sofia de Vries|Sofia Chen']);
    expect(entities('CEO Sofia O’Brien opened the fair.', 'Vorstandschefin Sofia O’Brien eröffnete die Messe.')).toEqual(['match Sofia O’Brien|Sofia O’Brien']);
    // An English office in apposition is written as words before its noun.
    expect(entities('Ana Silva, the government spokesperson, opened the fair.', 'Regierungssprecherin Ana Sylva eröffnete die Messe.')).toEqual(['conflict Ana Silva|Ana Sylva']);
    // Two people, each with an office, are in one place even where the words around them part.
    expect(entities('According to Mayor Yuki Sato, the talks go on.', 'Nach Angaben der Bürgermeisterin Yuki Saito gehen die Gespräche weiter.')).toEqual(['conflict Yuki Sato|Yuki Saito']);
  });
});

describe('names in the same place', () => {
  it('compares surnames as spelt, cognate words by their consonants', () => {
    const words = (w: string, lang: string) => (lang === 'en' ? ['project', 'institute'] : ['projekten', 'lange', 'instituts']).includes(w.toLowerCase());
    expect(sameName('Nina Petersen', 'Nina Peterson', words)).toBe(false);
    expect(sameName('Debian Project', 'Debian-Projekten', words)).toBe(true);
    expect(sameName('Lars Lang', 'Lars Lange', words)).toBe(false);
    expect(sameName('Kiel Institute', 'Kieler Instituts', words)).toBe(true);
    expect(sameName('Nina Petersen', 'Nina Petersens', () => false)).toBe(true);
  });

  it('finds two organisations by their initials, but not initials against their expansion', () => {
    expect(entities('The ZDV rejected the plan.', 'Der ZVD lehnte den Plan ab.')).toEqual(['conflict ZDV|ZVD']);
    expect(entities('The Internet Protocol carries it.', 'Das IP überträgt es.').some((f) => f.startsWith('conflict'))).toBe(false);
  });

  it('finds a company where the other side has a word no lexicon knows, without an article', () => {
    expect(entities('The study was paid for by Zalando.', 'Die Studie wurde von Tchibo bezahlt.')).toEqual(['conflict Zalando|Tchibo']);
    expect(entities('Zalando rejected the offer.', 'Vinted lehnte das Angebot ab.')).toEqual(['conflict Zalando|Vinted']);
    // Once the link's other names have met theirs, the one left over may still have its unread counterpart.
    expect(entities('The study was paid for by Zalando, and the ZDV warned of costs.', 'Die Studie wurde von Tchibo bezahlt, und der ZVD warnte vor Kosten.').sort()).toEqual(['conflict ZDV|ZVD', 'conflict Zalando|Tchibo']);
    // A noun the lexicon may not know takes an article; one name in two forms is no substitution.
    expect(entities('The firm Zalando rejected the offer.', 'Den Vorschlag lehnte die Firmenleitung ab.')).toEqual(['en-only Zalando|—']);
    expect(entities('Zalando rejected the offer.', 'Zalando lehnte das Angebot ab.')).toEqual(['match Zalando|Zalando']);
    // An English sentence's first word that only German would read as a compound of words is a name
    // ("Euro" + "wings"), met where the German sentence writes it, or against the German unread name.
    expect(entities('Streetwings rejected the offer.', 'Streetwings lehnte das Angebot ab.')).toEqual(['match Streetwings|Streetwings']);
    expect(entities('Streetwings rejected the offer.', 'Vinted lehnte das Angebot ab.')).toEqual(['conflict Streetwings|Vinted']);
    // A word only the other language knows is a name here ("Falcon": German says "Falke"); one the
    // other sentence writes is a word kept from it ("von Sockets" / "socket activation").
    expect(entities('Zalando warned of delays.', 'Falcon warnte vor Verspätungen.')).toEqual(['conflict Zalando|Falcon']);
    expect(entities('The socket activation of classic Unix services went through inetd.', 'Die Aktivierung von Sockets lief über inetd.')).toEqual(['en-only Unix|—']);
    // Capitalised words that follow an unread one and are names too run with it ("Air Canada").
    expect(entities('Tchibo warned of delays.', 'Air Canada warnte vor Verspätungen.')).toEqual(['conflict Tchibo|Air Canada']);
    expect(entities('Existing NTFS partitions can be resized.', 'Vorhandene Partitionen können verkleinert werden.')).toEqual(['en-only Existing NTFS|—']);
    // Keys pressed together are no names.
    expect(entities('Ctrl-D ends the input.', 'Strg-D beendet die Eingabe.')).toEqual([]);
    expect(related('Unices', 'Unix')).toBe(true);
    expect(related('AppArmor', 'AppAmor')).toBe(true);
    expect(related('Zalando', 'Vinted')).toBe(false);
  });
});

describe('a name the lexicon knows as a word', () => {
  it('takes what stands in its place: the subject before the same verb, or the agent after a bare preposition', () => {
    // "Falcon" is an English word at the sentence start; German keeps it as a name.
    expect(entities('Falcon warned of delays.', 'Falcon warnte vor Verspätungen.')).toEqual(['match Falcon|Falcon']);
    expect(entities('Falcon warned of delays.', 'Zalando warnte vor Verspätungen.')).toEqual(['conflict Falcon|Zalando']);
    expect(entities('Tchibo warned of delays.', 'Falcon warnte vor Verspätungen.')).toEqual(['conflict Tchibo|Falcon']);
    // Inside an English sentence, without an article, a capitalised word is a name ("by Falcon"); a label takes one.
    expect(entities('The study was paid for by Falcon.', 'Die Studie wurde von Tchibo bezahlt.')).toEqual(['conflict Falcon|Tchibo']);
    // A run of capitalised words ending in a place's name is a company's or an event's name.
    expect(entities('Air Malta warned of delays.', 'Tchibo warnte vor Verspätungen.')).toEqual(['conflict Air Malta|Tchibo']);
  });

  it('leaves words that open a clause, and sentences left untranslated', () => {
    expect(entities('Once the jam has been cleared, press the resume button.', 'Nachdem der Papierstau behoben wurde, drücken Sie den Fortsetzen-Knopf.')).toEqual([]);
    expect(entities('Relogin to the account.', 'Melden Sie sich am Konto neu an.')).toEqual([]);
    expect(entities('Please note the delays.', 'Please note the delays.')).toEqual([]);
  });

  it('tells two companies apart whose names differ in one vowel before the same legal form', () => {
    expect(entities('The board rejected the offer from Novara AG.', 'Der Vorstand lehnte das Angebot der Navara AG ab.')).toEqual(['conflict Novara AG|Navara AG']);
    expect(entities('The board rejected the offer from Novara AG.', 'Der Vorstand lehnte das Angebot der Novara AG ab.')).toEqual(['match Novara AG|Novara AG']);
  });

  it('finds a place inside a longer name on the other side', () => {
    expect(entities('Zurich Airport handled 31 million passengers.', 'Der Flughafen Zürich fertigte 31 Millionen Passagiere ab.')).toEqual(['match Zurich|Zürich']);
    expect(entities('Basel Airport handled 31 million passengers.', 'Der Flughafen Zürich fertigte 31 Millionen Passagiere ab.')).not.toContain('match Basel Airport|Zürich');
  });

  it('reads "EU Commission" and "EU-Kommission" as the European Commission', () => {
    expect(entities('The EU Commission fined the company.', 'Die Europäische Kommission verhängte eine Geldbuße.')).toEqual(['match EU Commission|Europäische Kommission']);
    expect(entities('The EU Commission fined the company.', 'Die EU-Kommission verhängte eine Geldbuße.')).toEqual(['match EU Commission|EU-Kommission']);
  });

  it('reads the adjective German makes of a region named "…land"', () => {
    expect(entities('The wind farm lies off the coast of Scotland.', 'Der Windpark liegt vor der schottischen Küste.')).toEqual(['match Scotland|schottischen']);
    expect(entities('The wind farm lies off the coast of Ireland.', 'Der Windpark liegt vor der schottischen Küste.')).toEqual(['en-only Ireland|—']);
  });

  it('takes an abbreviation and what it stands for in the other language for one thing (Ding marks both)', () => {
    expect(entities('The app needs 2 GB of RAM.', 'Die App braucht 2 GB Arbeitsspeicher.')).toEqual(['match RAM|Arbeitsspeicher']);
    expect(entities('It spends 4% of GDP on defence.', 'Es gibt vier Prozent des Bruttoinlandsprodukts für Verteidigung aus.')).toEqual(['match GDP|Bruttoinlandsprodukt']);
    expect(entities('It spends 4% of GDP on defence.', 'Es gibt vier Prozent des BIP für Verteidigung aus.')).toEqual(['match GDP|BIP']);
    expect(entities('It spends 4% of GDP on defence.', 'Es gibt vier Prozent des Haushalts für Verteidigung aus.')).toEqual(['en-only GDP|—']);
    expect(entities('The IMF lowered its forecast.', 'Die WHO senkte ihre Prognose.')).toEqual(['conflict IMF|WHO']);
  });

  it('takes a name of common words for translated where two thirds of its words are', () => {
    expect(entities('Unemployment fell, the Federal Employment Agency reported.', 'Die Arbeitslosigkeit sank, wie die Bundesagentur für Arbeit berichtete.')).toEqual([]);
    expect(entities('Unemployment fell, the Federal Employment Agency reported.', 'Die Arbeitslosigkeit sank, wie das Statistikamt berichtete.')).toEqual(['en-only Federal Employment Agency|—']);
  });

  it('finds a place the other side names inside a longer name, or writes in the other language', () => {
    expect(entities('The Munich Regional Court sentenced him.', 'Das Landgericht München verurteilte ihn.')).toEqual(['match Munich|München']);
    expect(entities('The Munich Regional Court sentenced him.', 'Das Landgericht Augsburg verurteilte ihn.')).not.toContain('match Munich|Augsburg');
    expect(entities('Shares rose after the ruling by the US Supreme Court.', 'Die Aktie legte nach dem Urteil des Obersten Gerichtshofs der USA zu.')).toEqual(['match US|USA', 'match Supreme Court|Obersten Gerichtshofs']);
  });

  it('takes a given name transliterated otherwise for one name, but not another surname', () => {
    expect(entities('President Vladimir Putin has no plans to travel.', 'Präsident Wladimir Putin plant keine Reise.')).toEqual(['match Vladimir Putin|Wladimir Putin']);
    expect(entities('Mayor Maria Novak rejected the proposal.', 'Bürgermeisterin Maria Nowak lehnte den Vorschlag ab.')).toEqual(['conflict Maria Novak|Maria Nowak']);
  });

  it('reports no abbreviation defined in brackets, nor a place that ends a club name', () => {
    expect(entities('The Kiel Institute for the World Economy cut its forecast.', 'Das Kieler Institut für Weltwirtschaft (IfW) senkte seine Prognose.')).toEqual([]);
    expect(entities('He joined from Benfica.', 'Er kam von Benfica Lissabon.')).toEqual(['match Benfica|Benfica']);
    expect(entities('The striker joined from Porto.', 'Der Stürmer kam von Benfica Lissabon.')).toEqual(['conflict Porto|Benfica']);
  });
});
