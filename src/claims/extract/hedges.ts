/**
 * A hedge before a figure bounds or rounds it and leaves its reading as it was: "fell by almost a
 * fifth", "by well over a quarter", "by close to a third", "um knapp ein Fünftel", "um deutlich mehr
 * als ein Drittel". A grammar of the hedge (an optional degree, then a bound or an approximation), so
 * that no hedge left out turns a fraction back into an ordinal ("by almost a fifth" as "#5").
 */
export const EN_HEDGE = String.raw`(?:(?:(?:just|well|slightly|a\s+little|far|much)\s+)?(?:over|under|above|below|more\s+than|less\s+than|fewer\s+than)|almost|nearly|about|around|roughly|approximately|some|close\s+to|at\s+least|at\s+most|up\s+to|just)\s+`;
export const DE_HEDGE = String.raw`(?:(?:(?:knapp|deutlich|etwas|weit|gut|klar|fast)\s+)?(?:mehr\s+als|weniger\s+als|über|unter)|fast|knapp|beinahe|nahezu|annähernd|ungefähr|etwa|circa|ca\.|zirka|rund|gut|mindestens|höchstens|bis\s+zu)\s+`;

/**
 * Words that may follow the fraction of a change in English, none a noun the fraction could count ("by a
 * third party"): prepositions, conjunctions and words of time and cause ("fell by a fifth because of …",
 * "rose by a quarter last year").
 */
export const EN_AFTER_FRACTION = String.raw`(?:by|until|in|on|at|from|since|over|compared|against|to|between|during|last|this|next|previous|coming|again|overall|annually|already|and|or|but|while|after|before|within|than|as|when|each|per|year|years|the|its|their|of|because|due|amid|despite|thanks|owing|for)`;
