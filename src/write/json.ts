import { isEnglishGerman, pairLanguages, type AlignmentDocument, type AlignmentLink, type Lang, type LanguagePair } from '../core/types.js';
import { formatOneItemPerLine } from './jsonLayout.js';

/**
 * The alignment JSON: each sentence and each alignment on one line (see `formatOneItemPerLine`).
 * Its per-language keys are the languages of the two roles: `en` and `de`, or e.g. `de` and `fr`.
 */
export function formatAlignmentJson(doc: AlignmentDocument): string {
  const languages = pairLanguages(doc);
  const { sentences, alignments, documents, ...head } = doc;
  const links = isEnglishGerman(languages) ? alignments : alignments.map((link) => renameLinkSides(link, languages));
  return formatOneItemPerLine({ ...head, languages, documents: byLanguage(documents, languages) }, sentences, 'alignments', links, languages);
}

/** A per-role record keyed by the roles' languages. */
export function byLanguage<T>(record: Record<Lang, T>, languages: LanguagePair): Record<string, T> {
  return { [languages[0]]: record.en, [languages[1]]: record.de };
}

function renameLinkSides(link: AlignmentLink, languages: LanguagePair): Record<string, unknown> {
  const { en, de, ...evidence } = link;
  return { [languages[0]]: en, [languages[1]]: de, ...evidence };
}
