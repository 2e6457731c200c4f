import { readFileSync } from 'node:fs';
import type { Lang } from '../core/types.js';

/** One entry of data/claims/entities.tsv: a named entity with its English and German names. */
export interface GazetteerEntry {
  id: string;
  category: string;
  forms: Record<Lang, string[]>;
  /**
   * Adjective and demonym forms ("German", "deutsch*", "Frankfurter"); `*` stands for the German
   * adjective endings. They confirm a name on the other side but are never a claim of their own.
   */
  adjectives: Record<Lang, string[]>;
}

export function parseGazetteer(tsv: string): GazetteerEntry[] {
  return tsv
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line, i) => {
      const [id, category, en, de, enAdjectives, deAdjectives] = line.split('\t');
      if (!id || !category || !en || !de) throw new Error(`data/claims/entities.tsv line ${i + 1}: expected at least 4 tab-separated fields`);
      const list = (field: string | undefined) => (field ? field.split('|').filter((f) => f !== '') : []);
      return { id, category, forms: { en: list(en), de: list(de) }, adjectives: { en: list(enAdjectives), de: list(deAdjectives) } };
    });
}

let loaded: GazetteerEntry[] | undefined;

/**
 * The bundled list, read once on first use. It is package data like a lexicon (shipped in `data/`,
 * next to `dist/` and `src/`), not user input, so the pure claims code may load it.
 */
export function gazetteer(): GazetteerEntry[] {
  loaded ??= parseGazetteer(readFileSync(new URL('../../data/claims/entities.tsv', import.meta.url), 'utf8'));
  return loaded;
}

let wordIds: Map<string, string> | undefined;

/**
 * Single-word names of either language → their id ("münchen" → "munich"), so that a longer name
 * containing one normalises alike in both languages: "FC Bayern München" = "Bayern Munich".
 */
export function gazetteerWordIds(): ReadonlyMap<string, string> {
  if (!wordIds) {
    wordIds = new Map();
    for (const entry of gazetteer()) {
      for (const form of [...entry.forms.en, ...entry.forms.de]) if (!/[\s.]/.test(form)) wordIds.set(form.toLowerCase(), entry.id);
    }
  }
  return wordIds;
}
