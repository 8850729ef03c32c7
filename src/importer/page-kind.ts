/**
 * Pages that are not articles: a "page not found" page, an index or front page, a paywall teaser,
 * or a page with too little text to compare. The page's signals are read before Readability runs;
 * the verdict weighs them against what Readability extracted. `collate import --force` imports
 * such a page anyway.
 */
import { parseHTML } from 'linkedom';
import { isProse } from './boilerplate.ts';
import { typesOf, type PageMetadata } from './metadata.ts';

/** The DOM that linkedom gives. */
type Doc = ReturnType<typeof parseHTML>['document'];
type DomNode = NonNullable<Doc['firstChild']>;

/** What the page as a whole says about itself, read before Readability rewrites the document. */
export interface PageSignals {
  /** `<title>`, og:title and the first `<h1>`, as written. */
  titles: string[];
  /** og:type, lower-cased. */
  ogType?: string;
  /** Whether the page declares an article: og:type article, a JSON-LD article type, or article:published_time. */
  articleMarkup: boolean;
  /** Whether the page calls itself an error page: an og:type, JSON-LD type or body class naming an error or 404. */
  errorMarkup: boolean;
  /** Whether the page calls itself a site, section or list: og:type website, JSON-LD WebSite, CollectionPage, ItemList. */
  listingMarkup: boolean;
  /** Distinct links on the page whose text reads like a headline (4 to 20 words). */
  headlineLinks: number;
  /** The subscription prompt found in the page's text ("Subscribe to continue reading"), if any. */
  paywall?: string;
}

/** Why a page is not imported as an article. */
export interface NonArticle {
  kind: 'not-found' | 'index' | 'teaser' | 'too-short';
  /** One clause for the error line: what the page looks like and the evidence. */
  reason: string;
}

// --- Thresholds ---

/** Fewer prose words than this in the article text: refused as too short. Short news briefs run 50 to 100 words. */
export const MIN_ARTICLE_WORDS = 50;
/** With a subscription prompt on the page, fewer prose words than this are a teaser, not the article. */
export const MIN_UNLOCKED_WORDS = 150;
/** A "not found" title or heading counts only when the page has less prose than this. */
const NOT_FOUND_MAX_WORDS = 150;
/** Share of the extracted text that is link text, above which it is a list of links. */
const MAX_LINK_DENSITY = 0.5;
/** The same for a page that calls itself a site or list and declares no article. */
const MAX_LINK_DENSITY_LISTING = 0.3;
/** Words the extracted text needs for its link density to tell anything (a lone "Home" link does not). */
const MIN_LINK_DENSITY_WORDS = 30;
/** Linked headlines (short blocks that are mostly a link) needed to call the extracted text a list of headlines... */
const MIN_HEADLINE_BLOCKS = 6;
/**
 * ...when there are at least as many of them as prose blocks (a headline and its standfirst per
 * story), or twice as many on a page that declares an article.
 */
const HEADLINES_PER_PROSE_BLOCK = 1;
const HEADLINES_PER_PROSE_BLOCK_ARTICLE = 2;
/**
 * Story items (nested `<article>`s, `<time>`s, or pages linked by a link that is its whole block)
 * in the extracted text of a page that declares no article, from which it is a list of stories...
 */
const MIN_STORY_ITEMS = 6;
/** ...when there is one for every two prose blocks or fewer. */
const PROSE_BLOCKS_PER_STORY_ITEM = 2;
/** Headline links on a page with little extracted prose and no article markup that make it an index... */
const MIN_HEADLINE_LINKS = 30;
/** ...or on a page that calls itself a site or list. */
const MIN_HEADLINE_LINKS_LISTING = 15;
/** "Little extracted prose" for the two thresholds above. */
const INDEX_MAX_WORDS = 150;
const INDEX_MAX_WORDS_LISTING = 250;

// --- Reading the page ---

