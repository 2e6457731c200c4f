import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/types.js';
import { cleanText } from '../../../src/segment/clean.js';
import { type CleanSentence, segment, type SegmentOptions } from '../../../src/segment/segment.js';
import { expectExactOffsets } from '../../helpers/invariants.js';

/** Segments `text` in clean mode, checks that the offsets stay exact, and returns the cleaned sentences. */
function cleaned(text: string, lang: Lang = 'en', options: SegmentOptions = {}): string[] {
  return sentencesOf(text, lang, options).map((s) => s.clean);
}

function sentencesOf(text: string, lang: Lang = 'en', options: SegmentOptions = {}): CleanSentence[] {
  const sentences = segment(text, lang, { ...options, clean: true });
  expectExactOffsets(sentences, text);
  for (const s of sentences) {
    expect(s.clean).toBe(s.clean.trim());
    expect(s.clean).not.toMatch(/\s\s/);
    expect(s.clean.length).toBeGreaterThan(0);
  }
  return sentences;
}

describe('segment clean mode: HTML pages', () => {
  const page = [
    '<!DOCTYPE html>',
    '<html><body>',
    '<p> Als erstes wird die files-Methode',
    'aufgerufen. Wenn der Rechnername gefunden wird, werden alle gültigen',
    'Adressen ausgegeben. </p>',
    '<pre>$ getent hosts localhost',
    '127.0.0.1 localhost</pre>',
    '</body></html>',
  ].join('\n');

  it('reads a line break as a space, as a browser does, except inside <pre>', () => {
    expect(cleaned(page, 'de')).toEqual([
      'Als erstes wird die files-Methode aufgerufen.',
      'Wenn der Rechnername gefunden wird, werden alle gültigen Adressen ausgegeben.',
      '$ getent hosts localhost',
      '127.0.0.1 localhost',
    ]);
  });

  it('keeps line breaks in text that is not a page (a fragment, PDF text), and when told it is none', () => {
    const fragment = page.split('\n').slice(2).join('\n');
    expect(cleaned(fragment, 'de')).toContain('Adressen ausgegeben.');
    expect(cleanText(page, { page: false }).text).toContain('gültigen\nAdressen');
    expect(cleanText(page).text).toContain('gültigen Adressen');
  });

  it("drops the page's <title> (browser chrome, usually the headline plus the site's name), keeps the headline", () => {
    const titled = '<!DOCTYPE html><html><head><title>Microsoft buys Kinvolk | ZDNet</title></head>'
      + '<body><h1>Microsoft buys Kinvolk</h1><p>The deal closed on Monday.</p></body></html>';
    expect(cleaned(titled)).toEqual(['Microsoft buys Kinvolk', 'The deal closed on Monday.']);
    // XHTML declares itself XML and is still a page; an SVG's <title> in the body is text.
    const xhtml = '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>1.2. Foundations</title></head>'
      + '<body><h2>1.2. Foundations</h2><svg><title>Chart of users</title></svg></body></html>';
    expect(cleaned(xhtml)).toEqual(['1.2. Foundations', 'Chart of users']);
  });

  it('drops permalink signs after headings (Sphinx, MkDocs), not links with text', () => {
    const docs = '<!DOCTYPE html><html><body>'
      + '<h2><span class="section-number">5.1. </span>New packages<a class="headerlink" href="#new-packages">¶</a></h2>'
      + '<h3>Uploads<a class="headerlink" href="#uploads">&para;</a></h3><h3>Rules <a href="#rules"> # </a></h3>'
      + '<p>See <a href="#rules">the rules</a> and <a href="#x">§ 4</a>.</p></body></html>';
    expect(cleaned(docs)).toEqual(['5.1. New packages', 'Uploads', 'Rules', 'See the rules and § 4.']);
  });
});

