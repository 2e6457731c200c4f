import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/claims/extract/index.js';
import { extractDocumentClaims } from '../../../src/claims/index.js';
import { parseDigits, parseSpelled } from '../../../src/claims/numerals.js';
import type { Lang } from '../../../src/core/types.js';

/**
 * [type, surface text, value] of every claim in the sentence, negation cues left out, and soft ordinals
 * ("first" as an adverb, which only confirms an ordinal of the other side; see datesGrammar.test.ts).
 */
function claims(lang: Lang, text: string): Array<[string, string, string]> {
  return extractClaims(text, lang)
    .filter((c) => c.type !== 'negation' && !(c.type === 'ordinal' && c.soft))
    .map((c) => [c.type, text.slice(c.start, c.end), c.value]);
}

/** The entity values of each sentence of a document pair, extracted as `satzpaar diff` does (the English names inform the German). */
function documentNames(en: string[], de: string[]): Record<Lang, string[][]> {
  const sentence = (text: string) => ({ text, start: 0, end: text.length });
  const result = extractDocumentClaims({ en: en.map(sentence), de: de.map(sentence) });
  const names = (sentenceClaims: Array<{ type: string; value: string }>) => sentenceClaims.filter((c) => c.type === 'entity').map((c) => c.value);
  return { en: result.en.map(names), de: result.de.map(names) };
}

describe('numbers as written in each language', () => {
  it.each([
    ['1,000', 'en', 1000],
    ['1,000.5', 'en', 1000.5],
    ['7.5', 'en', 7.5],
    ['1.000', 'de', 1000],
    ['1.000,5', 'de', 1000.5],
    ['7,5', 'de', 7.5],
    ['7.5', 'de', 7.5],
    ['12 500', 'de', 12500],
    ['2015', 'en', 2015],
  ] as const)('%s (%s) = %d', (text, lang, value) => {
    expect(parseDigits(text, lang)).toBe(value);
  });

  it.each([
    ['twelve', 'en', 12],
    ['twenty-five', 'en', 25],
    ['three hundred', 'en', 300],
    ['zwölf', 'de', 12],
    ['fünfundzwanzig', 'de', 25],
    ['dreihundert', 'de', 300],
    ['einundzwanzig', 'de', 21],
    ['three hundred and fifty', 'en', 350],
    ['two thousand five hundred', 'en', 2500],
    ['six hundred and twelve thousand', 'en', 612000],
    ['a thousand and one', 'en', 1001],
    ['zweihundertfünfzig', 'de', 250],
    ['dreitausendvierhundert', 'de', 3400],
    ['hundertundeins', 'de', 101],
    ['sechshunderteintausend', 'de', 601000],
  ] as const)('spelled %s (%s) = %d', (text, lang, value) => {
    expect(parseSpelled(text, lang)).toBe(value);
  });
});

describe('amounts: scale words and currencies', () => {
  it('normalises "$7.5 billion" = "7,5 Mrd. Dollar" = "7,5 Milliarden US-Dollar"', () => {
    expect(claims('en', 'It paid $7.5 billion.')).toEqual([['amount', '$7.5 billion', '7500000000 USD']]);
    expect(claims('de', 'Es zahlte 7,5 Mrd. Dollar.')).toEqual([['amount', '7,5 Mrd. Dollar', '7500000000 USD']]);
    expect(claims('de', 'Es zahlte 7,5 Milliarden US-Dollar.')).toEqual([['amount', '7,5 Milliarden US-Dollar', '7500000000 USD']]);
  });

  it('reads German "Billion" as 10^12 and English "billion" as 10^9', () => {
    expect(claims('de', 'Es sind 2 Billionen Euro.')).toEqual([['amount', '2 Billionen Euro', '2000000000000 EUR']]);
    expect(claims('en', 'It is €2 billion.')).toEqual([['amount', '€2 billion', '2000000000 EUR']]);
    expect(claims('en', 'It is $2 trillion.')).toEqual([['amount', '$2 trillion', '2000000000000 USD']]);
  });

  it('reads glued scale letters only after a currency, and "eine Milliarde"', () => {
    expect(claims('en', 'A loss of £120m.')).toEqual([['amount', '£120m', '120000000 GBP']]);
    expect(claims('de', 'Ein Verlust von 120 Mio. Pfund.')).toEqual([['amount', '120 Mio. Pfund', '120000000 GBP']]);
    expect(claims('de', 'Das kostet eine Milliarde Euro.')).toEqual([['amount', 'eine Milliarde Euro', '1000000000 EUR']]);
    expect(claims('en', 'It measures 5m.')).toEqual([['quantity', '5m', '5 m']]);
  });

  it('keeps a number with a scale word but no currency a number', () => {
    expect(claims('en', 'The population grew by 1.5 million.')).toEqual([['number', '1.5 million', '1500000']]);
    expect(claims('de', 'Sie wuchs um 1,5 Millionen.')).toEqual([['number', '1,5 Millionen', '1500000']]);
  });
});

describe('percentages and percentage points', () => {
  it.each([
    ['en', 'Sales rose 5%.', '5%', '5%'],
    ['en', 'Sales rose 5 percent.', '5 percent', '5%'],
    ['de', 'Der Umsatz stieg um 5 Prozent.', '5 Prozent', '5%'],
    ['de', 'Der Umsatz stieg um 5 %.', '5 %', '5%'],
    ['de', 'Er sank auf 5,3 %.', '5,3 %', '5.3%'],
    ['en', 'Rates rose 0.25 percentage points.', '0.25 percentage points', '0.25 pp'],
    ['de', 'Die Zinsen stiegen um 0,25 Prozentpunkte.', '0,25 Prozentpunkte', '0.25 pp'],
    ['en', 'Rates rose 25 basis points.', '25 basis points', '0.25 pp'],
  ] as const)('%s: %s', (lang, text, surface, value) => {
    expect(claims(lang, text)).toEqual([['percentage', surface, value]]);
  });
});

