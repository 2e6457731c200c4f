import type { Finding } from '../core/claims.js';
import type { Lang } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import type { DiffContext, SideOf } from './diffContext.js';
import type { LocatedClaim } from './lookup.js';
import type { Span } from './negationSlot.js';

/**
 * A release against a bond of the same people: an exemption against a duty ("Tenants who receive housing benefit are
 * exempt from the new waste fee" / "Mieter, die Wohngeld beziehen, müssen die neue Müllgebühr ebenfalls zahlen"), a ban
 * against a permission ("The defendant is still banned from driving" / "Der Angeklagte darf wieder Auto fahren").
 * "exempt", "befreit", "banned" and "verboten" are words that negate inside (negativeWords.ts), too weak alone; but a
 * side that binds or allows where the other releases or bans says the opposite. Only where that side has no cue and
 * no such word at all (a "nicht", "kein", "entfällt", "-frei" or "befreit" renders the exemption) and does not limit
 * what it says to some ("müssen nur Erwachsene zahlen" leaves the rest exempt). Undefined where there is none.
 */
export function releaseAgainstBond(unit: Record<Lang, Span[]>, cues: Record<Lang, LocatedClaim[]>, context: DiffContext, side: SideOf): Finding | undefined {
  for (const lang of ['en', 'de'] as const) {
    const other: Lang = lang === 'en' ? 'de' : 'en';
    if (cues[other].length > 0) continue;
    for (const { release, bond } of OPPOSITIONS) {
      const released = cues[lang].find((cue) => release[lang].test(side(lang, cue).text));
      if (released === undefined) continue;
      for (const span of unit[other]) {
        const text = readerText(context.sentences[other][span.sentence]!).slice(span.start, span.end);
        const bound = bond[other].exec(text);
        if (bound === null || LIMITED[other].test(text)) continue;
        const saying: LocatedClaim = { sentence: span.sentence, claim: { type: 'negation', kind: 'negation', start: span.start + bound.index, end: span.start + bound.index + bound[0].length, value: 'affirmative' } };
        const [en, de] = lang === 'en' ? [released, saying] : [saying, released];
        return { status: 'conflict', type: 'negation', en: side('en', en), de: side('de', de), basis: 'stance', conflict: 'negation' };
      }
    }
  }
  return undefined;
}

/** The words of exemption among the words that negate inside (the cue's whole text). */
const EXEMPTION: Record<Lang, RegExp> = {
  en: /^exempt(?:s|ed)?$/iu,
  de: /^(?:befreit|freigestellt)(?:e[mnrs]?)?$/iu,
};

/** Must, have to, be required or obliged to: "müssen", "sind verpflichtet", "haben … zu zahlen". */
const DUTY: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:must|ha(?:ve|s|d)\s+to|(?:is|are|was|were|be)\s+(?:(?:required|obliged|obligated)\s+to|liable\s+(?:to|for)))(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:muss|musst|müssen|müsst|musste|mussten|müsse|müsste|müssten|(?:ist|sind|war|waren|sei|seien)\s+(?:\p{Ll}+\s+){0,2}?verpflichtet|(?:hat|haben|hatte|hatten)\s+(?:[^\s,.;:!?]+\s+){0,5}?zu\s+(?:zahlen|bezahlen|entrichten|tragen|leisten))(?![\p{L}])/iu,
};

/** The words of a ban among the words that negate inside. */
const BAN: Record<Lang, RegExp> = {
  en: /^(?:banned|barred|prohibited|forbidden)(?:\s+from)?$/iu,
  de: /^(?:verboten|untersagt)(?:e[mnrs]?)?$/iu,
};

/** Leave to do it: "may", "are allowed to"; "darf", "dürfen" (not "dürfte", which guesses: "dürfte teuer werden"). */
const PERMISSION: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:may|(?:is|are|was|were|be)\s+(?:allowed|permitted)\s+to)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:darf|darfst|dürfen|dürft|durfte|durften|dürfe)(?![\p{L}])/iu,
};

const OPPOSITIONS: ReadonlyArray<{ release: Record<Lang, RegExp>; bond: Record<Lang, RegExp> }> = [
  { release: EXEMPTION, bond: DUTY },
  { release: BAN, bond: PERMISSION },
];

/** A duty said of some only, which leaves the others exempt: "only adults have to pay", "müssen nur Erwachsene zahlen". */
const LIMITED: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:only|solely|alone)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:nur|lediglich|allein|ausschließlich)(?![\p{L}])/iu,
};
