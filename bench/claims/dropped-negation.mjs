#!/usr/bin/env node
// What the negation rules cost: in the five published translations of bench/claims-real.mjs, every
// one-to-one link where both sides negate and the German has exactly one "nicht"/"kein…" (and the diff
// reports no negation finding) has that cue removed ("nicht" dropped, "kein" → "ein"), as a translator's
// slip would, and is diffed again as a one-link alignment. Prints per book how many of these
// now-contradicting pairs the diff reports as a conflict, as one-sided, or not at all.
//
//   npm run build && node bench/claims/dropped-negation.mjs [--debs DIR] [--work DIR] [--book NAME] [--every N]
import { fileURLToPath } from 'node:url';
import { BOOKS, DEFAULT_DEBS, DEFAULT_WORK, debFile, unpacked } from '../lib/debianBooks.mjs';
import { alignmentFor } from './evaluate.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { readDocument } = await import(`${root}dist/read/readDocument.js`);
const { alignDocuments } = await import(`${root}dist/pipeline/alignDocuments.js`);
const { DEFAULT_ALIGN_SETTINGS } = await import(`${root}dist/core/settings.js`);
const { diffClaims } = await import(`${root}dist/claims/index.js`);
const { readerText } = await import(`${root}dist/segment/readerText.js`);

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const debs = option('--debs', DEFAULT_DEBS);
const work = option('--work', DEFAULT_WORK);
const every = Number(option('--every', '1'));
const wanted = option('--book');

const ENGLISH_CUE = /(?<![\p{L}\p{N}])(?:not|no|never|\p{Ll}+n't)(?![\p{L}\p{N}])/u;
const GERMAN_CUE = /(?<![\p{L}\p{N}])(?:nicht|kein(?:e[mnrs]?)?)(?![\p{L}\p{N}])/gu;

const negationFindings = (en, de) => diffClaims(alignmentFor({ id: 'pair', en, de })).filter((f) => f.type === 'negation' && f.status !== 'match');

console.log('book        pairs   conflict   one-sided   silent');
for (const book of BOOKS.filter((b) => !wanted || b.name === wanted)) {
  const trees = Object.fromEntries(book.packages.map((pkg) => [pkg, unpacked(debFile(debs, pkg), work)]));
  const counts = { pairs: 0, conflict: 0, oneSided: 0, silent: 0 };
  for (const [, enPath, dePath] of book.pairs((pkg) => trees[pkg]).filter((_, k) => k % every === 0)) {
    let alignment;
    try {
      alignment = alignDocuments(await Promise.all([readDocument(enPath), readDocument(dePath)]), { ...DEFAULT_ALIGN_SETTINGS, mode: 'auto', presegmented: false });
    } catch {
      continue; // an untranslated German page
    }
    for (const link of alignment.alignments) {
      if (link.en.length !== 1 || link.de.length !== 1) continue;
      const en = readerText(alignment.sentences.en[link.en[0]]);
      const de = readerText(alignment.sentences.de[link.de[0]]);
      const cues = de.match(GERMAN_CUE);
      if (!ENGLISH_CUE.test(en) || cues?.length !== 1 || negationFindings(en, de).length > 0) continue;
      const dropped = de.replace(/\s*(?<![\p{L}\p{N}])(nicht|kein(?:e[mnrs]?)?)(?![\p{L}\p{N}])/u, (_, cue) => (cue === 'nicht' ? '' : ` ${cue.replace(/^kein/, 'ein')}`));
      const after = negationFindings(en, dropped);
      counts.pairs++;
      if (after.some((f) => f.status === 'conflict')) counts.conflict++;
      else if (after.length > 0) counts.oneSided++;
      else counts.silent++;
    }
  }
  const pct = (n) => `${n} (${counts.pairs === 0 ? 0 : Math.round((100 * n) / counts.pairs)}%)`.padStart(11);
  console.log(`${book.name.padEnd(10)} ${String(counts.pairs).padStart(6)} ${pct(counts.conflict)} ${pct(counts.oneSided)} ${pct(counts.silent)}`);
}