describe('dates', () => {
  it.each([
    ['en', 'Signed on April 29, 2021.', 'April 29, 2021', '2021-04-29'],
    ['en', 'Signed on 29 April 2021.', '29 April 2021', '2021-04-29'],
    ['en', 'Signed on the 29th of April 2021.', 'the 29th of April 2021', '2021-04-29'],
    ['en', 'Signed on 2021-04-29.', '2021-04-29', '2021-04-29'],
    ['en', 'Signed on 4/29/2021.', '4/29/2021', '2021-04-29'],
    ['en', 'Signed on 29/04/2021.', '29/04/2021', '2021-04-29'],
    ['en', 'Announced on April 29.', 'April 29', '--04-29'],
    ['en', 'Published in March 2022.', 'March 2022', '2022-03'],
    ['en', 'Inflation rose in May.', 'May', '--05'],
    ['en', 'It opens in the 2030s.', '2030s', '2030s'],
    ['de', 'Unterzeichnet am 29. April 2021.', '29. April 2021', '2021-04-29'],
    ['de', 'Unterzeichnet am 29.04.2021.', '29.04.2021', '2021-04-29'],
    ['de', 'Unterzeichnet am 29.4.21.', '29.4.21', '2021-04-29'],
    ['de', 'Unterzeichnet am 29. Apr. 2021.', '29. Apr. 2021', '2021-04-29'],
    ['de', 'Am 29.04. war es so weit.', '29.04.', '--04-29'],
    ['de', 'Es eröffnet in den 2030er-Jahren.', '2030er-Jahren', '2030s'],
    ['de', 'Im Mai stieg sie.', 'Mai', '--05'],
  ] as const)('%s: %s', (lang, text, surface, value) => {
    expect(claims(lang, text)).toEqual([['date', surface, value]]);
  });

  it('reads a bare four-digit year as a date, but not a grouped number', () => {
    expect(claims('en', 'It was founded in 2015.')).toEqual([['date', '2015', '2015']]);
    expect(claims('en', 'It has 2,015 staff.')).toEqual([['number', '2,015', '2015']]);
  });

  it('does not take "may" the verb or "7.5" for a date', () => {
    expect(claims('en', 'May we come? It may rain.')).toEqual([]);
    expect(claims('de', 'Es sind 7.5 Punkte.')).toEqual([['number', '7.5', '7.5']]);
  });
});

describe('times', () => {
  it.each([
    ['en', 'It starts at 2:30 p.m.', '2:30 p.m.', '14:30'],
    ['en', 'It starts at 9 a.m. sharp.', '9 a.m.', '09:00'],
    ['en', 'It starts at 12 pm.', '12 pm', '12:00'],
    ['en', 'It starts at 19:00.', '19:00', '19:00'],
    ['de', 'Sie beginnt um 14:30 Uhr.', '14:30 Uhr', '14:30'],
    ['de', 'Sie beginnt um 14.30 Uhr.', '14.30 Uhr', '14:30'],
    ['de', 'Sie beginnt um 9 Uhr.', '9 Uhr', '09:00'],
    ['en', 'The job ran at 14:30:00 sharp.', '14:30:00', '14:30'],
    ['en', 'The job ran at 1:08:08 AM sharp.', '1:08:08 AM', '01:08'],
    ['de', '# Download data every night at 7:25 pm', '7:25 pm', '19:25'],
    ['de', 'Treffen um 7:25 am Bahnhof.', '7:25', '07:25'],
  ] as const)('%s: %s', (lang, text, surface, value) => {
    expect(claims(lang, text)).toEqual([['time', surface, value]]);
  });

  it('reads an English log line left in a German text', () => {
    expect(claims('de', 'Mar 31 10:08:55 mirtuel sshd: Server listening.')).toEqual([
      ['date', 'Mar 31', '--03-31'],
      ['time', '10:08:55', '10:08'],
    ]);
    expect(claims('de', 'Sat, 23 Aug 2003 08:30:50 +0200')).toEqual([
      ['date', 'Sat', 'weekday 6'],
      ['date', '23 Aug 2003', '2003-08-23'],
      ['time', '08:30:50', '08:30'],
      ['number', '0200', '200'],
    ]);
    // "April" is German too: "im April 12 Mitarbeiter" counts staff.
    expect(claims('de', 'Im April 12 Mitarbeiter.')).toEqual([
      ['date', 'April', '--04'],
      ['number', '12', '12'],
    ]);
  });

  it('reads "von 10 bis 18 Uhr" and "from 10 a.m. to 6 p.m." as two times each', () => {
    expect(claims('de', 'Offen von 10 bis 18 Uhr.').map((c) => c[2])).toEqual(['10:00', '18:00']);
    expect(claims('en', 'Open from 10 a.m. to 6 p.m.').map((c) => c[2])).toEqual(['10:00', '18:00']);
  });
});

