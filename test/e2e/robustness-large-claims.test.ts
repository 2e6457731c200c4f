import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { claimDenseLine } from '../helpers/generate.js';
import { tempDir } from '../helpers/robustness.js';

// The claims diff of a huge sentence, apart from robustness-large.test.ts so that the two long files run side by side.
// Each run is capped so that a regression to quadratic time fails the test instead of hanging the suite.
const LIMIT_MS = 50_000;

describe('robustness: a claims diff of one huge sentence', () => {
  const dir = tempDir();
  const diffLarge = (args: string[]) => {
    const result = runCli(['diff', ...args, '--langs', 'en,de'], { timeoutMs: LIMIT_MS });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return result.stdout;
  };

  it('a 5 MB line of 200,000 claims a side: every claim found (no call with more arguments than the stack takes)', () => {
    const en = join(dir, 'claims5.en');
    const de = join(dir, 'claims5.de');
    writeFileSync(en, claimDenseLine(5 * 2 ** 20, 'en'));
    writeFileSync(de, claimDenseLine(5 * 2 ** 20, 'de'));
    const { findings } = JSON.parse(diffLarge([en, de, '--format', 'json'])) as { findings: Array<{ status: string; type: string }> };
    // A clause a year, a count and a negation; the English line is shorter, so the German has clauses more.
    expect(findings.filter((f) => f.status === 'match' && f.type === 'date').length).toBeGreaterThan(100_000);
    expect(findings.filter((f) => f.status === 'conflict')).toEqual([]);
  });

  it('a 1 MB line: the text report and the HTML report cut and mark it in linear time', () => {
    const en = join(dir, 'claims1.en');
    const de = join(dir, 'claims1.de');
    writeFileSync(en, claimDenseLine(2 ** 20, 'en'));
    writeFileSync(de, claimDenseLine(2 ** 20, 'de'));
    expect(diffLarge([en, de])).toMatch(/^EN .*\n0 conflicts, /);
    expect(diffLarge([en, de, '--format', 'html'])).toContain('claim-match');
  });
});
