import type { Claim } from '../claim.js';
import type { NumericAtom } from './atom.js';
import { atomClaim } from './numeric.js';
import { clauseAround, clauseStart, germanVerbsOfChange } from './changes.js';

/**
 * Two numbers joined by a range connector are one claim: "2015–2018" = "2015 bis 2018",
 * "10 to 20 percent" = "10 bis 20 Prozent". A bare first number takes the second one's scale and
 * qualifier ("5 to 7 million dollars"), so both languages normalise to the same value.
 */
// "the 18-to-29 age group" joins the ends with hyphens.
const CONNECTOR = /^\s*(?:[-\u2010\u2011\u2012\u2013\u2014]|to|through|until|bis|auf|and|und|from|[-\u2010]to[-\u2010])\s*$/u;
const BETWEEN = /(?:between|zwischen)\s+$/iu;
const FROM = /(?:from|von)\s+$/iu;
const TO_BEFORE = /(?:^|[^\p{L}])to\s+$/iu;
/** "by", "um", with a hedge between ("by about 1,200 to 23,400", "um rund 1.200 auf 23.400"). */
const BY = /(?:^|[^\p{L}])(?:by|um)\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|rund|etwa|circa|ca\.|knapp|gut|fast|ungefähr)\s+)?$/iu;

export function claimsFromAtoms(text: string, atoms: NumericAtom[]): Claim[] {
  const claims: Claim[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const first = atoms[i]!;
    const second = currencyForward(first, atoms[i + 1]);
    const connection = second && !first.ordinal && !second.ordinal ? connectionOf(text, first, second) : undefined;
    if (second && connection === 'level') {
      // A change and the level it reached, each with its own scale: "by 850,000 to 9.6 million" is no 850,000
      // million. The currency or unit written once is both's: "um 1,7 Milliarden auf 26,2 Milliarden Euro".
      claims.push(atomClaim(isQualified(first) ? first : { ...first, ...inSubunitOf(first, second), currency: second.currency, openCurrency: second.openCurrency, unit: second.unit }), atomClaim(second));
      i++;
      continue;
    }
    if (second && connection === 'change') {
      // The old value and the new, each a claim; a bare old value is said in the new one's unit.
      claims.push(atomClaim(isQualified(first) ? first : inherit(first, second)), atomClaim(second));
      i++;
      continue;
    }
    if (second && connection === 'range') {
      const lower = atomClaim(inherit(first, second));
      const upper = atomClaim(second);
      // A range runs upwards ("3 to 1" is a score) and both ends are the same kind of quantity
      // ("by 0.5 percentage points to 3%" is a change and its result).
      if (lower.type === upper.type && sameQualifier(inherit(first, second), second) && magnitude(inherit(first, second)) <= magnitude(second)) {
        claims.push({
          type: 'range',
          kind: `${upper.type}:${upper.kind}`,
          start: first.start,
          end: second.end,
          value: `${lower.value}..${upper.value}`,
          ...(lower.openCurrency && upper.openCurrency ? { openCurrency: upper.openCurrency } : {}),
        });
        i++;
        continue;
      }
    }
    claims.push(atomClaim(first));
  }
  return claims;
}

/** "€128–143" is €128 to €143: a currency written before the first number only is the second's too. */
function currencyForward(first: NumericAtom, second: NumericAtom | undefined): NumericAtom | undefined {
  if (!second || !first.currency || isQualified(second) || second.ordinal) return second;
  return { ...second, currency: first.currency, openCurrency: first.openCurrency, fourDigits: false };
}

/**
 * How two numbers are joined: as the ends of a range, as the old and the new value of a change ("rose
 * from €9.99 to €12.99" = "verteuert sich von 9,99 auf 13,99 Euro", where a range would hide which
 * value changed), as a change and the level it reached ("grew by 3,200 to 48,500"), or not at all.
 */
function connectionOf(text: string, first: NumericAtom, second: NumericAtom): 'range' | 'change' | 'level' | undefined {
  // A compound's shared tail is left out: "20- bis 30-Jährige" is "20-Jährige bis 30-Jährige", "20- to 30-year-olds" alike.
  const between = text.slice(first.end, second.start).replace(/^[-\u2010](?=\s+(?:bis|to)\s)/u, '');
  if (!CONNECTOR.test(between)) return undefined;
  const word = between.trim().toLowerCase();
  const before = text.slice(Math.max(0, first.start - 24), first.start);
  if (word === 'and' || word === 'und') return BETWEEN.test(before) ? 'range' : undefined;
  // "raised its rate to 50% from 45%": the new value first, then the old.
  if (word === 'from') return TO_BEFORE.test(before) ? 'change' : undefined;
  // "rose by 4 percent in 2023 to 820,000": the year says when, the figure after it is the level reached.
  if (isYearAtom(first) && !isYearAtom(second) && /(?:^|[^\p{L}])(?:in|im)\s+$/iu.test(before)) return undefined;
  // "rose by 2% to 5%" / "um 2 % auf 5 %" is a change and the new level; "by 10 to 20 percent",
  // with the unit written once, is a range.
  if (BY.test(before) && isQualified(first)) return undefined;
  // "grew by 3,200 to 48,500" / "um 3200 auf 48.500": a change and the level it reached, which lie
  // far apart, where the ends of a range ("by 5 to 6 percent") are of one size.
  if (BY.test(before) && magnitude(second) >= CHANGE_AND_LEVEL * magnitude(first)) return 'level';
  // "stieg von 2 auf 3 Prozent" is a change from 2 to 3 percent, as "rose from 2 to 3 percent" is;
  // without a verb of change "von 0 auf 80 Prozent" runs from one end to the other ("lädt in 35
  // Minuten von 0 auf 80 Prozent" = "charges from 0 to 80 per cent").
  if (word === 'auf') {
    if (!FROM.test(before)) return undefined;
    const { up, down } = germanVerbsOfChange(clauseAround(text, first.start, second.end));
    return up || down ? 'change' : 'range';
  }
  // Two years are a period, whatever changed over it ("rose from 2015 to 2018" = "stiegen von 2015 bis 2018").
  if (word === 'to' && FROM.test(before) && !(isYearAtom(first) && isYearAtom(second)) && CHANGE_BEFORE.test(text.slice(clauseStart(text, first.start), first.start))) return 'change';
  // A hyphen between spaced numbers is more often a minus or a dash in a list than a range.
  if (/^[-\u2010\u2011]$/.test(word)) return between.length === 1 && !isScore(text, first, second) ? 'range' : undefined;
  if (word === '\u2013' && isScore(text, first, second)) return undefined;
  return 'range';
}