describe('ranges', () => {
  it.each([
    ['en', 'It ran 2015–2018.', '2015–2018', '2015..2018'],
    ['en', 'It ran from 2015 to 2018.', '2015 to 2018', '2015..2018'],
    ['de', 'Es lief von 2015 bis 2018.', '2015 bis 2018', '2015..2018'],
    ['en', 'Prices rose between 10 and 20 percent.', '10 and 20 percent', '10%..20%'],
    ['de', 'Die Preise stiegen um 10 bis 20 Prozent.', '10 bis 20 Prozent', '10%..20%'],
    ['en', 'It costs $5 to $7 million.', '$5 to $7 million', '5000000 USD..7000000 USD'],
    ['en', 'It costs 5 to 7 million dollars.', '5 to 7 million dollars', '5000000 USD..7000000 USD'],
  ] as const)('%s: %s', (lang, text, surface, value) => {
    expect(claims(lang, text)).toEqual([['range', surface, value]]);
  });

  it('does not read a score or a count "355 votes to 280" as a range', () => {
    expect(claims('en', 'It passed with 355 votes to 280.').map((c) => c[0])).toEqual(['number', 'number']);
    expect(claims('en', 'It ended 3 to 1.').map((c) => c[0])).toEqual(['number', 'number']);
  });
});

describe('ordinals, spelled-out numbers and quantities', () => {
  it.each([
    ['en', 'She took the third place.', 'ordinal', 'third', '#3'],
    ['en', 'In the 3rd quarter.', 'date', '3rd quarter', '--Q3'],
    ['de', 'Sie belegte den dritten Platz.', 'ordinal', 'dritten', '#3'],
    ['de', 'Im 3. Quartal.', 'date', '3. Quartal', '--Q3'],
    ['en', 'Twelve employees.', 'number', 'Twelve', '12'],
    ['de', 'Zwölf Mitarbeiter.', 'number', 'Zwölf', '12'],
    ['en', 'The bridge is 5 kilometres long.', 'quantity', '5 kilometres', '5 km'],
    ['de', 'Die Brücke ist 5 Kilometer lang.', 'quantity', '5 Kilometer', '5 km'],
    ['en', 'It moved 5 miles.', 'quantity', '5 miles', '5 mi'],
    ['de', 'Es bewegte sich 5 Meilen.', 'quantity', '5 Meilen', '5 mi'],
    ['en', 'The talks lasted three days.', 'quantity', 'three days', '3 d'],
    ['de', 'Das Limit liegt bei 130 km/h.', 'quantity', '130 km/h', '130 km/h'],
  ] as const)('%s: %s', (lang, text, type, surface, value) => {
    expect(claims(lang, text)).toEqual([[type, surface, value]]);
  });

  it('reads "minus" and the minus sign, and converts temperatures', async () => {
    expect(claims('en', 'It will drop to minus 15 degrees.')).toEqual([['quantity', 'minus 15 degrees', '-15 °C']]);
    expect(claims('de', 'Es wird −15 °C kalt.')).toEqual([['quantity', '−15 °C', '-15 °C']]);
    // A hyphen glued to the number after a space or bracket is a sign; in a range or a compound it is not.
    expect(claims('de', 'Die Temperatur lag bei -5 °C (-3 %).')).toEqual([['quantity', '-5 °C', '-5 °C'], ['percentage', '-3 %', '-3%']]);
    expect(claims('en', 'From 2015-2018, pages 10 -20.')).toEqual([['range', '2015-2018', '2015..2018'], ['number', '10', '10'], ['number', '20', '20']]);
    expect(claims('de', 'Wandelt WordPerfect-5.0- und -5.1-Dateien um.').filter(([type]) => type === 'number')).toEqual([['number', '5.1', '5.1']]);
    const { agreement } = await import('../../../src/claims/equality.js');
    const [fahrenheit] = extractClaims('It was 5 °F.', 'en');
    const [celsius] = extractClaims('Es waren −15 °C.', 'de');
    expect(agreement(fahrenheit!, celsius!)).toBe('converted');
  });

  it('does not count "one" or "ein" as numbers, nor "first" used as an adverb', () => {
    expect(claims('en', 'One of the firms first said so.')).toEqual([]);
    expect(claims('de', 'Eine der Firmen hat erst dann reagiert.')).toEqual([]);
  });

  it('reads "Q3" as the third quarter of a year, "a third of" as no ordinal, and "mid-2021" as the middle of a year', () => {
    expect(claims('en', 'In Q3, a third of staff left.')).toEqual([['date', 'Q3', '--Q3'], ['number', 'a third', '0.333333333333']]);
    expect(claims('en', 'Sales recovered by mid-2021.')).toEqual([['date', 'mid-2021', '2021~mid']]);
  });

  it.each([
    ['en', 'Half a million people came.', [['number', 'Half a million', '500000']]],
    ['de', 'Eine halbe Million Menschen kam.', [['number', 'Eine halbe Million', '500000']]],
    ['en', 'One and a half million people came.', [['number', 'One and a half million', '1500000']]],
    ['de', 'Anderthalb Millionen Menschen kamen.', [['number', 'Anderthalb Millionen', '1500000']]],
    ['en', 'It took two and a half years.', [['quantity', 'two and a half years', '2.5 yr']]],
    ['de', 'Es dauerte zweieinhalb Jahre.', [['quantity', 'zweieinhalb Jahre', '2.5 yr']]],
    ['en', 'Two-thirds of voters agreed.', [['number', 'Two-thirds', '0.666666666667']]],
    ['de', 'Zwei Drittel der Wähler stimmten zu.', [['number', 'Zwei Drittel', '0.666666666667']]],
    // Power, cubic metres, speed in the dative.
    ['en', 'It makes 300 megawatts from 1,500 cubic metres.', [['quantity', '300 megawatts', '300 MW'], ['quantity', '1,500 cubic metres', '1500 m³']]],
    ['de', 'Böen mit 110 Kilometern pro Stunde, 300 Kilowatt.', [['quantity', '110 Kilometern pro Stunde', '110 km/h'], ['quantity', '300 Kilowatt', '300 kW']]],
    // Ranks without a determiner: after a rank's noun, a copula (past the first), "als", or a preposition before a noun.
    ['de', 'Deutschland liegt auf Platz fünf.', [['entity', 'Deutschland', 'germany'], ['ordinal', 'Platz fünf', '#5']]],
    ['en', 'The club is now second, and it was first published in 2020.', [['ordinal', 'second', '#2'], ['date', '2020', '2020']]],
    ['de', 'Sie ist als zweite Frau gewählt, in dritter Lesung, in erster Linie.', [['ordinal', 'zweite', '#2'], ['ordinal', 'dritter', '#3']]],
    // A fraction before a comparative is a change (1.33×), a place in a sequence an ordinal.
    ['en', 'Sales were a third more than on the third day.', [['number', 'a third', '1.33333333333×'], ['ordinal', 'third', '#3']]],
    ['de', 'Der Umsatz war ein Drittel höher als am dritten Tag.', [['number', 'ein Drittel', '1.33333333333×'], ['ordinal', 'dritten', '#3']]],
    ['en', 'A quarter of the budget went to defence.', [['number', 'A quarter', '0.25']]],
    ['de', 'Ein Viertel des Budgets ging an die Verteidigung.', [['number', 'Ein Viertel', '0.25']]],
    ['en', 'In the first half of 2021 sales rose at a quarter past ten.', [['date', 'first half of 2021', '2021-H1'], ['time', 'a quarter past ten', '10:15']]],
  ] as const)('reads fractions and halves: %s %s', (lang, text, expected) => {
    expect(claims(lang, text)).toEqual(expected);
  });

  it.each([
    ['en', 'A dozen people were hurt.', [['number', 'A dozen', '12']]],
    ['de', 'Ein Dutzend Menschen wurden verletzt.', [['number', 'Ein Dutzend', '12']]],
    ['en', 'The firm has 1.2m users and 300k votes.', [['number', '1.2m', '1200000'], ['number', '300k', '300000']]],
    ['en', 'A 5m wall, 5m long.', [['quantity', '5m', '5 m'], ['quantity', '5m', '5 m']]],
    ['en', "In the 90s and the '80s.", [['date', '90s', '1990s'], ['date', "'80s", '1980s']]],
    ['de', 'Die 90er-Jahre und die 80er Jahre.', [['date', '90er-Jahre', '1990s'], ['date', '80er Jahre', '1980s']]],
    ['de', "Seit den 1990'ern und in den 80ern.", [['date', "1990'ern", '1990s'], ['date', '80ern', '1980s']]],
    ['de', 'Er lief die 100 m in 10s.', [['quantity', '100 m', '100 m'], ['number', '10', '10']]],
  ] as const)('reads dozens, a glued "m" before what it counts, and two-digit decades: %s %s', (lang, text, expected) => {
    expect(claims(lang, text)).toEqual(expected);
  });

  it('takes a bare half ("half of them", "die Hälfte davon") as a soft claim: it confirms, but is never reported alone', () => {
    const [half] = extractClaims('Half of them left.', 'en');
    expect(half).toMatchObject({ type: 'number', value: '0.5', soft: true });
    expect(extractClaims('Die Hälfte davon blieb.', 'de')[0]).toMatchObject({ value: '0.5', soft: true });
  });

  it('does not take numbers inside names such as COVID-19 or A320', () => {
    expect(claims('en', 'COVID-19 grounded the A320 fleet.').filter((c) => c[0] !== 'entity')).toEqual([]);
  });
});

