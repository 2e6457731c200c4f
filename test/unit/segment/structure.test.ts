import { describe, expect, it } from 'vitest';
import { hardWrapLayout } from '../../../src/segment/lineEvidence.js';
import { segment } from '../../../src/segment/segment.js';
import { split } from './helpers.js';

describe('segment: document structure', () => {
  const page = [
    'Acme buys Widget Corp',
    'By Jane Roe, Staff Writer',
    'widgetcorp-office.png',
    'Photo: Acme',
    '',
    'Acme has bought Widget Corp for an undisclosed sum. The deal closes in June.',
    '',
    '• Price: undisclosed',
    '• Staff: 120',
    '',
    'Region | Staff',
    'Europe | 80',
  ].join('\n');

  it('keeps headings, bylines, captions, bullet lines and table rows as segments of their own', () => {
    expect(split(page, 'en')).toEqual([
      'Acme buys Widget Corp',
      'By Jane Roe, Staff Writer',
      'widgetcorp-office.png',
      'Photo: Acme',
      'Acme has bought Widget Corp for an undisclosed sum.',
      'The deal closes in June.',
      '• Price: undisclosed',
      '• Staff: 120',
      'Region | Staff',
      'Europe | 80',
    ]);
  });

  it('joins hard-wrapped paragraph lines; the sentence keeps the line break and its offsets', () => {
    const text = 'The committee met on Tuesday to discuss the budget and\nagreed on a new plan for the coming year. It starts in May.';
    expect(split(text, 'en')).toEqual([
      'The committee met on Tuesday to discuss the budget and\nagreed on a new plan for the coming year.',
      'It starts in May.',
    ]);
  });

  it('joins a line ending in a space with a lower-case continuation, but not short keyword lines', () => {
    expect(split('It was a cold \nnight.', 'en')).toEqual(['It was a cold \nnight.']);
    expect(split('pricing\nsupport plans\nabout us', 'en')).toEqual(['pricing', 'support plans', 'about us']);
  });

  it('ends a sentence at every blank line, even without punctuation', () => {
    expect(split('first part without end\n\nsecond part without end', 'en')).toEqual(['first part without end', 'second part without end']);
    expect(split('A line\r\n\r\nAnother line\r\n', 'en')).toEqual(['A line', 'Another line']);
  });

  it('attaches a full stop on a line of its own to the line before', () => {
    expect(split('Contact us for prices\n. More below', 'en')).toEqual(['Contact us for prices\n.', 'More below']);
  });

  it('joins a line that opens a sentence with the lower-case line that ends it, not keyword lines', () => {
    expect(split('This is a sentence\ncut off in the middle because pdf.', 'en')).toEqual(['This is a sentence\ncut off in the middle because pdf.']);
    expect(split('Pregnant women should take\nfolic acid every day.\n• one item\n• another item', 'en')).toEqual([
      'Pregnant women should take\nfolic acid every day.',
      '• one item',
      '• another item',
    ]);
    expect(split('Support\ncontact us', 'en')).toEqual(['Support', 'contact us']);
    expect(split('Release notes\n    see the list below.', 'en')).toEqual(['Release notes', 'see the list below.']);
  });

  it('reads a trailing space as a wrapped line where the text marks its wrapped lines so (pdftotext), not elsewhere', () => {
    const pdf = 'Andere \nFische sind im Sommer \nbesonders gut. \nHeute gibt es \nForelle.';
    expect(split(pdf, 'de')).toEqual(['Andere \nFische sind im Sommer \nbesonders gut.', 'Heute gibt es \nForelle.']);
    // One stray trailing space among lines without: a heading stays apart.
    expect(split('Andere \nFische sind gut.\nHeute Forelle.\nMorgen Lachs.', 'de')).toEqual(['Andere', 'Fische sind gut.', 'Heute Forelle.', 'Morgen Lachs.']);
    // A colon introduces what follows on lines of its own, as in the PDF list this text ends in.
    expect(split('Zehn Tipps sollen Ihnen \nhelfen:  \n1. Planen Sie früh! \n2. Essen Sie gesund! ', 'de')).toEqual([
      'Zehn Tipps sollen Ihnen \nhelfen:',
      '1. Planen Sie früh!',
      '2. Essen Sie gesund!',
    ]);
  });

  it('takes a number at a line start for a list item only when it starts a list, goes on from the last item or follows a finished line', () => {
    const wrapped = [
      '       Check the archive label and exit.  Without arguments, it prints',
      '       the archive label (if there is one) and exits with the status',
      '       0.  With one or more arguments, it compares the label with each',
      '       argument.  It exits with status 0 on a match, and with status 1',
      '       otherwise.  Nothing is printed unless the verbose option is on.',
    ].join('\n');
    expect(split(wrapped, 'en').map((s) => s.replace(/\s+/g, ' '))).toEqual([
      'Check the archive label and exit.',
      'Without arguments, it prints the archive label (if there is one) and exits with the status 0.',
      'With one or more arguments, it compares the label with each argument.',
      'It exits with status 0 on a match, and with status 1 otherwise.',
      'Nothing is printed unless the verbose option is on.',
    ]);
    const list = [
      'Three steps are needed before the first backup can be written to',
      '1. Mount the disk',
      '2. Create the folder',
      '3. Start the copy',
    ].join('\n');
    expect(split(list, 'en')).toEqual([
      'Three steps are needed before the first backup can be written to',
      '1. Mount the disk',
      '2. Create the folder',
      '3. Start the copy',
    ]);
    expect(split('The volume was copied, and the job ended with the number\n7. Then the tool wrote its log.', 'en')).toEqual([
      'The volume was copied, and the job ended with the number\n7.',
      'Then the tool wrote its log.',
    ]);
    expect(split('Steps\n3. Start the copy', 'en')).toEqual(['Steps', '3. Start the copy']);
    // A capital letter may be a roman numeral, whose sequence is not followed.
    const contents = 'IX. Changes to the library from version 1.0.x to version 1.2.x\nX. Changes to the library from version 1.2.x to 1.4.x';
    expect(split(contents, 'en')).toEqual(contents.split('\n'));
  });

  it('sets a lower-case entry after a sentence end apart when it ends the line before more such entries (a menu)', () => {
    expect(split('The shop was \nclosed at night. features\ncontact manager\nevents, activities', 'en')).toEqual([
      'The shop was \nclosed at night.',
      'features',
      'contact manager',
      'events, activities',
    ]);
    expect(split('It takes a boolean value. see below\nThe next line.', 'en')).toEqual(['It takes a boolean value. see below', 'The next line.']);
  });

  it('joins a line of hard-wrapped text that the next line\'s first word did not fit after', () => {
    const wrapped = [
      '       Schicken Sie Fehlermeldungen per E-Mail an die Adresse der Autoren.',
      '       Ein Archiv der Mailingliste ⟨https://lists.example.org/archiv⟩ und eine',
      '       Fehlerdatenbank',
      '       ⟨https://bugs.example.org/cgi/report.cgi?package=werkzeug⟩ sind verfüg‐',
      '       bar.  Dort finden Sie auch ältere Meldungen zu diesem Programm.',
    ].join('\n');
    expect(split(wrapped, 'de').map((s) => s.replace(/\s+/g, ' '))).toEqual([
      'Schicken Sie Fehlermeldungen per E-Mail an die Adresse der Autoren.',
      'Ein Archiv der Mailingliste ⟨https://lists.example.org/archiv⟩ und eine Fehlerdatenbank ⟨https://bugs.example.org/cgi/report.cgi?package=werkzeug⟩ sind verfüg‐ bar.',
      'Dort finden Sie auch ältere Meldungen zu diesem Programm.',
    ]);
  });

  it('recognises hard-wrapped text and joins full-width lines whatever the next word (German nouns, "Dr.")', () => {
    const wrapped = [
      'Die Stadtwerke haben im vergangenen Jahr deutlich mehr Strom aus Wind und',
      'Sonne erzeugt als geplant. Nach Angaben von Dr. Hanna Berg, der neuen',
      'Leiterin, soll der Anteil bis 2030 weiter steigen. Dafür werden mehrere',
      'Anlagen am Stadtrand gebaut, die ab dem 1. Juli ans Netz gehen sollen. Die',
      'Kosten trägt vor allem das Land. Eine Beteiligung der Bürger ist geplant.',
      '',
      'Kurzmeldung',
      'Neue Tarife ab Mai',
    ].join('\n');
    expect(split(wrapped, 'de').map((s) => s.replace(/\s+/g, ' '))).toEqual([
      'Die Stadtwerke haben im vergangenen Jahr deutlich mehr Strom aus Wind und Sonne erzeugt als geplant.',
      'Nach Angaben von Dr. Hanna Berg, der neuen Leiterin, soll der Anteil bis 2030 weiter steigen.',
      'Dafür werden mehrere Anlagen am Stadtrand gebaut, die ab dem 1. Juli ans Netz gehen sollen.',
      'Die Kosten trägt vor allem das Land.',
      'Eine Beteiligung der Bürger ist geplant.',
      'Kurzmeldung',
      'Neue Tarife ab Mai',
    ]);
  });

  it('joins a long comment line of a configuration example with the comment line that continues it, not commented-out code or short comments', () => {
    const preseed = [
      '# Preseeding only locale sets language, country and locale at once,',
      '# Keyboard and time zone follow from it.',
      'd-i debian-installer/locale string en_US',
      '# Keyboard selection.',
      '# Apt setup',
      '#d-i keyboard-configuration/xkb-keymap select us',
      '// A comment in C that runs on over two lines, since its author',
      '// Wrapped it at the margin.',
    ].join('\n');
    expect(split(preseed, 'en').map((s) => s.replace(/\n/g, ' '))).toEqual([
      '# Preseeding only locale sets language, country and locale at once, # Keyboard and time zone follow from it.',
      'd-i debian-installer/locale string en_US',
      '# Keyboard selection.',
      '# Apt setup',
      '#d-i keyboard-configuration/xkb-keymap select us',
      '// A comment in C that runs on over two lines, since its author // Wrapped it at the margin.',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(segment('', 'en')).toEqual([]);
    expect(segment(' \n\t\n ', 'de')).toEqual([]);
  });
});

describe('hardWrapLayout: the width', () => {
  it('finds the width of hard-wrapped text and ignores unwrapped paragraphs', () => {
    const line = 'word '.repeat(14).trim();
    const wrapped = Array.from({ length: 6 }, () => line).join('\n') + '\nlast line\n\n' + Array.from({ length: 5 }, () => line).join('\n');
    expect(hardWrapLayout(wrapped).width).toBe(line.length);
    const paragraphs = ['Heading', 'A paragraph that is one long line. '.repeat(8), '', 'Caption', 'Credit: someone', 'Another long paragraph. '.repeat(9)].join('\n');
    expect(hardWrapLayout(paragraphs).width).toBe(0);
    expect(hardWrapLayout('').width).toBe(0);
  });

  it('finds the width of a manual page: indented, justified text between short option lines', () => {
    expect(hardWrapLayout(MAN_PAGE).width).toBeGreaterThanOrEqual(70);
  });

  it('leaves a list of headlines of similar length alone: the next headline would often have fitted', () => {
    expect(hardWrapLayout(HEADLINES.join('\n')).width).toBe(0);
    expect(segment(HEADLINES.join('\n'), 'en').map((s) => s.text)).toEqual(HEADLINES);
  });
});

describe('manual pages (hard-wrapped, indented, hyphenated with U+2010)', () => {
  it('joins wrapped lines, also before a last word that ends the sentence, and rejoins hyphenated words', () => {
    const sentences = segment(MAN_PAGE, 'en').map((s) => s.text.replace(/\s+/g, ' '));
    expect(sentences).toContain('Extract files from an archive.');
    expect(sentences).toContain('When given, they specify names of the archive members to be ex\u2010 tracted.');
    expect(sentences).toContain('Normally two consecutive zero blocks mark the end of an archive, and tar stops reading there; with this option it reads on until the end of the file.');
  });
});

const MAN_PAGE = [
  'TAR(1)                        GNU TAR Manual                       TAR(1)',
  '',
  'OPTIONS',
  '       -x, --extract, --get',
  '              Extract  files  from  an archive.  When given, they specify names',
  '              of the archive members to be ex\u2010',
  '              tracted.',
  '',
  '       -i, --ignore-zeros',
  '              Normally two consecutive zero blocks mark the end of an archive,',
  '              and tar stops reading there; with this option it reads on until',
  '              the end of the file.',
  '',
  '       -v, --verbose',
  '              Verbosely list files processed.  Each option that takes a value',
  '              accepts it either as the next argument or after an equals sign,',
  '              as in --file=archive.tar, and options may be given in any order',
  '              on the command line.',
].join('\n');

const HEADLINES = [
  'Microsoft buys Kinvolk to boost Azure',
  'Google launches new Pixel phone with a better camera',
  'Apple reports record quarterly revenue in China',
  'Amazon opens third data centre in Frankfurt',
  'Tesla recalls 2,000 cars over faulty seat belts',
  'Meta fined 1.2 billion euros by Irish regulator',
  'Intel delays new chip factory in Magdeburg',
  'Samsung unveils foldable phone at Berlin fair',
  'Nvidia shares jump after strong results',
  'IBM cuts jobs in its consulting business',
];
