import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/write/html/index.js';
import { alignmentOf, expectWellNested, findingIn, rowsOf } from './html-fixture.js';

const EN = [
  'Microsoft buys Kinvolk.',
  'Kinvolk was founded in Berlin in 2015.',
  'The deal is worth $7.5 billion.',
  'Read more stories.',
];
const DE = [
  'Microsoft übernimmt Kinvolk.',
  'Kinvolk wurde 2016 in Berlin gegründet.',
  'Der Kauf kostet 7,5 Milliarden Dollar.',
  'Newsletter abonnieren.',
];

function parallelDoc() {
  return alignmentOf('parallel', EN, DE, [
    { en: [0], de: [0], score: 0.9, lexical: 0.8, length: 0.95, shared: ['kinvolk', 'microsoft'] },
    { en: [1], de: [1], score: 0.42, lexical: 0.5, length: 0.9, shared: ['berlin', 'kinvolk'] },
    { en: [2], de: [2], score: 0.61, lexical: 0.6, length: 0.7, shared: ['7.5'] },
    { en: [3], de: [], score: 0 },
    { en: [], de: [3], score: 0 },
  ]);
}

describe('renderReport: structure', () => {
  it('renders one row per alignment link, in alignment order for a translation', () => {
    const doc = parallelDoc();
    const html = renderReport(doc, undefined);
    const rows = rowsOf(html, 'alignment');
    expect(rows).toHaveLength(doc.alignments.length);
    expect(rows.map((row) => row.match(/data-link="(\d+)"/)![1])).toEqual(['0', '1', '2', '3', '4']);
    expect(html).not.toContain('role="tablist"');
    expectWellNested(html);
  });

  it('shows unaligned sentences in place, greyed, with the missing side named', () => {
    const rows = rowsOf(renderReport(parallelDoc(), undefined), 'alignment');
    expect(rows[3]).toMatch(/class="pair unaligned"/);
    expect(rows[3]).toMatch(/<td class="side en alone" lang="en">.*Read more stories\./);
    expect(rows[3]).toContain('no German counterpart');
    expect(rows[4]).toContain('no English counterpart');
    expect(rows[4]).toMatch(/<td class="side de alone" lang="de">.*Newsletter abonnieren\./);
    expect(rows[0]).toMatch(/class="pair aligned"/);
  });

  it('marks every sentence cell with its language and uses a semantic table with scoped headers', () => {
    const html = renderReport(parallelDoc(), undefined);
    expect(html).toMatch(/<html lang="en">/);
    const row = rowsOf(html, 'alignment')[0]!;
    expect(row).toMatch(/<th scope="row" class="link">/);
    expect(row).toMatch(/<td class="side en" lang="en">/);
    expect(row).toMatch(/<td class="side de" lang="de">/);
    expect(html).toMatch(/<th scope="col">English/);
    expect(html).toMatch(/<th scope="col">German/);
  });

  it('gives comparable texts an English-ordered and a German-ordered view, each listing every link once', () => {
    const doc = alignmentOf('comparable', EN, DE, [
      { en: [0], de: [2], score: 0.3, shared: [] },
      { en: [1], de: [], score: 0 },
      { en: [2], de: [0], score: 0.5, shared: [] },
      { en: [3], de: [], score: 0 },
      { en: [], de: [1], score: 0 },
      { en: [], de: [3], score: 0 },
    ]);
    const html = renderReport(doc, undefined);
    const links = (view: string) => rowsOf(html, view).map((row) => Number(row.match(/data-link="(\d+)"/)![1]));
    // English order: links by first English sentence, then German-only sentences in German order.
    expect(links('by-en')).toEqual([0, 1, 2, 3, 4, 5]);
    // German order: links by first German sentence, then English-only sentences in English order.
    expect(links('by-de')).toEqual([2, 4, 0, 5, 1, 3]);
    expect(html).toContain('German sentences without an English counterpart, in German order');
    expect(html).toContain('English sentences without a German counterpart, in English order');
    expect(html).toContain('role="tablist"');
    expectWellNested(html);
  });

  it('prints each score as a number beside its colour and gives omissions no score', () => {
    const rows = rowsOf(renderReport(parallelDoc(), undefined), 'alignment');
    expect(rows[0]).toMatch(/<span class="score" style="--hue:108"[^>]*>0\.90<\/span>/);
    expect(rows[1]).toMatch(/<span class="score" style="--hue:50"[^>]*>0\.42<\/span>/);
    expect(rows[1]).toContain('title="score 0.42 · lexical 0.5 · length 0.9 · shared: berlin, kinvolk"');
    expect(rows[3]).toContain('no score');
    expect(rows[3]).not.toMatch(/class="score"/);
  });
});