describe('entities', () => {
  it('maps exonyms to one value: Munich = München, Cologne = Köln, Vienna = Wien', () => {
    expect(claims('en', 'Offices in Munich, Cologne and Vienna.')).toEqual([
      ['entity', 'Munich', 'munich'],
      ['entity', 'Cologne', 'cologne'],
      ['entity', 'Vienna', 'vienna'],
    ]);
    expect(claims('de', 'Büros in München, Köln und Wien.')).toEqual([
      ['entity', 'München', 'munich'],
      ['entity', 'Köln', 'cologne'],
      ['entity', 'Wien', 'vienna'],
    ]);
    expect(claims('de', 'Die Hauptstadt Bayerns.')).toEqual([['entity', 'Bayerns', 'bavaria']]);
  });

  it('takes English capitalised names away from the sentence start, without possessive or legal suffix', () => {
    expect(claims('en', "The deal gives Microsoft's Brendan Burns control of Kinvolk GmbH.")).toEqual([
      ['entity', 'Microsoft', 'microsoft'],
      ['entity', 'Brendan Burns', 'brendan burns'],
      ['entity', 'Kinvolk GmbH', 'kinvolk'],
    ]);
  });

  it('does not take a job title for a name', () => {
    expect(claims('en', 'Written by Mary Jo Foley, Senior Contributing Editor.')).toEqual([['entity', 'Mary Jo Foley', 'mary jo foley']]);
  });

  it('does not take German nouns for names, but acronyms and inner capitals', () => {
    expect(claims('de', 'Die Möglichkeit, Kubernetes überall auszuführen, ist für Kunden wichtig.')).toEqual([]);
    expect(claims('de', 'Dazu gehören AKS und eBPF.')).toEqual([
      ['entity', 'AKS', 'aks'],
      ['entity', 'eBPF', 'ebpf'],
    ]);
  });

  it('finds the English document\'s names in German compounds and genitives', () => {
    const { de } = documentNames(['The Kinvolk team joins Azure, said Microsoft.'], ['Das Kinvolk-Team wechselt zu Azure, sagte Microsofts Sprecher.']);
    expect(de[0]).toEqual(['kinvolk', 'azure', 'microsoft']);
  });

  it('in a title-case headline or menu takes only the names the document uses elsewhere, and learns none from it', () => {
    const names = documentNames(
      [
        'World Politics Business Tech Science',
        'Microsoft Buys Linux Distribution Maker Kinvolk',
        'On Monday, Microsoft said it had bought Kinvolk.',
      ],
      ['Microsoft kauft Kinvolk.'],
    ).en;
    expect(names).toEqual([[], ['microsoft', 'kinvolk'], ['microsoft', 'kinvolk']]);
  });

  it('reads a two-word heading of common words as title case, but not a two-word name', () => {
    const names = documentNames(
      [
        '## Key Features',
        'Features marked with this symbol need iCloud.',
        'An overview of key features follows.',
        'Microsoft Azure',
        'It runs on azure hardware.',
      ],
      ['Hauptmerkmale'],
    ).en;
    expect(names).toEqual([[], ['icloud'], [], ['microsoft azure'], []]);
  });

  it('takes the title-case text of a Markdown link for a title, not for names', () => {
    const names = documentNames(
      [
        '- [Compare all Branches to Another Branch](#compare-all-branches-to-another-branch)',
        'See the [Kinvolk Blog](https://kinvolk.io/blog) or the [Release Notes](notes.md) and ask Microsoft.',
        'The team at Kinvolk agreed.',
      ],
      ['Vergleiche alle Branches.'],
    ).en;
    // A name the document uses elsewhere stays a name inside a link title.
    expect(names).toEqual([[], ['kinvolk', 'microsoft'], ['kinvolk']]);
  });

  it('reads Markdown headings and bold labels as titles, and numbered steps and table cells as starting anew', () => {
    const names = documentNames(
      [
        '## Getting Started with Home Assistant',
        '- **Dependency Management**: inject services.',
        '1. Open HACS and restart Home Assistant.',
        '| `min_temp` | no | Minimum slider value |',
        'It switches from OFF to ON, and you can open it later.',
      ],
      ['Erste Schritte'],
    ).en;
    expect(names).toEqual([['home assistant'], [], ['hacs', 'home assistant'], [], []]);
  });
});

