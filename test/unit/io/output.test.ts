import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeOutputs } from '../../../src/io/output.js';
import { UserError } from '../../../src/core/errors.js';
import { ROOT } from '../../helpers/cli.js';
import { filesIn, tempDir } from '../../helpers/robustness.js';

describe('writeOutputs: all or nothing', () => {
  it('writes every file and leaves no temp file', async () => {
    const dir = tempDir();
    await writeOutputs([
      { path: join(dir, 'a.txt'), content: 'Grüße\n' },
      { path: join(dir, 'b.txt'), content: 'two' },
    ]);
    expect(filesIn(dir)).toEqual(['a.txt', 'b.txt']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('Grüße\n');
  });

  it('when one file cannot be written, none appears and every temp file is removed', async () => {
    const dir = tempDir();
    const failing = writeOutputs([
      { path: join(dir, 'first.txt'), content: 'complete' },
      { path: join(dir, 'missing-folder', 'second.txt'), content: 'cannot be written' },
    ]);
    await expect(failing).rejects.toThrow(UserError);
    await expect(failing).rejects.toThrow(/-o .*second\.txt: cannot write the output \(the folder does not exist\)/);
    expect(filesIn(dir)).toEqual([]);
  });

  it('replaces an existing file only when the new one is complete', async () => {
    const dir = tempDir();
    await writeOutputs([{ path: join(dir, 'out.txt'), content: 'old' }]);
    await writeOutputs([{ path: join(dir, 'out.txt'), content: 'new' }]);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('new');
    expect(filesIn(dir)).toEqual(['out.txt']);
  });
});

describe('writeOutputs: a signal during the write', () => {
  it('stops the write, removes the temp file, then the process dies of the signal; no output appears', async () => {
    const dir = tempDir();
    const size = 64 * 2 ** 20;
    const moduleUrl = pathToFileURL(join(ROOT, 'dist', 'io', 'output.js')).href;
    const script = `const { writeOutputs } = await import(${JSON.stringify(moduleUrl)});
      await writeOutputs([{ path: ${JSON.stringify(join(dir, 'out.txt'))}, content: 'x'.repeat(${size}) }]);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
    let sawTempFile = false;
    // Poll for the temp file: the signal must arrive while it exists, i.e. mid-write.
    const poll = setInterval(() => {
      if (!sawTempFile && readdirSync(dir).some((name) => name.endsWith('.tmp'))) {
        sawTempFile = true;
        child.kill('SIGINT');
      }
    }, 1);
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, s) => resolve(s)));
    clearInterval(poll);
    expect(sawTempFile).toBe(true);
    expect(signal).toBe('SIGINT');
    expect(filesIn(dir)).toEqual([]);
  });
});
