/**
 * Values by word type, looked up by a word's place in its text rather than by the word as a string. A
 * document has some 300k words of a few thousand types; cutting each word out of its sentence to look it up
 * in a Map made a string per word, hashed it and left it to the garbage collector. Here the hash is taken
 * from the text's characters and a word is cut out once, the first time its type is met.
 * Open addressing over a power-of-two table of slots, each holding a type's number plus one (0: empty).
 */
export class WordTypes<T> {
  private slots = new Int32Array(1024);
  private readonly hashes: number[] = [];
  private readonly words: string[] = [];
  private readonly values: T[] = [];

  /** How many types are stored. */
  get size(): number {
    return this.words.length;
  }

  /** The value of the word `text[start, end)`, made by `make` (given the word) the first time its type is met. */
  valueAt(text: string, start: number, end: number, make: (word: string) => T): T {
    const hash = hashOf(text, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const type = this.slots[slot]! - 1;
      if (type < 0) return this.add(slot, hash, text.slice(start, end), make);
      if (this.hashes[type] === hash && sameWord(this.words[type]!, text, start, end)) return this.values[type]!;
    }
  }

  private add(slot: number, hash: number, word: string, make: (word: string) => T): T {
    const value = make(word);
    this.words.push(word);
    this.values.push(value);
    this.hashes.push(hash);
    this.slots[slot] = this.words.length;
    // Kept at most half full, so that probe runs stay short.
    if (2 * this.words.length > this.slots.length) this.grow();
    return value;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, type) => {
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = type + 1;
    });
    this.slots = slots;
  }
}

/** FNV-1a over the UTF-16 code units of `text[start, end)`, as a non-negative 31-bit number. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 1;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