describe('addresses', () => {
  it('reads no claims in web and e-mail addresses or Markdown link targets', () => {
    expect(claims('en', 'See https://example.com/v2/2015/Report for the 2016 figures.')).toEqual([['date', '2016', '2016']]);
    expect(claims('en', 'Read the [guide](documentation/en/2021/README.fr.md) first.')).toEqual([]);
    expect(claims('de', 'Schreiben Sie an Max.Mustermann@Beispiel.de oder besuchen Sie www.Beispiel.de/2020.')).toEqual([]);
    expect(claims('en', 'Use 2001:db8:13bb:2::20/64 or ::1, not 10.0.0.138/24, on 3 hosts with MAC 00:1a:2b:3c:4d:5e.')).toEqual([
      ['number', '3', '3'],
      ['entity', 'MAC', 'mac'],
    ]);
    // A German number grouped by thousands is no IPv4 address.
    expect(claims('de', 'Er zahlte 1.000.000.000 Euro.')).toEqual([['amount', '1.000.000.000 Euro', '1000000000 EUR']]);
    expect(claims('en', 'The logo ![Acme logo](https://acme.example/img(1).png) shows 3 stars.')).toEqual([
      ['entity', 'Acme', 'acme'],
      ['number', '3', '3'],
    ]);
  });
});

describe('labels and keys', () => {
  it('takes neither a cross-reference label nor a key combination for a name', () => {
    expect(claims('en', 'Press Ctrl-D to exit (see Section 3.4).').filter((c) => c[0] === 'entity')).toEqual([]);
    expect(claims('en', 'Then press Ctrl+Shift+U and type the code.').filter((c) => c[0] === 'entity')).toEqual([]);
    expect(claims('de', 'Drücken Sie Strg-D zum Beenden (siehe Abschnitt 3.4).').filter((c) => c[0] === 'entity')).toEqual([]);
    expect(claims('de', '# WARNING: You called a command named comit.').filter((c) => c[0] === 'entity')).toEqual([]);
  });

  it('takes capitals for emphasis, not for an acronym, in long words and function words', () => {
    const entities = (lang: 'en' | 'de', text: string) => claims(lang, text).filter((c) => c[0] === 'entity').map((c) => c[2]);
    expect(entities('de', 'ZURÜCK ZU DEN GRUNDLAGEN: Aktivieren Sie NICHT den Dienst der NASA.')).toEqual(['national aeronautics and space administration']);
    expect(entities('en', 'Paste the CLIPBOARD AND the PRIMARY selection into the IBM terminal.')).toEqual(['ibm']);
    expect(entities('en', 'The WHO and NASA met in Geneva.')).toEqual(['world health organization', 'national aeronautics and space administration', 'geneva']);
  });

  it('starts a sentence anew after a section number', () => {
    const entities = (text: string) => claims('en', text).filter((c) => c[0] === 'entity').map((c) => c[2]);
    expect(entities('Chapter 6. Network applications')).toEqual([]);
    expect(entities('4.2.6. Selecting the Packages to Install with Microsoft')).toEqual(['microsoft']);
  });
});

