import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LEXICON_DE_EN, prefetchGunzipped, shippedGunzipped } from '../../../src/resources/shipped.js';

const DATA = new URL('../../../data/', import.meta.url);

describe('prefetchGunzipped', () => {
  it('gunzips the shipped lexicon to the bytes the synchronous gunzip gives', async () => {
    const expected = gunzipSync(readFileSync(new URL(LEXICON_DE_EN, DATA)));
    await prefetchGunzipped(LEXICON_DE_EN);
    expect(shippedGunzipped(LEXICON_DE_EN).equals(expected)).toBe(true);
  });

  it('hands its bytes to the next shippedGunzipped call, once', async () => {
    // A file of its own in data/, removed once prefetched: only the prefetched bytes can answer the first call.
    const name = `prefetch-test-${process.pid}.gz`;
    writeFileSync(new URL(name, DATA), gzipSync('prefetched\n'));
    try {
      await prefetchGunzipped(name);
    } finally {
      rmSync(new URL(name, DATA));
    }
    expect(shippedGunzipped(name).toString()).toBe('prefetched\n');
    expect(() => shippedGunzipped(name)).toThrow(/ENOENT/);
  });

  it('leaves a file it cannot read to shippedGunzipped, which reports it', async () => {
    await expect(prefetchGunzipped('lexicon/missing.tsv.gz')).resolves.toBeUndefined();
    expect(() => shippedGunzipped('lexicon/missing.tsv.gz')).toThrow(/ENOENT/);
  });
});
