import { franc, francAll } from 'franc';
import { iso6393To1 } from 'iso-639-3';

/** ISO 639-3 code franc gives when it cannot tell. */
export const UNDETERMINED = 'und';

/**
 * Languages franc cannot tell apart from a much larger neighbour and that news is hardly ever
 * written in: Scots (`sco`) wins over English on many plain English paragraphs.
 */
const IGNORED = ['sco'];

/** Detects the language of a text as an ISO 639-3 code (`und` when the text is too short or mixed). */
export function detectLanguage(text: string): string {
  // 20 characters is franc's own lower bound for a usable guess; below that it is noise.
  return franc(text, { minLength: 20, ignore: IGNORED });
}

/** Turns an ISO 639-3 code into a BCP 47 tag: the 2-letter code where one exists (eng → en), else the code itself. */
export function toBcp47(iso6393: string): string {
  return iso6393To1[iso6393] ?? iso6393;
}

/**
 * How much a line looks like the given language, from 0 (not at all) to 1 (franc's best guess).
 *
 * franc's top guess alone is too jumpy for single lines: an English sentence often comes out as
 * Danish or Afrikaans with English a close second. Comparing the article language's score with the best
 * score is stable: English lines stay above ~0.8, lines in other languages fall well below.
 */
export function languageAffinity(line: string, iso6393: string): number {
  const scores = francAll(line, { minLength: 1, ignore: IGNORED });
  if (scores.length === 0 || scores[0]![0] === UNDETERMINED) return 1;
  const own = scores.find(([code]) => code === iso6393);
  return own ? own[1] : 0;
}
