import { describe, expect, it } from 'vitest';
import { lexiconChoice, usesShippedLexicon, type AlignOptionValues } from '../../../src/cli/alignOptions.js';

describe('usesShippedLexicon', () => {
  // align starts gunzipping the shipped lexicon by this answer before the settings are checked: it must
  // agree with the choice the settings then make, and refuse nothing itself.
  const lexicons: AlignOptionValues['lexicon'][] = [undefined, false, 'extra.tsv'];
  const modes: AlignOptionValues['lexiconMode'][] = [undefined, 'add', 'replace'];
  for (const lexicon of lexicons) {
    for (const lexiconMode of modes) {
      it(`--lexicon ${String(lexicon)}, --lexicon-mode ${String(lexiconMode)}`, () => {
        const options = { lexicon, lexiconMode };
        let shipped: boolean | 'refused';
        try {
          const choice = lexiconChoice(options);
          shipped = choice.kind === 'shipped' || (choice.kind === 'file' && choice.mode === 'add');
        } catch {
          shipped = 'refused';
        }
        const answer = usesShippedLexicon(options);
        if (shipped !== 'refused') expect(answer).toBe(shipped);
        else expect(typeof answer).toBe('boolean');
      });
    }
  }
});