describe('renderReport: highlights', () => {
  it('highlights shared names on both sides, whatever their case', () => {
    const row = rowsOf(renderReport(parallelDoc(), undefined), 'alignment')[1]!;
    const [en, de] = row.split('<td class="side de"');
    expect(en).toContain('<mark class="shared">Kinvolk</mark>');
    expect(en).toContain('<mark class="shared">Berlin</mark>');
    expect(de).toContain('<mark class="shared">Kinvolk</mark>');
    expect(de).toContain('<mark class="shared">Berlin</mark>');
  });

  it('finds a shared number however each language writes it', () => {
    const row = rowsOf(renderReport(parallelDoc(), undefined), 'alignment')[2]!;
    expect(row).toContain('$<mark class="shared">7.5</mark> billion');
    expect(row).toContain('<mark class="shared">7,5</mark> Milliarden');
  });

  it('does not mark a shared term inside a longer word', () => {
    const doc = alignmentOf('parallel', ['Kinvolkian Kinvolk'], ['Kinvolk'], [{ en: [0], de: [0], score: 0.5, shared: ['kinvolk'] }]);
    const row = rowsOf(renderReport(doc, undefined), 'alignment')[0]!;
    expect(row).toContain('Kinvolkian <mark class="shared">Kinvolk</mark>');
  });

  it('marks a conflict red on both sides with the other side’s value as visible text', () => {
    const doc = parallelDoc();
    const findings = [findingIn(doc, 'conflict', { sentence: 1, surface: '2015' }, { sentence: 1, surface: '2016' })];
    const html = renderReport(doc, findings);
    const row = rowsOf(html, 'alignment')[1]!;
    expect(row).toMatch(/<mark class="claim claim-conflict" title="Conflict \(date\): EN “2015” \(2015\) ≠ DE “2016” \(2016\)">2015<\/mark><span class="claim-note">≠ DE 2016<\/span>/);
    expect(row).toMatch(/<mark class="claim claim-conflict"[^>]*>2016<\/mark><span class="claim-note">≠ EN 2015<\/span>/);
    expect(row).toContain('data-conflicts="1"');
    expect(row).toContain('class="pair aligned has-conflict"');
    expect(html).toMatch(/<span class="conflict-count">1 conflict<\/span>/);
  });

  it('flags both rows when the two sides of a conflict sit in different rows', () => {
    const doc = parallelDoc();
    const findings = [findingIn(doc, 'conflict', { sentence: 1, surface: '2015' }, { sentence: 2, surface: '7,5', value: '7.5' }, 'number')];
    const rows = rowsOf(renderReport(doc, findings), 'alignment');
    expect(rows.map((row) => row.match(/data-conflicts="(\d+)"/)![1])).toEqual(['0', '1', '1', '0', '0']);
    expect(rows[2]).toContain('<mark class="claim claim-conflict"');
    expect(rows[2]).toContain('<span class="claim-note">≠ EN 2015</span>');
  });

  it('marks one-side-only claims and matches, and nests shared marks inside claim marks', () => {
    const doc = parallelDoc();
    const findings = [
      findingIn(doc, 'en-only', { sentence: 3, surface: 'stories' }, null, 'entity'),
      findingIn(doc, 'match', { sentence: 2, surface: '$7.5 billion', value: '7500000000 USD' }, { sentence: 2, surface: '7,5 Milliarden Dollar', value: '7500000000 USD' }, 'amount'),
    ];
    const html = renderReport(doc, findings);
    const rows = rowsOf(html, 'alignment');
    expect(rows[3]).toContain('<mark class="claim claim-en-only" title="Entity only in the English text: stories">stories</mark>');
    expect(rows[2]).toContain('<mark class="claim claim-match" title="Same amount in both: 7500000000 USD">$<mark class="shared">7.5</mark> billion</mark>');
    expect(rows[2]).toContain('<mark class="claim claim-match" title="Same amount in both: 7500000000 USD"><mark class="shared">7,5</mark> Milliarden Dollar</mark>');
    expect(rows[2]).toContain('data-conflicts="0"');
    expectWellNested(html);
  });

  it('merges overlapping claims into one mark that keeps the more severe status and both explanations', () => {
    const doc = parallelDoc();
    const findings = [
      findingIn(doc, 'match', { sentence: 1, surface: 'Berlin in 2015' }, { sentence: 1, surface: 'Berlin' }, 'entity'),
      findingIn(doc, 'conflict', { sentence: 1, surface: '2015' }, { sentence: 1, surface: '2016' }),
    ];
    const row = rowsOf(renderReport(doc, findings), 'alignment')[1]!;
    expect(row).toMatch(/<mark class="claim claim-conflict" title="Same entity in both: Berlin in 2015; Conflict \(date\)[^"]*"><mark class="shared">Berlin<\/mark> in 2015<\/mark><span class="claim-note">≠ DE 2016<\/span>/);
  });

  it('skips findings whose offsets do not fit the sentence instead of failing', () => {
    const doc = parallelDoc();
    const bad = { status: 'conflict' as const, type: 'number' as const, en: { sentence: 0, text: 'x', start: 5, end: 500, value: '1' }, de: { sentence: 99, text: 'y', start: 0, end: 1, value: '2' } };
    const html = renderReport(doc, [bad]);
    expect(rowsOf(html, 'alignment').join('')).not.toContain('claim');
    expectWellNested(html);
  });
});

