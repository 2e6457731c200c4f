import { pairLanguages, type AlignmentDocument, type Lang, type Sentence } from '../core/types.js';
import { selectUnits, type ExportUnit, type UnitOptions } from './units.js';

/**
 * One JSON object a line per link, self-contained so that the output of many `align` runs can be
 * concatenated and filtered with `jq`: every line names both files and the mode. Omissions (1-0,
 * 0-1 links) are kept with `""` on the missing side, for corpus builders who study what a
 * translation left out; their score is 0, so any `--min-score` above 0 drops them. Keys carry the
 * pair's languages: `en_file`, `de_text`, … for English–German, `fr_text` for a German–French run.
 */
export function formatJsonl(doc: AlignmentDocument, options: UnitOptions = {}): string {
  const { units } = selectUnits(doc, { ...options, bilingual: false });
  return units.map((unit) => JSON.stringify(jsonlRecord(doc, unit)) + '\n').join('');
}

function jsonlRecord(doc: AlignmentDocument, unit: ExportUnit) {
  const { link } = unit;
  const [first, second] = pairLanguages(doc);
  const spans = (lang: Lang) => link[lang].map((i) => offsets(doc.sentences[lang][i]!));
  return {
    [`${first}_file`]: doc.documents.en.path,
    [`${second}_file`]: doc.documents.de.path,
    mode: doc.mode,
    link: unit.index,
    [first]: link.en,
    [second]: link.de,
    score: link.score,
    ...(link.lexical === undefined ? {} : { lexical: link.lexical }),
    ...(link.length === undefined ? {} : { length: link.length }),
    ...(link.shared === undefined ? {} : { shared: link.shared }),
    ...(link.moved ? { moved: true } : {}),
    [`${first}_text`]: unit.en,
    [`${second}_text`]: unit.de,
    [`${first}_offsets`]: spans('en'),
    [`${second}_offsets`]: spans('de'),
  };
}

function offsets(sentence: Sentence): [number, number] {
  return [sentence.start, sentence.end];
}
