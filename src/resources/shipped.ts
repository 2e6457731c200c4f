import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { gunzip, gunzipSync, type ZlibOptions } from 'node:zlib';

/**
 * The one place that reads what satzpaar ships in data/ (the lexicon, the segmentation rule lists, the
 * gazetteer), and the one cache of what is made from it: each resource is read and parsed once per
 * process, on first use, so a run that never reads claims never pays for the gazetteer.
 */
const made = new Map<string, unknown>();

/** The value `make` gives for `key`, made on the first call and kept for the process. */
export function once<T>(key: string, make: () => T): T {
  if (made.has(key)) return made.get(key) as T;
  const value = make();
  made.set(key, value);
  return value;
}

/** The shipped tables of the EN–DE lexicon (data/lexicon/README.md), one per direction. */
export const LEXICON_EN_DE = 'lexicon/en-de.tsv.gz';
export const LEXICON_DE_EN = 'lexicon/de-en.tsv.gz';

/** A file of data/, by its path there; dist/resources and src/resources both sit two levels below the package root. */
function shippedUrl(name: string): URL {
  return new URL(`../../data/${name}`, import.meta.url);
}

export function shippedBytes(name: string): Buffer {
  return readFileSync(shippedUrl(name));
}

export function shippedText(name: string): string {
  return shippedBytes(name).toString('utf8');
}

/**
 * A gzipped file of data/, gunzipped into one buffer of the right size: the gzip trailer gives the size,
 * and one output chunk spares zlib copying megabytes of 16 kB chunks, about a third of the lexicon's load.
 */
export function shippedGunzipped(name: string): Buffer {
  const early = prefetched.get(name);
  if (early !== undefined) {
    prefetched.delete(name);
    return early;
  }
  const gz = shippedBytes(name);
  return gunzipSync(gz, oneChunk(gz));
}

function oneChunk(gz: Buffer): ZlibOptions {
  const size = gz.length >= 4 ? gz.readUInt32LE(gz.length - 4) : 0;
  return { chunkSize: Math.max(64 * 1024, size + 1024) };
}

/** Files `prefetchGunzipped` has gunzipped, each waiting for its one `shippedGunzipped` call. */
const prefetched = new Map<string, Buffer>();
const gunzipAsync = promisify(gunzip);

/**
 * Reads a file of data/ and gunzips it on libuv's thread pool, so that on a second core it overlaps what the
 * main thread does meanwhile (loading the aligning code); `shippedGunzipped` then takes the result. Never
 * rejects: a file that fails here is read again by `shippedGunzipped`, which reports the failure as before.
 */
export async function prefetchGunzipped(name: string): Promise<void> {
  try {
    // Read at once (a few MB from the page cache, a millisecond or two): fs/promises reads in chunks, each
    // waiting for the main thread, busy loading code meanwhile, so the gunzip would start late.
    const gz = shippedBytes(name);
    prefetched.set(name, await gunzipAsync(gz, oneChunk(gz)));
  } catch {
    // Left to shippedGunzipped, in its place in the run.
  }
}
