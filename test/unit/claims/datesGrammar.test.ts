import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain JavaScript module shared with bench/claims/run.mjs
import { alignmentFor } from '../../../bench/claims/evaluate.mjs';
import type { Finding } from '../../../src/core/claims.js';
import { diffClaims } from '../../../src/claims/index.js';
import { extractClaims } from '../../../src/claims/extract/index.js';
import type { Lang } from '../../../src/core/types.js';

/** "surface=value" of the claims of a type, a soft one marked "~". */
const read = (lang: Lang, text: string, type: string) =>
  extractClaims(text, lang)
    .filter((c) => c.type === type)
    .map((c) => `${c.soft ? '~' : ''}${text.slice(c.start, c.end)}=${c.value}`);

/** "status en|de" of the findings of a type for one linked sentence pair. */
const findings = (en: string, de: string, type: string) =>
  (diffClaims(alignmentFor({ id: 't', en, de })) as Finding[]).filter((f) => f.type === type).map((f) => `${f.status} ${f.en?.text ?? '—'}|${f.de?.text ?? '—'}`);

describe('weekdays as news writes them', () => {
  it('reads the northern German Saturday, with the time of day and as an adverb', () => {
    expect(read('de', 'Der Markt öffnet am Sonnabend, sonnabends schon um acht.', 'date')).toEqual(['Sonnabend=weekday 6', 'sonnabends=weekday 6']);
    expect(read('de', 'Die Feier begann am Sonnabendabend.', 'date')).toEqual(['Sonnabendabend=weekday 6']);
    expect(findings('The ferry sailed last Saturday.', 'Die Fähre legte vergangenen Sonnabend ab.', 'date')).toEqual(['match Saturday|Sonnabend']);
    expect(findings('The ferry sails on Sunday.', 'Die Fähre legt am Sonnabend ab.', 'date')).toEqual(['conflict Sunday|Sonnabend']);
  });

  it('reads the weekday in a night and in a part of the day', () => {
    expect(findings('Thieves struck overnight into Thursday.', 'Diebe schlugen in der Nacht zu Donnerstag zu.', 'date')).toEqual(['match overnight into Thursday|Nacht zu Donnerstag']);
    expect(findings('The vote is on Monday evening.', 'Die Abstimmung ist am Dienstagabend.', 'date')).toEqual(['conflict Monday|Dienstagabend']);
  });
});

describe('decades in words', () => {
  it('reads the German words of a decade, with and without "Jahre"', () => {
    expect(read('de', 'Das Kino stammt aus den Fünfzigerjahren.', 'date')).toEqual(['Fünfzigerjahren=1950s']);
    expect(read('de', 'Die siebziger Jahre waren bunt, die Nullerjahre grau.', 'date')).toEqual(['siebziger Jahre=1970s', 'Nullerjahre=2000s']);
    expect(read('de', 'Seit den Neunzigern wächst der Ort.', 'date')).toEqual(['Neunzigern=1990s']);
  });

  it('reads the English words after "the", not an age', () => {
    expect(read('en', 'The station opened in the seventies and closed in the late Nineties.', 'date')).toEqual(['seventies=1970s', 'late Nineties=1990s~end']);
    expect(read('en', 'Both founders are in their sixties.', 'date')).toEqual([]);
    expect(read('de', 'Der Gründer ist in den Sechzigern.', 'date')).toEqual([]);
  });

  it('matches a decade in words against the same in figures, and conflicts with another', () => {
    expect(findings('The cinema dates from the 1950s.', 'Das Kino stammt aus den Fünfzigerjahren.', 'date')).toEqual(['match 1950s|Fünfzigerjahren']);
    expect(findings('The cinema dates from the forties.', 'Das Kino stammt aus den Fünfzigerjahren.', 'date')).toEqual(['conflict forties|Fünfzigerjahren']);
  });

  it('takes "the 20s" and "die 20er-Jahre" for the twenties of either century', () => {
    expect(findings('Jazz clubs opened in the 1920s.', 'In den 20er-Jahren öffneten Jazzclubs.', 'date')).toEqual(['match 1920s|20er-Jahren']);
    expect(findings('Jazz clubs opened in the 1930s.', 'In den 20er-Jahren öffneten Jazzclubs.', 'date')).toEqual(['conflict 1930s|20er-Jahren']);
  });
});

