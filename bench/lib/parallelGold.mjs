// The parallel development gold's link types (eval/README.md of the shared folder): NAME.types beside
// NAME.gold, one word a link, for ignore-coarse scoring.
import { existsSync, readFileSync } from 'node:fs';
import { coarseLinks } from '../../dist/eval/linkTypes.js';

/** The gold's coarse links, from NAME.types beside NAME.gold (none without that file); throws when the file does not fit the gold. */
export function coarseBeside(goldPath, gold) {
  const typesPath = goldPath.replace(/\.gold$/, '.types');
  if (!existsSync(typesPath)) return [];
  const read = coarseLinks(readFileSync(typesPath, 'utf8'), gold);
  if (!read.coarse) throw new Error(`${typesPath} does not fit ${goldPath}: ${JSON.stringify(read)}`);
  return read.coarse;
}
