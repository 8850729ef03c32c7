/**
 * Metadata of an HTML page: publication date, author names and outlet. The page's own markup is
 * read first (JSON-LD, meta tags, itemprop, `<time>`), before Readability rewrites the document;
 * Readability's byline, date and site name are the fallbacks. Values are normalised: dates to one
 * ISO 8601 form, bylines to names only, outlets to a name without tagline or URL.
 */
import type { parseHTML } from 'linkedom';
import { normaliseIsoDate } from './validate.ts';

/** The DOM that linkedom gives. */
type Doc = ReturnType<typeof parseHTML>['document'];
type DomElement = NonNullable<ReturnType<Doc['querySelector']>>;

/** One object of a page's JSON-LD. */
export type JsonLdNode = Record<string, unknown>;

/** What the page's markup says, read before Readability runs. */
export interface PageMetadata {
  /** Every `<meta>` by lower-cased property, name or itemprop: the first non-empty content of each. */
  metas: Map<string, string>;
  /** Every object of the page's JSON-LD, `@graph` members and main entities included. */
  jsonLd: JsonLdNode[];
  /** The JSON-LD objects whose type is an article (NewsArticle, BlogPosting, Report, ...). */
  articles: JsonLdNode[];
  /** Publication date from JSON-LD, meta tags, itemprop or a `<time>` element, normalised. */
  published?: string;
  /** Author names from JSON-LD, as written. */
  jsonLdAuthors: string[];
  /** Author meta tags, as written (names, URLs or the outlet's name). */
  metaAuthors: string[];
  /** Site names the page declares, best first (og:site_name, JSON-LD publisher, application-name), as written. */
  siteNames: string[];
}

const isObject = (value: unknown): value is JsonLdNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Lower-case letters and digits only, to compare names written differently. */
const fold = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Collapses white space. */
const squash = (value: string): string => value.replace(/\s+/gu, ' ').trim();

/** The text of one JSON-LD script: CDATA and comment wrappers go; raw line breaks in strings are tolerated. */
function parseJsonLd(text: string): unknown {
  const body = text
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>$/gu, '')
    .replace(/^<!--|-->$/gu, '')
    .trim();
  if (body === '') return undefined;
  try {
    return JSON.parse(body);
  } catch {
    // Control characters are only legal as white space between tokens, where a space does as well.
    try {
      return JSON.parse(body.replace(/[\u0000-\u001f]+/gu, ' '));
    } catch {
      return undefined;
    }
  }
}

/** Collects the objects of a JSON-LD value: arrays, `@graph` members and a `mainEntity` included. */
function collect(value: unknown, out: JsonLdNode[], depth = 0): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  out.push(value);
  if (value['@graph'] !== undefined) collect(value['@graph'], out, depth + 1);
  if (isObject(value.mainEntity)) collect(value.mainEntity, out, depth + 1);
}

/** All JSON-LD objects of the page, in document order. */
export function readJsonLd(document: Doc): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    collect(parseJsonLd(script.textContent ?? ''), nodes);
  }
  return nodes;
}

/** The node's schema.org types without prefix: `http://schema.org/NewsArticle` and `schema:NewsArticle` give `NewsArticle`. */
export function typesOf(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/u, ''));
}

/** Types of article: Article, NewsArticle, ReportageNewsArticle, OpinionNewsArticle, BlogPosting, LiveBlogPosting, Report, ... */
const ARTICLE_TYPE = /(?:Article|BlogPosting|^Report)$/u;

/** Every `<meta>` by lower-cased key. */
function readMetas(document: Doc): Map<string, string> {
  const metas = new Map<string, string>();
  for (const element of document.querySelectorAll('meta')) {
    const content = element.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attr)?.trim().toLowerCase();
      if (key && !metas.has(key)) metas.set(key, content);
    }
  }
  return metas;
}

