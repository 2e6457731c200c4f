import type { Finding } from '../core/claims.js';
import type { Lang } from '../core/types.js';
import { readerText } from '../segment/readerText.js';
import type { DiffContext, SideOf } from './diffContext.js';
import { DENIAL_VERBS } from './extract/negation.js';
import { CLAUSE_END, SPAN } from './extract/stanceClauses.js';
import type { LocatedClaim } from './lookup.js';
import { negatesClosely } from './negationCues.js';
import type { Span } from './negationSlot.js';

/**
 * A denial against an admission of the same deed: "The farmer admitted that he had docked the tails without
 * anaesthesia" / "Der Landwirt bestritt, … ohne Betäubung die Schwänze kupiert zu haben". A denial is a negation
 * cue (negation.ts); where the other side has a cue too ("without" / "ohne"), the sentences' polarity agrees, and where
 * it has only a word that negates inside ("räumte ein, … unerlaubt gefällt zu haben"), that word seems to render the
 * denial's "without": either way the denial went unseen. An admission says the deed was done, so it stands against a
 * denial as an assent against a
 * refusal does: a conflict, where the admitting side denies nothing and no cue turns its admission ("did not admit",
 * "gab nicht zu"). Undefined where there is none.
 */
export function admissionAgainstDenial(unit: Record<Lang, Span[]>, hard: Record<Lang, LocatedClaim[]>, context: DiffContext, side: SideOf): Finding | undefined {
  for (const lang of ['en', 'de'] as const) {
    const other: Lang = lang === 'en' ? 'de' : 'en';
    const textOf = (l: Lang, sentence: number) => readerText(context.sentences[l][sentence]!);
    const denies = (l: Lang, cue: LocatedClaim) => DENIAL[l].test(textOf(l, cue.sentence).slice(cue.claim.start, cue.claim.end));
    // A denial a cue turns admits ("did not deny that"), and a side that denies one thing may admit another ("denied
    // selling the data, but admitted that …"): only a side that admits nothing denies against the other's admission.
    // The cue that turns a denial is the one right before it: a sentence of 200,000 cues stays linear.
    const denial = hard[lang].find((cue, i) => denies(lang, cue) && !(i > 0 && negatesClosely(lang, hard[lang][i - 1]!, cue, context)));
    if (denial === undefined || hard[other].some((cue) => denies(other, cue))) continue;
    if (unit[lang].some((span) => admissionIn(lang, textOf(lang, span.sentence).slice(span.start, span.end)) !== undefined)) continue;
    for (const span of unit[other]) {
      const admission = admissionIn(other, textOf(other, span.sentence).slice(span.start, span.end));
      if (admission === undefined) continue;
      const admitted: LocatedClaim = { sentence: span.sentence, claim: { type: 'negation', kind: 'negation', start: span.start + admission.index, end: span.start + admission.index + admission[0].length, value: 'affirmative' } };
      const [en, de] = lang === 'en' ? [denial, admitted] : [admitted, denial];
      return { status: 'conflict', type: 'negation', en: side('en', en), de: side('de', de), basis: 'stance', conflict: 'negation' };
    }
  }
  return undefined;
}

/** The first admission in `text` that no cue turns. */
function admissionIn(lang: Lang, text: string): RegExpExecArray | undefined {
  for (const m of text.matchAll(ADMISSION[lang])) if (!TURNED[lang].test(m[0]) && !CUE_BEFORE[lang].test(text.slice(Math.max(0, m.index - CUE_REACH), m.index))) return m;
  return undefined;
}

/** A cue that is a verb of denial (negation.ts). */
const DENIAL: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`^(?:${DENIAL_VERBS.en}|deny)$`, 'iu'),
  de: new RegExp(String.raw`^(?:${DENIAL_VERBS.de})$`, 'iu'),
};

/** Verbs that own to a deed: "admitted", "confessed", "acknowledged", "conceded"; "gab … zu", "räumte … ein", "gestand". */
const ADMISSION: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:admit(?:s|ted|ting)?|confess(?:es|ed|ing)?|acknowledg(?:e|es|ed|ing)|conced(?:e|es|ed|ing)|own(?:s|ed)\s+up)(?![\p{L}])/giu,
  de: new RegExp(
    String.raw`(?<![\p{L}])(?:gestand(?:en)?|gesteh(?:t|en)|(?:gab|gaben|gibt|geben)${SPAN}zu${CLAUSE_END}|zugegeben|zuzugeben|zugeben|(?:räumt|räumte|räumten|räumen)${SPAN}ein${CLAUSE_END}|eingeräumt|einzuräumen|einräumen)(?![\p{L}])`,
    'giu',
  ),
};

/** A cue inside a German admission's span: "gab den Fehler nicht zu". */
const TURNED: Record<Lang, RegExp> = { en: /(?!)/u, de: /(?<![\p{L}])(?:nicht|nie|niemals|kein\p{Ll}*)(?![\p{L}])/iu };

/** How far before an admission a cue that turns it may start ("has not yet formally"). */
const CUE_REACH = 40;

/** A cue just before the admission: "did not admit", "has never acknowledged", "nicht zugegeben" read backwards. */
const CUE_BEFORE: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:not|never|cannot|\p{Ll}{1,6}n['’]t|refus(?:e|es|ed)\s+to|fail(?:s|ed)?\s+to)\s+(?:\p{Ll}+\s+)?$/iu,
  de: /(?<![\p{L}])(?:nicht|nie|niemals)\s+(?:\p{Ll}+\s+)?$/iu,
};
