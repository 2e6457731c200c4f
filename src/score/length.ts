/** German runs ~10% longer than English. */
export const EN_DE_LENGTH_RATIO = 1.1;

/**
 * Gale–Church length agreement: how plausible it is that `deLength` characters of German
 * translate `enLength` characters of English, German being `ratio` times as long on average.
 * Returns the two-sided tail probability of the normalised difference, in [0, 1].
 */
export function lengthAgreement(enLength: number, deLength: number, ratio = EN_DE_LENGTH_RATIO): number {
  const variance = 6.8;
  const mean = (enLength + deLength / ratio) / 2;
  if (mean === 0) return 1;
  const delta = (deLength - enLength * ratio) / Math.sqrt(variance * mean);
  return 2 * (1 - standardNormalCdf(Math.abs(delta)));
}

/** Abramowitz–Stegun 26.2.17 approximation; accurate to 7.5e-8, enough for a score. */
function standardNormalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * x);
  const density = Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
  const tail = density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return 1 - tail;
}
