import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { asTuples } from 'trigram-utils';

/**
 * franc 6's `francAll`, giving the same list (languages, scores and order) for the options detect.ts passes,
 * from franc's own data, without building the trigram tables of all its languages when it is imported (a
 * sixth of a one-line run's time, bench/README.md "Start-up"). franc builds, per language, a table from each
 * trigram of its model (one string, "abc|bcd|…", most frequent first) to its rank, and scores a text by
 * looking each of the text's trigrams up in every language of the text's script. Here a short text's few
 * trigrams are looked up in the model string itself: every trigram of franc's data is 3 UTF-16 units, so
 * rank r starts at 4 r, and the first match at such an offset is the rank franc's table holds (it keeps the
 * lowest of a repeated trigram). A longer text's many lookups go to tables as franc's, built for a
 * language the first time such a text is scored against it. test/unit/language/trigrams.test.ts checks the
 * results against franc's.
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

/** Up to this many distinct trigrams a text is scored on the model strings, past it on the tables. */
const SEARCHED_TRIGRAMS = 64;

const own = Object.prototype.hasOwnProperty;

/** Each language's table, trigram to rank, keyed by script and language, made when first needed. */
const tables = new Map<string, Map<string, number>>();

function tableOf(script: string, language: string, model: string): Map<string, number> {
  const key = `${script}/${language}`;
  let table = tables.get(key);
  if (table === undefined) {
    table = new Map();
    const trigrams = model.split('|');
    for (let rank = trigrams.length - 1; rank >= 0; rank--) table.set(trigrams[rank]!, rank);
    tables.set(key, table);
  }
  return table;
}

/** The rank of `trigram` in a model string, as franc's table for it gives it; undefined when absent. */
function rankIn(model: string, trigram: string): number | undefined {
  let at = model.indexOf(trigram);
  while (at >= 0 && at % 4 !== 0) at = model.indexOf(trigram, at + 1);
  return at < 0 ? undefined : at / 4;
}

/** franc's distance of a text's trigrams (trigram and count, by count) from one language. */
function distance(trigrams: ReadonlyArray<[string, number]>, rankOf: (trigram: string) => number | undefined): number {
  let total = 0;
  for (const [trigram, count] of trigrams) {
    const rank = rankOf(trigram);
    total += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
  }
  return total;
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

  const trigrams = asTuples(value);
  const searched = trigrams.length <= SEARCHED_TRIGRAMS;
  const models = data[script]!;
  const distances: LanguageScore[] = [];
  for (const language in models) {
    if (!own.call(models, language) || !allowed(language, only)) continue;
    const model = models[language]!;
    if (searched) {
      distances.push([language, distance(trigrams, (trigram) => rankIn(model, trigram))]);
    } else {
      const table = tableOf(script, language, model);
      distances.push([language, distance(trigrams, (trigram) => table.get(trigram))]);
    }
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