/** A JSON-LD value that may be a `{"@id": ...}` reference to another object of the page. */
function resolve(value: unknown, byId: Map<string, JsonLdNode>): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) return byId.get(value['@id']) ?? value;
  return value;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** Character references left in JSON-LD strings, which many sites HTML-escape: `Barnes &amp; Noble`. */
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/giu, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Names of JSON-LD people or organisations: a string, an object with `name`, or an array of those. */
function namesOf(value: unknown, byId: Map<string, JsonLdNode>): string[] {
  const resolved = resolve(value, byId);
  if (typeof resolved === 'string') return [decodeEntities(resolved)];
  if (Array.isArray(resolved)) return resolved.flatMap((item) => namesOf(item, byId));
  if (isObject(resolved) && typeof resolved.name === 'string') return [decodeEntities(resolved.name)];
  return [];
}

/** Elements in which a `<time>` is not the article's: asides, navigation, comments, related links. */
const NOT_THE_ARTICLE = 'aside, nav, [class*="comment" i], [id*="comment" i], [class*="related" i]';

/** Meta tags that name the publication date, best first. */
const PUBLISHED_METAS = ['article:published_time', 'og:published_time', 'datepublished'];
/** Less specific ones, read after itemprop elements. */
const OTHER_PUBLISHED_METAS = ['article:published', 'pubdate', 'publishdate', 'dc.date.issued', 'dcterms.issued', 'date'];

/** The publication date the markup gives: JSON-LD, meta tags, itemprop, then the first `<time>` of the article or page header. */
function readPublished(document: Doc, metas: Map<string, string>, articles: JsonLdNode[]): string | undefined {
  const candidates: (() => unknown)[] = [
    ...articles.map((node) => () => node.datePublished),
    ...PUBLISHED_METAS.map((key) => () => metas.get(key)),
    () => {
      for (const element of document.querySelectorAll('[itemprop~="datePublished"]')) {
        const value = normaliseIsoDate(element.getAttribute('content') ?? element.getAttribute('datetime') ?? undefined);
        if (value) return value;
      }
      return undefined;
    },
    ...OTHER_PUBLISHED_METAS.map((key) => () => metas.get(key)),
    () => {
      for (const element of document.querySelectorAll('article time[datetime], header time[datetime]')) {
        if ((element as DomElement).parentElement?.closest(NOT_THE_ARTICLE)) continue;
        const value = normaliseIsoDate(element.getAttribute('datetime') ?? undefined);
        if (value) return value;
      }
      return undefined;
    },
  ];
  for (const candidate of candidates) {
    const value = candidate();
    const date = typeof value === 'string' ? normaliseIsoDate(value) : undefined;
    if (date) return date;
  }
  return undefined;
}

