import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Running worker pools, each with what stops its threads. */
const stoppers = new Set<() => Promise<unknown>>();
let signalled = false;

/**
 * On Ctrl-C (or SIGTERM, SIGHUP) the batch first stops its worker threads and only then sweeps the
 * output folder: a thread still running could otherwise create a temp file after the sweep (it did,
 * once in 400 pairs). Worker threads share this process's pid, so their unfinished temp files are
 * recognised by it. Then the process ends by the signal, as a single `align` does (the shell sees
 * 130 for Ctrl-C).
 */
export function removeStrayTempFilesOnSignal(outDir: string): void {
  const marker = `.satzpaar-${process.pid}-`;
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      signalled = true;
      void Promise.allSettled([...stoppers].map((stop) => stop())).then(() => {
        for (const name of readdirSync(outDir)) {
          if (name.includes(marker) && name.endsWith('.tmp')) rmSync(join(outDir, name), { force: true });
        }
        for (const each of SIGNALS) process.removeAllListeners(each);
        process.kill(process.pid, signal);
      });
    });
  }
}

/**
 * Runs `work` on a pool that a signal may stop. Work cut short by the signal never settles: the
 * signal handler ends the process, and the batch must not report the stopped pairs as failures.
 */
export async function untilSignalled<T>(stop: () => Promise<unknown>, work: Promise<T>): Promise<T> {
  stoppers.add(stop);
  try {
    return await work;
  } catch (error) {
    if (signalled) return new Promise<T>(() => {});
    throw error;
  } finally {
    stoppers.delete(stop);
  }
}
