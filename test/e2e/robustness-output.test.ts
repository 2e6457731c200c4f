import { spawn, spawnSync } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, fixture, ROOT, runCli } from '../helpers/cli.js';
import { englishDocument, germanDocument, tinyLines } from '../helpers/generate.js';
import { expectOneLineError, filesIn, tempDir, unprivilegedUser } from '../helpers/robustness.js';

const EN = fixture('en-zdnet-microsoft-buys-kinvolk.txt');
const DE = fixture('de-microsoft-announcement-kinvolk.txt');

describe('robustness: unwritable -o paths are refused before any work, nothing is created', () => {
  const dir = tempDir();

  it('a folder that does not exist: exit 2, names the folder', () => {
    const out = join(dir, 'no-such-folder', 'out.json');
    expectOneLineError(runCli(['align', EN, DE, '-o', out]), /-o .*no-such-folder\/out\.json: the folder .*no-such-folder does not exist; create it or choose another path/);
    expect(filesIn(dir)).toEqual([]);
  });

  it('a directory: exit 2', () => {
    mkdirSync(join(dir, 'a-folder'));
    expectOneLineError(runCli(['align', EN, DE, '-o', join(dir, 'a-folder')]), /-o .*a-folder: is a directory; give the path of a file to write/);
    expect(filesIn(join(dir, 'a-folder'))).toEqual([]);
    rmSync(join(dir, 'a-folder'), { recursive: true });
  });

  const user = unprivilegedUser();
  // Root may write into any folder, so as root the CLI runs as `nobody` (owner of nothing here).
  it.skipIf(user === undefined)('a read-only folder: exit 2, and nothing appears in it', () => {
    const readOnly = join(dir, 'read-only');
    mkdirSync(readOnly, { mode: 0o555 });
    expectOneLineError(runCli(['align', EN, DE, '-o', join(readOnly, 'out.json')], user), /-o .*read-only\/out\.json: the folder .*read-only is not writable/);
    expect(filesIn(readOnly)).toEqual([]);
  });
});

describe('robustness: -o pointing at an input file is refused and the input left intact', () => {
  const dir = tempDir();
  const en = join(dir, 'en.txt');
  writeFileSync(en, readFileSync(EN));
  const original = readFileSync(en, 'utf8');

  function expectRefused(outputArg: string, options: { cwd?: string } = {}): void {
    expectOneLineError(runCli(['align', en, DE, '-o', outputArg], options), /: is the input file .*en\.txt; writing there would destroy it, choose another output path/);
    expect(readFileSync(en, 'utf8')).toBe(original);
  }

  it('the same path', () => expectRefused(en));
  it('another relative path to the same file', () => expectRefused(relative(ROOT, en), { cwd: ROOT }));
  it('a path with ./ and ../ in it', () => expectRefused(join(dir, '.', '..', relative(join(dir, '..'), dir), 'en.txt')));

  it('a symbolic link to the input', () => {
    symlinkSync(en, join(dir, 'link.txt'));
    expectRefused(join(dir, 'link.txt'));
  });

  it('a hard link to the input (same inode)', () => {
    linkSync(en, join(dir, 'hard.txt'));
    expectRefused(join(dir, 'hard.txt'));
  });

  it('a fresh path beside the inputs is fine and leaves no temp file', () => {
    const result = runCli(['align', en, DE, '-o', join(dir, 'out.json')]);
    expect(result.status).toBe(0);
    expect(filesIn(dir)).toEqual(['en.txt', 'hard.txt', 'link.txt', 'out.json']);
  });
});