/** Titles and headings of "page not found" pages, in English, German, French, Spanish, Italian, Portuguese and Dutch. */
const NOT_FOUND_PATTERNS: readonly RegExp[] = [
  // Whole parts: "404", "Error 404", "404 Not Found", "Error 404: Page not found", "Not Found".
  /^(?:(?:error|erreur|fehler|errore)\s*)?404(?:\s*(?:error|erreur|fehler))?(?:\s*[-:–—]?\s*(?:page\s+)?not\s+found)?[.!]?$/iu,
  /^(?:(?:page|file|article|content)\s+)?not\s+found[.!]?$/iu,
  /\b(?:page|file|article|content|story)\s+(?:was\s+|is\s+)?not\s+found\b/iu,
  /\bpage\s+(?:can(?:not|['’]t)|could\s*n[o'’]?t)\s+be\s+found\b/iu,
  /\b(?:can(?:not|['’]t)|could\s*n[o'’]?t)\s+find\s+(?:that|the|this)\s+page\b/iu,
  /\bpage\s+(?:does\s*n[o'’]?t|no\s+longer)\s+exists?\b/iu,
  /\bseite\s+(?:wurde\s+)?nicht\s+gefunden\b/iu,
  /\bpage\s+(?:introuvable|non\s+trouv[ée]e)\b/iu,
  /\bp[áa]gina\s+no\s+(?:encontrada|existe)\b/iu,
  /\bpagina\s+non\s+trovata\b/iu,
  /\bp[áa]gina\s+n[ãa]o\s+encontrada\b/iu,
  /\bpagina\s+niet\s+gevonden\b/iu,
];

/** Separators between a title and a site name. */
const TITLE_PARTS = /\s+[|·•»–—-]\s+|\s*\|\s*/u;

/** The "not found" title or heading among `titles`, if any: one of its parts matches, and that part is short. */
export function notFoundTitle(titles: readonly string[]): string | undefined {
  return titles.find((title) =>
    title
      .split(TITLE_PARTS)
      .some((part) => part.split(/\s+/u).length <= 10 && NOT_FOUND_PATTERNS.some((pattern) => pattern.test(part.trim()))),
  );
}

/** Subscription prompts that stand where a paywalled article's text stops. */
const PAYWALL_PATTERNS: readonly RegExp[] = [
  /\bsubscribe\s+(?:now\s+)?to\s+(?:continue\s+reading|read\s+(?:the\s+(?:full|rest)|more|this|on))/iu,
  /\b(?:to\s+)?continue\s+reading,?\s+(?:please\s+)?(?:subscribe|log\s+in|sign\s+in|register)\b/iu,
  /\bcontinue\s+reading\s+with\s+(?:a|your)\s+subscription\b/iu,
  /\b(?:this|the)\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:available\s+)?(?:exclusively\s+)?(?:for|to)\s+(?:paying\s+)?subscribers\b/iu,
  /\b(?:subscribers?[-\s]only|for\s+subscribers\s+only)\b/iu,
  /\balready\s+(?:a\s+)?subscriber\??\s+(?:log|sign)\s+in\b/iu,
  /\b(?:jetzt\s+)?(?:weiterlesen|lesen\s+sie\s+(?:jetzt\s+)?weiter)\s+mit\b/iu,
  /\b(?:nur\s+|exklusiv\s+)f[üu]r\s+abonnent(?:en|innen)\b/iu,
  /\br[ée]serv[ée]e?\s+aux\s+abonn[ée]s\b/iu,
  /\babonnez-vous\s+pour\s+(?:lire|continuer)\b/iu,
  /\b(?:exclusivo\s+para|solo\s+para)\s+suscriptores\b/iu,
  /\bsuscr[íi]bete\s+para\s+(?:seguir|continuar)\s+leyendo\b/iu,
  /\briservato\s+agli\s+abbonati\b/iu,
];

/** Elements whose text is not shown as page text. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD']);

/** The page's visible text, one string. */
function pageText(document: Doc): string {
  const out: string[] = [];
  const stack: DomNode[] = document.body ? [document.body as unknown as DomNode] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      out.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1 || HIDDEN.has((node as unknown as { tagName: string }).tagName.toUpperCase())) continue;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as unknown as DomNode);
  }
  return out.join(' ').replace(/\s+/gu, ' ');
}

/** Words of a text: word-like segments, so that text without spaces (Chinese, Japanese) counts too. */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
export function countWords(text: string): number {
  let n = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) n += 1;
  return n;
}

