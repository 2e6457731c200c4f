#!/usr/bin/env node
// Builds data/claims/antonyms.tsv.gz, the English antonyms the claims diff uses to tell a negation said in
// one word ("not open" = "geschlossen", "did not win" = "verlor") from a word that affirms what the other
// side denies, from Princeton WordNet 3.0 (Debian package wordnet-base, the WordNet 3.0 licence: use,
// copy, modify and distribute with its notice, which data/claims/LICENSE.wordnet.md carries).
//
//   npm run build && node scripts/build-antonyms.mjs [--wordnet /usr/share/wordnet] [--out data/claims/antonyms.tsv.gz]
//
// Without --wordnet the script fetches the package with `apt-get download`. Run once by a maintainer;
// the output is committed, so CI and users never need the package.
//
// WordNet links antonyms word to word ("open" ! "closed", "win" ! "lose"); an adjective of a cluster's
// satellites ("ajar") has the antonyms of its cluster's head. A word's antonyms here are the words of
// every synset that is an antonym of one of its senses (so "shut" with "closed"), and, for a head
// adjective, the satellites of that antonym's cluster ("dangerous" for "safe", through "unsafe").
// Single words only, lower case, by the project's Porter stems (the lexicon's keys), both directions.
// Output: one line per stem, `stem<TAB>antonym antonym …`, sorted by UTF-8 bytes, gzip-compressed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { stem } from '../dist/words/stem.js';
import { byteOrder } from '../dist/lexicon/sortedKeys.js';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const target = option('--out', 'data/claims/antonyms.tsv.gz');
const wordnet = option('--wordnet', undefined) ?? unpackWordnet();

function unpackWordnet() {
  const dir = mkdtempSync(join(tmpdir(), 'antonyms-'));
  execFileSync('apt-get', ['download', 'wordnet-base'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const deb = readdirSync(dir).find((f) => f.endsWith('.deb'));
  execFileSync('dpkg-deb', ['-x', join(dir, deb), join(dir, 'root')]);
  return join(dir, 'root/usr/share/wordnet');
}

/**
 * The synsets of one data file (wndb(5WN)): `offset lex_filenum ss_type w_cnt word lex_id … p_cnt
 * pointer… | gloss`, w_cnt in hexadecimal, each pointer `symbol offset pos source/target`.
 */
function readSynsets(file, part) {
  const synsets = new Map();
  for (const line of readFileSync(join(wordnet, file), 'latin1').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0].split(' ');
    const offset = fields[0];
    const type = fields[2];
    const wordCount = parseInt(fields[3], 16);
    const words = [];
    for (let k = 0; k < wordCount; k++) words.push(fields[4 + 2 * k].replace(/\(\w+\)$/, '').toLowerCase());
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(fields[at++]);
    const pointers = [];
    for (let k = 0; k < pointerCount; k++, at += 4) {
      const [symbol, targetOffset, pos, sourceTarget] = fields.slice(at, at + 4);
      pointers.push({ symbol, target: `${pos === 's' ? 'a' : pos}${targetOffset}`, source: parseInt(sourceTarget.slice(0, 2), 16), to: parseInt(sourceTarget.slice(2), 16) });
    }
    synsets.set(`${part}${offset}`, { type, words, pointers });
  }
  return synsets;
}

const synsets = new Map();
for (const [file, part] of [['data.adj', 'a'], ['data.adv', 'r'], ['data.noun', 'n'], ['data.verb', 'v']]) {
  for (const [key, synset] of readSynsets(file, part)) synsets.set(key, synset);
}

/** A head adjective's satellites: the synsets whose "similar to" points at it. */
const satellites = new Map();
for (const [key, synset] of synsets) {
  if (synset.type !== 's') continue;
  for (const pointer of synset.pointers) {
    if (pointer.symbol !== '&') continue;
    if (!satellites.has(pointer.target)) satellites.set(pointer.target, []);
    satellites.get(pointer.target).push(key);
  }
}

/**
 * Verbs of very many senses ("get", "go", "run", "hold", "take": more than 25 in WordNet) say too little of their
 * own to oppose another word: "get" ! "leave" would read "could not get a refund" / "erstatten lassen" as
 * one negation. They are left out.
 */
const MAX_VERB_SENSES = 25;
const light = new Set();
for (const line of readFileSync(join(wordnet, 'index.verb'), 'latin1').split('\n')) {
  const [lemma, , senses] = line.split(' ');
  if (!line.startsWith(' ') && Number(senses) > MAX_VERB_SENSES) light.add(lemma);
}

const single = (word) => /^[a-z]+(?:-[a-z]+)?$/.test(word) && !light.has(word);
const antonyms = new Map();
function add(a, b) {
  if (!single(a) || !single(b)) return;
  const [x, y] = [stem(a, 'en'), stem(b, 'en')];
  if (x === y) return;
  for (const [from, to] of [[x, y], [y, x]]) {
    if (!antonyms.has(from)) antonyms.set(from, new Set());
    antonyms.get(from).add(to);
  }
}

for (const [key, synset] of synsets) {
  for (const pointer of synset.pointers) {
    if (pointer.symbol !== '!') continue;
    const opposite = synsets.get(pointer.target);
    const word = synset.words[pointer.source - 1];
    const oppositeWords = [...opposite.words];
    // A head adjective's antonym stands for its whole cluster: "safe" against "unsafe" and its "dangerous".
    if (synset.type === 'a') for (const key of satellites.get(pointer.target) ?? []) oppositeWords.push(...synsets.get(key).words);
    for (const other of oppositeWords) add(word, other);
    // The antonym's own satellites say it too: "ajar" is open, against "closed".
    if (synset.type === 'a') {
      for (const own of satellites.get(key) ?? []) for (const other of opposite.words) for (const satellite of synsets.get(own).words) add(satellite, other);
    }
  }
}

const lines = [...antonyms]
  .map(([word, others]) => [word, [...others].sort(byteOrder)])
  .sort(([a], [b]) => byteOrder(a, b))
  .map(([word, others]) => `${word}\t${others.join(' ')}`);
writeFileSync(target, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
console.error(`${target}: ${lines.length} stems, ${lines.reduce((n, line) => n + line.split(' ').length, 0)} antonym pairs`);
