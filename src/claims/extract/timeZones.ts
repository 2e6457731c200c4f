import type { Claim } from '../claim.js';

/**
 * A time with its zone: "0432 GMT" = "5.32 Uhr MEZ", "2300 CET" = "23.00 Uhr MEZ". Agencies give the
 * local time and one in a zone their readers know, each language its own zone, so two times are
 * compared in UTC where both name a zone (see Claim.zone). Winter offsets: the zone's name says which
 * ("MESZ", "CEST", "BST" are the summer ones).
 */
const OFFSETS: Readonly<Record<string, number>> = {
  GMT: 0, UTC: 0, UT: 0, Z: 0, WET: 0,
  BST: 60, CET: 60, MEZ: 60, WEST: 60,
  CEST: 120, MESZ: 120, EET: 120, OEZ: 120,
  EEST: 180, OESZ: 180, MSK: 180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};
const ZONE_AFTER = new RegExp(String.raw`^\.?\s*(?:Uhr\s*)?\(?\s*(${Object.keys(OFFSETS).join('|')})\)?(?![\p{L}])`, 'u');

export function withTimeZones(text: string, claims: Claim[]): Claim[] {
  return claims.map((claim) => {
    if (claim.type !== 'time') return claim;
    const zone = ZONE_AFTER.exec(text.slice(claim.end, claim.end + 12));
    return zone ? { ...claim, zone: OFFSETS[zone[1]!]! } : claim;
  });
}

/** Minutes after midnight UTC of a zoned time ("05:32" in MEZ → 272). */
export function utcMinutes(claim: Claim): number | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(claim.value);
  if (!m || claim.zone === undefined) return undefined;
  return (((Number(m[1]) * 60 + Number(m[2]) - claim.zone) % 1440) + 1440) % 1440;
}
