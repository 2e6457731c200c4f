import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import { gazetteer } from '../gazetteer.js';
import { alternation } from '../vocabulary.js';
import type { TakenSpans } from './spans.js';

/**
 * Entities of the gazetteer (data/claims/entities.tsv) in either language, with exonyms
 * (München = Munich), genitives ("Münchens"), compounds ("EU-Kommission") and, as weak claims,
 * adjectives ("deutsche", "Frankfurter"). They carry a category, so two of them can conflict.
 */
const gazetteerPatterns = new Map<
  Lang,
  { regex: RegExp; entries: Map<string, { id: string; category: string; soft: boolean }>; adjectiveStems: Set<string> }
>();

function gazetteerPattern(lang: Lang) {
  let pattern = gazetteerPatterns.get(lang);
  if (pattern) return pattern;
  const entries = new Map<string, { id: string; category: string; soft: boolean }>();
  for (const entry of gazetteer()) {
    for (const form of entry.forms[lang].flatMap((f) => (lang === 'de' ? germanInflections(f) : [f]))) {
      entries.set(form, { id: entry.id, category: entry.category, soft: false });
    }
    for (const form of entry.adjectives[lang]) entries.set(form.replace(/\*$/, ''), { id: entry.id, category: entry.category, soft: true });
  }
  const adjectiveStems = new Set(gazetteer().flatMap((e) => e.adjectives[lang].filter((f) => f.endsWith('*')).map((f) => f.slice(0, -1))));
  // German names take a genitive -s ("Münchens") and start compounds ("Berlin-Mitte", "EU-Kommission");
  // German adjectives take their endings ("deutsche", "deutschen").
  const tail = lang === 'de' ? String.raw`(?:e|en|er|es|em|s)?(?=-|(?![\p{L}\p{N}]))` : String.raw`(?=['’]s|(?![\p{L}\p{N}]))`;
  const regex = new RegExp(String.raw`(?<![\p{L}\p{N}])(${alternation(entries.keys())})${tail}`, 'gu');
  pattern = { regex, entries, adjectiveStems };
  gazetteerPatterns.set(lang, pattern);
  return pattern;
}

/**
 * A German name that starts with an adjective is inflected: "die Vereinigten Staaten",
 * "der Europäischen Union", "des Vereinigten Königreichs" (the genitive -s is in the pattern's tail).
 */
function germanInflections(form: string): string[] {
  const m = /^(\p{Lu}\p{Ll}+?)(e|es) (.+)$/u.exec(form);
  return m ? [form, `${m[1]}en ${m[3]}`] : [form];
}

/**
 * Gazetteer entities of one sentence. `partOfLongerName` tells whether a match is only part of a
 * longer name ("Siemens" in "Siemens Energy", "München" in "FC Bayern München"), which the name
 * extractor then takes whole.
 */
export function isGazetteerForm(word: string, lang: Lang): boolean {
  return gazetteerPattern(lang).entries.has(word);
}

export function extractGazetteerEntities(
  text: string,
  lang: Lang,
  taken: TakenSpans,
  partOfLongerName: (start: number, end: number) => boolean,
): Claim[] {
  const claims: Claim[] = [];
  const { regex, entries, adjectiveStems } = gazetteerPattern(lang);
  for (const m of text.matchAll(regex)) {
    const written = m[1]!.replace(/\s+/g, ' ');
    const ending = m[0].slice(m[1]!.length);
    // Only adjective stems take adjective endings; names take at most the genitive -s.
    if (ending !== '' && ending !== 's' && !adjectiveStems.has(written)) continue;
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    if (partOfLongerName(m.index, end)) continue;
    const entry = entries.get(written)!;
    taken.take(m.index, end);
    claims.push({ type: 'entity', kind: entry.category, start: m.index, end, value: entry.id, ...(entry.soft ? { soft: true } : {}) });
  }
  return claims;
}
