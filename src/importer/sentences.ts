/** Words after which a period does not end a sentence (titles, initials, common abbreviations). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'gov', 'sen', 'rep', 'lt', 'col',
  'capt', 'cmdr', 'sgt', 'maj', 'adm', 'rev', 'hon', 'pres', 'inc', 'ltd', 'co', 'corp', 'no', 'vs', 'etc',
  'approx', 'est', 'dept', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'vol',
]);

/**
 * Splits a paragraph into sentences at `.`, `!`, `?` or `…` followed by white space and a capital,
 * digit or opening quote, except after abbreviations and initials ("U.S. President", "Dr. Roe").
 * Returns the sentences verbatim (each an exact substring of the paragraph).
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?…]["'”’»)\]]*\s+(?=["'“‘«(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (let match = boundary.exec(paragraph); match; match = boundary.exec(paragraph)) {
    const end = match.index + match[0].trimEnd().length;
    const before = paragraph.slice(start, match.index + 1);
    const lastWord = /(\S+)$/u.exec(before)?.[1] ?? '';
    const bare = lastWord.replace(/^["'“‘(]+/u, '').replace(/\.$/u, '');
    const isAbbreviation =
      paragraph[match.index] === '.' &&
      (ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{L}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare));
    if (isAbbreviation) continue;
    sentences.push(paragraph.slice(start, end));
    start = match.index + match[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
