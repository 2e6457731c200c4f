import cliProgress from 'cli-progress';

export interface Progress {
  tick(failed: boolean): void;
  stop(): void;
}

/** A progress bar on stderr when it is a terminal; silent otherwise (logs and pipes stay clean). */
export function startProgress(total: number): Progress {
  if (!process.stderr.isTTY) return { tick: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'aligning [{bar}] {value}/{total} pairs | {failed} failed | eta {eta_formatted}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let failed = 0;
  bar.start(total, 0, { failed });
  return {
    tick(didFail) {
      if (didFail) failed++;
      bar.increment(1, { failed });
    },
    stop: () => bar.stop(),
  };
}
