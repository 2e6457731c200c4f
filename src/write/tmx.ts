import { UserError } from '../core/errors.js';
import { pairLanguages, type AlignmentDocument, type LanguagePair } from '../core/types.js';
import { VERSION } from '../core/version.js';
import { removeUnwritable, selectUnits, type ExportUnit } from './units.js';

/** The `xml:lang` codes of the `en`-role and the `de`-role side (`--tmx-langs`): English and German, or the other pair's languages. */
export interface TmxLangs {
  en: string;
  de: string;
}

/**
 * The codes a TMX uses: the pair's own language codes, or the stated `--tmx-langs` (regional
 * variants such as en-US, de-AT) once they are checked to name the pair's languages in order.
 */
export function resolveTmxLangs(stated: TmxLangs | undefined, languages: LanguagePair): TmxLangs {
  if (!stated) return { en: languages[0], de: languages[1] };
  if (primaryLanguage(stated.en) !== languages[0] || primaryLanguage(stated.de) !== languages[1]) {
    const label = (code: string) => ({ en: 'English (en…)', de: 'German (de…)' })[code] ?? `${code}…`;
    throw new UserError(`--tmx-langs ${stated.en},${stated.de}: the first code must be ${label(languages[0])}, the second ${label(languages[1])}`);
  }
  return stated;
}

/** "en" for "en-US". */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

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
  const langs = resolveTmxLangs(options.langs, pairLanguages(doc));
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
  const languages = pairLanguages(doc);
  const props: Array<[string, string]> = [
    ['x-score', String(unit.link.score)],
    ['x-mode', doc.mode],
    // Named after the pair's languages: x-en-file, x-de-file for English–German.
    [`x-${languages[0]}-file`, doc.documents.en.path],
    [`x-${languages[1]}-file`, doc.documents.de.path],
    [`x-${languages[0]}-sentences`, unit.link.en.join(',')],
    [`x-${languages[1]}-sentences`, unit.link.de.join(',')],
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
