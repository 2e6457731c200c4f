import { readFile } from 'node:fs/promises';
import { UserError } from '../../core/errors.js';
import { ALIGNMENT_FORMAT, pairLanguages, type AlignmentDocument } from '../../core/types.js';
import { statedLanguages, withRoleKeys } from '../../read/alignmentJson.js';
import { parseGold, type IndexLink } from '../../eval/gold.js';
import { coarseLinks } from '../../eval/linkTypes.js';
import { formatComparableScores, formatScores } from '../../eval/report.js';
import {
  isComparableGold,
  mapToSegments,
  parseComparableGold,
  scoreComparable,
  segmentSpans,
  type ComparableGoldPair,
  type ComparableScores,
} from '../../eval/comparableGold.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { scoreAlignment } from '../../eval/score.js';
import { checkOutputPath, writeOutput } from '../../io/output.js';

export interface EvalCliOptions {
  gold: string;
  format: 'text' | 'json';
  output?: string;
  /** Comparable gold: which article pair of the file, as `EN-DE` (its segment file names). */
  pair?: string;
  /** Comparable gold: the folder of its segment files, to map the alignment's sentences onto them by their offsets. */
  segments?: string;
  /** The gold's link types (`exact`, `assumed`, `null`, `coarse`), one a line; by default `NAME.types` beside `NAME.gold` when there is one. */
  types?: string;
}

export async function runEval(alignmentPath: string, options: EvalCliOptions): Promise<void> {
  checkOutputPath(options.output, [alignmentPath, options.gold]);
  const alignment = parseAlignment(alignmentPath, await readText(alignmentPath));
  const goldText = await readText(options.gold);
  if (isComparableGold(goldText)) {
    await writeOutput(options.output, formatComparableScores(await scoreComparableGold(alignment, alignmentPath, goldText, options), options.format));
    return;
  }
  if (options.pair !== undefined || options.segments !== undefined) {
    throw new UserError(`--gold ${options.gold}: --pair and --segments are for comparable gold (links.json); this file holds [EN]:[DE] link lines`);
  }
  const { links: gold, badLine } = parseGold(goldText);
  if (badLine !== undefined) throw new UserError(`--gold ${options.gold}:${badLine}: expected a link like [3]:[3, 4] or [7]:[]`);
  assertSameSentences(alignment, gold, alignmentPath, options.gold);
  const types = typesPath(options);
  const coarse = types === undefined ? [] : await readCoarse(types, gold, options.gold);
  const scores = scoreAlignment(alignment.alignments, gold, coarse);
  await writeOutput(options.output, formatScores(scores, options.format, types));
}

/** The types file asked for, else `NAME.types` beside a gold file named `NAME.gold` when it exists. */
function typesPath(options: EvalCliOptions): string | undefined {
  if (options.types !== undefined) return options.types;
  const beside = options.gold.replace(/\.gold$/, '.types');
  return beside !== options.gold && existsSync(beside) ? beside : undefined;
}

async function readCoarse(path: string, gold: IndexLink[], goldPath: string): Promise<IndexLink[]> {
  const read = coarseLinks(await readText(path), gold);
  if ('badLine' in read) throw new UserError(`${path}:${read.badLine}: "${read.word}" is no link type; expected exact, assumed, null or coarse`);
  if ('count' in read) throw new UserError(`${path}: has ${read.count} link types but ${goldPath} has ${gold.length} links; give one type a gold line`);
  return read.coarse;
}

/**
 * Comparable gold (`links.json`): the article pair asked for (or the file's only one), the
 * alignment's sentences mapped onto its segments — by their offsets into the documents when the
 * segment files are given, else one to one (an alignment of the segment files with `--presegmented`).
 */
async function scoreComparableGold(alignment: AlignmentDocument, alignmentPath: string, goldText: string, options: EvalCliOptions): Promise<ComparableScores> {
  const parsed = parseComparableGold(goldText);
  if ('error' in parsed) throw new UserError(`--gold ${options.gold}: ${parsed.error}`);
  const pair = choosePair(parsed.pairs, options);
  const map = options.segments === undefined ? oneToOne(alignment, pair, alignmentPath, options.gold) : await bySegments(alignment, pair, options.segments, alignmentPath);
  return scoreComparable(alignment.alignments, pair.links, map);
}

