import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

/** The German side in a worker thread whatever the size (0), or never. */
const THREAD = { SATZPAAR_ANALYSIS_THREAD_MIN_BYTES: '0' };
const NO_THREAD = { SATZPAAR_ANALYSIS_THREAD_MIN_BYTES: 'Infinity' };

describe('align and diff with the German side analysed in a worker thread', () => {
  const cases: Array<[string, string[]]> = [
    ['the Kinvolk articles, German given first', ['align', fixture('de-tradepress-microsoft-kinvolk.txt'), fixture('en-zdnet-microsoft-buys-kinvolk.txt')]],
    ['presegmented lines as TMX', ['align', fixture('presegmented.en'), fixture('presegmented.de'), '--presegmented', '--format', 'tmx', '--creation-date', '20260101T000000Z']],
    ['without a lexicon, cleaned', ['align', fixture('en-register-microsoft-kinvolk.txt'), fixture('de-microsoft-announcement-kinvolk.txt'), '--no-lexicon', '--clean']],
    ['the claims diff', ['diff', fixture('en-siliconangle-microsoft-kinvolk.txt'), fixture('de-microsoft-announcement-kinvolk.txt'), '--format', 'json']],
  ];

  it.each(cases)('%s: the same output byte for byte as in one thread', (_name, args) => {
    const inThread = runCli(args, { env: NO_THREAD });
    const beside = runCli(args, { env: THREAD });
    expect(inThread.status).toBe(0);
    expect(beside.status).toBe(inThread.status);
    expect(beside.stderr).toBe(inThread.stderr);
    expect(beside.stdout).toBe(inThread.stdout);
  });

  it('a run that fails after the thread started ends with its own error, not waiting on the thread', () => {
    const result = runCli(['align', fixture('en-zdnet-microsoft-buys-kinvolk.txt'), fixture('en-register-microsoft-kinvolk.txt')], { env: THREAD, timeoutMs: 30_000 });
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    expect(result.stderr).toBe(runCli(['align', fixture('en-zdnet-microsoft-buys-kinvolk.txt'), fixture('en-register-microsoft-kinvolk.txt')], { env: NO_THREAD }).stderr);
  });
});
