import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';

/**
 * An hour said as a bare number: "opens at half past seven on weekdays and at eight on Saturdays" =
 * "um halb acht … und samstags um 8 Uhr"; "the train leaves at six". After "at" / "um", a number from
 * one to twelve is a time of day where the sentence names a time already, or, spelled out, where a verb
 * of a timetable stands just before; elsewhere it is a count or an age ("started playing at eight", "the
 * link count starts at 2"). Read on a 12-hour clock
 * (see Claim.twelveHour).
 */
const AT: Record<Lang, RegExp> = { en: /(?:^|[^\p{L}])at\s+$/iu, de: /(?:^|[^\p{L}])um\s+$/iu };
const TIMETABLE_VERB: Record<Lang, RegExp> = {
  en: /(?:^|[^\p{L}])(?:opens?|opened|closes?|closed|starts?|begins?|began|departs?|departed|leaves?|left|arrives?|arrived|ends?|ended|finish(?:es|ed)?|kicks?\s+off|meets?|resumes?|reopens?)(?:\s+\p{L}+){0,3}\s+at\s+$/iu,
  de: /(?:^|[^\p{L}])(?:öffnet|schließt|beginnt|startet|fährt|endet|trifft|schloss|öffnete|begann)(?:\s+\p{L}+){0,3}\s+um\s+$/iu,
};
/** What may follow the hour: the end of the clause or a word that is no noun it counts ("at eight on Saturdays", "at six sharp"). */
const AFTER: Record<Lang, RegExp> = {
  en: /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:on|in|and|or|sharp|tonight|tomorrow|today|every|each|the|this|that|local|until|to|before|after|when|while|but)(?![\p{L}]))/iu,
  de: /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:am|an|und|oder|pünktlich|heute|morgen|jeden|jede|bis|los|ab|auf)(?![\p{L}]))/iu,
};

/**
 * British English writes a time with a dot ("at 7.15 this morning"), which reads as a decimal unless
 * a part of the day follows: "at 1.25 on Monday" may be a price.
 */
const DOTTED_TIME = /^([01]?\d|2[0-3])\.([0-5]\d)$/;
const PART_OF_DAY_AFTER = /^\s+(?:this\s+(?:morning|afternoon|evening)|tonight|last\s+night|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|local\s+time|on\s+\p{Lu}\p{Ll}+day\s+(?:morning|afternoon|evening|night))(?![\p{L}])/u;

/** A time in four digits before its zone, as agencies write it: "at 2300 CET", "0600 GMT". */
const FOUR_DIGIT_TIME = /^([01]\d|2[0-3])([0-5]\d)$/;
const ZONE_AFTER = /^\s*(?:CET|CEST|GMT|UTC|BST|EST|EDT|CST|PST|PDT|MEZ|MESZ|MSK)(?![\p{L}])/u;

export function withBareHours(text: string, lang: Lang, claims: Claim[]): Claim[] {
  const timed = claims.some((claim) => claim.type === 'time');
  return claims.map((claim) => {
    if (claim.type !== 'number' || claim.kind !== 'number' || claim.soft) return claim;
    const zoned = FOUR_DIGIT_TIME.exec(text.slice(claim.start, claim.end));
    if (zoned && ZONE_AFTER.test(text.slice(claim.end, claim.end + 8))) return { type: 'time', kind: 'time', start: claim.start, end: claim.end, value: `${zoned[1]}:${zoned[2]}` };
    const dotted = lang === 'en' ? DOTTED_TIME.exec(text.slice(claim.start, claim.end)) : null;
    if (dotted && AT.en.test(text.slice(Math.max(0, claim.start - 8), claim.start)) && PART_OF_DAY_AFTER.test(text.slice(claim.end, claim.end + 40))) {
      const hour = Number(dotted[1]);
      return { type: 'time', kind: 'time', start: claim.start, end: claim.end, value: `${String(hour).padStart(2, '0')}:${dotted[2]}`, ...(hour <= 12 ? { twelveHour: true } : {}) };
    }
    const hour = Number(claim.value);
    if (!Number.isInteger(hour) || hour < 1 || hour > 12) return claim;
    const before = text.slice(Math.max(0, claim.start - 60), claim.start);
    if (!AT[lang].test(before) || !AFTER[lang].test(text.slice(claim.end, claim.end + 16))) return claim;
    // With a verb of a timetable alone, only a spelled hour: "starts at 2" is as often a counter's first value.
    if (!timed && (!TIMETABLE_VERB[lang].test(before) || /\d/.test(text.slice(claim.start, claim.end)))) return claim;
    return { type: 'time', kind: 'time', start: claim.start, end: claim.end, value: `${String(hour).padStart(2, '0')}:00`, twelveHour: true };
  });
}