function choosePair(pairs: ComparableGoldPair[], options: EvalCliOptions): ComparableGoldPair {
  const names = pairs.map((p) => `${p.en}-${p.de}`);
  if (options.pair === undefined) {
    if (pairs.length === 1) return pairs[0]!;
    throw new UserError(`--gold ${options.gold}: holds ${pairs.length} article pairs (${names.join(', ')}); choose one with --pair`);
  }
  const chosen = pairs[names.indexOf(options.pair)];
  if (!chosen) throw new UserError(`--pair ${options.pair}: not in ${options.gold}, which holds ${names.join(', ')}`);
  return chosen;
}

function oneToOne(alignment: AlignmentDocument, pair: ComparableGoldPair, alignmentPath: string, goldPath: string): { en: number[][]; de: number[][] } {
  const split = (['en', 'de'] as const).find((lang) => alignment.documents?.[lang]?.segmentation !== undefined && alignment.documents[lang].segmentation !== 'lines');
  if (split) {
    throw new UserError(`--gold ${goldPath}: ${alignmentPath} split its documents into sentences itself; give the gold's segment files with --segments DIR (or align the segment files with --presegmented)`);
  }
  const enCount = alignment.sentences.en.length;
  const deCount = alignment.sentences.de.length;
  const beyond = pair.links.find((l) => l.en >= enCount || l.de >= deCount);
  if (beyond) {
    throw new UserError(
      `--gold ${goldPath}: links line ${beyond.en + 1} to line ${beyond.de + 1} but ${alignmentPath} has ${enCount} and ${deCount} sentences; give the segment files with --segments DIR, or align them with --presegmented`,
    );
  }
  const identity = (count: number) => Array.from({ length: count }, (_, k) => [k]);
  return { en: identity(enCount), de: identity(deCount) };
}

async function bySegments(alignment: AlignmentDocument, pair: ComparableGoldPair, folder: string, alignmentPath: string): Promise<{ en: number[][]; de: number[][] }> {
  const map = async (lang: 'en' | 'de', name: string) => {
    const segmentPath = join(folder, `${name}.txt`);
    const sourcePath = alignment.documents?.[lang]?.path;
    if (!sourcePath) throw new UserError(`${alignmentPath}: names no ${lang} document to find the segments of ${segmentPath} in`);
    const source = await readText(sourcePath);
    const found = segmentSpans(await readText(segmentPath), source);
    if ('missing' in found) throw new UserError(`--segments ${segmentPath}: a line is not in ${sourcePath} (in order): ${JSON.stringify(found.missing.slice(0, 60))}`);
    return mapToSegments(alignment.sentences[lang], found.spans);
  };
  return { en: await map('en', pair.en), de: await map('de', pair.de) };
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path`);
  }
}

function parseAlignment(path: string, text: string): AlignmentDocument {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UserError(`${path}: not JSON; give an alignment written by satzpaar align`);
  }
  const candidate = doc as Partial<AlignmentDocument>;
  if (candidate?.format !== ALIGNMENT_FORMAT || !Array.isArray(candidate.alignments) || !candidate.sentences) {
    throw new UserError(`${path}: not a satzpaar alignment (format "${ALIGNMENT_FORMAT}" with sentences and alignments expected)`);
  }
  // Lenient on purpose (a hand-made alignment needs no documents), but another pair's keys are its languages.
  const languages = statedLanguages(candidate);
  if (!languages) throw new UserError(`${path}: "languages" is not two different language codes`);
  return withRoleKeys(candidate as Record<string, unknown>, languages);
}

/** Gold and alignment must describe the same documents: no gold index may point past the alignment's sentences. */
function assertSameSentences(alignment: AlignmentDocument, gold: IndexLink[], alignmentPath: string, goldPath: string): void {
  const [first, second] = pairLanguages(alignment);
  const enCount = alignment.sentences.en?.length ?? 0;
  const deCount = alignment.sentences.de?.length ?? 0;
  const maxEn = Math.max(-1, ...gold.flatMap((l) => l.en));
  const maxDe = Math.max(-1, ...gold.flatMap((l) => l.de));
  if (maxEn >= enCount || maxDe >= deCount) {
    throw new UserError(
      `--gold ${goldPath}: refers to sentence ${maxEn >= enCount ? `${first} ${maxEn}` : `${second} ${maxDe}`} but ${alignmentPath} has ${enCount} ${first} and ${deCount} ${second} sentences; align with --presegmented on the gold's sentence files`,
    );
  }
}
