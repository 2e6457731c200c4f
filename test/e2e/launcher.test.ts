import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, fixture, runCli } from '../helpers/cli.js';

// bin/satzpaar.js started by a bare `node`, as npm's link and users do, without the V8 flag the other tests start it
// with (helpers/cli.ts): the same output, exit code and stdin.
const bare = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });

describe('the CLI started by a bare node, as users start it', () => {
  it('prints the same output as the CLI run directly, and nothing on stderr', () => {
    const args = ['align', fixture('en-zdnet-microsoft-buys-kinvolk.txt'), fixture('de-microsoft-announcement-kinvolk.txt')];
    const launched = bare(args);
    expect(launched.stderr).toBe('');
    expect(launched.status).toBe(0);
    expect(launched.stdout).toBe(runCli(args).stdout);
  });

  it('passes on the exit code and the one line of a user error', () => {
    const launched = bare(['align', '/nonexistent/a.txt', fixture('de-microsoft-announcement-kinvolk.txt')]);
    expect(launched.status).toBe(2);
    expect(launched.stdout).toBe('');
    expect(launched.stderr.trim().split('\n')).toHaveLength(1);
    expect(launched.stderr).toMatch(/nonexistent\/a\.txt/);
  });

  it('passes stdin on', () => {
    const manifest = `${JSON.stringify({ id: 'zdnet', en_path: fixture('en-zdnet-microsoft-buys-kinvolk.txt'), de_path: fixture('de-microsoft-announcement-kinvolk.txt') })}\n`;
    const launched = bare(['batch', '--records', '-'], manifest);
    expect(launched.status).toBe(0);
    expect(launched.stdout).toBe(runCli(['batch', '--records', '-'], { input: manifest }).stdout);
  });
});
