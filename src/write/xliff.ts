import { VERSION } from '../core/version.js';
import type { AlignmentDocument } from '../core/types.js';
import { pairLanguages } from '../core/types.js';
import { sourceName, type SourcePaths } from './sourcePaths.js';
import { escapeXml, resolveTmxLangs, sourceFirst, type StatedLangs } from './tmx.js';
import { removeUnwritable } from '../core/unitText.js';
import { selectUnits, type ExportUnit, type UnitOptions } from './units.js';

export const XLIFF_VERSIONS = ['2.1', '1.2'] as const;
export type XliffVersion = (typeof XLIFF_VERSIONS)[number];

export interface XliffOptions extends UnitOptions {
  version?: XliffVersion;
  langs?: StatedLangs;
  sourcePaths?: SourcePaths;
}

/**
 * Bilingual XLIFF, one unit per link with text on both sides, its target `translated` (a human
 * translation, aligned, not yet reviewed). 2.1 for current tools (Okapi, Phrase, memoQ), 1.2 for
 * older ones (Trados, Translate Toolkit). Written by hand like the TMX, with the same escaping.
 * The link's score and sentence numbers go in a note, which every reader keeps.
 */
export function formatXliff(doc: AlignmentDocument, options: XliffOptions = {}): string {
  const languages = pairLanguages(doc);
  const langs = resolveTmxLangs(options.langs, languages);
  // The note names each side by its language (fr for a German–French pair's second role), as the TMX props do.
  const named = { en: languages[0], de: languages[1] };
  const [source, target] = sourceFirst(langs);
  const { units } = selectUnits(doc, { ...options, bilingual: true });
  const files = { source: sourceName(doc.documents[source].path, options.sourcePaths), target: sourceName(doc.documents[target].path, options.sourcePaths) };
  const xliffUnits = units.map((unit: ExportUnit) => ({
    id: unit.index,
    source: escapeXml(unit[source]),
    target: escapeXml(unit[target]),
    note: escapeXml(`score ${unit.link.score}; ${named[source]} sentences ${unit.link[source].join(',')}; ${named[target]} sentences ${unit.link[target].join(',')}`),
  }));
  const attribute = (value: string) => escapeXml(removeUnwritable(value));
  const write = (options.version ?? '2.1') === '2.1' ? xliff21 : xliff12;
  const lines = write(langs[source], langs[target], files, xliffUnits, attribute);
  return ['<?xml version="1.0" encoding="UTF-8"?>', ...lines].join('\n') + '\n';
}

interface XliffUnit {
  id: number;
  /** Escaped texts and note. */
  source: string;
  target: string;
  note: string;
}

type Files = { source: string | undefined; target: string | undefined };

function xliff21(srcLang: string, trgLang: string, files: Files, units: XliffUnit[], attribute: (value: string) => string): string[] {
  const original = files.source === undefined ? '' : ` original="${attribute(files.source)}"`;
  const fileNotes = files.target === undefined ? [] : ['    <notes>', `      <note category="x-target-file">${attribute(files.target)}</note>`, '    </notes>'];
  return [
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="${escapeXml(srcLang)}" trgLang="${escapeXml(trgLang)}">`,
    `  <file id="f1"${original}>`,
    ...fileNotes,
    ...units.flatMap((unit) => [
      `    <unit id="u${unit.id}">`,
      `      <notes><note category="x-satzpaar-link">${unit.note}</note></notes>`,
      `      <segment state="translated">`,
      `        <source>${unit.source}</source>`,
      `        <target>${unit.target}</target>`,
      '      </segment>',
      '    </unit>',
    ]),
    // A file must hold a unit or a group: with nothing to export, an empty group keeps the file valid.
    ...(units.length === 0 ? ['    <group id="empty"/>'] : []),
    '  </file>',
    '</xliff>',
  ];
}

function xliff12(srcLang: string, trgLang: string, files: Files, units: XliffUnit[], attribute: (value: string) => string): string[] {
  // `original` is required in 1.2; without source paths it names the tool's alignment instead of a file.
  const original = files.source ?? 'satzpaar-alignment';
  const fileNote = files.target === undefined ? [] : [`      <note from="satzpaar">target file: ${attribute(files.target)}</note>`];
  return [
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
    `  <file original="${attribute(original)}" source-language="${escapeXml(srcLang)}" target-language="${escapeXml(trgLang)}" datatype="plaintext">`,
    '    <header>',
    `      <tool tool-id="satzpaar" tool-name="satzpaar" tool-version="${escapeXml(VERSION)}"/>`,
    ...fileNote,
    '    </header>',
    units.length === 0 ? '    <body/>' : '    <body>',
    ...units.flatMap((unit) => [
      `      <trans-unit id="${unit.id}">`,
      `        <source xml:lang="${escapeXml(srcLang)}">${unit.source}</source>`,
      `        <target xml:lang="${escapeXml(trgLang)}" state="translated">${unit.target}</target>`,
      `        <note from="satzpaar">${unit.note}</note>`,
      '      </trans-unit>',
    ]),
    ...(units.length === 0 ? [] : ['    </body>']),
    '  </file>',
    '</xliff>',
  ];
}
