/**
 * Parses a user lexicon: either TSV (`english<TAB>german`, one pair a line) or hunalign's
 * dictionary format (`german @ english`). `#` starts a comment line. Returns [en, de] pairs and
 * the number of the first line that is neither, so the caller can name it in an error.
 */
export function parseUserLexicon(text: string): { pairs: Array<[string, string]>; badLine?: number } {
  const pairs: Array<[string, string]> = [];
  const lines = text.split(/\r?\n/);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const tab = lines[k]!.split('\t');
    if (tab.length === 2 && tab[0]!.trim() && tab[1]!.trim()) {
      pairs.push([tab[0]!.trim(), tab[1]!.trim()]);
      continue;
    }
    const at = line.split(' @ ');
    if (at.length === 2 && at[0]!.trim() && at[1]!.trim()) {
      pairs.push([at[1]!.trim(), at[0]!.trim()]);
      continue;
    }
    return { pairs, badLine: k + 1 };
  }
  return { pairs };
}