/** Reads the page's metadata; call it before Readability, which rewrites the document. */
export function readPageMetadata(document: Doc): PageMetadata {
  const metas = readMetas(document);
  const jsonLd = readJsonLd(document);
  const byId = new Map(jsonLd.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const articles = jsonLd.filter((node) => typesOf(node).some((t) => ARTICLE_TYPE.test(t)));
  const published = readPublished(document, metas, articles);
  const jsonLdAuthors = articles.map((node) => namesOf(node.author, byId)).find((names) => names.length > 0) ?? [];
  const metaAuthors = ['author', 'article:author', 'og:article:author', 'dc.creator', 'parsely-author']
    .map((key) => metas.get(key))
    .filter((value): value is string => Boolean(value));
  const publisher = articles.flatMap((node) => namesOf(node.publisher, byId))[0];
  const siteNames = [metas.get('og:site_name'), publisher, metas.get('application-name')].filter((s): s is string => Boolean(s?.trim()));
  return { metas, jsonLd, articles, ...(published ? { published } : {}), jsonLdAuthors, metaAuthors, siteNames };
}

/** The publication date: the markup's, else Readability's; normalised, invalid values ignored. */
export function resolvePublished(page: PageMetadata, readabilityPublished: string | null | undefined): string | undefined {
  return page.published ?? normaliseIsoDate(readabilityPublished ?? undefined);
}

// --- Outlets ---

/** The host of a URL without `www.`, or undefined. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./u, '').toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

/** Separators between a site name and its tagline: "The Verge — technology news", "TMZ | Celebrity Gossip", "Site: News". */
const TAGLINE_SEPARATOR = /\s+[-–—|·•»]\s+|\s*\|\s*|:\s+/u;

/**
 * A site name as an outlet: a URL becomes its host without `www.`; a tagline goes ("The Verge —
 * technology news" gives "The Verge"), keeping the part that names the host, else the first part.
 */
export function cleanOutlet(raw: string | undefined, host?: string): string | undefined {
  const text = squash(raw ?? '');
  if (text === '') return undefined;
  if (/^(?:https?:\/\/|www\.)\S+$/iu.test(text)) return hostOf(/^www\./iu.test(text) ? `http://${text}` : text);
  const parts = text.split(TAGLINE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return text;
  // Labels of the host except the top-level domain: news.example.co.uk gives news, example, co.
  const labels = new Set((host ?? '').split('.').slice(0, -1).filter((l) => l.length > 1).map(fold));
  const named = parts.find((part) => labels.has(fold(part)) || labels.has(fold(part.replace(/^the\s+/iu, ''))));
  return named ?? parts[0];
}

/**
 * The outlet: the page's site name (og:site_name, JSON-LD publisher, application-name), else
 * Readability's, else the one the text names, else the host.
 */
export function resolveOutlet(
  page: PageMetadata,
  fallbacks: { readability?: string | null | undefined; text?: string | undefined; host?: string | undefined },
): string | undefined {
  for (const raw of [...page.siteNames, fallbacks.readability ?? undefined, fallbacks.text]) {
    const outlet = cleanOutlet(raw, fallbacks.host);
    if (outlet) return outlet;
  }
  return fallbacks.host;
}

// --- Authors ---

/** Words that open a byline: "By", "Written by", "Von", "Par", "Por", "Door". */
const BYLINE_LEAD = /^(?:(?:written|posted|reported|reporting|words|story|text|article|published)\s+)?(?:by|von|par|por|door|av|af)\b[:\s]*/iu;

/** Months and weekdays (English, German, French, Spanish, Italian), full or abbreviated. */
const CALENDAR_WORD = new RegExp(
  '^(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar|rero)?|f[ée]vr(?:ier)?|mar(?:ch|s|zo)?|m[äa]rz|apr(?:il)?|avr(?:il)?|abr(?:il)?|may|mayo|mai|maggio|jun(?:e|i|io)?|juin|giugno|jul(?:y|i|io)?|juil(?:let)?|luglio|aug(?:ust)?|ao[uû]t|ago(?:sto)?|sep(?:t(?:ember|embre|iembre)?)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|ott(?:obre)?|nov(?:ember|embre|iembre)?|dec(?:ember)?|d[ée]c(?:embre)?|dez(?:ember)?|dic(?:iembre)?' +
    '|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?$',
  'iu',
);
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)/iu;
/** Words that stand before a date in a byline: "Updated on", "Published", "le", "am". */
const DATE_LEAD_WORD = /^(?:updated|published|posted|modified|last|on|at|am|le|el|il|den|vom|du|publi[ée]e?|aktualisiert|actualizado|aggiornato)$/iu;

/** What is left of a byline once a date cut at its first digit goes: the month or "Updated on" before it. */
function stripDateLead(head: string, tail: string): string {
  const words = wordsOf(head.replace(/[\s,.:;|·•–—(-]+$/u, ''));
  // "Theresa May 22 Dec 2016": the tail has its own month, so "May" is a name. Before a month only a weekday can go.
  let allowed: 'month' | 'weekday' | 'none' = wordsOf(tail).some((w) => CALENDAR_WORD.test(w.replace(/[,.]$/u, ''))) ? 'weekday' : 'month';
  while (words.length > 1) {
    const last = words[words.length - 1]!.replace(/[,.:;]+$/u, '');
    const weekday = WEEKDAY.test(last);
    if (DATE_LEAD_WORD.test(last)) words.pop();
    else if (CALENDAR_WORD.test(last) && (allowed === 'month' || (allowed === 'weekday' && weekday))) {
      words.pop();
      allowed = weekday ? 'none' : 'weekday';
    } else break;
  }
  return words.join(' ').replace(/[\s,.:;|·•–—(-]+$/u, '');
}

/** Job titles that follow or precede a name: "Staff Writer", "Senior Political Correspondent". */
const ROLE_NOUN =
  /^(?:writers?|reporters?|correspondents?|editors?|columnists?|contributors?|journalists?|photographers?|analysts?|producers?|critics?|staff|interns?|reviewers?|bloggers?|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|journaliste|r[ée]dact(?:eur|rice)|envoy[ée]e?|corresponsal|redactora?|periodista|giornalista|inviat[oa]|cronista)$/iu;
const ROLE_WORD =
  /^(?:senior|chief|deputy|associate|assistant|contributing|special|spéciale?|staff|political|foreign|business|tech(?:nology)?|science|health|sports?|news|national|international|managing|executive|investigative|global|economics?|features?|digital|freelance|at-large|leitende[rn]?|politische[rn]?|freie[rn]?)$/iu;

/** Words of site furniture that a byline detector sometimes picks up; never part of a name. */
const NOT_A_NAME_WORD =
  /^(?:share|follow|comments?|subscribe|newsletter|email|e-mail|print|menu|home|login|sign|log|read|more|advertisement|sponsored|photo|photos|image|video|getty|images|updated|published|posted|staff)$/iu;

/** Lower-case words allowed inside names: van, de, von, da, bin, al, ... */
const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|do|dos|das|du|la|le|lo|ter|ten|bin|ibn|al|el|y|e|zu|af|av|d['’]\p{L}.*|l['’]\p{L}.*|o['’]\p{L}.*)$/u;

/** The words of a text, split at white space. */
const wordsOf = (part: string): string[] => part.split(/\s+/u).filter(Boolean);

/** Drops a job title before or after a name: "Jane Doe Staff Writer" gives "Jane Doe". */
function stripRole(part: string): string {
  const words = wordsOf(part);
  const isRole = (w: string): boolean => ROLE_NOUN.test(w) || ROLE_WORD.test(w);
  let end = words.length;
  if (end > 0 && ROLE_NOUN.test(words[end - 1]!)) while (end > 0 && isRole(words[end - 1]!)) end -= 1;
  // A leading title is a run of role words up to a role noun: "Senior Correspondent Jane Doe".
  let start = 0;
  const titleNoun = words.findIndex((w, i) => ROLE_NOUN.test(w) && words.slice(0, i + 1).every(isRole));
  if (titleNoun >= 0) {
    start = titleNoun + 1;
    while (start < end && ROLE_NOUN.test(words[start]!)) start += 1;
  }
  return words.slice(start, end).join(' ');
}

/** Whether a part of a byline reads as a person's name (or a desk's: "Editorial Board"). */
function isNameLike(part: string): boolean {
  if (!/\p{L}/u.test(part) || /[:?!"“”@/\\<>=]|https?|www\./iu.test(part)) return false;
  const words = wordsOf(part);
  const counted = words.filter((w) => !PARTICLE.test(w));
  if (counted.length === 0 || counted.length > 6) return false;
  if (words.some((w) => NOT_A_NAME_WORD.test(w.replace(/[.,]$/u, '')))) return false;
  // Names are capitalised (particles aside); a cased first letter in lower case is a sentence or a user name.
  return counted.every((w) => {
    const first = /\p{L}/u.exec(w)?.[0];
    return first === undefined || first === first.toUpperCase();
  });
}

/** "GILLIAN MOHNEY" gives "Gillian Mohney"; names with lower-case letters stay as written. */
function unshout(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase() || letters === letters.toLowerCase() || wordsOf(name).length < 2) return name;
  return name.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The names in a byline, by general rules: "By" and the like go, as do emails and handles, a date,
 * time or count glued on (names have no digits), "| Outlet" or "- Outlet" segments, "for Outlet",
 * and job titles ("Jane Doe, Staff Writer"). Several names are split at commas, "and", "&" and
 * parentheses ("A (with B and C)"). What is left must look like names and not be the outlet.
 */
export function bylineNames(raw: string, outlets: readonly string[] = []): string[] {
  const outletKeys = new Set(outlets.filter(Boolean).flatMap((o) => [fold(o), fold(o.replace(/\.[a-z]{2,}$/iu, ''))]));
  const isOutlet = (text: string): boolean => outletKeys.has(fold(text)) || outletKeys.has(fold(text.replace(/^the\s+/iu, '')));
  let text = squash(raw);
  if (text === '' || /^(?:https?:\/\/|www\.)\S*$/iu.test(text)) return [];
  text = text.replace(/\S+@\S+\.\p{L}{2,}/gu, ' ').replace(/(^|\s)@\w+/gu, ' ');
  // Segments after a pipe, bullet or spaced dash are an outlet, a role or a date; the first that names someone counts.
  for (const segment of text.split(/\s+[|·•–—-]\s+|\s*[|·•]\s*/u)) {
    if (isOutlet(segment)) continue;
    const names = segmentNames(segment, isOutlet);
    if (names.length > 0) return names;
  }
  return [];
}

/** The names in one segment of a byline; see bylineNames. */
function segmentNames(segment: string, isOutlet: (text: string) => boolean): string[] {
  let text = segment.trim().replace(BYLINE_LEAD, '');
  // A date, time or comment count, glued on or not: names have no digits.
  const digit = text.search(/\p{N}/u);
  if (digit >= 0) text = stripDateLead(text.slice(0, digit), text.slice(digit));
  text = text.replace(/\s+(?:for|für|pour|para|per|voor)\s+.*$/iu, '').replace(/[\s,;.:(–—-]+$/u, '');
  // Several names: "A, B and C", "A & B", "A (avec B et C)". Lower-case separators only: "E" can be an initial.
  const parts = text
    .split(/\s*(?:[,;&()/]|\s(?:and|und|et|y|e|with|avec|mit|con|og|och|en)\s)\s*/u)
    .map((p) => p.trim().replace(/^(?:and|und|et|y|e|with|avec|mit|con|og|och|en)\s+/u, ''))
    .filter(Boolean);
  const names: string[] = [];
  parts.forEach((part, index) => {
    // After the first name, a part with a job title describes the person before it; a single word
    // or a "The ..." after full names is an outlet or an agency ("Jane Doe, Reuters").
    if (index > 0 && wordsOf(part).some((w) => ROLE_NOUN.test(w))) return;
    const name = stripRole(part);
    if (name === '' || isOutlet(name) || !isNameLike(name)) return;
    if (names.length > 0 && wordsOf(names[0]!).length > 1 && (wordsOf(name).length === 1 || /^the\s/iu.test(name))) return;
    const cleaned = unshout(name);
    if (!names.some((n) => fold(n) === fold(cleaned))) names.push(cleaned);
  });
  return names;
}

/** Names joined as a byline: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A byline as names only, or undefined when nothing name-like is left; see bylineNames. */
export function cleanByline(raw: string | null | undefined, outlets: readonly string[] = []): string | undefined {
  return raw ? joinNames(bylineNames(raw, outlets)) : undefined;
}

/**
 * The author: JSON-LD's author names, else the author meta tags when they name people (not a
 * URL, not the outlet), else Readability's byline, else the text's byline line, each cleaned.
 */
export function resolveAuthor(
  page: PageMetadata,
  fallbacks: { readability?: string | null | undefined; text?: string | undefined },
  outlets: readonly string[],
): string | undefined {
  const fromJsonLd = page.jsonLdAuthors.flatMap((name) => bylineNames(name, outlets));
  const unique = fromJsonLd.filter((name, i) => fromJsonLd.findIndex((n) => fold(n) === fold(name)) === i);
  if (unique.length > 0) return joinNames(unique);
  for (const raw of [...page.metaAuthors, fallbacks.readability, fallbacks.text]) {
    const author = cleanByline(raw, outlets);
    if (author) return author;
  }
  return undefined;
}