describe('renderReport: summary', () => {
  it('names both documents, languages, the mode and its reason', () => {
    const html = renderReport(parallelDoc(), undefined);
    expect(html).toContain('docs/en-article.txt');
    expect(html).toContain('docs/de-article.txt');
    expect(html).toContain('en, detected (confidence 1)');
    expect(html).toContain('<strong>parallel</strong> <span class="muted">forced with --mode parallel</span>');
    const moved = parallelDoc();
    moved.alignments[2] = { ...moved.alignments[2]!, moved: true };
    const movedHtml = renderReport(moved, undefined);
    expect(rowsOf(movedHtml, 'alignment').join('').match(/class="moved"/g)).toHaveLength(1);
    expect(movedHtml).toContain('<span class="moved-sample">moved</span> pair found out of the documents');
    expect(rowsOf(renderReport(parallelDoc(), undefined), 'alignment').join('')).not.toContain('class="moved"');
    const titles = parallelDoc();
    titles.documents.de.language = { detected: 'de', confidence: 0, source: 'paired' };
    expect(renderReport(titles, undefined)).toContain('de, too short to detect; the other language of the pair');
  });

  it('counts links by type (aligned types first, then omissions) and averages the aligned links’ scores', () => {
    const doc = alignmentOf('parallel', ['a', 'b', 'c', 'd', 'e'], ['a', 'b', 'c', 'd'], [
      { en: [0, 1], de: [0], score: 0.6 },
      { en: [2], de: [1], score: 0.8 },
      { en: [3], de: [], score: 0 },
      { en: [], de: [2], score: 0 },
      { en: [4], de: [3], score: 0.4 },
    ]);
    const html = renderReport(doc, undefined);
    expect(html).toContain('<ul class="types"><li title="1 English sentence with 1 German sentence"><span class="type">1-1</span> 2</li><li title="2 English sentences with 1 German sentence"><span class="type">2-1</span> 1</li><li title="1 English sentence without a German counterpart"><span class="type">1-0</span> 1</li><li title="1 German sentence without an English counterpart"><span class="type">0-1</span> 1</li></ul>');
    expect(html).toContain('0.600 <span class="muted">over 3 aligned links</span>');
  });

  it('says that claims were not compared when no findings are given, and disables the conflicts filter', () => {
    const html = renderReport(parallelDoc(), undefined);
    expect(html).toContain('not compared');
    expect(html).toMatch(/<input type="checkbox" id="filter-conflicts" disabled>/);
    const withFindings = renderReport(parallelDoc(), [findingIn(parallelDoc(), 'conflict', { sentence: 1, surface: '2015' }, { sentence: 1, surface: '2016' })]);
    expect(withFindings).toMatch(/<input type="checkbox" id="filter-conflicts">/);
  });

  it('starts the low-confidence filter at the threshold given', () => {
    expect(renderReport(parallelDoc(), undefined)).toContain('id="filter-threshold" min="0" max="1" step="0.05" value="0.5"');
    expect(renderReport(parallelDoc(), undefined, { lowScoreThreshold: 0.3 })).toContain('value="0.3"');
  });
});

describe('renderReport: safety and determinism', () => {
  it('escapes every text from the documents, so markup in a sentence shows as text', () => {
    const doc = alignmentOf('parallel', ['Use <script>alert("x")</script> & "quotes"'], ['<img src=y onerror=alert(1)>'], [
      { en: [0], de: [0], score: 0.5, shared: ['x'] },
    ]);
    doc.documents.en.path = 'a"<b>.txt';
    doc.modeReason = '<i>why</i>';
    const html = renderReport(doc, undefined);
    const row = rowsOf(html, 'alignment')[0]!;
    expect(row).toContain('Use &lt;script&gt;alert(&quot;<mark class="shared">x</mark>&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(row).toContain('&lt;img src=y onerror=alert(1)&gt;');
    expectWellNested(row);
    expect(html).toContain('a&quot;&lt;b&gt;.txt');
    expect(html).toContain('&lt;i&gt;why&lt;/i&gt;');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expectWellNested(html);
  });

  it('is self-contained: no external resources, no network', () => {
    const html = renderReport(parallelDoc(), undefined);
    expect(html).not.toMatch(/https?:\/\//);
    // createObjectURL( is the Save button's download, made in the page; a CSS url( would load something.
    expect(html).not.toMatch(/<link|<img|<iframe|\ssrc=|@import|(?<![a-z])url\(/i);
    expect(html).not.toMatch(/fetch\(|XMLHttpRequest|WebSocket/);
  });

  it('is deterministic: the same alignment and findings give the same bytes', () => {
    const doc = parallelDoc();
    const findings = [findingIn(doc, 'conflict', { sentence: 1, surface: '2015' }, { sentence: 1, surface: '2016' })];
    expect(renderReport(doc, findings)).toBe(renderReport(structuredClone(doc), structuredClone(findings)));
    expect(renderReport(doc, findings)).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  });
});
