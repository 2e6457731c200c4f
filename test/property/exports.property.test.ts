import { describe, it } from 'vitest';

/**
 * Place for the export round-trip properties (issue-5, exports helper): for random document
 * pairs (`documentPair` in ./arbitraries.ts, aligned with `alignDocuments` and `langs` stated),
 * parsing the TMX / Moses / TSV output must give back exactly the aligned sentence texts, in
 * order, with nothing lost or altered (whitespace normalisation documented by the format).
 */
describe('property: exports round-trip the aligned text', () => {
  it.todo('TMX: every <tu> holds the texts of one alignment entry, XML-unescaped back to the original');
  it.todo('Moses: line k of .en and .de are the texts of entry k');
  it.todo('TSV: each row splits back into the two sides');
});