describe('negation', () => {
  it.each([
    ['en', 'The company did not comment.', 'not'],
    ['en', "The company didn't comment.", "didn't"],
    ['en', 'There is no evidence.', 'no'],
    ['en', 'Nobody was hurt.', 'Nobody'],
    ['de', 'Das Unternehmen äußerte sich nicht.', 'nicht'],
    ['de', 'Es gibt keine Hinweise.', 'keine'],
    ['de', 'Er hat es nie bestätigt.', 'nie'],
  ] as const)('%s: %s', (lang, text, cue) => {
    const cues = extractClaims(text, lang).filter((c) => c.type === 'negation' && !c.soft);
    expect(cues.map((c) => text.slice(c.start, c.end))).toEqual([cue]);
  });

  it('skips an attributive "nicht" inside a noun phrase', () => {
    expect(extractClaims('Für einen nicht genannten Betrag.', 'de').filter((c) => c.type === 'negation' && !c.soft)).toEqual([]);
    expect(extractClaims('Das Gericht genehmigte die Fusion nicht.', 'de').filter((c) => c.type === 'negation' && !c.soft)).toHaveLength(1);
  });

  it('keeps "nicht" after a relative pronoun', () => {
    const cues = (text: string) => extractClaims(text, 'de').filter((c) => c.type === 'negation' && !c.soft);
    expect(cues('Eine Liste aller Branches, die nicht in den Masterbranch zusammengeführt wurden.')).toHaveLength(1);
    expect(cues('Wir fügen diejenigen hinzu, die nicht direkt unterstützt werden.')).toHaveLength(1);
    expect(cues('Es ging um eine nicht genannte Summe.')).toEqual([]);
    expect(cues('Sie scheitert an nicht auflösbaren Abhängigkeiten.')).toEqual([]);
    expect(cues('Wir haben nicht alle Daten.')).toHaveLength(1);
    expect(cues('Hierdurch werden NICHT die Umgebungseinstellungen beibehalten.')).toHaveLength(1);
    expect(cues('Das war nicht seine Schuld.')).toHaveLength(1);
    expect(cues('Installieren Sie nicht irgendwelche Pakete.')).toHaveLength(1);
    expect(cues('Das führt zu einem nicht mehr verwendbaren System.')).toEqual([]);
  });

  it('keeps "nicht" after a subordinate clause\'s comma, where no noun phrase follows', () => {
    const cues = (text: string) => extractClaims(text, 'de').filter((c) => c.type === 'negation' && !c.soft);
    expect(cues('Der Prozess, der in die Pipe schreibt, wird nicht eher beendet.')).toHaveLength(1);
    expect(cues('Microsoft kaufte Kinvolk, nicht Flatcar.')).toEqual([]);
    expect(cues('Er flog nach Wien, nicht nach München.')).toEqual([]);
    expect(cues('Entfernen Sie (nicht purge!) möglichst viele Pakete.')).toEqual([]);
    expect(cues('Das gilt für Windows, nicht für Linux.')).toEqual([]);
    expect(cues('Das läuft in Rechenzentren, nicht in der Cloud.')).toEqual([]);
    expect(cues('Verlassen Sie sich, wenn möglich, nicht auf eine bestimmte Version des Compilers.')).toHaveLength(1);
    expect(cues('Sie kaufte die Firma, nicht die Plattform.')).toEqual([]);
    expect(cues('Es ist eine Partnerschaft, keine Übernahme.')).toEqual([]);
    expect(cues('Der Typ muss `JavaScript Module` sein (nicht `JavaScript`).')).toEqual([]);
    expect(cues('Nur der Name ist markiert, nicht aber die Dateiendung (der Teil nach dem Punkt).')).toEqual([]);
    expect(cues('Das Weiß ist keineswegs ein Papierweiß.')).toHaveLength(1);
    expect(cues('Anwendungen, die ihn verwenden, keine Warnmeldungen mehr erzeugen sollen.')).toHaveLength(1);
  });

  it('skips an elliptical "if not," / "falls nicht,"', () => {
    const cues = (text: string, lang: 'en' | 'de') => extractClaims(text, lang).filter((c) => c.type === 'negation' && !c.soft);
    expect(cues('If it matches, dpkg returns 0; if not, it fails.', 'en')).toEqual([]);
    expect(cues('Falls nicht, schlägt es fehl.', 'de')).toEqual([]);
    expect(cues('If it does not match, it fails.', 'en')).toHaveLength(1);
  });

  it('takes "unless" = "es sei denn" and "N/A" for negations', () => {
    const cues = (text: string, lang: 'en' | 'de') => extractClaims(text, lang).filter((c) => c.type === 'negation' && !c.soft).map((c) => text.slice(c.start, c.end));
    expect(cues('Unless you are in a GUI, press Alt.', 'en')).toEqual(['Unless']);
    expect(cues('Drücken Sie Alt, es sei denn, Sie arbeiten grafisch.', 'de')).toEqual(['es sei denn']);
    expect(cues('bash-completion 1463 N/A programmable completion', 'en')).toEqual(['N/A']);
  });

  it('skips an additive "not only" / "nicht nur", but not "nicht nur" after a real negation', () => {
    const cues = (text: string, lang: 'en' | 'de') => extractClaims(text, lang).filter((c) => c.type === 'negation' && !c.soft);
    expect(cues('The team will not only stay active but also help.', 'en')).toEqual([]);
    expect(cues('Das Team wird nicht nur aktiv bleiben, sondern auch helfen.', 'de')).toEqual([]);
    expect(cues('Das Team wird nicht mehr aktiv sein.', 'de')).toHaveLength(1);
    expect(cues('Es gibt keine Hinweise, nicht nur heute.', 'de')).toHaveLength(1);
  });

  it('skips a contrastive "…, not X" / "…, keine X"', () => {
    expect(extractClaims('CoreOS (the company, not the platform) helped.', 'en').filter((c) => c.type === 'negation' && !c.soft)).toEqual([]);
    expect(extractClaims('Es ist eine Partnerschaft, keine Übernahme.', 'de').filter((c) => c.type === 'negation' && !c.soft)).toEqual([]);
  });

  it('keeps "ohne", "nor" and "nie" after a comma: they negate the statement', () => {
    const cues = (text: string, lang: 'en' | 'de') => extractClaims(text, lang).filter((c) => c.type === 'negation' && !c.soft).map((c) => text.slice(c.start, c.end));
    expect(cues('Sie greifen auf Teile zu, ohne den ganzen Zustand zu verwalten.', 'de')).toEqual(['ohne']);
    expect(cues('You access parts without managing the whole state.', 'en')).toEqual(['without']);
    expect(cues('It is fast, nor is it expensive.', 'en')).toEqual(['nor']);
    expect(cues('Er kam, nie zu spät.', 'de')).toEqual(['nie']);
  });

  it('finds the other language\'s cues in a sentence left untranslated, judged by that language\'s rules', () => {
    const cues = (text: string, lang: 'en' | 'de') => extractClaims(text, lang).filter((c) => c.type === 'negation' && !c.soft).map((c) => text.slice(c.start, c.end));
    expect(cues('This means that users who are not collaborators will no longer be able to comment.', 'de')).toEqual(['not', 'no']);
    expect(cues('CoreOS (the company, not the platform) helped.', 'de')).toEqual([]);
    expect(cues('Das Team wird nicht nur aktiv bleiben.', 'en')).toEqual([]);
    expect(cues('Der Dienst ist nicht verfügbar.', 'en')).toEqual(['nicht']);
  });

  it('takes "no" before a word in lower case, not an answer or a table\'s "No" before a capital', () => {
    const cues = (text: string) => extractClaims(text, 'en').filter((c) => c.type === 'negation' && !c.soft).map((c) => text.slice(c.start, c.end));
    expect(cues('No "%option" is needed in this case.')).toEqual(['No']);
    expect(cues('tcsh 1346 No TENEX C Shell')).toEqual([]);
    expect(cues('rc\t169\tNo\timplementation of the Plan 9 shell')).toEqual([]);
    expect(cues('Order deny,allow allows access if no Deny from applies.')).toEqual(['no']);
    expect(cues('| `min_temp` | no | `16` | Minimum slider value |')).toEqual([]);
    expect(cues('No, of course, we want to configure this service.')).toEqual([]);
  });

  it('does not take the first part of a hyphenated compound for a negation', () => {
    const cues = (text: string, lang: 'en' | 'de') => extractClaims(text, lang).filter((c) => c.type === 'negation' && !c.soft);
    expect(cues('Unterstützung für Nicht-Apple-Plattformen: Linux und Windows.', 'de')).toEqual([]);
    expect(cues('It is a not-for-profit organisation.', 'en')).toEqual([]);
    expect(cues('No-one came.', 'en')).toHaveLength(1);
    expect(cues('Das ist nicht-öffentlich und wird nicht veröffentlicht.', 'de')).toHaveLength(1);
  });
});

