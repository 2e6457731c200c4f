#!/usr/bin/env node
// Builds data/lexicon/en-de.tsv.gz, the compact EN–DE lexicon satzpaar ships, from the Ding
// dictionary (Debian package trans-de-en, /usr/share/trans/de-en, GPL-2+).
//
//   npm run build && node scripts/build-lexicon.mjs [/usr/share/trans/de-en] [data/lexicon/en-de.tsv.gz] [data/lexicon/supplement.tsv]
//
// Run once by a maintainer; the output is committed, so CI and users never need the Debian package.
// Output: one line per English stem, `en_stem<TAB>de_stem de_stem …` (Porter stems, lower case),
// sorted, then one line `<TAB>de_stem …` listing every German stem; gzip-compressed. The aligner looks words up by stem, so all inflected forms Ding lists
// collapse onto the same entry. German compounds are not stored split: the aligner splits them
// against this lexicon at run time.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
// The project's own stemmer (npm run build first): the aligner looks words up by the stems it makes.
// It remembers what it stemmed, so the build stems each word once.
import { stem } from '../dist/words/stem.js';
// The order src/lexicon/sortedKeys.ts searches the tables in place: UTF-8 bytes.
import { byteOrder } from '../dist/lexicon/sortedKeys.js';

const source = process.argv[2] ?? '/usr/share/trans/de-en';
const target = process.argv[3] ?? 'data/lexicon/en-de.tsv.gz';
const supplementPath = process.argv[4] ?? 'data/lexicon/supplement.tsv';
const reverseTarget = target.replace(/en-de(?=\.tsv\.gz$)/, 'de-en');

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

// German inflected forms Ding lists beside their headword ("versprechen | … | ich/er/sie versprach",
// "Konto {n} | Konten {pl}"): form stem → the headword stems it belongs to. Porter stems do not unite
// them ("versprach" / "versprech", "konten" → "kont" / "konto"), so the aligner looks them up here.
const lemmasOf = new Map();
/** Pronouns and auxiliaries before a verb form in Ding's conjugation columns ("ich/er/sie hat/hatte"). */
const CONJUGATION_PREFIX = /^(?:(?:ich\/er\/sie\/es|ich\/er\/sie|er\/sie\/es|er\/sie|ich|du|wir|ihr|es)\s+)?(?:(?:hat\/hatte|ist\/war|hat|hatte|ist|war)\s+)?/;
const LEMMA_COLUMNS = 6;
function lastWord(phrase) {
  const words = clean(phrase).toLowerCase().split(/\s+/).filter((w) => /^[\p{L}-]+$/u.test(w) && !SKIP.de.has(w));
  return words.at(-1);
}
function addForm(form, lemma) {
  const formStem = stem(form, 'de');
  const lemmaStem = stem(lemma, 'de');
  if (formStem === lemmaStem) return;
  let set = lemmasOf.get(formStem);
  if (!set) lemmasOf.set(formStem, (set = new Set()));
  set.add(lemmaStem);
}
function commonPrefix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
function addInflections(deParts) {
  const head = deParts[0].split(';');
  const verb = /\{v[tir]?\}/.test(deParts[0]);
  const noun = /\{[mfn]\}/.test(deParts[0]);
  if (!verb && !noun) return;
  const lemmas = head.map(lastWord);
  for (let k = 1; k < Math.min(deParts.length, LEMMA_COLUMNS + 1); k++) {
    const forms = deParts[k].split(';');
    if (noun && !forms.every((f) => f.includes('{pl}'))) continue;
    forms.forEach((raw, q) => {
      const words = clean(raw).replace(CONJUGATION_PREFIX, '').split(' ').filter(Boolean);
      if (words.length !== 1 || !/^[\p{L}-]+$/u.test(words[0])) return;
      const form = words[0].toLowerCase();
      // Same position when the columns have as many synonyms; else (a plural column listing variants) the headword it shares most with.
      let lemma = forms.length === head.length ? lemmas[q] : undefined;
      if (!lemma) {
        const best = lemmas.filter(Boolean).map((l) => [l, commonPrefix(l, form)]).sort((a, b) => b[1] - a[1])[0];
        if (best && best[1] >= 3 && best[1] * 2 >= best[0].length) lemma = best[0];
      }
      if (lemma) addForm(form, lemma);
    });
  }
}