describe('months and parts of a year', () => {
  it('reads the Austrian month names', () => {
    expect(read('de', 'Die Skisaison endet im Jänner, der Fasching im Feber 2024.', 'date')).toEqual(['Jänner=--01', 'Feber 2024=2024-02']);
    expect(findings('The lifts close at the end of January.', 'Die Lifte schließen Ende Jänner.', 'date')).toEqual(['match the end of January|Ende Jänner']);
  });

  it('matches the beginning, middle or end of a month or a year with the same part or the plain date', () => {
    expect(findings('The bridge reopens in mid-October.', 'Die Brücke wird Mitte Oktober wieder geöffnet.', 'date')).toEqual(['match mid-October|Mitte Oktober']);
    expect(findings('The bridge reopens in October.', 'Die Brücke wird Mitte Oktober wieder geöffnet.', 'date')).toEqual(['match October|Mitte Oktober']);
    expect(findings('Prices rose in early 2016.', 'Die Preise stiegen Anfang 2016.', 'date')).toEqual(['match early 2016|Anfang 2016']);
    expect(findings('Prices rose in 2016.', 'Die Preise stiegen Anfang 2016.', 'date')).toEqual(['match 2016|Anfang 2016']);
    expect(findings('Prices rose in early 2016.', 'Die Preise stiegen Ende 2016.', 'date')).toEqual(['conflict early 2016|Ende 2016']);
    expect(findings('Prices rose at the end of 2016.', 'Die Preise stiegen Ende 2017.', 'date')).toEqual(['conflict the end of 2016|Ende 2017']);
  });

  it('reads the first or last six or three months of a year as its half or quarter', () => {
    expect(read('en', 'Profit doubled in the first six months of 2012.', 'date')).toEqual(['first six months of 2012=2012-H1']);
    expect(read('en', 'Orders slowed in the last three months of the year.', 'date')).toEqual(['last three months of the year=--Q4']);
    expect(read('de', 'In den letzten sechs Monaten des Jahres 2012 sank der Gewinn.', 'date')).toEqual(['letzten sechs Monaten des Jahres 2012=2012-H2']);
    // Six months before now are no half of a year.
    expect(read('en', 'Rents rose in the last six months.', 'date')).toEqual([]);
    expect(findings('Profit doubled in the first six months of 2012.', 'Der Gewinn verdoppelte sich im ersten Halbjahr 2012.', 'date')).toEqual(['match first six months of 2012|ersten Halbjahr 2012']);
    expect(findings('Profit doubled in the last six months of 2012.', 'Der Gewinn verdoppelte sich im ersten Halbjahr 2012.', 'date')).toEqual(['conflict last six months of 2012|ersten Halbjahr 2012']);
  });
});

describe('ordinals of days, times and anniversaries', () => {
  it('reads German ordinals of the tens and of a unit and a ten in one word', () => {
    expect(read('de', 'Sie lief zum dreiundzwanzigsten Mal, er feierte den sechzigsten Geburtstag.', 'ordinal')).toEqual(['dreiundzwanzigsten=#23', 'sechzigsten=#60']);
    expect(findings('The choir sang for the thirty-second time.', 'Der Chor sang zum zweiunddreißigsten Mal.', 'ordinal')).toEqual(['match thirty-second|zweiunddreißigsten']);
    expect(findings('The choir sang for the thirty-second time.', 'Der Chor sang zum einunddreißigsten Mal.', 'ordinal')).toEqual(['conflict thirty-second|einunddreißigsten']);
  });

  it('reads the English ordinals of the tens', () => {
    expect(findings('The club marked its eightieth season.', 'Der Verein beging seine achtzigste Saison.', 'ordinal')).toEqual(['match eightieth|achtzigste']);
  });

  it('reads a German age before a jubilee as the anniversary', () => {
    expect(read('de', 'Die Brauerei feiert ihr 175-jähriges Jubiläum.', 'ordinal')).toEqual(['175-jähriges=#175']);
    expect(read('de', 'Zum fünfzigjährigen Bestehen der Schule kamen alle.', 'ordinal')).toEqual(['fünfzigjährigen=#50']);
    expect(read('de', 'Die 40-jährige Lehrerin kam.', 'quantity')).toEqual(['40-jährige=40 yr']);
    expect(findings('The brewery celebrates its 175th anniversary.', 'Die Brauerei feiert ihr 175-jähriges Jubiläum.', 'ordinal')).toEqual(['match 175th|175-jähriges']);
    expect(findings('The brewery celebrates its 170th anniversary.', 'Die Brauerei feiert ihr 175-jähriges Jubiläum.', 'ordinal')).toEqual(['conflict 170th|175-jähriges']);
    expect(findings('The school marks its centenary.', 'Die Schule begeht ihr 100-jähriges Bestehen.', 'ordinal')).toEqual(['match centenary|100-jähriges']);
  });

  it('takes "erstmals" for the first time, and an adverb "first" as its confirmation only', () => {
    expect(findings('The river froze over for the first time.', 'Der Fluss fror erstmals zu.', 'ordinal')).toEqual(['match first|erstmals']);
    expect(findings('The river froze over for the third time.', 'Der Fluss fror erstmals zu.', 'ordinal')).toEqual(['conflict third|erstmals']);
    expect(findings('The song was first recorded in 1962.', 'Das Lied wurde 1962 erstmals aufgenommen.', 'ordinal')).toEqual(['match first|erstmals']);
  });
});

