import type { AlignmentDocument } from '../core/types.js';
import { VERSION } from '../core/version.js';
import { removeUnwritable, selectUnits, type ExportUnit } from './units.js';

/** The `xml:lang` codes of the English and the German side (`--tmx-langs`). */
export interface TmxLangs {
  en: string;
  de: string;
}

export const DEFAULT_TMX_LANGS: TmxLangs = { en: 'en', de: 'de' };

export interface TmxOptions {
  minScore?: number;
  langs?: TmxLangs;
  /** Header `creationdate`; the epoch when not given, so the same input gives the same bytes. */
  creationDate?: Date;
}

/**
 * TMX 1.4b, written by hand: the format is small and the escaping is the whole point, so a
 * serialiser library would add a dependency without removing any risk.
 * No DOCTYPE: a `SYSTEM "tmx14.dtd"` reference makes some parsers go looking for the DTD file
 * next to the TMX and fail; validate with `xmllint --dtdvalid tmx14.dtd` instead.
 */
export function formatTmx(doc: AlignmentDocument, options: TmxOptions = {}): string {
  const langs = options.langs ?? DEFAULT_TMX_LANGS;
  const selection = selectUnits(doc, { minScore: options.minScore, bilingual: true });
  const header = element('header', {
    creationtool: 'satzpaar',
    creationtoolversion: VERSION,
    segtype: 'sentence',
    'o-tmf': 'satzpaar-alignment',
    adminlang: langs.en,
    srclang: langs.en,
    datatype: 'plaintext',
    creationdate: tmxDate(options.creationDate ?? new Date(0)),
  });
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  ${header}`,
    selection.units.length === 0 ? '  <body/>' : '  <body>',
    ...selection.units.flatMap((unit) => translationUnit(doc, unit, langs)),
    ...(selection.units.length === 0 ? [] : ['  </body>']),
    '</tmx>',
  ];
  return lines.join('\n') + '\n';
}

function translationUnit(doc: AlignmentDocument, unit: ExportUnit, langs: TmxLangs): string[] {
  const props: Array<[string, string]> = [
    ['x-score', String(unit.link.score)],
    ['x-mode', doc.mode],
    ['x-en-file', doc.documents.en.path],
    ['x-de-file', doc.documents.de.path],
    ['x-en-sentences', unit.link.en.join(',')],
    ['x-de-sentences', unit.link.de.join(',')],
  ];
  return [
    `    <tu tuid="${unit.index}">`,
    ...props.map(([type, value]) => `      <prop type="${type}">${escapeXml(removeUnwritable(value))}</prop>`),
    `      <tuv xml:lang="${escapeXml(langs.en)}"><seg>${escapeXml(unit.en)}</seg></tuv>`,
    `      <tuv xml:lang="${escapeXml(langs.de)}"><seg>${escapeXml(unit.de)}</seg></tuv>`,
    '    </tu>',
  ];
}

function element(name: string, attributes: Record<string, string>): string {
  const attrs = Object.entries(attributes).map(([key, value]) => ` ${key}="${escapeXml(value)}"`);
  return `<${name}${attrs.join('')}/>`;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes all five XML specials, in text and attributes alike. The caller has already removed the
 * characters XML cannot carry at all (`cleanSegmentText`, `removeUnwritable`).
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** `YYYYMMDDThhmmssZ`, the TMX date format (ISO 8601 basic, UTC). */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}
