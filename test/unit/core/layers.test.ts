import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every `.ts` file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
}

const ROOT = new URL('../../../src/', import.meta.url).pathname;
/** Every source file, by its path under src/, with its text. */
const SOURCES: [string, string][] = sources(ROOT).map((file) => [file.slice(ROOT.length), readFileSync(file, 'utf8')]);

describe('layers', () => {
  it('no error raised outside src/cli names a --flag: stages raise coded problems the command line words', () => {
    const offenders: string[] = [];
    for (const [relative, text] of SOURCES) {
      if (relative.startsWith('cli/')) continue;
      // The whole statement that raises the error: from `new …Error(` to the end of its line or of the string it builds.
      for (const match of text.matchAll(/new (?:User|Input|InvalidArgument)Error\((?:[^;]|\n)*?\);/g)) {
        if (/--[a-z]/.test(match[0])) offenders.push(`${relative}: ${match[0].slice(0, 100)}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('only the edges touch files: the stages get the shipped data from resources/ and documents from read/', () => {
    const edges = ['cli/', 'io/', 'read/', 'batch/', 'resources/'];
    const offenders = SOURCES.filter(([relative, text]) => !edges.some((edge) => relative.startsWith(edge)) && /from 'node:(fs|fs\/promises|zlib)'/.test(text)).map(([relative]) => relative);
    expect(offenders).toEqual([]);
  });

  it('the folders import one another without a cycle, so each stage can be read from the ones below it', () => {
    const folderOf = (path: string) => path.split('/')[0]!;
    const imports = new Map<string, Set<string>>();
    for (const [relative, text] of SOURCES) {
      for (const match of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const to = folderOf(normalize(join(dirname(relative), match[1]!)));
        const from = folderOf(relative);
        if (to !== from) imports.set(from, (imports.get(from) ?? new Set()).add(to));
      }
    }
    expect(foldersOnACycle(imports)).toEqual([]);
  });
});

/** The folders that reach themselves through the imports, in a depth-first walk from each. */
function foldersOnACycle(imports: Map<string, Set<string>>): string[] {
  const reachesItself = (start: string): boolean => {
    const seen = new Set<string>();
    const stack = [...(imports.get(start) ?? [])];
    while (stack.length > 0) {
      const folder = stack.pop()!;
      if (folder === start) return true;
      if (seen.has(folder)) continue;
      seen.add(folder);
      stack.push(...(imports.get(folder) ?? []));
    }
    return false;
  };
  return [...imports.keys()].filter(reachesItself).sort();
}
