import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { clean } from 'trigram-utils';

/**
 * franc 6's `francAll`, giving the same list (languages, scores and order) for the options detect.ts passes,
 * from franc's own data, without building the trigram tables of all its languages when it is imported (a
 * sixth of a one-line run's time, bench/README.md "Start-up"). franc builds, per language, a table from each
 * trigram of its model (one string, "abc|bcd|…", most frequent first) to its rank, and scores a text by
 * looking each of the text's trigrams up in every language of the text's script. Here a short text's few
 * trigrams are looked up in the model string itself: every trigram of franc's data is 3 UTF-16 units, so
 * rank r starts at 4 r, and the first match at such an offset is the rank franc's table holds (it keeps the
 * lowest of a repeated trigram). A longer text is scored the other way round (`modelDistance`): each
 * language's model trigrams, split from its string on the first long text of a run, are looked up among the
 * text's, which needs no table from trigram to rank (franc's tables for the Latin script are 54k entries,
 * built on every run that detected a document's language).
 * test/unit/language/trigrams.test.ts checks the results against franc's.
 */

export type LanguageScore = [language: string, score: number];

export interface TrigramOptions {
  /** Languages to allow (all when absent or empty). */
  only?: readonly string[];
  /** Minimum length of the text to score (franc's default 10). */
  minLength?: number;
}

/** franc's constants: the part of the text it reads, and the distance of a trigram a language lacks. */
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;
const UNDETERMINED: LanguageScore[] = [['und', 1]];

/** Up to this many distinct trigrams a text's are searched for in the model strings, past it the models' in the text's. */
const SEARCHED_TRIGRAMS = 64;

const own = Object.prototype.hasOwnProperty;

/** The rank of `trigram` in a model string, as franc's table for it gives it; undefined when absent. */
function rankIn(model: string, trigram: string): number | undefined {
  let at = model.indexOf(trigram);
  while (at >= 0 && at % 4 !== 0) at = model.indexOf(trigram, at + 1);
  return at < 0 ? undefined : at / 4;
}

/** franc's distance of a text's trigrams from one language: a sum over the trigrams, so in any order. */
function distance(text: TextTrigrams, rankOf: (trigram: string) => number | undefined): number {
  let total = 0;
  for (const [trigram, k] of text.numbers) {
    const rank = rankOf(trigram);
    total += rank === undefined ? MAX_DIFFERENCE : Math.abs(text.counts[k]! - rank - 1);
  }
  return total;
}

/** A text's distinct trigrams, numbered, with their counts: what `modelDistance` looks a model's trigrams up in. */
interface TextTrigrams {
  numbers: Map<string, number>;
  counts: Int32Array;
  /** Per trigram, the last model (`modelDistance`'s `modelNumber`) that matched it. */
  matchedBy: Int32Array;
}

/**
 * The trigrams franc counts (trigram-utils' `asTuples`: the cleaned text padded with a space each side),
 * in the order first met. franc sorts them by count, but the distance of a text is a sum over them, so
 * neither the sort nor its dictionary object (slow with thousands of keys) is needed.
 */
function textTrigrams(value: string): TextTrigrams {
  const padded = ` ${clean(value)} `;
  const numbers = new Map<string, number>();
  const counts = new Int32Array(Math.max(0, padded.length - 2));
  for (let at = 0; at + 3 <= padded.length; at++) {
    const trigram = padded.slice(at, at + 3);
    const k = numbers.get(trigram);
    if (k === undefined) {
      counts[numbers.size] = 1;
      numbers.set(trigram, numbers.size);
    } else counts[k]!++;
  }
  return { numbers, counts: counts.subarray(0, numbers.size), matchedBy: new Int32Array(numbers.size).fill(-1) };
}

/**
 * `distance` of the text from one model, found from the model's side: every text trigram costs
 * MAX_DIFFERENCE unless the model has it, and then |count − rank − 1| instead, at its lowest rank (the first
 * of a repeated trigram, as franc's table keeps it). A model has at most 300 trigrams, a long text up to some
 * 2,000. Sums of integers, so the total is franc's exactly.
 */
function modelDistance(text: TextTrigrams, model: readonly string[], modelNumber: number): number {
  const { numbers, counts, matchedBy } = text;
  let total = counts.length * MAX_DIFFERENCE;
  for (let rank = 0; rank < model.length; rank++) {
    const k = numbers.get(model[rank]!);
    if (k === undefined || matchedBy[k] === modelNumber) continue;
    matchedBy[k] = modelNumber;
    total += Math.abs(counts[k]! - rank - 1) - MAX_DIFFERENCE;
  }
  return total;
}

/**
 * A model's trigrams by rank, split once a process: a long text is looked up in every model of its
 * script (some 200 for Latin), and a trigram cut from the model string anew each time would be hashed anew.
 */
const splitModels = new Map<string, Map<string, readonly string[]>>();

function modelTrigrams(script: string, language: string, model: string): readonly string[] {
  let models = splitModels.get(script);
  if (models === undefined) splitModels.set(script, (models = new Map()));
  let trigrams = models.get(language);
  if (trigrams === undefined) models.set(language, (trigrams = model.split('|')));
  return trigrams;
}

/** franc's `francAll(value, options)`: languages with their scores, best first; `und` when it cannot tell. */
export function scoreLanguages(value: string, options: TrigramOptions = {}): LanguageScore[] {
  const only = options.only ?? [];
  const minLength = options.minLength ?? MIN_LENGTH;
  if (!value || value.length < minLength) return UNDETERMINED.map(([code, score]) => [code, score]);
  value = value.slice(0, MAX_LENGTH);

  const [script, share] = topScript(value);
  if (script === undefined || !own.call(data, script)) {
    if (script === undefined || share === 0 || !allowed(script, only)) return UNDETERMINED.map(([code, score]) => [code, score]);
    return [[script, 1]];
  }

  const text = textTrigrams(value);
  const searched = text.numbers.size <= SEARCHED_TRIGRAMS;
  const models = data[script]!;
  const distances: LanguageScore[] = [];
  for (const language in models) {
    if (!own.call(models, language) || !allowed(language, only)) continue;
    const model = models[language]!;
    const score = searched ? distance(text, (trigram) => rankIn(model, trigram)) : modelDistance(text, modelTrigrams(script, language, model), distances.length);
    distances.push([language, score]);
  }
  if (distances.length === 0) return UNDETERMINED.map(([code, score]) => [code, score]);
  distances.sort((a, b) => a[1] - b[1]);

  // franc's normalisation: 1 for the best, towards 0 for the worst the text's length allows.
  const min = distances[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const entry of distances) entry[1] = 1 - (entry[1] - min) / max || 0;
  return distances;
}

/** The script whose characters occur most in `value`, and their share (franc's `getTopScript`). */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script in expressions) {
    if (!own.call(expressions, script)) continue;
    const count = (value.match(expressions[script]!)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

function allowed(language: string, only: readonly string[]): boolean {
  return only.length === 0 || only.includes(language);
}
