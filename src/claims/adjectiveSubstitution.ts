import type { Finding } from '../core/claims.js';
import type { Lang } from '../core/types.js';
import { subjects } from './claimSubjects.js';
import type { DiffContext, SideOf } from './diffContext.js';
import { PLACE_KINDS } from './gazetteer.js';
import type { LocatedClaim } from './lookup.js';

/**
 * A people's or a place's adjective where the other side has another's: "the Finnish group Koivula
 * Forest" / "der schwedische Konzern Koivula Forest". Such an adjective is a soft claim: it confirms
 * a place the other side names and is never reported alone, since translators drop and add them
 * freely. But where each side of a link keeps exactly one that met nothing, of one kind of place,
 * neither's place is named anywhere in the other side's link, and the words around the two
 * correspond ("group" / "Konzern"), the one stands where the other did: a substitution.
 */
export function substitutedAdjective(leftEn: LocatedClaim[], leftDe: LocatedClaim[], inLink: Record<Lang, LocatedClaim[]>, context: DiffContext, side: SideOf): Finding | undefined {
  const [en, de] = [leftEn.filter(isPlaceAdjectiveClaim), leftDe.filter(isPlaceAdjectiveClaim)];
  if (en.length !== 1 || de.length !== 1) return undefined;
  const [e, d] = [en[0]!, de[0]!];
  if (e.claim.kind !== d.claim.kind || e.claim.value === d.claim.value) return undefined;
  const namedIn = (items: LocatedClaim[], value: string) => items.some((item) => item.claim.type === 'entity' && item.claim.value === value);
  if (namedIn(inLink.de, e.claim.value) || namedIn(inLink.en, d.claim.value)) return undefined;
  if (subjects(e, d, context) !== 'same') return undefined;
  return { status: 'conflict', type: 'entity', en: side('en', e), de: side('de', d), basis: 'aligned', conflict: 'entity-substituted' };
}

function isPlaceAdjectiveClaim(item: LocatedClaim): boolean {
  return item.claim.type === 'entity' && item.claim.soft === true && PLACE_KINDS.has(item.claim.kind);
}