/**
 * A match's score, "lost 2-4", "a 2-2 draw", "beat them 1–3", is two figures, as German "2:4" is;
 * a range runs upwards only by chance.
 */
function isScore(text: string, first: NumericAtom, second: NumericAtom): boolean {
  if (isQualified(first) || isQualified(second) || first.n >= 100 || second.n >= 100 || !Number.isInteger(first.n) || !Number.isInteger(second.n)) return false;
  return SCORE_BEFORE.test(text.slice(Math.max(0, first.start - 60), first.start)) || SCORE_AFTER.test(text.slice(second.end, second.end + 24));
}
const SCORE_BEFORE = /(?:^|[^\p{L}])(?:won|wins?|winning|lost|lose|loses|losing|beat|beats|beaten|drew|draws?|drawn|defeat\p{L}*|victory|scored?|trail\p{L}*|led|leads?|leading|thrash\p{L}*|edged?|routed?|hammered)(?![\p{L}])[^.;:!?]*$/iu;
const SCORE_AFTER = /^\s+(?:win|victory|defeat|draw|loss|lead|home\s+win|away\s+win|scoreline|on\s+aggregate|after\s+extra\s+time)(?![\p{L}])/iu;

/** How many times larger than the change after "by" the second figure must be to be the level it reached. */
const CHANGE_AND_LEVEL = 5;

/**
 * A verb of change before "from" in its clause: "rose from", "will rise in April from", "raise the price of the
 * PlayStation 5 Digital Edition in Germany from", as German finds its verb anywhere in the clause.
 */
const CHANGE_BEFORE = /(?:^|[^\p{L}])(?:ris(?:e|es|en|ing)|rose|increas\p{L}*|gr[eo]w\p{L}*|climb\p{L}*|jump\p{L}*|soar\p{L}*|rais\p{L}*|f[ae]ll\p{L}*|drop\p{L}*|declin\p{L}*|decreas\p{L}*|cut|cuts|cutting|reduc\p{L}*|lower\p{L}*|chang\p{L}*|went|go(?:es)?|moved?)(?:\s+\S+)*?\s+(?:from|\p{Ll}+\s+from)\s+[^\s\d]*$/iu;

function isYearAtom(atom: NumericAtom): boolean {
  return atom.fourDigits && atom.n >= 1800 && atom.n <= 2199;
}

/** A number in its unit's base ("between 90 minutes and two hours" runs upwards). */
function magnitude(atom: NumericAtom): number {
  return atom.n * (atom.unit?.factor ?? 1);
}

function isQualified(atom: NumericAtom): boolean {
  return atom.currency !== undefined || atom.unit !== undefined || atom.percent === true || atom.perMille === true || atom.points !== undefined || atom.factor === true;
}

function sameQualifier(a: NumericAtom, b: NumericAtom): boolean {
  return a.currency === b.currency && a.unit?.dimension === b.unit?.dimension && !!a.percent === !!b.percent && !!a.perMille === !!b.perMille && a.points === b.points && !!a.factor === !!b.factor;
}

/** A bare figure that takes its currency from "95 Cent" is cents too: "von 85 auf 95 Cent" = "from 85 cents to 95 cents". */
function inSubunitOf(first: NumericAtom, second: NumericAtom): Partial<NumericAtom> {
  return second.subunit === undefined ? {} : { n: first.n / second.subunit, subunit: second.subunit };
}

function inherit(first: NumericAtom, second: NumericAtom): NumericAtom {
  // "$5 to $7 million" is five million dollars to seven million: the scale word applies to both.
  const scaled = first.scale === undefined && second.scale !== undefined;
  const withScale = scaled ? { ...first, n: first.n * second.scale!, scale: second.scale, fourDigits: false } : first;
  if (isQualified(first)) return withScale;
  return {
    ...withScale,
    ...inSubunitOf(withScale, second),
    currency: second.currency,
    openCurrency: second.openCurrency,
    factor: second.factor,
    unit: second.unit,
    percent: second.percent,
    perMille: second.perMille,
    points: second.points,
    fourDigits: withScale.fourDigits && second.fourDigits,
  };
}
