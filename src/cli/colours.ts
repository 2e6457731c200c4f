import { Chalk, type ChalkInstance } from 'chalk';

/**
 * The colours for a report. chalk decides from the terminal and FORCE_COLOR, but it does not look at
 * NO_COLOR (no-color.org: set and not empty means no colour), so that is honoured here; FORCE_COLOR
 * still wins, as the convention says. A report written to a file is never coloured.
 */
export function reportChalk(toFile: boolean, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  if (toFile) return new Chalk({ level: 0 });
  const force = env.FORCE_COLOR;
  if (force === '0' || force === 'false') return new Chalk({ level: 0 });
  if (force !== undefined) {
    const level = Math.min(Math.max(Number.parseInt(force, 10) || 1, 1), 3) as 1 | 2 | 3;
    return new Chalk({ level });
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return new Chalk({ level: 0 });
  return new Chalk();
}
