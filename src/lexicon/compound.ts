/**
 * Splits a German compound into parts the lexicon knows ("containerruntime" → container +
 * runtime, "paketverwaltung" → paket + verwaltung), allowing the linking elements -s-/-es-/-n-
 * between parts. Returns undefined when no complete split exists. `known` decides whether a
 * lower-cased part is a word (German via the lexicon's stems, or an English loan word).
 * Greedy from the longest head, with backtracking; parts shorter than 3 letters are refused so
 * that random words do not fall apart into syllables.
 */
export function splitCompound(word: string, known: (part: string) => boolean, minPart = 3): string[] | undefined {
  if (word.length < 2 * minPart) return undefined;
  for (let cut = word.length - minPart; cut >= minPart; cut--) {
    const head = word.slice(0, cut);
    if (!known(head)) continue;
    for (const link of LINKS) {
      if (!word.startsWith(link, cut)) continue;
      const tail = word.slice(cut + link.length);
      if (tail.length < minPart) continue;
      if (known(tail)) return [head, tail];
      const rest = splitCompound(tail, known, minPart);
      if (rest) return [head, ...rest];
    }
  }
  return undefined;
}

/**
 * Every complete split of a compound, up to `limit` of them, longest heads first: where the greedy split
 * reads a word its writer did not mean ("Bundesland|wirtschafts|ministerium" for "Bundes|landwirtschafts|
 * ministerium"), the meant one is among the others.
 */
export function allSplits(word: string, known: (part: string) => boolean, limit = 8, minPart = 3): string[][] {
  const splits: string[][] = [];
  const walk = (rest: string, parts: string[]): void => {
    for (let cut = rest.length - minPart; cut >= minPart && splits.length < limit; cut--) {
      const head = rest.slice(0, cut);
      if (!known(head)) continue;
      for (const link of LINKS) {
        if (!rest.startsWith(link, cut)) continue;
        const tail = rest.slice(cut + link.length);
        if (tail.length < minPart) continue;
        if (known(tail) && splits.length < limit) splits.push([...parts, head, tail]);
        walk(tail, [...parts, head]);
      }
    }
  };
  if (word.length >= 2 * minPart) walk(word, []);
  return splits;
}

const LINKS = ['', 's', 'es', 'n', 'en', '-'];
