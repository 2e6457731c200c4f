#!/usr/bin/env node
// Builds data/lexicon/en-de.tsv.gz, the compact EN–DE lexicon satzpaar ships, from the Ding
// dictionary (Debian package trans-de-en, /usr/share/trans/de-en, GPL-2+).
//
//   node scripts/build-lexicon.mjs [/usr/share/trans/de-en] [data/lexicon/en-de.tsv.gz] [data/lexicon/supplement.tsv]
//
// Run once by a maintainer; the output is committed, so CI and users never need the Debian package.
// Output: one line per English stem, `en_stem<TAB>de_stem de_stem …` (Porter stems, lower case),
// sorted, then one line `<TAB>de_stem …` listing every German stem; gzip-compressed. The aligner looks words up by stem, so all inflected forms Ding lists
// collapse onto the same entry. German compounds are not stored split: the aligner splits them
// against this lexicon at run time.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterDe from 'natural/lib/natural/stemmers/porter_stemmer_de.js';

const source = process.argv[2] ?? '/usr/share/trans/de-en';
const target = process.argv[3] ?? 'data/lexicon/en-de.tsv.gz';
const supplementPath = process.argv[4] ?? 'data/lexicon/supplement.tsv';

/** Words Ding uses as placeholders or grammar, never as a translation. */
const SKIP = {
  en: new Set('to a an the of sb sth sb\'s sth\'s one\'s oneself be is are was were been have has had do does did not and or in on at by for with from as it its'.split(' ')),
  de: new Set('der die das den dem des ein eine einen einem einer eines sich etw jdn jdm jds und oder zu zum zur in im an am auf bei für mit aus als ist sind war sein nicht es'.split(' ')),
};
/** Very common stems with dozens of senses match almost anything; cap their fan-out. */
const MAX_TRANSLATIONS = 16;
/** Longer entries are example sentences and idioms, not translations of words. */
const MAX_PHRASE_WORDS = 3;

function clean(side) {
  return side
    .replace(/\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>/g, ' ')
    .replace(/[„“"”‚‘’!?…]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function contentWords(phrase, lang) {
  const words = phrase.toLowerCase().split(/[\s/]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return [];
  if (words.some((w) => w.endsWith('.') || /\d/.test(w))) return []; // abbreviations (etw., jdm.), numbers
  return words.map((w) => w.replace(/^['-]+|['-]+$/g, '')).filter((w) => w.length > 1 && /^[\p{L}'-]+$/u.test(w) && !SKIP[lang].has(w));
}

const stemCache = { en: new Map(), de: new Map() };
function stem(word, lang) {
  let s = stemCache[lang].get(word);
  if (s === undefined) {
    s = (lang === 'en' ? porterEn : porterDe).stem(word);
    stemCache[lang].set(word, s);
  }
  return s;
}

const pairs = new Map(); // en stem → Map(de stem → support)
function add(en, de, weight) {
  let translations = pairs.get(en);
  if (!translations) pairs.set(en, (translations = new Map()));
  translations.set(de, (translations.get(de) ?? 0) + weight);
}

/** Single words map to single words; a single word facing a 2–3 word phrase maps to each of its content words. */
function addEntry(deSyn, enSyn) {
  const de = contentWords(clean(deSyn), 'de');
  const en = contentWords(clean(enSyn), 'en');
  if (de.length === 0 || en.length === 0) return;
  if (de.length > 1 && en.length > 1) return;
  // Word-for-word entries are stronger evidence than a word facing a phrase.
  const weight = de.length === 1 && en.length === 1 ? 2 : 1;
  for (const d of de) for (const e of en) add(stem(e, 'en'), stem(d, 'de'), weight);
}

const text = readFileSync(source, 'utf8');
const version = /^# Version :: (.*)$/m.exec(text)?.[1] ?? 'unknown';
for (const line of text.split('\n')) {
  if (line.startsWith('#') || !line.includes(' :: ')) continue;
  const [deSide, enSide] = line.split(' :: ');
  const deParts = deSide.split(' | ');
  const enParts = enSide.split(' | ');
  if (deParts.length !== enParts.length) continue;
  deParts.forEach((dePart, k) => {
    for (const deSyn of dePart.split(';')) for (const enSyn of enParts[k].split(';')) addEntry(deSyn, enSyn);
  });
}

// The project's own additions (data/lexicon/supplement.tsv): each line pairs every English form
// with every German form. Their weight puts them ahead of Ding's senses, so the cap keeps them.
const SUPPLEMENT_WEIGHT = 1000;
let supplementPairs = 0;
for (const line of readFileSync(supplementPath, 'utf8').split('\n')) {
  if (line.startsWith('#') || !line.includes('\t')) continue;
  const [enForms, deForms] = line.split('\t').map((side) => side.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean));
  for (const e of enForms) {
    for (const d of deForms) {
      add(stem(e, 'en'), stem(d, 'de'), SUPPLEMENT_WEIGHT);
      supplementPairs++;
    }
  }
}

const lines = [...pairs.keys()]
  .sort()
  .map((en) => `${en}\t${bySupport(pairs.get(en)).slice(0, MAX_TRANSLATIONS).join(' ')}`);
/** Most-supported translations first (Ding lists common senses and their inflections many times). */
function bySupport(translations) {
  return [...translations].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([de]) => de);
}
// Last line: every German stem, after an empty English stem, so the aligner can test "is this a
// German word?" (compound splitting) without indexing all entries at start-up.
const germanStems = [...new Set(lines.flatMap((line) => line.split('\t')[1].split(' ')))].sort();
lines.push(`\t${germanStems.join(' ')}`);
const out = gzipSync(Buffer.from(lines.join('\n') + '\n'), { level: 9 });
writeFileSync(target, out);
const sha = createHash('sha256').update(readFileSync(source)).digest('hex');
process.stderr.write(`${target}: ${lines.length} English stems, ${out.length} bytes; source Ding ${version}, sha256 ${sha}; ${supplementPairs} pairs from ${supplementPath}\n`);