describe('ranks', () => {
  it('reads an English ordinal before the place it names, without an article', () => {
    expect(read('en', 'The cyclist took fifth place and finished in fourth position.', 'ordinal')).toEqual(['fifth=#5', 'fourth=#4']);
    expect(findings('The choir took third place in the contest.', 'Der Chor belegte im Wettbewerb Platz drei.', 'ordinal')).toEqual(['match third|Platz drei']);
    expect(findings('The choir finished in third place in the contest.', 'Der Chor landete im Wettbewerb auf Rang 5.', 'ordinal')).toEqual(['conflict third|Rang 5']);
    expect(findings('The choir took first place in the contest.', 'Der Chor belegte im Wettbewerb Platz eins.', 'ordinal')).toEqual(['match first|Platz eins']);
  });

  it('reads an ordinal after a possessive, and not "in the first place"', () => {
    expect(findings('The bridge is the region’s third longest.', 'Die Brücke ist die drittlängste der Region.', 'ordinal')).toEqual(['match third|drittlängste']);
    expect(read('en', 'Nobody asked them in the first place.', 'ordinal').every((claim) => claim.startsWith('~'))).toBe(true);
  });

  it('reads a German noun compounded with a place, not words that merely end like one', () => {
    expect(read('de', 'Der Tabellenzweite empfängt den Gruppendritten, der Vorjahreserste den WM-Vierten.', 'ordinal')).toEqual([
      'Tabellenzweite=#2',
      'Gruppendritten=#3',
      'Vorjahreserste=#1',
      'WM-Vierten=#4',
    ]);
    expect(read('de', 'Zu Weihnachten kamen der Oberste und der Gutachter, nach Jahrzehnten; aktivierte Module.', 'ordinal')).toEqual([]);
    expect(findings('The club is second in the table.', 'Der Verein ist Tabellenzweiter.', 'ordinal')).toEqual(['match second|Tabellenzweiter']);
  });

  it('reads a German capitalised ordinal as a place only after a verb of ranking', () => {
    expect(read('de', 'Die Läuferin wurde im Sprint Dritte.', 'ordinal')).toEqual(['Dritte=#3']);
    expect(read('de', 'Die Rechte Dritter bleiben unberührt; so werden die Lizenzen Dritter nicht beendet.', 'ordinal')).toEqual(['~Dritter=#3', '~Dritter=#3']);
  });
});

describe('an ordinal one side writes in another form', () => {
  it('confirms an ordinal with one of no article, an adverb, or "another"', () => {
    expect(findings('After the vote the first forecasts were too low.', 'Nach der Wahl lagen erste Prognosen zu niedrig.', 'ordinal')).toEqual(['match first|erste']);
    expect(findings('The first step is to save your work.', 'Zunächst sollten Sie Ihre Arbeit speichern.', 'ordinal')).toEqual(['match first|Zunächst']);
    expect(findings('A second attempt failed.', 'Auch der nächste Versuch scheiterte.', 'ordinal')).toEqual([]);
    expect(findings('First, open the menu.', 'Als Erstes öffnen Sie das Menü.', 'ordinal')).toEqual(['match First|Erstes']);
  });

  it('never reports a soft ordinal alone, nor pairs it into a conflict', () => {
    expect(findings('Check the cable first.', 'Prüfen Sie das Kabel.', 'ordinal')).toEqual([]);
    expect(findings('Firstly, the third server failed.', 'Zuerst fiel der dritte Server aus.', 'ordinal')).toEqual(['match Firstly|Zuerst', 'match third|dritte']);
    expect(findings('First, restart the second service.', 'Starten Sie zunächst den dritten Dienst neu.', 'ordinal')).toEqual(['conflict second|dritten', 'match First|zunächst']);
    // "a second" without a noun is the unit of time.
    expect(findings('Wait a second, then restart the first service.', 'Starten Sie danach den zweiten Dienst neu.', 'ordinal')).toEqual(['conflict first|zweiten']);
  });
});
