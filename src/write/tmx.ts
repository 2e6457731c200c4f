import { InputError } from '../core/problems.js';
import { pairLanguages, type AlignmentDocument, type Lang, type LanguagePair } from '../core/types.js';
import { VERSION } from '../core/version.js';
import { sourceName, type SourcePaths } from './sourcePaths.js';
import { removeUnwritable } from '../core/unitText.js';
import { selectUnits, type ExportUnit, type UnitOptions } from './units.js';

/** The TMX languages as stated: two language codes, the first the source language (`srclang`). */
export interface StatedLangs {
  source: string;
  target: string;
}

/** The codes of the `en`-role and the `de`-role side (English and German, or the other pair's languages), and which role is the source. */
export interface TmxLangs {
  en: string;
  de: string;
  source: Lang;
}

/**
 * The codes a TMX or XLIFF uses: the pair's own language codes with the `en` role as source, or
 * the stated codes (regional variants such as en-US, de-AT, in either order) once they are
 * checked to name the pair's two languages.
 */
export function resolveTmxLangs(stated: StatedLangs | undefined, languages: LanguagePair): TmxLangs {
  if (!stated) return { en: languages[0], de: languages[1], source: 'en' };
  const [source, target] = [primaryLanguage(stated.source), primaryLanguage(stated.target)];
  if (source === languages[0] && target === languages[1]) return { en: stated.source, de: stated.target, source: 'en' };
  if (source === languages[1] && target === languages[0]) return { en: stated.target, de: stated.source, source: 'de' };
  throw new InputError({ code: 'tmx-langs-mismatch', stated: [stated.source, stated.target], languages });
}

/** The two roles, source first: the order of `tuv`s and of XLIFF's source and target. */
export function sourceFirst(langs: TmxLangs): [Lang, Lang] {
  return langs.source === 'en' ? ['en', 'de'] : ['de', 'en'];
}

/** "en" for "en-US". */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

export interface TmxOptions extends UnitOptions {
  langs?: StatedLangs;
  /** How the `x-…-file` props name the documents (undefined: as the alignment records them). */
  sourcePaths?: SourcePaths;
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
  const selection = selectUnits(doc, { ...options, bilingual: true });
  const header = element('header', {
    creationtool: 'satzpaar',
    creationtoolversion: VERSION,
    segtype: 'sentence',
    'o-tmf': 'satzpaar-alignment',
    adminlang: langs[langs.source],
    srclang: langs[langs.source],
    datatype: 'plaintext',
    creationdate: tmxDate(options.creationDate ?? new Date(0)),
  });
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  ${header}`,
    selection.units.length === 0 ? '  <body/>' : '  <body>',
    ...selection.units.flatMap((unit) => translationUnit(doc, unit, langs, options.sourcePaths)),
    ...(selection.units.length === 0 ? [] : ['  </body>']),
    '</tmx>',
  ];
  return lines.join('\n') + '\n';
}

function translationUnit(doc: AlignmentDocument, unit: ExportUnit, langs: TmxLangs, sourcePaths: SourcePaths): string[] {
  const languages = pairLanguages(doc);
  const files = { en: sourceName(doc.documents.en.path, sourcePaths), de: sourceName(doc.documents.de.path, sourcePaths) };
  const props: Array<[string, string | undefined]> = [
    ['x-score', String(unit.link.score)],
    ['x-mode', doc.mode],
    // Named after the pair's languages: x-en-file, x-de-file for English–German.
    [`x-${languages[0]}-file`, files.en],
    [`x-${languages[1]}-file`, files.de],
    [`x-${languages[0]}-sentences`, unit.link.en.join(',')],
    [`x-${languages[1]}-sentences`, unit.link.de.join(',')],
  ];
  return [
    `    <tu tuid="${unit.index}">`,
    ...props.flatMap(([type, value]) => (value === undefined ? [] : [`      <prop type="${type}">${escapeXml(removeUnwritable(value))}</prop>`])),
    ...sourceFirst(langs).map((role) => `      <tuv xml:lang="${escapeXml(langs[role])}"><seg>${escapeXml(unit[role])}</seg></tuv>`),
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