describe('words that carry a negation (soft cues)', () => {
  const words = (text: string, lang: 'en' | 'de') =>
    extractClaims(text, lang)
      .filter((c) => c.type === 'negation' && c.soft)
      .map((c) => text.slice(c.start, c.end));

  it.each([
    ['en', 'The system becomes unusable and unbootable.', ['unusable', 'unbootable']],
    ['en', 'XDG_DATA_HOME is unset.', ['unset']],
    ['en', 'Unable to find non-English firmware for non-PostScript printers.', ['Unable', 'non-English', 'non-PostScript']],
    ['en', 'It is invalid, impossible and irrelevant.', ['invalid', 'impossible', 'irrelevant']],
    ['en', 'It enables passwordless and clientless logins.', ['passwordless', 'clientless']],
    ['en', 'The check fails to start and lacks a log other than this one.', ['fails to', 'lacks', 'other than']],
    ['de', 'Das System ist unbrauchbar, die Daten sind nutzlos und ungenutzt.', ['unbrauchbar', 'nutzlos', 'ungenutzt']],
    ['de', 'Eine nichtkommerzielle Distribution für Nicht-Apple-Plattformen.', ['nichtkommerzielle', 'Nicht-Apple-Plattformen']],
    ['de', 'Lassen Sie das, außer Sie haben einen guten Grund.', ['außer']],
    ['de', 'Die Datei fehlt.', ['fehlt']],
    ['de', 'Die Pakete können freie oder unfreie Software sein.', ['unfreie']],
    ['en', 'Other activities are outside its scope.', ['outside its scope']],
    ['de', 'Ebenso wenig wird diese Referenz die Standards aufführen.', ['Ebenso wenig']],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(words(text, lang)).toEqual(expected);
  });

  it.each([
    ['en', 'It is important and unique, under the Union of units until today.'],
    ['en', 'Unfortunately, unlike before, you must unmount and uncomment it.'],
    ['en', 'Debian Unstable and Testing are distributions.'],
    ['en', 'Upload it to unstable or non-free over a wireless network.'],
    ['de', 'Laden Sie es über ein drahtloses Netz in Nicht-freie Bereiche hoch.'],
    ['en', 'Install it inside a container, nevertheless regardless of size.'],
    ['de', 'Das Unternehmen äußerte sich unmittelbar zu unserer Anfrage.'],
    ['de', 'Ungarn ist außerdem ungefähr so groß, außer im Winter.'],
    ['de', 'Der Fehler liegt unbedingt unter der Oberfläche.'],
  ] as const)('%s: none in %s', (lang, text) => {
    expect(words(text, lang)).toEqual([]);
  });

  it('reads only the document\'s language: its affixes would misread the other\'s words', () => {
    expect(words('Der Download ist kostenlos.', 'en')).toEqual([]);
    expect(words('Die Verbindung ist wireless.', 'de')).toEqual([]);
  });
});

