import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, fixture, runCli } from '../helpers/cli.js';
import { englishDocument, germanDocument } from '../helpers/generate.js';

/**
 * The Snakemake workflow in workflows/ run for real: on this machine (`--cores`) and through a
 * single-node Slurm cluster started here (test/helpers/slurm-cluster.sh). Both must give what
 * `satzpaar batch` gives on one machine. CI sets SATZPAAR_SLURM_TEST=1 and installs Debian's
 * slurm-wlm, munge and snakemake beside the test suite (.ci/run), writing "installed" or
 * "failed: why" to the file SATZPAAR_SLURM_PACKAGES names; elsewhere the Slurm run is skipped,
 * saying why.
 */

const SNAKEFILE = join(ROOT, 'workflows', 'Snakefile');
const CLUSTER = join(ROOT, 'test', 'helpers', 'slurm-cluster.sh');
const SATZPAAR = `${process.execPath} ${BIN}`;
const MINUTES = 60_000;

const hasCommand = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
const enabled = process.env.SATZPAAR_SLURM_TEST === '1';
const snakemakeMissing = enabled || hasCommand('snakemake') ? undefined : 'snakemake is not installed (Debian package snakemake; .ci/run installs it)';

/** Waits for CI's package install to end: undefined once installed, else why the tests cannot run. */
async function packagesInstalled(): Promise<string | undefined> {
  const status = process.env.SATZPAAR_SLURM_PACKAGES;
  if (!status) return undefined;
  const deadline = Date.now() + 10 * MINUTES;
  while (Date.now() < deadline) {
    const said = readFileSync(status, 'utf8').trim();
    if (said === 'installed') return undefined;
    if (said !== '') return said;
    await new Promise((done) => setTimeout(done, 2000));
  }
  return 'the packages were not installed within 10 minutes';
}

/** Skips a test and says why in the log, where a skip's note alone is not shown. */
function skipBecause(context: { skip: (note?: string) => never }, why: string): never {
  console.warn(`workflow e2e skipped: ${why}`);
  return context.skip(why);
}

/**
 * `count` synthetic pairs of different lengths, one real pair from fixtures/ and one pair whose
 * English file is missing, so the workflow must carry an error record through shards and merge.
 */
function corpus(dir: string, count: number): string {
  mkdirSync(join(dir, 'en'));
  mkdirSync(join(dir, 'de'));
  const lines: string[] = [];
  for (let i = 1; i <= count; i++) {
    const sentences = 3 + ((i * 7) % 11);
    writeFileSync(join(dir, 'en', `${i}.txt`), englishDocument(sentences));
    writeFileSync(join(dir, 'de', `${i}.txt`), germanDocument(sentences));
    lines.push(`en/${i}.txt\tde/${i}.txt\tpair-${i}`);
  }
  lines.push(`${fixture('en-zdnet-microsoft-buys-kinvolk.txt')}\t${fixture('de-microsoft-announcement-kinvolk.txt')}\tkinvolk`);
  lines.push(`en/missing.txt\tde/1.txt\tbroken`);
  writeFileSync(join(dir, 'manifest.tsv'), lines.join('\n') + '\n');
  return join(dir, 'manifest.tsv');
}

/**
 * What `satzpaar batch` writes on one machine, in the workflow's layout. It runs in the workflow's
 * folder, as the workflow's jobs do: exports name the source files relative to the working folder.
 */
function oneMachine(manifest: string, out: string, cwd: string): void {
  mkdirSync(out);
  mkdirSync(cwd, { recursive: true });
  const batch = (args: string[]) => runCli(['batch', manifest, '--trust-columns', '--jobs', '2', ...args], { cwd });
  writeFileSync(join(out, 'results.jsonl'), batch(['--records']).stdout);
  writeFileSync(join(out, 'links.jsonl'), batch(['--format', 'jsonl']).stdout);
  for (const format of ['tmx', 'moses']) batch(['--format', format, '--out-dir', join(out, format)]);
}

function runWorkflow(work: string, manifest: string, shards: number, executor: string[], env: NodeJS.ProcessEnv = {}) {
  const config = [`manifest=${manifest}`, `shards=${shards}`, `satzpaar=${SATZPAAR}`, 'options=--trust-columns'];
  return spawnSync('snakemake', ['-s', SNAKEFILE, '--directory', work, ...executor, '--config', ...config], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 8 * MINUTES,
  });
}