describe('segment clean mode: Mallard (GNOME help pages)', () => {
  const page = [
    '<page xmlns="http://projectmallard.org/1.0/" type="topic" id="clock-set">',
    '  <info><credit type="author"><name>Shaun McCance</name><email>shaunm@gnome.org</email></credit>',
    '    <desc>Change the date and time.</desc></info>',
    '  <title>Change the date and time</title>',
    '  <comment><cite>shaunm</cite><p>Maybe some topic grouping work.</p></comment>',
    '  <steps><item><p>Open the <gui>Activities</gui> overview.</p></item><item><p>Click on <gui>Settings</gui>.</p></item></steps>',
    '  <list><item><p>First</p></item><item><p>Second</p></item></list>',
    '</page>',
  ].join('\n');

  it('reads a page without an XML declaration as XML, drops its <info> and editorial comments, and ends segments at steps and list items', () => {
    expect(cleaned(page)).toEqual(['Change the date and time', 'Open the Activities overview.', 'Click on Settings.', 'First', 'Second']);
  });

  it('keeps <file> inline (a block in XLIFF) and joins the keys of a key sequence with "+", as Yelp shows them', () => {
    const keys = '<page xmlns="http://projectmallard.org/1.0/"><p>Put it in the <file>Templates</file> folder. Press <keyseq><key>Ctrl</key><key>T</key></keyseq> now.</p></page>';
    expect(cleaned(keys)).toEqual(['Put it in the Templates folder.', 'Press Ctrl+T now.']);
    const docbook = '<?xml version="1.0"?><para>Press <keycombo><keycap>Alt</keycap><keycap>F2</keycap></keycombo>.</para>';
    expect(cleaned(docbook)).toEqual(['Press Alt+F2.']);
  });
});

describe('segment clean mode: XML documents (DocBook)', () => {
  const docbook = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<chapter id="backup"><title>Backup</title>',
    '<para>Many programs exist, such as <command>amanda</command> and',
    '<command>bacula</command>. Their configuration is difficult.</para>',
    '<itemizedlist><listitem><simpara>First item</simpara></listitem><listitem><simpara>Second item</simpara></listitem></itemizedlist>',
    '<screen>$ tar -cf backup.tar /home',
    '$ ls</screen></chapter>',
  ].join('\n');

  it('takes every tag for markup, ends segments at DocBook blocks and keeps the lines of <screen>', () => {
    expect(cleaned(docbook)).toEqual([
      'Backup',
      'Many programs exist, such as amanda and bacula.',
      'Their configuration is difficult.',
      'First item',
      'Second item',
      '$ tar -cf backup.tar /home',
      '$ ls',
    ]);
  });

  it('separates links that touch (a menu) but not markup inside a word', () => {
    expect(cleaned('<nav><a href="/">Home</a><a href="/b">Business</a><a href="/c">Cloud</a></nav><p>The <a href="#">Kin</a>volk team.</p>'))
      .toEqual(['Home Business Cloud', 'The Kinvolk team.']);
  });

  it('outside an XML document an unknown tag without attributes stays text ("replace <name> with yours")', () => {
    expect(cleaned('<p>Replace <name> with yours. Then run <command>.</p>')).toEqual(['Replace <name> with yours.', 'Then run <command>.']);
  });
});

