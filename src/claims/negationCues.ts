import type { Lang } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import type { DiffContext } from './diffContext.js';
import type { LocatedClaim } from './lookup.js';

/** The cues that negate outright. */
export const STRONG_CUE = /^(?:nicht|not|no|never|nie|niemals|cannot|kein\p{Ll}*|\p{L}*n['’]t)$/iu;

/** "without", "ohne": a cue that says how a thing is done, or the "only with" a cue before it cancels. */
export const WITHOUT_CUE = /^(?:without|ohne)$/iu;

/** The particles and auxiliaries that may stand between a cue and the word it negates. */
const CLOSE_PARTICLES = 'mehr|zu|länger|ganz|so|sehr|einmal|immer|be|been|being|to|longer|very|entirely|fully|always|yet|quite';

/** Between a cue and the word it negates at most two particles or auxiliaries: "nicht mehr zu verhindern", "cannot be prevented". */
export const NEGATED_CLOSE_AFTER = new RegExp(String.raw`^(?:\s+(?:${CLOSE_PARTICLES})){0,2}\s+$`, 'u');

/** One such particle at the start of a text. */
export const CLOSE_PARTICLE = new RegExp(String.raw`^(?:${CLOSE_PARTICLES})(?![\p{L}])`, 'u');

/** Whether `cue` negates `word`, which follows it closely in its sentence ("not unusual", "nicht mehr zu verhindern"). */
export function negatesClosely(lang: Lang, cue: LocatedClaim, word: LocatedClaim, context: DiffContext): boolean {
  return word !== cue && word.sentence === cue.sentence && word.claim.start >= cue.claim.end && NEGATED_CLOSE_AFTER.test(readerText(context.sentences[lang][cue.sentence]!).slice(cue.claim.end, word.claim.start));
}