describe('robustness: internal failures', () => {
  it('a broken installation is an internal error: exit 1, one line, stack only with --debug', () => {
    // A real internal failure, not a test hook: a copy of the install with one module missing.
    const dir = tempDir();
    cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'bundle'), join(dir, 'bundle'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    // The chunk of the bundle (scripts/bundle.mjs) that holds the align command's code, loaded when it runs.
    const chunks = join(dir, 'bundle', 'chunks');
    const alignChunk = readdirSync(chunks).find((name) => /^align-\w+\.js$/.test(name));
    expect(alignChunk).toBeDefined();
    rmSync(join(chunks, alignChunk!));
    const run = (extra: string[]) => spawnSync(process.execPath, [join(dir, 'bin', 'satzpaar.js'), 'align', EN, DE, ...extra], { encoding: 'utf8' });

    const plain = run([]);
    expectOneLineError({ status: plain.status, stdout: plain.stdout, stderr: plain.stderr }, /^satzpaar: internal error: .*align-\w+\.js.*run with --debug for the stack trace and report it/, 1);

    const debug = run(['--debug']);
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(/^satzpaar: internal error: /);
    expect(debug.stderr).toMatch(/\n\s+at .+/);
  });
});

describe('robustness: --debug', () => {
  it('adds the stack trace to a user error too, after the same one-line message and exit 2', () => {
    const result = runCli(['align', 'no-such-file.txt', DE, '--debug']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('satzpaar: no-such-file.txt: no such file; check the path');
    expect(result.stderr).toMatch(/\n\s+at .+/);
  });
});

describe('robustness: a closed pipe (satzpaar … | head) is not an error', () => {
  it('exit 0 and nothing on stderr when the reader stops early', () => {
    const dir = tempDir();
    const file = join(dir, 'lines.txt');
    writeFileSync(file, tinyLines(50_000));
    const script = `node "${BIN}" segment --lang en --presegmented "${file}" | head -n 1; echo "status=\${PIPESTATUS[0]}" >&2`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(result.stdout).toBe('Item 1\n');
    expect(result.stderr).toBe('status=0\n');
  });
});

/** Starts `satzpaar args…`, sends `signal` after `delayMs`, resolves with how it ended. */
function interrupt(args: string[], signal: NodeJS.Signals, delayMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; ranFor: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill(signal), delayMs);
    const watchdog = setTimeout(() => child.kill('SIGKILL'), delayMs + 30_000);
    child.on('exit', (code, endSignal) => {
      clearTimeout(timer);
      clearTimeout(watchdog);
      resolve({ code, signal: endSignal, stderr, ranFor: Date.now() - started });
    });
  });
}

describe('robustness: Ctrl-C and kill leave no partial output or temp file', () => {
  const dir = tempDir();
  // Two 4 MB documents: reading and segmenting alone take over 2 s, so a signal after 1.5 s
  // lands mid-run however fast the aligner becomes.
  writeFileSync(join(dir, 'big.en'), englishDocument(40_000));
  writeFileSync(join(dir, 'big.de'), germanDocument(40_000));
  const inputs = ['big.de', 'big.en'];

  // satzpaar dies of the signal itself (after cleaning up), as Unix tools should: the shell then
  // reports 128 + signal number, i.e. 130 for SIGINT and 143 for SIGTERM, and stops a loop.
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s while aligning: killed by the signal (shell exit status %i), no output, no temp file', async (signal, shellStatus) => {
    const out = join(dir, 'out.json');
    const ended = await interrupt(['align', join(dir, 'big.en'), join(dir, 'big.de'), '--mode', 'parallel', '-o', out], signal, 1500);
    expect(ended.ranFor).toBeLessThan(10_000);
    expect(ended.signal).toBe(signal);
    expect(ended.stderr).toBe('');
    expect(filesIn(dir)).toEqual(inputs);

    // The same as a shell sees it (set -m: without job control a background job ignores SIGINT).
    // A watchdog SIGKILLs the run after 30 s should the signal be ignored, so no process lingers.
    const script = [
      `set -m; node "${BIN}" align big.en big.de --mode parallel -o out.json & pid=$!`,
      '(sleep 30; kill -KILL $pid 2>/dev/null) & watchdog=$!',
      `sleep 1.5; kill -${signal.slice(3)} $pid; wait $pid; status=$?; kill -- -$watchdog; echo "status=$status"`,
    ].join('\n');
    const shell = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' });
    expect(shell.stdout).toBe(`status=${shellStatus}\n`);
    expect(filesIn(dir)).toEqual(inputs);
  });
});