describe('segment clean mode: markup', () => {
  it('inline tags are invisible to the boundary rules', () => {
    expect(cleaned('The vote passed. <strong>Good.</strong> <i>Was it close</i>?')).toEqual(['The vote passed.', 'Good.', 'Was it close?']);
    // Without clean mode the tags hide the sentence ends.
    expect(segment('The vote passed. <strong>Good.</strong> <i>Was it close</i>?', 'en')).toHaveLength(1);
  });

  it('block-level tags end a segment even before a lower-case word; <br> is a line break', () => {
    expect(cleaned('<h1>Annual report</h1><p>revenue grew by a third</p><p>costs fell</p>')).toEqual([
      'Annual report', 'revenue grew by a third', 'costs fell',
    ]);
    expect(cleaned('Opening hours<br>Monday to Friday<br/>9 to 5')).toEqual(['Opening hours', 'Monday to Friday', '9 to 5']);
  });

  it('the cells of a table row stay one segment', () => {
    expect(cleaned('<table><tr><td>Staff</td><td>120</td></tr><tr><td>Sites</td><td>4</td></tr></table>')).toEqual([
      'Staff 120', 'Sites 4',
    ]);
  });

  it('comments, declarations, scripts, styles and TMX native code vanish with their content', () => {
    const page = '<!DOCTYPE html><!-- built at 12:00. Do not edit. --><script>var s = "Stop. Go.";</script>' +
      '<style>p { color: red; }</style><p>Only this. And this.</p>';
    expect(cleaned(page)).toEqual(['Only this.', 'And this.']);
    expect(cleaned('<seg><bpt i="1">&lt;u&gt;</bpt>Read me<ept i="1">&lt;/u&gt;</ept> first.</seg>')).toEqual(['Read me first.']);
  });

  it('character references are decoded in the cleaned text', () => {
    expect(cleaned('Smith &amp; Sons &ndash; since 1901 &#8211; sell tea. &#x201E;Gut&#x201C;, sagte sie.', 'de')).toEqual([
      'Smith & Sons – since 1901 – sell tea.', '„Gut“, sagte sie.',
    ]);
    expect(cleaned('Unknown &foo; and &amp stay.')).toEqual(['Unknown &foo; and &amp stay.']);
  });

  it('escaped tags and inline-formatting placeholders vanish', () => {
    expect(cleaned('&lt;i&gt;Fine&lt;/i&gt; weather today.')).toEqual(['Fine weather today.']);
    expect(cleaned('Bold{b^>2<b^} text{b^&gt;3&lt;b^} here.')).toEqual(['Bold text here.']);
  });

  it('angle brackets that are no tags stay', () => {
    expect(cleaned('If x<y and y>z, then x<z. Also 3 < 4.')).toEqual(['If x<y and y>z, then x<z.', 'Also 3 < 4.']);
    expect(cleaned('Replace <name> with yours.')).toEqual(['Replace <name> with yours.']);
    // A URL in angle brackets ending in "/" looks like a self-closing tag; manual pages end their help lines so.
    expect(cleaned('Online help: <https://www.example.org/software/tools/> Report bugs to <mailto:bugs@example.org>.'))
      .toEqual(['Online help: <https://www.example.org/software/tools/> Report bugs to <mailto:bugs@example.org>.']);
    expect(cleaned('A line<br/>break and <img src="x.png"/> an image.')).toEqual(['A line break and an image.']);
  });
});