describe('interface labels, keys and code that markup marks', () => {
  it('finds the marked texts of Mallard, DocBook and the HTML made from it', async () => {
    const { interfaceTexts } = await import('../../../src/claims/extract/markedText.js');
    expect(interfaceTexts('Click <gui style="button">Add</gui>, then press <keyseq><key>Ctrl</key><key>S</key></keyseq> in <app>Files</app>.')).toEqual(['Add', 'Ctrl', 'S', 'Files']);
    expect(interfaceTexts('Run <code class="literal">apt-get install foo</code> and click <span class="guilabel"><strong>Cancel &amp; Close</strong></span>.')).toEqual(['apt-get install foo', 'Cancel & Close']);
    expect(interfaceTexts('No markup here, 3 <b>bold</b> words.')).toEqual([]);
  });

  it('reads no claims in them, nor learns names from them', () => {
    const marked = (text: string, clean: string) => ({ text, clean, start: 0, end: text.length });
    const result = extractDocumentClaims({
      en: [
        marked('Open the <gui>Activities</gui> overview and run <cmd>chmod 755 file</cmd> on 3 files.', 'Open the Activities overview and run chmod 755 file on 3 files.'),
        marked('Activities shows Microsoft apps.', 'Activities shows Microsoft apps.'),
      ],
      de: [marked('Öffnen Sie die <gui>Aktivitäten</gui>-Übersicht und führen Sie <cmd>chmod 755 file</cmd> für 3 Dateien aus.', 'Öffnen Sie die Aktivitäten-Übersicht und führen Sie chmod 755 file für 3 Dateien aus.')],
    });
    const brief = (claims: Array<{ type: string; value: string }>) => claims.map((c) => `${c.type} ${c.value}`);
    expect(result.en.map(brief)).toEqual([['number 3'], ['entity microsoft']]);
    expect(result.de.map(brief)).toEqual([['number 3']]);
  });
});

describe('cross-references that markup marks', () => {
  const marked = (text: string) => ({ text, clean: text.replace(/<[^>]*>/g, ''), start: 0, end: text.length });
  const names = (en: string[]) => extractDocumentClaims({ en: en.map(marked), de: [] }).en.map((claims) => claims.filter((c) => c.type === 'entity').map((c) => c.value));

  it('finds the texts of links within the document or its book, not of links to web addresses', async () => {
    const { linkTexts } = await import('../../../src/claims/extract/markedText.js');
    expect(linkTexts('See <a class="reference internal" href="#s-newmaint"><span class="std std-ref">Applying to Become a Member</span></a>.')).toEqual(['Applying to Become a Member']);
    expect(linkTexts('See <a href="ch05.html#sect">Section 5.2, “Moving Packages”</a> and <link xref="net-wireless">Wireless</link>.')).toEqual(['Section 5.2, “Moving Packages”', 'Wireless']);
    expect(linkTexts('Use <a href="https://www.gnu.org/software/emacs/">GNU Emacs</a>.')).toEqual([]);
  });

  it('reads a title-case cross-reference as a title, whose capitals are no names; a web link keeps its names', () => {
    expect(
      names([
        'How to become a member (<a href="#newmaint">Applying to Become a Member</a>) is explained.',
        'Edit the file with <a href="https://www.gnu.org/software/emacs/">GNU Emacs</a>, a program written by Richard Stallman.',
      ]),
    ).toEqual([[], ['gnu emacs', 'richard stallman']]);
  });
});

describe('versions', () => {
  it.each([
    ['en', 'It needs kernel 5.10.2 or later.', [['number', '5.10.2', '5.10.2']]],
    ['de', 'Er braucht Kernel 5.10.3 oder neuer.', [['number', '5.10.3', '5.10.3']]],
    ['de', 'Es kostet 1.000.000 Euro.', [['amount', '1.000.000 Euro', '1000000 EUR']]],
    ['de', 'Am 29.04.2021 kam es.', [['date', '29.04.2021', '2021-04-29']]],
    ['de', 'Er nutzt Version 2.6.32 des Kernels.', [['number', '2.6.32', '2.6.32']]],
    ['de', 'Stand: 2.6.21', [['date', '2.6.21', '2021-06-02']]],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(claims(lang, text)).toEqual(expected);
  });

  it('tells versions apart that share their first two parts', () => {
    const [en] = extractClaims('It needs kernel 5.10.2.', 'en');
    const [de] = extractClaims('Er braucht Kernel 5.10.3.', 'de');
    expect(en!.kind).toBe('version');
    expect(en!.value).not.toBe(de!.value);
  });
});

describe('numbered headings', () => {
  it.each([
    ['en', '5.6. Uploading a package'],
    ['en', '5.5.1. Special case: uploads to the stable suite'],
    ['de', '5.6. Ein Paket hochladen'],
    ['de', '6.6.4.2.1. "string"-Vorlagen'],
  ] as const)('%s: no claim in the number of "%s"', (lang, text) => {
    expect(claims(lang, text)).toEqual([]);
  });

  it('keeps dates and numbers that only look alike', () => {
    expect(claims('de', 'Am 29.04. fand es statt.')).toEqual([['date', '29.04.', '--04-29']]);
    expect(claims('de', '3.5 Millionen Menschen kamen.')).toEqual([['number', '3.5 Millionen', '3500000']]);
    expect(claims('en', 'The 5.2.1 release is out.').map(([type]) => type)).not.toContain('date');
  });
});
