/**
 * Cleaning of plain-text articles (.txt, and .md bodies): paragraphs, headline, outlet, language,
 * and boilerplate removed by the rules in boilerplate.ts. Pure: strings in, data out.
 */
import { InputError } from '../errors.ts';
import { asDomain, classifyUnits, isProse, type RuleId, type Unit } from './boilerplate.ts';
import { detectLanguage, toBcp47, UNDETERMINED } from './language.ts';
import { escapeMarkdown, markdownToPlain } from './markdown.ts';
import { splitSentences } from './sentences.ts';

/** One piece of text the importer removed, and the rule that removed it. */
export interface Removal {
  rule: RuleId;
  text: string;
}

/** A cleaned article, ready to be written or compared. */
export interface CleanResult {
  /** Headline: `options.title`, else the text's own headline, else one derived from the lead sentence. */
  title: string;
  /** True when the title was derived from the lead sentence (the text had no headline). */
  titleDerived: boolean;
  /** `options.outlet`, else the outlet named by a source, credit or site-name line, else `unknown`. */
  outlet: string;
  /** Byline, when the text has one. */
  author?: string;
  /** BCP 47 tag of the article's language (`en` when undetermined). */
  language: string;
  /** The body, one Markdown paragraph (block) per entry, without the headline. */
  paragraphs: string[];
  /** What was removed as boilerplate, in document order. */
  removed: Removal[];
}

/** Options of the cleaning functions. */
export interface CleanOptions {
  /** File name for error messages. */
  file?: string;
  /** Title to use instead of the detected or derived one. */
  title?: string;
  /** Outlet to use instead of the detected one. */
  outlet?: string;
  /** `markdown` when the text is already Markdown (a .md body): its blocks are kept as written, not escaped. */
  format?: 'text' | 'markdown';
}

/** Outlet value when nothing names one; explicit, as the content model asks. */
export const UNKNOWN_OUTLET = 'unknown';

/** Strips a byte-order mark and turns CRLF and lone CR line ends into LF. */
export function normaliseNewlines(raw: string): string {
  return raw.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}

