import type { Lang } from '../core/types.js';
import { correspondence, type Correspondence } from './context.js';
import { place, sentenceWords, type DiffContext } from './diffContext.js';
import type { LocatedClaim } from './lookup.js';
import { isNeverAlone } from './looseClaims.js';

/** Whether the words around two claims of a link show them to be about the same thing (see context.ts). */
export function subjects(e: LocatedClaim, d: LocatedClaim, context: DiffContext): Correspondence {
  return correspondence([near('en', e, context), near('de', d, context)], () => [elsewhereThan('en', e, context), elsewhereThan('de', d, context)]);
}

/**
 * The words of a claim's sentence that may show it is about something else: all of them but those
 * near another claim of its type. "The law was passed on 2 May and came into force on 10 October" /
 * "Das Gesetz trat am 10. Oktober in Kraft, beschlossen wurde es am 7. Mai": "Gesetz" stands by the
 * other date, whose claim is the sentence's topic too, and says nothing of 7 May. A time said loosely
 * ("next week", "in spring") dates its clause's event as a whole, and a translator puts it anywhere in
 * the clause: the words of its own clause are none of something else ("The wine fair will be held in
 * Düsseldorf in spring" / "Die Weinmesse findet im Herbst in Düsseldorf statt").
 */
function elsewhereThan(lang: Lang, item: LocatedClaim, context: DiffContext): ReadonlySet<number | string> {
  const all = sentenceWords(context, lang, item.sentence);
  const taken = new Set<number | string>(isNeverAlone(item.claim) ? context.contexts.around(place(lang, item, context), lang, WHOLE_CLAUSE) : []);
  const others = (context.claims[lang][item.sentence] ?? []).filter((claim) => claim !== item.claim && claim.type === item.claim.type && !claim.soft);
  for (const claim of others) for (const key of near(lang, { sentence: item.sentence, claim }, context)) taken.add(key);
  return taken.size === 0 ? all : new Set([...all].filter((key) => !taken.has(key)));
}

const WHOLE_CLAUSE = { before: Infinity, after: Infinity };

/** The words around a claim (see ClaimContexts.around), once per claim. */
export function near(lang: Lang, item: LocatedClaim, context: DiffContext): ReadonlySet<number | string> {
  return context.contexts.aroundOnce(item.claim, () => context.contexts.around(place(lang, item, context), lang));
}
