/**
 * Cleaning of HTML pages: Readability finds the article, unified turns it into Markdown, and the
 * same boilerplate rules as for plain text judge each block. Pure: strings in, data out.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Nodes as MdastNodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { InputError } from '../errors.ts';
import { classifyUnits, isProse } from './boilerplate.ts';
import { detectLanguage, toBcp47, UNDETERMINED } from './language.ts';
import { decodeStrayReferences, stringifyMarkdown } from './markdown.ts';
import { removeStructuralBoilerplate, type StructureRemoval } from './structure.ts';
import { deriveTitle, UNKNOWN_OUTLET, type CleanOptions, type CleanResult, type Removal } from './text.ts';
import { normaliseUrl } from './validate.ts';
import { readPageMetadata, resolveAuthor, resolveOutlet, resolvePublished } from './metadata.ts';
import { judgePage, readPageSignals, type NonArticle } from './page-kind.ts';

/** A cleaned HTML article: the plain-text result plus what the page's metadata tells. */
export interface HtmlCleanResult extends CleanResult {
  /** Canonical address of the article (`options.url`, else canonical link or og:url). */
  url?: string;
  /** Publication date or time, ISO 8601 (`options.published`, else the page's JSON-LD, meta tags or `<time>`, else Readability's). */
  published?: string;
  /** Set when the page is not an article (not found, index, teaser, too short): why. */
  nonArticle?: NonArticle;
  /** What the structural rules removed before Readability (`structure.ts`), comments aside. */
  structural: StructureRemoval[];
}

/** Options of cleanHtml: those of cleanText plus overrides of what the page's metadata says. */
export interface HtmlCleanOptions extends Omit<CleanOptions, 'format'> {
  url?: string;
  published?: string;
}

/** Minimal view of the DOM that linkedom gives and Readability takes. */
type Doc = ReturnType<typeof parseHTML>['document'];

/** Content of the first `<meta>` whose property, name or itemprop is one of `keys`. */
function meta(document: Doc, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const value = document.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content')?.trim();
      if (value) return value;
    }
  }
  return undefined;
}

/** Lower-case letters and digits only, to compare site names written differently. */
const fold = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Separators between a headline and a site name in `<title>`; pipes and bullets never occur inside headlines. */
const TITLE_SEPARATOR = /\s+(\||·|•|»|::|–|—|-)\s+/u;

/**
 * Strips a site name from a page title: "Headline | Site", "Site » Headline", "Headline - Site".
 * A segment goes when it names the site (og:site_name, domain), or, after a pipe-like separator,
 * when it is short (≤ 5 words); dashes also occur inside headlines, so there only the site name goes.
 */
export function stripSiteName(title: string, siteNames: readonly string[]): string {
  const parts = title.trim().split(TITLE_SEPARATOR);
  // parts alternates text, separator, text, ...
  const names = new Set(siteNames.filter(Boolean).flatMap((n) => [fold(n), fold(n.replace(/\.[a-z]{2,}$/iu, ''))]));
  const isSite = (segment: string): boolean => names.has(fold(segment));
  const words = (segment: string): number => segment.split(/\s+/u).length;
  // Known site names first, at either end; then short section or site labels after a pipe-like
  // separator, as long as what stays is the longer part (the headline).
  while (parts.length >= 3 && isSite(parts[parts.length - 1]!)) parts.splice(-2);
  while (parts.length >= 3 && isSite(parts[0]!)) parts.splice(0, 2);
  while (
    parts.length >= 3 &&
    /^(?:\||·|•|»|::)$/u.test(parts[parts.length - 2]!) &&
    words(parts[parts.length - 1]!) <= 5 &&
    words(parts.slice(0, -2).join(' ')) > words(parts[parts.length - 1]!)
  ) {
    parts.splice(-2);
  }
  return parts.join(' ').replace(/\s+/gu, ' ').trim() || title.trim();
}

/** Host of a URL without `www.`, or undefined. */
function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./u, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The address a link inside a sentence keeps: absolute http(s), resolved against the page's own
 * address; undefined for an anchor within the page, a script or mail link, or a relative link on
 * a page of unknown address.
 */
function linkTarget(url: string, base: string | undefined): string | undefined {
  if (url.startsWith('#')) return undefined;
  try {
    const resolved = base ? new URL(url, base) : new URL(url);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the nodes beside one hold words of their own: the node sits inside a sentence. */
const wordsBeside = (siblings: RootContent[], node: RootContent) => siblings.some((other) => other !== node && /[\p{L}\p{N}]/u.test(toString(other as MdastNodes)));

/**
 * Turns the article's mdast into plain blocks: a link inside a sentence stays a link (to its
 * absolute address, so a reader can follow it; claims are analysed by their plain words), a link
 * that is a whole block becomes its text, images and raw HTML go, breaks become spaces, and
 * character references a page left as text by encoding them twice (`&amp;#x20;`) are decoded.
 */
function simplify(nodes: RootContent[], base?: string): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html' || node.type === 'definition') {
      continue;
    }
    if (node.type === 'link' || node.type === 'linkReference') {
      const children = simplify(node.children as RootContent[], base);
      const target = node.type === 'link' ? linkTarget(node.url, base) : undefined;
      if (target && wordsBeside(nodes, node) && /[\p{L}\p{N}]/u.test(toString({ type: 'paragraph', children } as MdastNodes))) {
        out.push({ type: 'link', url: target, title: null, children } as RootContent);
      } else {
        out.push(...children);
      }
      continue;
    }
    if (node.type === 'break') {
      out.push({ type: 'text', value: ' ' });
      continue;
    }
    if (node.type === 'text') node.value = decodeStrayReferences(node.value);
    if ('children' in node) {
      (node as { children: RootContent[] }).children = simplify(node.children as RootContent[], base);
    }
    out.push(node);
  }
  return out;
}

