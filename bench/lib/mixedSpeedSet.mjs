// The mixed speed set: the nine development documents (handbook chapters, Debian Reference parts with
// their tables and command lines, GNOME help pages with their short titles and UI labels) taken whole,
// one after the other, until the English side has at least the wanted number of sentences. Whole
// documents keep every copy a translation of itself, so the set aligns like real input. The files are
// written into a folder the caller owns (a temp or cache folder), never into the repository.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The English and German lines of the clean development documents, in file-name order. */
export function developmentDocuments(shared) {
  const clean = join(shared, 'eval', 'parallel', 'clean');
  const lines = (name, lang) => readFileSync(join(clean, `${name}.${lang}`), 'utf8').split('\n').filter((l) => l.trim());
  return readdirSync(clean)
    .filter((f) => f.endsWith('.en'))
    .sort()
    .map((f) => f.slice(0, -3))
    .map((name) => ({ name, en: lines(name, 'en'), de: lines(name, 'de') }));
}

/** Whole documents in turn until `minSentences` English lines; returns both sides. */
export function mixedSet(documents, minSentences) {
  const en = [];
  const de = [];
  for (let i = 0; en.length < minSentences; i = (i + 1) % documents.length) {
    en.push(...documents[i].en);
    de.push(...documents[i].de);
  }
  return { en, de };
}

/** Writes `mixed-SIZE.en` / `.de` into `dir` (once; an existing pair is reused) and returns their paths. */
export function writeMixedSet(shared, dir, minSentences) {
  mkdirSync(dir, { recursive: true });
  const enPath = join(dir, `mixed-${minSentences}.en`);
  const dePath = join(dir, `mixed-${minSentences}.de`);
  if (!existsSync(enPath) || !existsSync(dePath)) {
    const { en, de } = mixedSet(developmentDocuments(shared), minSentences);
    writeFileSync(enPath, en.join('\n') + '\n');
    writeFileSync(dePath, de.join('\n') + '\n');
  }
  return { en: enPath, de: dePath };
}
