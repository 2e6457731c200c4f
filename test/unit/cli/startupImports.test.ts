import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../../src/', import.meta.url).pathname;

/** The project files a source file loads with it: its value imports and re-exports, not `import type` nor `import()`. */
function staticImports(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  return [...text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'(\.{1,2}\/[^']+)'/gm)].map((match) => normalize(join(dirname(file), match[1]!)).replace(/\.js$/, '.ts'));
}

/** Every project file loading `entry` loads, `entry` included (paths under src/). */
function loadedWith(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...staticImports(file));
  }
  return seen;
}

const matching = (files: Set<string>, pattern: RegExp) => [...files].filter((file) => pattern.test(file)).sort();

// Start-up is most of a short run's time (bench/README.md, issue 25): the heavy code loads when a run needs it.
describe('what a run loads before it needs it', () => {
  it('defining the commands (every run, --help) loads no lexicon, reader, language detection, stemmer or claims', () => {
    expect(matching(loadedWith('cli/main.ts'), /^(lexicon\/|read\/|language\/detect|words\/(stem|englishStem|germanStem)|claims\/|analyse\/|align\/|pipeline\/)/)).toEqual([]);
  });

  it('align loads comparable mode and the claims only when that mode is chosen', () => {
    const align = loadedWith('cli/commands/align.ts');
    expect(matching(align, /^(claims\/extract\/|align\/comparable|pipeline\/comparableStage)/)).toEqual([]);
    // The walk does see them where they are loaded, and the aligning code where align loads it.
    expect(matching(loadedWith('pipeline/alignDocuments.ts'), /^(claims\/extract\/document|align\/comparable\.ts)/)).toEqual(['align/comparable.ts', 'claims/extract/document.ts']);
    expect(align.has('language/detect.ts') && align.has('align/parallel.ts')).toBe(true);
  });
});
