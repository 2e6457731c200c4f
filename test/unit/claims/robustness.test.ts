import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../../src/claims/index.js';
import type { AlignmentDocument } from '../../../src/core/types.js';
import { readerText } from '../../../src/segment/readerText.js';

/** Fragments that sit at the edges of the extractors' rules, glued together in random order. */
const FRAGMENTS = [
  '$7.5 billion', '7,5 Mrd.', 'Dollar', '29.04.', '2021', 'April 29', '29. April', '2:30 p.m.', '14.30 Uhr', '–', '-', 'to', 'bis',
  'between', 'zwischen', 'and', 'und', '5 %', 'percent', 'Prozentpunkte', 'minus', '−', 'Q3', 'third', 'dritten', 'a', 'ein', 'the',
  'zwölf', 'twelve', 'Munich', 'München', 'Münchner', 'FC', 'Bayern', 'Deutschen', 'Bahn', 'not', 'nicht', 'kein', ',', '(', ')', '.',
  '1.000', '1,000', '12 500', 'km', 'Meilen', 'GmbH', "'s", 'Microsofts', 'Kinvolk-Team', 'AKS', 'eBPF', 'decade', 'Jahrzehnt',
  '°C', '°F', 'Mio.', 'm', 'k', 'bn', '£', '€', '¥', 'Mai', 'May', 'in', ':', '\n', '„', '“', 'COVID-19', 'mid-2021', '1990s', '1990er',
  'unusable', 'non-', 'non', 'außer', 'Sie', 'ebenso wenig', 'fails to', 'Nicht-', 'nutzlos', 'No', '"', '5.6.', '5.10.2', '1.000.000',
  '<a href="#s">', '</a>', '<gui>', '</gui>', 'Become', 'Member',
];

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function sentence(random: () => number): string {
  const length = 1 + Math.floor(random() * 14);
  const words = Array.from({ length }, () => FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]!);
  return words.join(random() < 0.7 ? ' ' : '');
}

describe('diffClaims on random text made of tricky fragments', () => {
  it('never throws, and every side is the exact slice of its sentence', () => {
    const random = seeded(20260422);
    for (let round = 0; round < 300; round++) {
      // Half the rounds as clean mode would give them: the reader text without tags, the markup kept in `text`.
      const clean = random() < 0.5;
      const asSentence = (text: string) => (clean ? { text, clean: text.replace(/<[^>]*>/g, ''), start: 0, end: text.length } : { text, start: 0, end: text.length });
      const en = Array.from({ length: 3 }, () => sentence(random)).map(asSentence);
      const de = Array.from({ length: 3 }, () => sentence(random)).map(asSentence);
      const doc = {
        format: 'satzpaar-alignment',
        version: 1,
        mode: random() < 0.5 ? 'parallel' : 'comparable',
        sentences: { en, de },
        alignments: [
          { en: [0], de: [0], score: random() },
          { en: [1], de: [1, 2], score: random() },
          { en: [2], de: [], score: 0 },
        ],
      } as unknown as AlignmentDocument;
      const findings = diffClaims(doc);
      for (const f of findings) {
        expect(f.en ?? f.de).not.toBeNull();
        for (const lang of ['en', 'de'] as const) {
          const side = f[lang];
          if (!side) continue;
          expect(side.start).toBeGreaterThanOrEqual(0);
          expect(side.end).toBeGreaterThan(side.start);
          expect(readerText(doc.sentences[lang][side.sentence]!).slice(side.start, side.end)).toBe(side.text);
        }
      }
      expect(diffClaims(doc)).toEqual(findings);
    }
  });
});