/** A site name glued to or set before the first line: `example.comHeadline`, `example.com | Headline`. */
const SITE_PREFIX =
  /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?:(?=[\p{Lu}\p{N}"“‘'])|\s*[|·•:–—-]\s+)/u;
/** A Markdown ATX heading marker on the first line: `# Headline`. */
const ATX_HEADING = /^#{1,6}\s+(.*?)(?:\s+#+)?$/u;
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

/** Whether a paragraph has the shape of a headline: short, one line, no sentence-final period. */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/u).length;
  return (
    text.length > 0 &&
    text.length <= 160 &&
    words <= 25 &&
    /^["“‘'(\p{Lu}\p{N}]/u.test(text) &&
    // A question or exclamation can be a headline; a full stop, comma or colon ends a sentence or a label.
    !/[.,;:…]["'”’»)\]]*$/u.test(text)
  );
}

/** Words a shortened title should not end on. */
const TRAILING_STOPWORDS = new Set(
  'a an the of in on at to for and or but with by from as that which who whose its their his her our into over under about than while'.split(' '),
);
/** A derived title keeps at most this many words of the lead sentence. */
const TITLE_MAX_WORDS = 14;
/** ... and cuts at a clause boundary when one falls at or after this many words. */
const TITLE_MIN_WORDS = 10;

/** Derives a title from a lead paragraph: its first sentence, shortened at a word boundary to 10-14 words. */
export function deriveTitle(paragraph: string): string {
  const sentence = (splitSentences(paragraph)[0] ?? paragraph).trim().replace(/[.!?…]+$/u, '');
  const words = sentence.split(/\s+/u).filter(Boolean);
  if (words.length <= TITLE_MAX_WORDS) return sentence;
  // Prefer ending at a clause boundary (comma, semicolon, colon, or before a dash) within 10-14 words.
  let cut = TITLE_MAX_WORDS;
  for (let n = TITLE_MAX_WORDS; n >= TITLE_MIN_WORDS; n--) {
    if (/[,;:]$/u.test(words[n - 1]!) || /^[–—]$/u.test(words[n] ?? '')) {
      cut = n;
      break;
    }
  }
  let kept = words.slice(0, cut);
  kept[kept.length - 1] = kept[kept.length - 1]!.replace(/[,;:]+$/u, '');
  while (kept.length > TITLE_MIN_WORDS - 2 && TRAILING_STOPWORDS.has(kept[kept.length - 1]!.toLowerCase())) {
    kept = kept.slice(0, -1);
  }
  return `${kept.join(' ')}…`;
}

/** A non-blank line of the input and the blank-line-separated block it belongs to. */
interface Line extends Unit {
  block: number;
}

/** Whether a block's lines have the even width of a hard-wrapped paragraph (not one paragraph per line). */
function isWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const widest = Math.max(...lines.map((l) => l.length));
  const body = lines.slice(0, -1);
  return widest >= 40 && widest <= 100 && body.every((l) => l.length >= 0.6 * widest) && body.some((l) => !SENTENCE_END.test(l));
}

/**
 * Joins the kept lines of one block into paragraphs.
 *
 * Texts come either with one paragraph per line (no blank lines) or with blank lines between
 * paragraphs, sometimes hard-wrapped at ~72 columns. A block whose lines have the even width of
 * wrapped text becomes one paragraph; otherwise a line is continued only when it stops mid-sentence
 * and the next starts in lower case.
 */
function blockToParagraphs(lines: string[], format: 'text' | 'markdown'): string[] {
  if (format === 'markdown') return [lines.join('\n')];
  if (isWrapped(lines)) return [lines.join(' ')];
  const paragraphs: string[] = [lines[0]!];
  for (const line of lines.slice(1)) {
    const previous = paragraphs[paragraphs.length - 1]!;
    if (!SENTENCE_END.test(previous) && /^\p{Ll}/u.test(line)) paragraphs[paragraphs.length - 1] = `${previous} ${line}`;
    else paragraphs.push(line);
  }
  return paragraphs;
}

/** Cleans a plain-text (or Markdown body) article: removes boilerplate, finds title, outlet and language. */
export function cleanText(raw: string, options: CleanOptions = {}): CleanResult {
  const file = options.file ?? 'input';
  const format = options.format ?? 'text';
  const removed: Array<Removal & { index: number }> = [];

  const lines: Line[] = [];
  let block = 0;
  for (const line of normaliseNewlines(raw).split('\n')) {
    const text = line.trim();
    if (text) lines.push({ text, block });
    else block++;
  }
  if (lines.length === 0) throw new InputError(file, 'file contains only white space');

  // A Markdown heading marker or a site name glued to the first line says something about it.
  let markedHeadline = false;
  let siteOutlet: string | undefined;
  const first = lines[0]!;
  const heading = ATX_HEADING.exec(first.text);
  if (heading?.[1]) {
    first.text = heading[1];
    markedHeadline = true;
  }
  const prefix = SITE_PREFIX.exec(first.text);
  if (prefix && first.text.length > prefix[0].length) {
    siteOutlet = asDomain(prefix[1]!);
    removed.push({ rule: 'site-prefix', text: prefix[0].trim(), index: -1 });
    first.text = first.text.slice(prefix[0].length);
  }

  // The article dominates its prose lines; trailers are mostly short labels. Detect on prose first.
  const proseText = lines.filter((l) => isProse(l.text)).map((l) => l.text).join('\n');
  let language = detectLanguage(proseText);
  if (language === UNDETERMINED) language = detectLanguage(lines.map((l) => l.text).join('\n'));

  // Lines of a hard-wrapped paragraph are prose when the paragraph is, however short the last one.
  if (format === 'text') {
    for (let i = 0; i < lines.length; ) {
      let j = i;
      while (j < lines.length && lines[j]!.block === lines[i]!.block) j++;
      const blockLines = lines.slice(i, j);
      if (isWrapped(blockLines.map((l) => l.text)) && isProse(blockLines.map((l) => l.text).join(' '))) {
        for (const line of blockLines) line.prose = true;
      }
      i = j;
    }
  }
  const classification = classifyUnits(lines, { language, leadingZone: format === 'text' });
  const kept: Line[] = [];
  lines.forEach((line, index) => {
    const rule = classification.removed.get(index);
    if (rule) removed.push({ rule, text: line.text, index });
    else kept.push(line);
  });

  const paragraphs: string[] = [];
  for (let i = 0; i < kept.length; ) {
    let j = i;
    while (j < kept.length && kept[j]!.block === kept[i]!.block) j++;
    paragraphs.push(...blockToParagraphs(kept.slice(i, j).map((l) => l.text), format));
    i = j;
  }
  if (paragraphs.length === 0) throw new InputError(file, 'no article text found (only boilerplate)');

  // The first paragraph is the headline when it has a headline's shape and prose follows it.
  let headline: string | undefined;
  const lead = paragraphs[0]!;
  const isHeadline =
    paragraphs.length > 1 &&
    !lead.includes('\n') &&
    (markedHeadline || (looksLikeHeadline(lead) && paragraphs.slice(1).some((p) => isProse(p))));
  if (isHeadline) {
    headline = format === 'markdown' ? markdownToPlain(lead) : lead;
    paragraphs.shift();
  }

  const plainParagraphs = format === 'markdown' ? paragraphs.map(markdownToPlain) : paragraphs;
  const title = options.title ?? headline ?? deriveTitle(plainParagraphs[0]!);
  const bodyLanguage = detectLanguage(plainParagraphs.join('\n'));
  // A glued site prefix is better evidence than a bare domain line, weaker than a source or credit line.
  let detected = classification.outlet;
  if (siteOutlet && (!detected || detected.evidence === 'site-name')) detected = { value: siteOutlet, evidence: 'site-prefix' };
  const outlet = options.outlet ?? detected?.value ?? UNKNOWN_OUTLET;

  return {
    title,
    titleDerived: options.title === undefined && headline === undefined,
    outlet,
    ...(classification.author ? { author: classification.author } : {}),
    language: toBcp47(bodyLanguage === UNDETERMINED ? 'eng' : bodyLanguage),
    paragraphs: format === 'markdown' ? paragraphs : paragraphs.map(escapeMarkdown),
    removed: removed.sort((a, b) => a.index - b.index).map(({ rule, text }) => ({ rule, text })),
  };
}