/** The merged outputs equal one machine's: result records one by one, and every exported file. */
function expectSameAsOneMachine(merged: string, single: string, pairs: number): void {
  const records = (dir: string) => readFileSync(join(dir, 'results.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; ok: boolean });
  const mergedRecords = records(merged);
  const singleRecords = records(single);
  expect(mergedRecords).toHaveLength(pairs);
  expect(mergedRecords.map((r) => r.id)).toEqual(singleRecords.map((r) => r.id));
  mergedRecords.forEach((record, i) => expect(record).toEqual(singleRecords[i]));
  expect(mergedRecords.filter((r) => !r.ok).map((r) => r.id)).toEqual(['broken']);
  expect(readFileSync(join(merged, 'links.jsonl'), 'utf8')).toBe(readFileSync(join(single, 'links.jsonl'), 'utf8'));
  for (const format of ['tmx', 'moses']) {
    // Snakemake marks a directory output with a hidden timestamp file; the pairs' files are what counts.
    const files = (dir: string) => readdirSync(join(dir, format)).filter((name) => !name.startsWith('.')).sort();
    expect(files(merged)).toEqual(files(single));
    for (const name of files(single)) expect(readFileSync(join(merged, format, name), 'utf8')).toBe(readFileSync(join(single, format, name), 'utf8'));
  }
}

describe.skipIf(snakemakeMissing !== undefined)('workflows/Snakefile on this machine', () => {
  it('shards a manifest, aligns and exports every shard, and merges to what batch gives on one machine', async (context) => {
    const notInstalled = await packagesInstalled();
    if (notInstalled) return skipBecause(context, notInstalled);
    const dir = mkdtempSync(join(tmpdir(), 'satzpaar-workflow-'));
    try {
      const manifest = corpus(dir, 10);
      oneMachine(manifest, join(dir, 'single'), join(dir, 'work'));
      const run = runWorkflow(join(dir, 'work'), manifest, 3, ['--cores', '2']);
      expect(run.status, run.stderr).toBe(0);
      expectSameAsOneMachine(join(dir, 'work', 'corpus'), join(dir, 'single'), 12);
      for (const k of [1, 2, 3]) expect(readdirSync(join(dir, 'work', 'corpus', 'shards', String(k))).sort()).toEqual(['links.jsonl', 'moses', 'results.jsonl', 'tmx']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 15 * MINUTES);
});

const slurmSkip = enabled ? undefined : 'set SATZPAAR_SLURM_TEST=1 to start a Slurm cluster on this machine (.ci/run does, as root)';
if (snakemakeMissing) console.warn(`workflow e2e skipped: ${snakemakeMissing}`);
if (slurmSkip) console.warn(`Slurm e2e skipped: ${slurmSkip}`);

describe.skipIf(slurmSkip !== undefined)('workflows/Snakefile on a single-node Slurm cluster', () => {
  // Made in beforeAll, so a skipped run leaves no folder behind.
  let dir = '';
  let cluster = '';
  const env = () => ({ SLURM_CONF: join(cluster, 'slurm.conf'), USER: process.env.USER ?? 'root' });
  let notInstalled: string | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'satzpaar-slurm-'));
    cluster = join(dir, 'cluster');
    notInstalled = await packagesInstalled();
    if (notInstalled) return;
    // Enabled and installed: from here on a missing piece is a failure, not a skip.
    for (const command of ['snakemake', 'munged', 'slurmctld', 'slurmd', 'sbatch']) expect(hasCommand(command), `${command} is not installed`).toBe(true);
    mkdirSync(cluster);
    const start = spawnSync('bash', [CLUSTER, 'start', cluster], { encoding: 'utf8', timeout: MINUTES });
    expect(start.status, start.stderr).toBe(0);
  }, 12 * MINUTES);

  // Also after a failure: the daemons must not outlive the test.
  afterAll(() => {
    if (dir === '') return;
    spawnSync('bash', [CLUSTER, 'stop', cluster], { encoding: 'utf8', timeout: MINUTES });
    rmSync(dir, { recursive: true, force: true });
  }, 2 * MINUTES);

  it('runs every shard as a Slurm job, and the merge equals batch on one machine record for record', (context) => {
    if (notInstalled) return skipBecause(context, notInstalled);
    const pairs = 54;
    const manifest = corpus(dir, pairs - 2);
    const work = join(dir, 'work');
    oneMachine(manifest, join(dir, 'single'), work);
    // One status check a second: the default suits a busy cluster, not one whose jobs take seconds.
    const run = runWorkflow(work, manifest, 4, ['--slurm', '--jobs', '8', '--max-status-checks-per-second', '1'], env());
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expectSameAsOneMachine(join(work, 'corpus'), join(dir, 'single'), pairs);
    // Every rule but `all` went through sbatch: Snakemake keeps one log per Slurm job.
    const jobs = (rule: string) => readdirSync(join(work, '.snakemake', 'slurm_logs', `rule_${rule}`)).filter((name) => name.endsWith('.log'));
    expect(jobs('align_shard')).toHaveLength(4);
    expect(jobs('export_shard')).toHaveLength(4);
    expect(jobs('merge')).toHaveLength(1);
  }, 10 * MINUTES);
});
