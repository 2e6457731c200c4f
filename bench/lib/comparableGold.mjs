// Comparable gold in the shared format (eval/README.md of the shared folder): links.json with
// 1-based links between the lines of segments/*.txt, each line cut from the source text. Loads a
// gold folder into "stories" (one per article pair) and scores an alignment with satzpaar's own
// scorer (src/eval/comparableGold.ts, the definitions of the shared score/comparable.py).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { mapToSegments, parseComparableGold, scoreComparable, segmentSpans, withF1 } from '../../dist/eval/comparableGold.js';

/**
 * The stories of a gold folder. A story folder (comparable-news/NAME) holds en.txt, de.txt,
 * segments/{en,de}.txt and links.json; a seed folder (eval/comparable, bench/comparable-gold) holds
 * segments/NNN.txt and links.json with several pairs, whose sources are found in `sourceDir` by prefix.
 */
export function loadStories(dir, sourceDir) {
  const gold = parseComparableGold(readFileSync(join(dir, 'links.json'), 'utf8'));
  if ('error' in gold) throw new Error(`${dir}/links.json: ${gold.error}`);
  return gold.pairs.map((pair) => {
    const source = (id) => {
      const own = join(dir, `${id}.txt`);
      if (existsSync(own)) return own;
      const file = readdirSync(sourceDir).sort().find((f) => f.startsWith(id));
      if (!file) throw new Error(`no source for ${id} in ${sourceDir}`);
      return join(sourceDir, file);
    };
    const enPath = source(pair.en);
    const dePath = source(pair.de);
    const enText = readFileSync(enPath, 'utf8');
    const deText = readFileSync(dePath, 'utf8');
    const name = gold.pairs.length === 1 ? basename(dir) : `${pair.en}-${pair.de}`;
    const spans = (id, text) => {
      const found = segmentSpans(readFileSync(join(dir, 'segments', `${id}.txt`), 'utf8'), text);
      if ('missing' in found) throw new Error(`${name}: segment not found in source: ${JSON.stringify(found.missing.slice(0, 60))}`);
      return found.spans;
    };
    return { name, enPath, dePath, enText, deText, enGold: spans(pair.en, enText), deGold: spans(pair.de, deText), links: pair.links };
  });
}

/** The gold segments each of the alignment's sentences covers, per language. */
export function segmentMap(story, sentences) {
  return { en: mapToSegments(sentences.en, story.enGold), de: mapToSegments(sentences.de, story.deGold) };
}

/** Counts and scores of one story (proposedPairs, correctPairs, strongSentences, coveredSentences, precision, recall, f1). */
export function scoreStory(story, alignment) {
  return scoreComparable(alignment.alignments, story.links, segmentMap(story, alignment.sentences));
}

/** Precision, recall and F1 of several stories' counts summed. */
export function pooled(counts) {
  const sum = (k) => counts.reduce((s, c) => s + c[k], 0);
  return withF1({ proposedPairs: sum('proposedPairs'), correctPairs: sum('correctPairs'), strongSentences: sum('strongSentences'), coveredSentences: sum('coveredSentences') });
}
