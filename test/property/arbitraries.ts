import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { Lang } from '../../src/core/types.js';
import type { SourceDocument } from '../../src/read/readDocument.js';
import { isWhitespace } from '../helpers/problems.js';

/**
 * Random documents for the property and fuzz tests: mixtures of words, punctuation,
 * abbreviations, numbers, line breaks of every kind, blank lines and awkward Unicode, in
 * English and German. Shared with the export round-trip properties (exports.property.test.ts).
 */

/** Seed for every property run: fixed, so a failure reproduces; SATZPAAR_PROPERTY_SEED overrides. */
export const PROPERTY_SEED = Number(process.env.SATZPAAR_PROPERTY_SEED ?? 20260122);

const WORDS: Record<Lang, string[]> = {
  en: ['the', 'Microsoft', 'company', 'said', 'Kinvolk', 'in', 'Berlin', 'engineers', 'will', 'join', 'Azure', 'open', 'source', 'Linux', 'a', 'it', 'U.S', "don't", 'well-known'],
  de: ['die', 'Microsoft', 'Firma', 'sagte', 'Kinvolk', 'in', 'Berlin', 'Ingenieure', 'werden', 'wechseln', 'Größe', 'Übernahme', 'Straße', 'äußerst', 'öffentlich', 'für', 'Mitarbeiter*innen'],
};
const ABBREVIATIONS: Record<Lang, string[]> = {
  en: ['Dr.', 'Mr.', 'Mrs.', 'e.g.', 'i.e.', 'etc.', 'Inc.', 'No.', 'Jan.', 'U.S.', 'vs.', 'J.'],
  de: ['Dr.', 'z.B.', 'z. B.', 'd.h.', 'usw.', 'bzw.', 'Nr.', 'ca.', 'Prof.', 'u.a.', 'Abs.', '3.', '12.'],
};
const NUMBERS = ['3', '2015', '1,000', '1.000', '7,5', '7.5', '$10', '10 €', '20%', '3.14159', '12:30', '2021-04-29', '1.', 'v2.0'];
const PUNCTUATION = ['.', '!', '?', '...', '…', ',', ';', ':', '"', "'", '&', '<', '>', '„', '“', '”', '«', '»', '(', ')', '[', ']', '-', '–', '—', '/', '*'];
const SPACES = [' ', ' ', ' ', '  ', '\t', '\u00a0', '\u2009', '\u3000'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n \n', '\n\t\n', '\u2028', '\u2029', '\u0085', '\f', '\v'];
const ODD_UNICODE = ['😀', '👩‍💻', 'e\u0301', '\u200b', '\u200d', '\ufeff', '中文', 'العربية', 'Ω', '\u202f', '\u1680', '\u205f', '\ud83d', '\udc00', '\u0000', '\u007f', '\u00ad'];

function token(lang: Lang): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...WORDS[lang]) },
    { weight: 3, arbitrary: fc.constantFrom(...SPACES) },
    { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
    { weight: 2, arbitrary: fc.constantFrom(...ABBREVIATIONS[lang]) },
    { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
    { weight: 2, arbitrary: fc.constantFrom(...BREAKS) },
    { weight: 1, arbitrary: fc.constantFrom(...ODD_UNICODE) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  );
}

/** A random document in `lang` of up to `maxTokens` tokens. */
export function documentText(lang: Lang, maxTokens = 120): fc.Arbitrary<string> {
  return fc.array(token(lang), { maxLength: maxTokens, size: 'medium' }).map((tokens) => tokens.join(''));
}

/** A SourceDocument as readDocument would return it, without touching the disk. */
export function sourceDocument(path: string, text: string): SourceDocument {
  return { path, text, sha256: createHash('sha256').update(text).digest('hex'), encoding: 'utf-8' };
}

/** An English and a German random document, with at least one non-space character each. */
export function documentPair(maxTokens = 120): fc.Arbitrary<{ en: string; de: string }> {
  const nonBlank = (lang: Lang) => documentText(lang, maxTokens).filter((t) => [...t].some((ch) => !isWhitespace(ch)));
  return fc.record({ en: nonBlank('en'), de: nonBlank('de') });
}