describe('segment clean mode: extracted-text noise', () => {
  it('a table of contents: every entry its own segment, leaders and page numbers dropped', () => {
    const toc = 'Contents\n  Preface.................1\n  Getting started ........... 3\n  Appendix...... 110-112\n';
    expect(cleaned(toc)).toEqual(['Contents', 'Preface', 'Getting started', 'Appendix']);
  });

  it('a leader without a page number reads as a space; a short ellipsis stays', () => {
    expect(cleaned('Total........twelve euros.')).toEqual(['Total twelve euros.']);
    expect(cleaned('Wait... what? She left.')).toEqual(['Wait... what?', 'She left.']);
  });

  it('a paragraph that is only a page number vanishes; a number inside a paragraph stays', () => {
    expect(cleaned('The first part ends here.\n\n- 14 -\n\nPage 15 of 20\n\nThe second part starts.')).toEqual([
      'The first part ends here.', 'The second part starts.',
    ]);
    expect(cleaned('Room\n12\nis on the left.')).toEqual(['Room', '12', 'is on the left.']);
    expect(cleaned('Seite 1024\n\n2015\n\nKinvolk was founded in Berlin.')).toEqual(['2015', 'Kinvolk was founded in Berlin.']);
  });

  it('text extracted from pages: running headers and footers vanish, and a sentence runs on over the page break', () => {
    const page = (n: number, body: string) => `Debian Handbook 11/22/26\n\nChapter 6. APT Tools\n\n${body}\n\nfile:///handbook/apt.html\n\n${n}/4\n\n`;
    const text = [
      page(1, 'APT is a vast project. Its original plans included a graphical\ninterface and'),
      page(2, 'a library which contains the core application.\n\n6.2.1. Initialization'),
      page(3, 'The list of packages needs to be updated.'),
      page(4, 'Regular upgrades are recommended.'),
    ].join('\f');
    expect(cleaned(text)).toEqual([
      'APT is a vast project.',
      'Its original plans included a graphical interface and a library which contains the core application.',
      '6.2.1. Initialization',
      'The list of packages needs to be updated.',
      'Regular upgrades are recommended.',
    ]);
  });

  it('in a two-page text a running line stands on both pages; the form feed after the last page makes no page', () => {
    const text = 'Report 2026 – Page 1\n\nThe first part ends\n\fReport 2026 – Page 2\n\nhere on the second page.\n\f';
    expect(cleaned(text)).toEqual(['The first part ends here on the second page.']);
    expect(cleaned('Only page, first line.\n\nOnly page, last line.\n\f')).toEqual(['Only page, first line.', 'Only page, last line.']);
  });

  it('subtitles: cue numbers and timings vanish, a sentence runs on over cues, tags and overrides go', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,500\n{\\an8}<i>Microsoft has bought Kinvolk,</i>\n\n2\n00:00:03,600 --> 00:00:06,000\na small company\nfrom Berlin.\n\n3\n00:00:06,500 --> 00:00:09,000\n- Is it big?\n- No.\n';
    expect(cleaned(srt)).toEqual(['Microsoft has bought Kinvolk, a small company from Berlin.', '- Is it big?', '- No.']);
    const vtt = 'WEBVTT\n\nSTYLE\n::cue { color: yellow }\n\nNOTE made by hand\n\nintro\n00:01.000 --> 00:04.000 align:start\n<v Roger>We are in New York...\n\n00:04.500 --> 00:07.000\n<v Roger>...and it rains.\n';
    expect(cleaned(vtt)).toEqual(['We are in New York... ...and it rains.']);
  });

  it('a text that only mentions a timing is no subtitle file', () => {
    expect(cleaned('The clip runs 00:00:01,000 --> 00:00:03,500 and then stops.\n\n1\nIt ends.')).toEqual([
      'The clip runs 00:00:01,000 --> 00:00:03,500 and then stops.', '1', 'It ends.',
    ]);
  });

  it('pages whose edges do not repeat, and text without form feeds, keep every line', () => {
    const text = 'First page, first line.\n\fSecond page, only line.\n\fThird page, last words.';
    expect(cleaned(text)).toEqual(['First page, first line.', 'Second page, only line.', 'Third page, last words.']);
    expect(cleaned('Report 2026\n\nThe text.\n\nReport 2026\n\nMore text.\n\nReport 2026')).toEqual(['Report 2026', 'The text.', 'Report 2026', 'More text.', 'Report 2026']);
  });

  it('decorative rules vanish; a scene break of asterisks stays', () => {
    expect(cleaned('Minutes\n=======\nThe meeting opened.\n+-----+-----+\n|\n#######Next item: budget.')).toEqual([
      'Minutes', 'The meeting opened.', 'Next item: budget.',
    ]);
    expect(cleaned('He left.\n\n*   *   *\n\nShe stayed.')).toEqual(['He left.', '*   *   *'.replace(/\s+/g, ' '), 'She stayed.']);
  });

  it('literal escape sequences are line breaks, but not in paths or commands', () => {
    expect(cleaned('First entry.\\r\\nSecond entry. \\ nThird entry.')).toEqual(['First entry.', 'Second entry.', 'Third entry.']);
    expect(cleaned('Open C:\\new\\readme.txt and type \\newline twice.')).toEqual(['Open C:\\new\\readme.txt and type \\newline twice.']);
  });

  it('a word letter-spaced over lines is joined; a list of letters is not', () => {
    expect(cleaned('\nD\nA\nN\nGE\nR\n\nHigh voltage.')).toEqual(['DANGER', 'High voltage.']);
    expect(cleaned('A\nB\nC\nD')).toEqual(['A', 'B', 'C', 'D']);
    expect(cleaned('EN\nDE\nFR')).toEqual(['EN', 'DE', 'FR']);
  });

  it('TeX-style quotes read as plain quotes', () => {
    expect(cleaned("``Ready?'' she asked. `Yes,' he said.")).toEqual(['"Ready?" she asked.', "'Yes,' he said."]);
  });

  it('a line break before a lone punctuation mark is dropped; a mark followed by a gap is the tag of an item', () => {
    expect(cleaned('The marks are these:\n?      the key may be missing.\n!\tthe order is reversed.')).toEqual([
      'The marks are these:', '? the key may be missing.', '! the order is reversed.',
    ]);
    expect(cleaned('Call us for a quote\n. Prices vary by region\n, season and size.')).toEqual([
      'Call us for a quote.', 'Prices vary by region, season and size.',
    ]);
  });

  it('soft hyphens and zero-width characters vanish from the cleaned text', () => {
    expect(cleaned('Die Bundes\u00adregierung tagt.\u200b Heute.', 'de')).toEqual(['Die Bundesregierung tagt.', 'Heute.']);
  });

  it('German rules still apply to the cleaned text', () => {
    expect(cleaned('<p>Am 29. April sprach Dr. Meier, z. B. über Art. 5 Abs. 1.</p><p>Das war&nbsp;gut.</p>', 'de')).toEqual([
      'Am 29. April sprach Dr. Meier, z. B. über Art. 5 Abs. 1.', 'Das war gut.',
    ]);
  });
});

