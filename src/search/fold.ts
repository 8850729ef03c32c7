/**
 * Spelling folds for names in search: "Zelensky" and "Zelenskyy", "Gaddafi" and "Qaddafi"'s doubled
 * letters, "Kyiv"/"Kiev"-like vowel variants are not all caught, but the common transliteration
 * differences are: case, diacritics, doubled letters, a final "y" or "ii" for "i". Each record
 * carries the folded forms of its claim's capitalised words, and the search page also searches the
 * folded query, so one spelling of a name finds the others.
 */

/** The folded form of a word: lower case, no diacritics, no doubled letters, a final y as i. */
export function foldName(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđßæœ]/g, (c) => ({ ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' })[c] ?? c)
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?:y|ii|iy|ij)$/, 'i');
}

/** Folded forms of a text's capitalised words of four letters or more that a fold changes, each once. */
export function foldedNames(text: string): string[] {
  const out = new Set<string>();
  for (const match of text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]{3,}/gu)) {
    const folded = foldName(match[0]);
    if (folded.length >= 4 && folded !== match[0].toLowerCase()) out.add(folded);
  }
  return [...out];
}
