import type { AlignmentDocument, Lang, Sentence } from '../core/types.js';
import { selectUnits, type ExportUnit } from './units.js';

/**
 * One JSON object a line per link, self-contained so that the output of many `align` runs can be
 * concatenated and filtered with `jq`: every line names both files and the mode. Omissions (1-0,
 * 0-1 links) are kept with `""` on the missing side, for corpus builders who study what a
 * translation left out; their score is 0, so any `--min-score` above 0 drops them.
 */
export function formatJsonl(doc: AlignmentDocument, options: { minScore?: number } = {}): string {
  const { units } = selectUnits(doc, { minScore: options.minScore, bilingual: false });
  return units.map((unit) => JSON.stringify(jsonlRecord(doc, unit)) + '\n').join('');
}

function jsonlRecord(doc: AlignmentDocument, unit: ExportUnit) {
  const { link } = unit;
  const spans = (lang: Lang) => link[lang].map((i) => offsets(doc.sentences[lang][i]!));
  return {
    en_file: doc.documents.en.path,
    de_file: doc.documents.de.path,
    mode: doc.mode,
    link: unit.index,
    en: link.en,
    de: link.de,
    score: link.score,
    ...(link.lexical === undefined ? {} : { lexical: link.lexical }),
    ...(link.length === undefined ? {} : { length: link.length }),
    ...(link.shared === undefined ? {} : { shared: link.shared }),
    en_text: unit.en,
    de_text: unit.de,
    en_offsets: spans('en'),
    de_offsets: spans('de'),
  };
}

function offsets(sentence: Sentence): [number, number] {
  return [sentence.start, sentence.end];
}
