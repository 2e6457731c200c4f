import type { SentenceFeatures } from '../analyse/features.js';
import type { AlignMode, AlignmentLink, ModeChoice } from '../core/types.js';
import { alignComparable } from './comparable.js';
import { completeLinks } from './links.js';
import { chooseMode } from './mode.js';
import { alignParallel } from './parallel.js';

export interface AlignOutcome {
  mode: AlignMode;
  modeReason: string;
  links: AlignmentLink[];
}

/** Aligns analysed sentences; every sentence ends up in exactly one link. */
export function alignSentences(en: SentenceFeatures[], de: SentenceFeatures[], choice: ModeChoice): AlignOutcome {
  const decision = choice === 'auto' ? chooseMode(en, de) : { mode: choice, reason: `forced with --mode ${choice}` };
  const links = decision.mode === 'parallel' ? alignParallel(en, de) : alignComparable(en, de);
  return { mode: decision.mode, modeReason: decision.reason, links: completeLinks(links, en.length, de.length) };
}