/** Reads the page's signals; call it before Readability, which rewrites the document. */
export function readPageSignals(document: Doc, metadata: PageMetadata): PageSignals {
  const ogType = metadata.metas.get('og:type')?.toLowerCase();
  const types = metadata.jsonLd.flatMap(typesOf);
  const bodyClass = `${document.body?.getAttribute('class') ?? ''} ${document.body?.getAttribute('id') ?? ''}`;
  const titles = [
    document.querySelector('title')?.textContent,
    metadata.metas.get('og:title'),
    document.querySelector('h1')?.textContent,
  ]
    .map((t) => t?.replace(/\s+/gu, ' ').trim())
    .filter((t): t is string => Boolean(t));
  const links = new Set<string>();
  for (const a of document.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')?.trim().replace(/#.*$/u, '') ?? '';
    if (href === '' || /^(?:javascript|mailto|tel):/iu.test(href)) continue;
    const words = (a.textContent ?? '').trim().split(/\s+/u).length;
    if (words >= 4 && words <= 20) links.add(href);
  }
  const text = pageText(document);
  const paywall = PAYWALL_PATTERNS.map((pattern) => pattern.exec(text)?.[0]).find(Boolean);
  return {
    titles,
    ...(ogType ? { ogType } : {}),
    articleMarkup: ogType === 'article' || metadata.articles.length > 0 || metadata.metas.has('article:published_time'),
    errorMarkup:
      /(?:^|[\s_-])(?:error|404|not-?found)/iu.test(ogType ?? '') ||
      types.some((t) => /error|404|notfound/iu.test(t)) ||
      /(?:^|\s)(?:error-?404|page-?404|not-?found|error-?page|page-not-found)(?:\s|$)/iu.test(bodyClass),
    listingMarkup: ogType === 'website' || types.some((t) => /^(?:WebSite|CollectionPage|ItemList|SearchResultsPage)$/u.test(t)),
    headlineLinks: links.size,
    ...(paywall ? { paywall } : {}),
  };
}

// --- The verdict ---

