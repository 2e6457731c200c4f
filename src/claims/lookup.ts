import type { Claim } from './claim.js';
import { indexKeys, queryKeys } from './equality.js';

export interface LocatedClaim {
  sentence: number;
  claim: Claim;
}

/**
 * Where each claim value first occurs in one document: answers "does the other document state this
 * anywhere?" in constant time, so the document-wide check costs no sentence × sentence comparison.
 */
export class ClaimLookup {
  private readonly first = new Map<string, LocatedClaim>();

  constructor(claimsBySentence: Claim[][]) {
    claimsBySentence.forEach((claims, sentence) => {
      for (const claim of claims) {
        for (const key of indexKeys(claim)) if (!this.first.has(key)) this.first.set(key, { sentence, claim });
      }
    });
  }

  find(claim: Claim): LocatedClaim | undefined {
    for (const key of queryKeys(claim)) {
      const found = this.first.get(key);
      if (found) return found;
    }
    return undefined;
  }
}
