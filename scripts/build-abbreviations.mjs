#!/usr/bin/env node
// Builds data/claims/abbreviations.tsv.gz, the abbreviations the Ding dictionary marks (/GDP/, /BIP/)
// with what they stand for in the other language, so that the claims diff takes "GDP" and
// "Bruttoinlandsprodukt", "RAM" and "Arbeitsspeicher" for one thing rather than a name on one side:
//
//   node scripts/build-abbreviations.mjs [--ding /usr/share/trans/de-en] [--out data/claims/abbreviations.tsv.gz]
//
// Source: `trans-de-en` (Ding, GPL-2+). Each entry is "German sub-entries :: English sub-entries",
// sub-entries split by " | " and matching in order, their variants by "; ". An abbreviation is written
// after a variant between slashes, in capitals ("gross domestic product /GDP/"). For each one the
// output has a line: the abbreviation, its language, and the other language's variants of that
// sub-entry (without grammar marks and with the other side's abbreviation), joined by "|".
// Run once by a maintainer; the output is committed. The same input gives the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dingPath = option('--ding', '/usr/share/trans/de-en');
const target = option('--out', 'data/claims/abbreviations.tsv.gz');

const ABBREVIATION = /\/([A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,6})\//g;
/** Grammar marks, domain labels and comments: "{n}", "[econ.]", "(insurance)". */
const clean = (variant) => variant.replace(/\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|\/[^/]*\//g, ' ').replace(/\s+/g, ' ').trim();

const expansions = new Map();
const add = (abbreviation, lang, words) => {
  const key = `${abbreviation}\t${lang}`;
  const set = expansions.get(key) ?? new Set();
  for (const word of words) if (word.length >= 3 && word !== abbreviation) set.add(word);
  if (set.size > 0) expansions.set(key, set);
};

for (const line of readFileSync(dingPath, 'utf8').split('\n')) {
  if (line.startsWith('#') || !line.includes(' :: ') || !line.includes('/')) continue;
  const [de, en] = line.split(' :: ');
  const deParts = de.split(' | ');
  const enParts = en.split(' | ');
  if (deParts.length !== enParts.length) continue;
  deParts.forEach((dePart, k) => {
    const enPart = enParts[k];
    const abbreviations = { en: [...enPart.matchAll(ABBREVIATION)].map((m) => m[1]), de: [...dePart.matchAll(ABBREVIATION)].map((m) => m[1]) };
    if (abbreviations.en.length === 0 && abbreviations.de.length === 0) return;
    const variants = { en: enPart.split('; ').map(clean).filter((v) => !/^to /.test(v)), de: dePart.split('; ').map(clean) };
    for (const abbreviation of abbreviations.en) add(abbreviation, 'en', [...variants.de, ...abbreviations.de]);
    for (const abbreviation of abbreviations.de) add(abbreviation, 'de', [...variants.en, ...abbreviations.en]);
  });
}

const lines = [...expansions].map(([key, words]) => `${key}\t${[...words].sort().join('|')}`).sort();
writeFileSync(target, gzipSync(`${lines.join('\n')}\n`, { level: 9, mtime: 0 }));
console.error(`${lines.length} abbreviations written to ${target}`);
