/** One link of a sentence alignment as index lists, the unit every score compares. */
export interface IndexLink {
  en: number[];
  de: number[];
}

/**
 * Parses vecalign's gold format: one link a line, `[EN indices]:[DE indices]`, 0-based, e.g.
 * `[3]:[3, 4]` or `[7]:[]`. Returns the links, or the 1-based number of the first bad line.
 */
export function parseGold(text: string): { links: IndexLink[]; badLine?: number } {
  const links: IndexLink[] = [];
  const lines = text.split(/\r?\n/);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!.trim();
    if (line === '') continue;
    const match = /^\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]$/.exec(line);
    if (!match) return { links, badLine: k + 1 };
    const link = { en: indices(match[1]!), de: indices(match[2]!) };
    if (link.en.length === 0 && link.de.length === 0) return { links, badLine: k + 1 };
    links.push(link);
  }
  return { links };
}

function indices(list: string): number[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(Number);
}
