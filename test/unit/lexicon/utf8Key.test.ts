import { describe, expect, it } from 'vitest';
import { utf8Bytes } from '../../../src/lexicon/sortedKeys.js';

// Non-ASCII look-up keys are encoded by hand into a reused array; they must be Buffer.from's bytes exactly.
describe('utf8Bytes', () => {
  it("gives Buffer.from's bytes for umlauts, other scripts, astral characters and lone surrogates", () => {
    const units = [0x41, 0x7f, 0x80, 0xe4, 0xdf, 0x7ff, 0x800, 0x20ac, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff];
    let seed = 25;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const samples = ['größe', 'straße', 'Ærø', '日本語', '😀x', '\ud83d', '\ude00a', 'a\ud83d\ud83d\ude00', 'x'.repeat(200) + 'ü'];
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const length = Math.floor(random() * 12);
      for (let k = 0; k < length; k++) text += String.fromCharCode(random() < 0.5 ? units[Math.floor(random() * units.length)]! : Math.floor(random() * 0x10000));
      samples.push(text);
    }
    for (const text of samples) expect([...utf8Bytes(text)]).toEqual([...Buffer.from(text, 'utf8')]);
  });
});
