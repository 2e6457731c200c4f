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

const LINKS = ['', 's', 'es', 'n', 'en', '-'];
