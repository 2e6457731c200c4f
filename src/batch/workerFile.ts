/**
 * The file of the batch worker (worker.ts) for piscina to start. Resolved here, two levels below the package
 * root like every module that finds a file by `import.meta.url`: dist/ and the bundle's chunks (bundle/,
 * scripts/bundle.mjs, which checks that depth) lay the files out alike at that depth, so the same relative
 * path finds the worker from either.
 */
export function batchWorkerFile(): string {
  return new URL('../batch/worker.js', import.meta.url).href;
}
