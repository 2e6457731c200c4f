import { SortedKeys } from '../lexicon/sortedKeys.js';
import { once, shippedGunzipped } from '../resources/shipped.js';

/**
 * English antonyms by Porter stem (data/claims/antonyms.tsv.gz, built by scripts/build-antonyms.mjs from
 * WordNet): "open" / "closed", "win" / "lose", "safe" / "dangerous". A negated word against its antonym
 * is one negation said two ways ("not open" = "geschlossen"); the claims diff asks only for the few words
 * left over in a negated word's place, so the table is searched in place, read on first use.
 */
function table(): SortedKeys {
  return once('claims/antonyms', () => {
    const bytes = shippedGunzipped('claims/antonyms.tsv.gz');
    return new SortedKeys(bytes, 0, bytes.length, 0x0a, 0x09);
  });
}

/** Whether some English stem of one word is an antonym of some English stem of the other. */
export function saysTheOpposite(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const others = new Set(b);
  const lines = table();
  for (const word of a) {
    const at = lines.find(word);
    if (at >= 0 && lines.valueAt(at).split(' ').some((antonym) => others.has(antonym))) return true;
  }
  return false;
}

/**
 * A word's English stems without those that oppose another of them: the lexicon pairs a German word with the
 * English of its negation too ("nicht bestanden" :: "failed" leaves "bestanden" with "fail" beside "pass"), and
 * such a pair of senses says nothing of which the word has.
 */
export function withoutOpposedSenses(stems: readonly string[]): readonly string[] {
  if (stems.length < 2) return stems;
  const lines = table();
  const opposed = new Set<string>();
  for (const word of stems) {
    const at = lines.find(word);
    if (at < 0) continue;
    const antonyms = new Set(lines.valueAt(at).split(' '));
    for (const other of stems) if (antonyms.has(other)) opposed.add(word).add(other);
  }
  return opposed.size === 0 ? stems : stems.filter((word) => !opposed.has(word));
}