describe('segment clean mode: offsets', () => {
  it('text/start/end are the exact slice around the cleaned sentence; markup inside it stays in the slice', () => {
    const text = '<p>Yes.</p> <p><b>It</b> is &quot;done&quot;!</p>';
    const sentences = sentencesOf(text);
    expect(sentences.map(({ text: t, start, end, clean }) => ({ t, start, end, clean }))).toEqual([
      { t: 'Yes.', start: 3, end: 7, clean: 'Yes.' },
      { t: 'It</b> is &quot;done&quot;!', start: 18, end: 45, clean: 'It is "done"!' },
    ]);
  });

  it('a sentence that starts or ends with a character reference covers the whole reference', () => {
    const text = '&bdquo;Ja.&ldquo; Nein.';
    expect(sentencesOf(text, 'de').map((s) => s.text)).toEqual(['&bdquo;Ja.&ldquo;', 'Nein.']);
  });

  it('on text without markup or noise, clean mode finds the same sentences as the default mode', () => {
    for (const [file, lang] of [['en-zdnet-microsoft-buys-kinvolk.txt', 'en'], ['de-tradepress-microsoft-kinvolk.txt', 'de']] as const) {
      const text = readFileSync(new URL(`../../../fixtures/${file}`, import.meta.url), 'utf8');
      const plain = segment(text, lang);
      const clean = sentencesOf(text, lang);
      expect(clean.map(({ text: t, start, end }) => ({ text: t, start, end }))).toEqual(plain);
      expect(clean.map((s) => s.clean)).toEqual(plain.map((s) => s.text.replace(/\s+/g, ' ')));
    }
  });

  it('only noise lies outside the sentences', () => {
    const text = '////////\nReport\n////////\n\n3\n\n<div>Sales rose. Costs fell.</div>\n<!-- end -->';
    const sentences = sentencesOf(text);
    let outside = '';
    let cursor = 0;
    for (const s of sentences) {
      outside += text.slice(cursor, s.start);
      cursor = s.end;
    }
    outside += text.slice(cursor);
    expect(sentences.map((s) => s.clean)).toEqual(['Report', 'Sales rose.', 'Costs fell.']);
    expect(outside.replace(/\s+/g, '')).toBe('////////////////3<div></div><!--end-->');
  });

  it('keeps the invariants on random markup and noise, in both line-break modes', () => {
    const pieces = ['Word', 'word', 'Dr.', 'U.S.', '.', '!', '?', '<p>', '</p>', '<em>', '</em>', '<br>', '<!--', '-->', '&amp;', '&lt;b&gt;',
      '&#x201C;', '<a href="x">', '<', '>', '&', '......', ' 12', '//////', '\\n', '\\ r', '`', "''", '\u00ad', '\n', '\n\n', ' ', 'A', 'BC'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 300; round++) {
      const parts: string[] = [];
      const length = 3 + Math.floor(next() * 60);
      for (let i = 0; i < length; i++) parts.push(pieces[Math.floor(next() * pieces.length)]!, next() < 0.5 ? ' ' : '');
      const text = parts.join('');
      sentencesOf(text, next() < 0.5 ? 'en' : 'de');
    }
  });
});

describe('cleanText', () => {
  it('returns the text itself when there is nothing to clean', () => {
    const text = 'Plain text.\nNothing to do here.';
    expect(cleanText(text).text).toBe(text);
  });

  it('maps cleaned positions back to the source', () => {
    const source = 'a <b>bold</b> &amp; more';
    const { text, map } = cleanText(source);
    expect(text).toBe('a bold & more');
    expect(map.sourceStart(text.indexOf('bold'))).toBe(source.indexOf('bold'));
    expect(map.sourceEnd(text.indexOf('bold') + 4)).toBe(source.indexOf('</b>'));
    expect(map.sourceStart(text.indexOf('&'))).toBe(source.indexOf('&amp;'));
    expect(map.sourceEnd(text.indexOf('&') + 1)).toBe(source.indexOf('&amp;') + 5);
  });
});