const text = readFileSync(source, 'utf8');
const version = /^# Version :: (.*)$/m.exec(text)?.[1] ?? 'unknown';
for (const line of text.split('\n')) {
  if (line.startsWith('#') || !line.includes(' :: ')) continue;
  const [deSide, enSide] = line.split(' :: ');
  const deParts = deSide.split(' | ');
  const enParts = enSide.split(' | ');
  if (deParts.length !== enParts.length) continue;
  addInflections(deParts);
  deParts.forEach((dePart, k) => {
    for (const deSyn of dePart.split(';')) for (const enSyn of enParts[k].split(';')) addEntry(deSyn, enSyn);
  });
}
// A form with one headword counts as that headword in the translation lists, so that the cap keeps
// senses, not inflections; the aligner maps German text the same way. Ambiguous forms stay as written.
const lemmaOf = (de) => {
  const lemmas = lemmasOf.get(de);
  return lemmas && lemmas.size === 1 ? [...lemmas][0] : de;
};
for (const [en, translations] of pairs) {
  const merged = new Map();
  for (const [de, support] of translations) merged.set(lemmaOf(de), (merged.get(lemmaOf(de)) ?? 0) + support);
  pairs.set(en, merged);
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
  .sort(byteOrder)
  .map((en) => `${en}\t${bySupport(pairs.get(en)).slice(0, MAX_TRANSLATIONS).join(' ')}`);
/** Most-supported translations first (Ding lists common senses and their inflections many times). */
function bySupport(translations) {
  return [...translations].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([de]) => de);
}
// Then the German forms with their headwords: `=form<TAB>lemma lemma …`, sorted.
const forms = [...lemmasOf].map(([form, lemmas]) => `=${form}\t${[...lemmas].sort().join(' ')}`).sort();
// Last line: every German stem, after an empty English stem, so the aligner can test "is this a
// German word?" (compound splitting) without indexing all entries at start-up.
const germanStems = [...new Set([...lines.flatMap((line) => line.split('\t')[1].split(' ')), ...forms.map((f) => f.slice(1).split('\t')[0])])].sort(byteOrder);
lines.push(...forms);
lines.push(`\t${germanStems.join(' ')}`);
const out = gzipSync(Buffer.from(lines.join('\n') + '\n'), { level: 9 });
writeFileSync(target, out);

// The other direction, in its own file: each German stem's English stems, `de_stem<TAB>en_stem …`, from
// the uncapped pairs, most supported first: "Gebäude" → "building", though "building" has more than
// 16 German senses and the cap drops it. Only the claims diff reads it (whether the words around two
// claims say the same); the aligner keeps to the capped lists it was measured with, and to their load time.
/** A German word has fewer senses than a common English one; its first twelve cover them ("Rat": advice, device, council). */
const MAX_REVERSE = 12;
const reverse = new Map();
for (const [en, translations] of pairs) {
  for (const [de, support] of translations) {
    let list = reverse.get(de);
    if (!list) reverse.set(de, (list = new Map()));
    list.set(en, (list.get(en) ?? 0) + support);
  }
}
const reverseLines = [...reverse.keys()].sort(byteOrder).map((de) => `${de}\t${bySupport(reverse.get(de)).slice(0, MAX_REVERSE).join(' ')}`);
const reverseOut = gzipSync(Buffer.from(reverseLines.join('\n') + '\n'), { level: 9 });
writeFileSync(reverseTarget, reverseOut);
const sha = createHash('sha256').update(readFileSync(source)).digest('hex');
process.stderr.write(`${target}: ${lines.length - forms.length - 1} English stems, ${forms.length} German forms, ${out.length} bytes; source Ding ${version}, sha256 ${sha}; ${supplementPairs} pairs from ${supplementPath}\n${reverseTarget}: ${reverseLines.length} German stems, ${reverseOut.length} bytes\n`);