/** Whether a block is prose: a sentence or a long passage (the boilerplate rules' test), or a CJK sentence. */
const isProseBlock = (text: string): boolean => isProse(text) || /[。！？]["'”’」』)]*$/u.test(text.trim());

/**
 * What the extracted HTML is made of: the share of its text that is link text; its linked
 * headlines (short blocks that are mostly a link); and its story items, the most of: nested
 * `<article>` elements, `<time>` elements, and distinct pages linked by links that make up their
 * whole block (a card's image or headline link). An article has few of either; a list of stories, many.
 */
function linkStats(html: string): { density: number; linkedHeadlines: number; storyItems: number } {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const length = (text: string | null | undefined): number => (text ?? '').replace(/\s+/gu, '').length;
  const total = length(document.body?.textContent);
  let linked = 0;
  const standalone = new Set<string>();
  for (const a of document.querySelectorAll('a')) {
    if (a.parentElement?.closest('a')) continue;
    linked += length(a.textContent);
    // A link that is all of its block (a card's image or headline) rather than a few words of a sentence.
    const href = a.getAttribute('href')?.replace(/#.*$/u, '') ?? '';
    if (href === '' || /\.(?:jpe?g|png|gif|webp|avif|svg)(?:\?|$)/iu.test(href)) continue;
    const block = a.closest('p, li, blockquote, td, dd, figcaption, h1, h2, h3, h4, h5, h6');
    if (!block || length(a.textContent) >= 0.8 * length(block.textContent)) standalone.add(href);
  }
  let linkedHeadlines = 0;
  for (const block of document.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, dt, dd, figcaption')) {
    if (block.querySelector('p, li, h1, h2, h3, h4, h5, h6')) continue;
    const text = (block.textContent ?? '').replace(/\s+/gu, ' ').trim();
    const words = text.split(/\s+/u).length;
    if (words < 3 || words > 20 || isProseBlock(text)) continue;
    let inLinks = 0;
    for (const a of block.querySelectorAll('a')) inLinks += length(a.textContent);
    if (inLinks >= 0.5 * length(text)) linkedHeadlines += 1;
  }
  const storyItems = Math.max(document.querySelectorAll('article').length, document.querySelectorAll('time').length, standalone.size);
  return { density: total === 0 ? 0 : linked / total, linkedHeadlines, storyItems };
}

/** What Readability extracted and the importer kept. */
export interface Extracted {
  /** Readability's article HTML. */
  html: string;
  /** The plain text of each block Readability extracted. */
  blocks: readonly string[];
  /** The plain text of each block kept once boilerplate is removed. */
  kept: readonly string[];
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * Whether the page is something other than an article, and why; undefined for an article. In order:
 * a "not found" page (title, heading or markup says so, and little prose), an index or front page
 * (the extracted text is mostly links or a list of headlines, or little prose on a page full of
 * headline links), a paywall teaser (a subscription prompt and little prose), too little prose.
 */
export function judgePage(signals: PageSignals, extracted: Extracted): NonArticle | undefined {
  const proseWords = (blocks: readonly string[]): number => blocks.filter(isProseBlock).reduce((n, b) => n + countWords(b), 0);
  const kept = proseWords(extracted.kept);
  const words = (n: number): string => `${n} word${n === 1 ? '' : 's'}`;

  const notFound = notFoundTitle(signals.titles);
  if ((notFound || signals.errorMarkup) && kept < NOT_FOUND_MAX_WORDS) {
    const evidence = notFound ? `the title or heading is "${notFound}"` : 'its markup names an error page';
    return { kind: 'not-found', reason: `looks like a "page not found" page, not an article: ${evidence} and it has ${words(kept)} of prose` };
  }

  // A page that calls itself a site or list, and declares no article, is judged more strictly.
  const listing = signals.listingMarkup && !signals.articleMarkup;
  const index = (evidence: string): NonArticle => ({ kind: 'index', reason: `looks like an index or front page, not an article: ${evidence}` });
  const { density, linkedHeadlines, storyItems } = linkStats(extracted.html);
  const extractedText = countWords(extracted.blocks.join(' '));
  if (extractedText >= MIN_LINK_DENSITY_WORDS && density > (listing ? MAX_LINK_DENSITY_LISTING : MAX_LINK_DENSITY)) {
    return index(`${percent(density)} of the extracted text is link text`);
  }
  const proseBlocks = extracted.blocks.filter(isProseBlock).length;
  const perProseBlock = signals.articleMarkup ? HEADLINES_PER_PROSE_BLOCK_ARTICLE : HEADLINES_PER_PROSE_BLOCK;
  if (linkedHeadlines >= MIN_HEADLINE_BLOCKS && linkedHeadlines >= perProseBlock * proseBlocks) {
    return index(`the extracted text is ${linkedHeadlines} linked headlines and ${proseBlocks} paragraph${proseBlocks === 1 ? '' : 's'} of prose`);
  }
  // Cards of a front page: each story's link, timestamp or <article> around a sentence or two.
  if (!signals.articleMarkup && storyItems >= MIN_STORY_ITEMS && storyItems * PROSE_BLOCKS_PER_STORY_ITEM >= proseBlocks) {
    return index(`the extracted text is ${storyItems} separate stories with ${proseBlocks} paragraph${proseBlocks === 1 ? '' : 's'} of prose`);
  }
  const extractedWords = proseWords(extracted.blocks);
  if (
    !signals.articleMarkup &&
    extractedWords < (listing ? INDEX_MAX_WORDS_LISTING : INDEX_MAX_WORDS) &&
    signals.headlineLinks >= (listing ? MIN_HEADLINE_LINKS_LISTING : MIN_HEADLINE_LINKS)
  ) {
    return index(`${words(extractedWords)} of prose were found among ${signals.headlineLinks} headline links`);
  }

  if (signals.paywall && kept < MIN_UNLOCKED_WORDS) {
    return { kind: 'teaser', reason: `looks like a paywall teaser, not the full article: ${words(kept)} of prose and "${signals.paywall}"` };
  }
  if (kept < MIN_ARTICLE_WORDS) {
    return { kind: 'too-short', reason: `has too little article text to import: ${words(kept)} of prose, fewer than ${MIN_ARTICLE_WORDS}` };
  }
  return undefined;
}
