import type { Claim } from '../claims/claim.js';
import { claimCloseness } from '../claims/closeness.js';
import type { Lang } from '../core/types.js';

/**
 * What two sentences of two reports share in figures and names, from the claims extractor's
 * language-neutral values: a figure written differently ("$18 billion" / "18 Milliarden Dollar",
 * "74,468,000" / "74,5 Millionen", "6-3" / "6:3", "half a percentage point" / "einen halben
 * Prozentpunkt") or a name that each language spells its own way (Austria / Österreich, White House /
 * Weißes Haus, IMF / IWF) is one value there, where the words differ. Names written alike
 * ("Kerber", "Kerbers", "Apple-Chef") meet as words (src/analyse/features.ts). Each shared value
 * weighs by how rare it is in the two documents: a report about a data breach of 50 million
 * accounts says "50 million" in every other sentence.
 */
export class ClaimEvidence {
  private readonly figures: Record<Lang, Claim[][]>;
  private readonly names: Record<Lang, NameClaim[][]>;
  private readonly rarity = new Map<string, number>();

  /** `claims`: each sentence's claims; the names among them are the gazetteer's (see `extractClaims`' `names` option). */
  constructor(claims: Record<Lang, Claim[][]>) {
    this.figures = { en: claims.en.map(figuresOf), de: claims.de.map(figuresOf) };
    this.names = { en: claims.en.map(namesOf), de: claims.de.map(namesOf) };
    const frequency = new Map<string, number>();
    const count = (key: string) => frequency.set(key, (frequency.get(key) ?? 0) + 1);
    for (const lang of ['en', 'de'] as const) {
      for (const figures of this.figures[lang]) for (const key of new Set(figures.map(figureKey))) count(key);
      for (const names of this.names[lang]) for (const name of names) count(name.key);
    }
    const sentences = claims.en.length + claims.de.length;
    for (const [key, n] of frequency) this.rarity.set(key, Math.log((sentences + 1) / n));
  }

  /** The shared figures of English sentence `i` and German sentence `j`, each weighed by closeness and rarity. */
  sharedFigures(i: number, j: number): number {
    const de = this.figures.de[j]!;
    if (de.length === 0) return 0;
    const used = new Uint8Array(de.length);
    let total = 0;
    for (const a of this.figures.en[i]!) {
      let best = 0;
      let bestAt = -1;
      for (let k = 0; k < de.length; k++) {
        if (used[k]) continue;
        const closeness = claimCloseness(a, de[k]!);
        if (closeness > best) {
          best = closeness;
          bestAt = k;
        }
      }
      if (bestAt < 0) continue;
      used[bestAt] = 1;
      total += best * Math.min(this.rarity.get(figureKey(a))!, this.rarity.get(figureKey(de[bestAt]!))!);
    }
    return total;
  }

  /**
   * Figures one sentence states that the other contradicts rather than omits: it states a figure of
   * the same type ("74,468,000 devices" beside "21,42 Millionen Geräte", "in 2015" beside "2016"),
   * none close. Two reports' sentences about one fact mostly share its figure.
   */
  unsharedFigures(i: number, j: number): number {
    const en = this.figures.en[i]!;
    const de = this.figures.de[j]!;
    if (en.length === 0 || de.length === 0) return 0;
    const unmatched = (mine: Claim[], theirs: Claim[]) =>
      mine.filter((a) => theirs.some((b) => b.type === a.type) && !theirs.some((b) => claimCloseness(a, b) > 0)).length;
    return unmatched(en, de) + unmatched(de, en);
  }

  /** The names the two sentences share, weighed by rarity; a country's adjective ("German", "deutsche") counts SOFT_NAME. */
  sharedNames(i: number, j: number): number {
    const de = this.names.de[j]!;
    let total = 0;
    for (const a of this.names.en[i]!) {
      const b = de.find((d) => d.key === a.key);
      if (b) total += Math.min(a.weight, b.weight) * this.rarity.get(a.key)!;
    }
    return total;
  }
}

/** An adjective of a country ("German", "deutsche") confirms it but says less than the name. */
export const SOFT_NAME = 0.5;

interface NameClaim {
  key: string;
  weight: number;
}

function figuresOf(claims: Claim[]): Claim[] {
  return claims.filter((c) => !c.soft && c.type !== 'entity' && c.type !== 'negation');
}

function figureKey(claim: Claim): string {
  return `${claim.type}|${claim.value}`;
}

/** One entry per name, at the higher weight when a sentence names it both ways. */
function namesOf(claims: Claim[]): NameClaim[] {
  const byKey = new Map<string, NameClaim>();
  for (const c of claims) {
    if (c.type !== 'entity') continue;
    const key = `${c.kind}|${c.value}`;
    const weight = c.soft ? SOFT_NAME : 1;
    const known = byKey.get(key);
    if (known) known.weight = Math.max(known.weight, weight);
    else byKey.set(key, { key, weight });
  }
  return [...byKey.values()];
}
