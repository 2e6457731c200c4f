import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

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

/** A file of data/, by its path there; dist/resources and src/resources both sit two levels below the package root. */
export function shippedBytes(name: string): Buffer {
  return readFileSync(new URL(`../../data/${name}`, import.meta.url));
}

export function shippedText(name: string): string {
  return shippedBytes(name).toString('utf8');
}

/**
 * A gzipped file of data/, gunzipped into one buffer of the right size: the gzip trailer gives the size,
 * and one output chunk spares zlib copying megabytes of 16 kB chunks, about a third of the lexicon's load.
 */
export function shippedGunzipped(name: string): Buffer {
  const gz = shippedBytes(name);
  const size = gz.length >= 4 ? gz.readUInt32LE(gz.length - 4) : 0;
  return gunzipSync(gz, { chunkSize: Math.max(64 * 1024, size + 1024) });
}
