import { readFile } from 'node:fs/promises';
import { UserError } from '../../core/errors.js';
import { ALIGNMENT_FORMAT, pairLanguages, type AlignmentDocument } from '../../core/types.js';
import { statedLanguages, withRoleKeys } from '../../read/alignmentJson.js';
import { parseGold, type IndexLink } from '../../eval/gold.js';
import { formatScores } from '../../eval/report.js';
import { scoreAlignment } from '../../eval/score.js';
import { checkOutputPath, writeOutput } from '../output.js';

export interface EvalCliOptions {
  gold: string;
  format: 'text' | 'json';
  output?: string;
}

export async function runEval(alignmentPath: string, options: EvalCliOptions): Promise<void> {
  checkOutputPath(options.output, [alignmentPath, options.gold]);
  const alignment = parseAlignment(alignmentPath, await readText(alignmentPath));
  const { links: gold, badLine } = parseGold(await readText(options.gold));
  if (badLine !== undefined) throw new UserError(`--gold ${options.gold}:${badLine}: expected a link like [3]:[3, 4] or [7]:[]`);
  assertSameSentences(alignment, gold, alignmentPath, options.gold);
  const scores = scoreAlignment(alignment.alignments, gold);
  await writeOutput(options.output, formatScores(scores, options.format));
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