/** The top-level blocks of the article, with wrappers such as `<div>` already flattened by rehype-remark. */
function articleBlocks(contentHtml: string, base: string | undefined): RootContent[] {
  const hast = unified().use(rehypeParse, { fragment: true }).parse(contentHtml);
  const mdast = unified().use(rehypeRemark).runSync(hast) as unknown as Root;
  return simplify(mdast.children, base).filter(
    (node) => node.type !== 'thematicBreak' && toString(node as MdastNodes).trim() !== '',
  );
}

/** Cleans an HTML page: extracts the article with Readability, converts it to Markdown, removes boilerplate. */
export function cleanHtml(html: string, options: HtmlCleanOptions = {}): HtmlCleanResult {
  const file = options.file ?? 'input';
  const { document } = parseHTML(html);

  // Read the metadata first: Readability rewrites the document as it goes.
  const ogTitle = meta(document, 'og:title', 'twitter:title');
  const pageTitle = document.querySelector('title')?.textContent?.trim() || undefined;
  const page = readPageMetadata(document);
  const siteName = page.siteNames[0];
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const pageUrl = normaliseUrl(canonical) ?? normaliseUrl(meta(document, 'og:url'));
  const pageSignals = readPageSignals(document, page);
  const metaAuthor = meta(document, 'author', 'article:author');
  const htmlLang = document.documentElement?.getAttribute('lang') ?? undefined;

  const structural = removeStructuralBoilerplate(document).filter((removal) => removal.tag !== '#comment');
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const url = options.url ?? pageUrl;
  const blocks = article?.content ? articleBlocks(article.content, url) : [];
  if (!article || blocks.length === 0) throw new InputError(file, 'no article text found');

  const sites = [siteName, article.siteName, hostOf(url)].filter((s): s is string => Boolean(s));
  const rawTitle = article.title?.trim() || ogTitle || pageTitle;
  const foundTitle = rawTitle ? stripSiteName(rawTitle, sites) : undefined;
  const byline = article.byline?.trim().replace(/^by\s+/iu, '') || metaAuthor;

  const units = blocks.map((node) => ({ text: toString(node as MdastNodes).replace(/\s+/gu, ' ').trim() }));
  const bodyText = units.filter((u) => isProse(u.text)).map((u) => u.text).join('\n');
  const language = detectLanguage(bodyText);
  const classification = classifyUnits(units, { language, author: byline });
  const removed: Removal[] = [];
  const paragraphs: string[] = [];
  const plain: string[] = [];
  units.forEach((unit, index) => {
    let rule = classification.removed.get(index);
    // The headline repeated as the article's first heading, and the byline Readability left in the text.
    if (!rule && paragraphs.length === 0 && foundTitle && fold(unit.text) === fold(foundTitle)) rule = 'duplicate-title';
    if (!rule && paragraphs.length === 0 && byline && fold(unit.text).endsWith(fold(byline)) && unit.text.length < 120) {
      rule = 'byline';
    }
    if (rule) {
      removed.push({ rule, text: unit.text });
      return;
    }
    paragraphs.push(stringifyMarkdown([blocks[index]!]));
    plain.push(unit.text);
  });
  // Judged before the text check: a front page or a 404 page often has no prose left, and the error says what it is.
  const nonArticle = judgePage(pageSignals, { html: article.content ?? '', blocks: units.map((u) => u.text), kept: plain });
  if (!plain.some((p) => isProse(p))) {
    throw new InputError(file, nonArticle && nonArticle.kind !== 'too-short' ? `no article text found; it ${nonArticle.reason}` : 'no article text found');
  }

  const bodyLanguage = detectLanguage(plain.join('\n'));
  const langFromPage = (article.lang ?? htmlLang)?.split(/[-_]/u)[0]?.toLowerCase();
  const title = options.title ?? foundTitle ?? deriveTitle(plain[0]!);
  const published = options.published ?? resolvePublished(page, article.publishedTime);
  const outlet =
    options.outlet ?? resolveOutlet(page, { readability: article.siteName, text: classification.outlet?.value, host: hostOf(url) }) ?? UNKNOWN_OUTLET;
  const author = resolveAuthor(page, { readability: article.byline, text: classification.author }, [outlet, ...page.siteNames, ...sites]);

  return {
    title,
    titleDerived: options.title === undefined && foundTitle === undefined,
    outlet,
    ...(author ? { author } : {}),
    language:
      bodyLanguage !== UNDETERMINED ? toBcp47(bodyLanguage) : langFromPage && /^[a-z]{2,3}$/u.test(langFromPage) ? langFromPage : 'en',
    paragraphs,
    removed,
    structural,
    ...(url ? { url } : {}),
    ...(published ? { published } : {}),
    ...(nonArticle ? { nonArticle } : {}),
  };
}
