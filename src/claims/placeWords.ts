/**
 * The word German makes of a place's name for its people and things, with "-er": "Regensburg" → "Regensburger",
 * "Lissabon" → "Lissabonner" (a final n doubled), and of a name in "-en" with its "e" or its "en" dropped:
 * "München" → "Münchner", "Dresden" → "Dresdner", "Bremen" → "Bremer". Both directions read these rules.
 */
export function placeWordsOf(place: string): string[] {
  if (place.endsWith('en')) return [`${place}er`, `${place.slice(0, -2)}ner`, `${place.slice(0, -2)}er`];
  return place.endsWith('n') ? [`${place}er`, `${place}ner`] : [`${place}er`];
}

/** The names whose "-er" word (placeWordsOf) this may be, to be looked up: "Münchner" → "München" among them. */
export function placesOfWord(word: string): string[] {
  if (!/^\p{Lu}\p{Ll}+er$/u.test(word)) return [];
  const stem = word.slice(0, -2);
  const candidates = [stem, `${stem}en`, stem.slice(0, -1), `${stem.slice(0, -1)}en`];
  return candidates.filter((place) => placeWordsOf(place).includes(word));
}
