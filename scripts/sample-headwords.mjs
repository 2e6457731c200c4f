#!/usr/bin/env node
// Usage: npm run build && node scripts/sample-headwords.mjs [/usr/share/trans/de-en] > fixtures/lexicon/headwords.tsv
// Every 97th single-word headword of Ding (trans-de-en, GPL-2+) in each language, as `lang<TAB>word`:
// test/unit/lexicon/stems.test.ts stems them with the project's stemmer and looks them up in the shipped
// lexicon, which data/lexicon was built from with the same stemmer. A stemmer that changes (an edit
// to src/words/, another algorithm) changes the stems and the lookups fail there, not silently in the aligner.
import { readFileSync } from 'node:fs';
import { shippedLexicon } from '../dist/lexicon/load.js';
import { stem } from '../dist/words/stem.js';

const ding = process.argv[2] ?? '/usr/share/trans/de-en';
const lexicon = shippedLexicon();
const found = { en: (w) => lexicon.hasEnglishStem(stem(w, 'en')), de: (w) => lexicon.hasGermanStem(stem(w, 'de')) };
const words = { en: new Set(), de: new Set() };
for (const line of readFileSync(ding, 'utf8').split('\n')) {
  if (line.startsWith('#') || !line.includes(' :: ')) continue;
  const [de, en] = line.split(' :: ');
  for (const [lang, side] of [['de', de], ['en', en]]) {
    const first = side.split('|')[0].split(';')[0].replace(/\{[^}]*\}|\[[^\]]*\]|\([^)]*\)/g, ' ').trim().toLowerCase();
    // Words the build kept: letters only, longer than three (shorter ones are mostly stop words it skips).
    if (/^\p{L}{4,}$/u.test(first)) words[lang].add(first);
  }
}
process.stdout.write('# Every 97th single-word headword of Ding (trans-de-en, GPL-2+) the shipped lexicon holds; scripts/sample-headwords.mjs\n');
for (const lang of ['en', 'de']) {
  const sorted = [...words[lang]].sort();
  for (let k = 0; k < sorted.length; k += 97) if (found[lang](sorted[k])) process.stdout.write(`${lang}\t${sorted[k]}\n`);
}
