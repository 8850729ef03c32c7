/**
 * Boilerplate by structure: what a page's markup says is not the article, removed from the DOM
 * before Readability reads it.
 *
 * Text rules (boilerplate.ts) judge a block by its words; these rules judge an element by what it
 * is: a comment, a figure or a video player with its caption, an element whose class names it a
 * share bar or a newsletter box, a short block that is all links. Every rule is general (markup
 * many sites share), never one site's class name. An element that holds much of the page's prose
 * is never removed by its class, whatever the class says: a wrapper named `has-related` or
 * `paywall` may hold the story itself.
 */

/** Id of a structural rule, reported with every removed element. */
export type StructureRuleId =
  | 'html-comment'
  | 'media'
  | 'caption'
  | 'promo'
  | 'related'
  | 'newsletter'
  | 'share'
  | 'subscribe'
  | 'advert'
  | 'author-bio'
  | 'screen-reader'
  | 'pull-quote'
  | 'link-dense'
  | 'orphan-lead-in';

/** One element (or comment) the structural rules removed. */
export interface StructureRemoval {
  rule: StructureRuleId;
  /** Tag name, or `#comment`. */
  tag: string;
  /** Its text, white space collapsed, at most 200 characters. */
  text: string;
}

/** A rule that removes elements whose class, id or test id names what they are. */
export interface HintRule {
  id: StructureRuleId;
  description: string;
  /** Names as sequences of class-name parts: `['most', 'read']` matches `most-read`, `mostRead`, `most_read` and `mostread`. */
  hints: readonly (readonly string[])[];
}

const words = (...list: string[]): string[][] => list.map((hint) => hint.split(' '));

/** The class-hint rules, tried in order; the first that names an element removes it. */
export const HINT_RULES: readonly HintRule[] = [
  {
    id: 'caption',
    description: 'captions and credits of pictures ("caption", "credit", "attribution", "legend")',
    hints: words('caption', 'captions', 'figcaption', 'credit', 'credits', 'attribution', 'legend', 'copyright'),
  },
  {
    id: 'media',
    description: 'wrappers of videos, audio, galleries, slideshows, embeds and figures, with what they hold',
    hints: words('video', 'videos', 'audio', 'gallery', 'slideshow', 'carousel', 'lightbox', 'figure', 'embed', 'podcast'),
  },
  {
    id: 'advert',
    description: 'advertising slots and their labels ("ad", "ad-slot", "advert", "sponsored", ad networks)',
    hints: words('ad', 'ads', 'adslot', 'adunit', 'advert', 'adverts', 'advertisement', 'advertising', 'dfp', 'sponsor', 'sponsored', 'sponsors', 'outbrain', 'taboola'),
  },
  {
    id: 'promo',
    description: 'promotion boxes ("promo", "promotion")',
    hints: words('promo', 'promos', 'promotion', 'promotions', 'promoted'),
  },
  {
    id: 'related',
    description: 'lists of other articles ("related", "recirc", "most-read", "more-stories", "recommended", "trending")',
    hints: words(
      'related',
      'recirc',
      'recirculation',
      'most read',
      'most popular',
      'most viewed',
      'more stories',
      'recommended',
      'recommendations',
      'trending',
      'also read',
      'see also',
    ),
  },
  {
    id: 'newsletter',
    description: 'newsletter sign-up boxes ("newsletter", "signup")',
    hints: words('newsletter', 'newsletters', 'signup', 'sign up'),
  },
  {
    id: 'share',
    description: 'share bars and social buttons ("share", "sharing", "social", share widgets)',
    hints: words('share', 'sharing', 'sharebar', 'sharetools', 'social', 'addthis', 'sharethis'),
  },
  {
    id: 'subscribe',
    description: 'subscription prompts and paywall notices ("subscribe", "subscription", "paywall")',
    hints: words('subscribe', 'subscription', 'subscriptions', 'paywall', 'regwall'),
  },
  {
    id: 'author-bio',
    description: 'the author’s biography box ("author-bio", "author-box", "about-the-author", "bio"); never the byline',
    hints: words('author bio', 'author biography', 'author box', 'author card', 'bio', 'biography', 'about author', 'about the author', 'contributor bio'),
  },
  {
    id: 'pull-quote',
    description: 'pull quotes: a sentence of the story repeated large beside it ("pullquote", "pull-quote")',
    hints: words('pullquote', 'pull quote', 'pullout', 'pull out quote'),
  },
  {
    id: 'screen-reader',
    description: 'text for screen readers only ("visually-hidden", "sr-only"): skip links and labels such as "Image"',
    hints: words('visually hidden', 'visuallyhidden', 'sr only', 'screen reader', 'screen readers', 'screenreader', 'offscreen'),
  },
];

/** Elements that are media and go with everything inside them. */
const MEDIA_TAGS = new Set(['FIGURE', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'EMBED']);
/** Elements never removed by their class: the page and the article itself. */
const NEVER_BY_CLASS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'HEAD']);
/** A class-name part before a hint that says the hint is absent or only decorates ("no-caption", "has-video"). */
const NEGATIONS = new Set(['no', 'non', 'not', 'without', 'hide', 'has', 'with']);
/** A class-name part after a hint that says the hint is absent ("ad-free"). */
const NEGATIONS_AFTER = new Set(['free', 'less', 'none']);
/** Attributes whose values name what an element is. */
const NAME_ATTRIBUTES = ['class', 'id', 'data-testid', 'data-component'];

/** An element holding this share of the page's paragraph words (or this many words of prose) is article, not boilerplate. */
const ARTICLE_SHARE = 0.3;
const ARTICLE_PROSE_WORDS = 120;
/** A link-dense block has at most this many words. */
const LINK_DENSE_MAX_WORDS = 25;
/** A lead-in ("Watch the video below:") has at most this many words. */
const LEAD_IN_MAX_WORDS = 15;

const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/gu, ' ').trim();
/** Ends like a sentence (a headline or a label does not). */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

/** Lower-case parts of one class name: camelCase, `-`, `_` and other separators split. */
export function nameParts(token: string): string[] {
  return token
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1-$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
}

/** Whether the parts of one class name contain a hint, as consecutive parts or glued into one part. */
function hasHint(parts: readonly string[], hint: readonly string[]): boolean {
  const glued = hint.join('');
  for (let i = 0; i < parts.length; i++) {
    if (i > 0 && NEGATIONS.has(parts[i - 1]!)) continue;
    const span = parts[i] === glued && hint.length > 1 ? 1 : hint.every((part, k) => parts[i + k] === part) ? hint.length : 0;
    if (span > 0 && !NEGATIONS_AFTER.has(parts[i + span] ?? '')) return true;
  }
  return false;
}

/** The hint rule that names an element by its class, id or test id, if any. */
export function hintRuleOf(element: Element): HintRule | undefined {
  const tokens = NAME_ATTRIBUTES.flatMap((name) => (element.getAttribute(name) ?? '').split(/\s+/u)).filter(Boolean);
  if (tokens.length === 0) return undefined;
  const partsList = tokens.map(nameParts);
  return HINT_RULES.find((rule) => rule.hints.some((hint) => partsList.some((parts) => hasHint(parts, hint))));
}

/** Words of the paragraphs inside an element (the element itself included when it is one). */
function paragraphWords(element: Element): { all: number; prose: number } {
  const paragraphs = element.tagName === 'P' ? [element] : [...element.querySelectorAll('p')];
  let all = 0;
  let prose = 0;
  for (const p of paragraphs) {
    const text = squash(p.textContent);
    const n = wordCount(text);
    all += n;
    if (n >= 5 && SENTENCE_END.test(text)) prose += n;
  }
  return { all, prose };
}

/** Whether a node is white space only (a text node) or a comment, which layout ignores. */
const isBlank = (node: Node): boolean =>
  node.nodeType === 8 || (node.nodeType === 3 && (node.textContent ?? '').trim() === '');

/**
 * Text of an element outside its links and inside them. Links to a place on the same page
 * (`href="#..."`, a table of contents) count as text, not as links away.
 */
function linkSplit(element: Element): { inside: string; outside: string; plain: string } {
  let inside = '';
  let outside = '';
  let plain = '';
  const walk = (node: Node, inLink: boolean, emphasised: boolean): void => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      if (inLink) inside += text;
      else outside += text;
      if (!emphasised) plain += text;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const link = el.tagName === 'A' && el.hasAttribute('href') && !(el.getAttribute('href') ?? '').startsWith('#');
    const emphasis = EMPHASIS_TAGS.has(el.tagName);
    for (const child of el.childNodes) walk(child, inLink || link, emphasised || emphasis);
  };
  walk(element, false, false);
  return { inside: squash(inside), outside: squash(outside), plain: squash(plain) };
}

const EMPHASIS_TAGS = new Set(['EM', 'STRONG', 'B', 'I']);

/** Tags that can be a link-dense block of their own; a heading is not one (a linked subheading is still the story's). */
const LINK_BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'DL', 'BLOCKQUOTE', 'TABLE']);

/**
 * Whether a block is a short run of links with no text of its own: a "Read more" promo, a row of
 * related headlines, a "Map: …" teaser. The text outside the links may be punctuation or a label
 * that ends in a colon ("Read more:", "Lire aussi :"), or, in a block set wholly in bold or italics
 * (a promo), a word or two ("Watch <a>…</a>"); a link whose text is a sentence (ends with a full
 * stop) is kept unless the block is such a promo, since that is a linked sentence of the story.
 */
function isLinkDense(element: Element): boolean {
  if (!LINK_BLOCK_TAGS.has(element.tagName)) return false;
  const text = squash(element.textContent);
  const total = wordCount(text);
  if (total === 0 || total > LINK_DENSE_MAX_WORDS) return false;
  const { inside, outside, plain } = linkSplit(element);
  if (wordCount(inside) === 0) return false;
  const promo = wordCount(plain) === 0 && wordCount(outside) <= 2 && wordCount(inside) >= 2 * wordCount(outside);
  if (promo) return true;
  const label = /^[^\p{L}\p{N}]*(?:[\p{L}\p{N}][^:：]{0,30}[:：])?[^\p{L}\p{N}]*$/u.test(outside);
  if (!label) return false;
  // A list introduced by a lead-in ("The nominees are:") is content, however linked.
  if ((element.tagName === 'UL' || element.tagName === 'OL') && endsWithColon(previousBlock(element))) return false;
  return !/[.]["'”’»)\]]*$/u.test(inside) || /[:：]/u.test(outside);
}

/** The element before `element` (climbing out of wrappers it opens), with only white space between. */
function previousBlock(element: Element): Element | undefined {
  let node: Element = element;
  for (;;) {
    let previous = node.previousSibling;
    while (previous && isBlank(previous)) previous = previous.previousSibling;
    if (previous) return previous.nodeType === 1 ? (previous as Element) : undefined;
    const parent = node.parentElement;
    if (!parent || parent.tagName === 'BODY') return undefined;
    node = parent;
  }
}

const endsWithColon = (element: Element | undefined): boolean =>
  element !== undefined && /[:：]\s*$/u.test(squash(element.textContent));

/** A caption list has at most this many words. */
const CAPTION_MAX_WORDS = 80;

/** Whether an element is a picture: a figure or picture, or an element holding images and no text. */
function isPicture(element: Element): boolean {
  if (element.tagName === 'FIGURE' || element.tagName === 'PICTURE' || element.tagName === 'IMG') return true;
  return element.querySelector('img, picture') !== null && wordCount(squash(element.textContent)) === 0;
}

/** Tags a lead-in can be set in. */
const LEAD_IN_TAGS = new Set(['P', 'DIV', 'SPAN', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'EM', 'B', 'I']);

/** A short paragraph that ends in a colon: "Check out the footage below:". */
function isLeadIn(element: Element | undefined): element is Element {
  if (!element || !LEAD_IN_TAGS.has(element.tagName) || !endsWithColon(element)) return false;
  if (element.querySelector('p, div, ul, ol, table, figure, blockquote')) return false;
  const n = wordCount(squash(element.textContent));
  return n > 0 && n <= LEAD_IN_MAX_WORDS;
}

/**
 * The byline as Readability finds it: the first short element whose class or id says byline or
 * author, or that has rel="author" or itemprop="author". A "share-byline" bar must not take it.
 */
function findByline(elements: readonly Element[]): Element | undefined {
  return elements.find((el) => {
    const named =
      /byline|author|dateline|writtenby/iu.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`) ||
      el.getAttribute('rel') === 'author' ||
      /author/iu.test(el.getAttribute('itemprop') ?? '');
    if (!named) return false;
    const length = squash(el.textContent).length;
    return length > 0 && length < 100;
  });
}

/** Removes every comment node under `root`: Readability splits paragraphs at `<!-- -->`. */
function removeComments(root: Node, removals: StructureRemoval[]): void {
  for (const child of [...root.childNodes]) {
    if (child.nodeType === 8) {
      removals.push({ rule: 'html-comment', tag: '#comment', text: squash(child.textContent).slice(0, 200) });
      child.parentNode?.removeChild(child);
    } else if (child.nodeType === 1) {
      removeComments(child, removals);
    }
  }
}

/**
 * Removes structural boilerplate from a page's DOM in place, before Readability reads it, and
 * returns what went. The order matters: comments first (they split text), then media and elements
 * named by their class, then short link-dense blocks, each with the lead-in it leaves orphaned.
 */
export function removeStructuralBoilerplate(document: unknown): StructureRemoval[] {
  const doc = document as Document;
  const removals: StructureRemoval[] = [];
  const root = doc.documentElement ?? doc;
  removeComments(root, removals);
  // linkedom's `document.body` adds a second, empty <body> after <head> when another element stands
  // between them, so every <body> is searched; the <head> never is (Readability reads its metadata).
  const bodies = [...doc.querySelectorAll('body')];
  const elements = (): Element[] => bodies.flatMap((body) => [...body.querySelectorAll('*')]);

  const pageWords = Math.max(1, bodies.reduce((n, body) => n + paragraphWords(body).all, 0));
  const byline = findByline(elements());
  const holdsByline = (element: Element): boolean => byline !== undefined && (element === byline || element.contains(byline));
  const holdsArticle = (element: Element): boolean => {
    const { all, prose } = paragraphWords(element);
    return all / pageWords >= ARTICLE_SHARE || prose >= ARTICLE_PROSE_WORDS;
  };
  const remove = (element: Element, rule: StructureRuleId): void => {
    const leadIn = previousBlock(element);
    removals.push({ rule, tag: element.tagName.toLowerCase(), text: squash(element.textContent).slice(0, 200) });
    element.remove();
    if (rule !== 'html-comment' && isLeadIn(leadIn)) {
      removals.push({ rule: 'orphan-lead-in', tag: leadIn.tagName.toLowerCase(), text: squash(leadIn.textContent).slice(0, 200) });
      leadIn.remove();
    }
  };

  // A one-item list set straight after a picture is its caption (photo essays lay captions out so).
  for (const list of bodies.flatMap((body) => [...body.querySelectorAll('ul, ol')])) {
    const items = [...list.children].filter((child) => child.tagName === 'LI');
    if (items.length !== 1 || list.children.length !== 1) continue;
    const before = previousBlock(list);
    if (before && isPicture(before) && wordCount(squash(list.textContent)) <= CAPTION_MAX_WORDS) remove(list, 'caption');
  }

  // Media and their captions, then elements named by their class; an element inside one already
  // removed went with it.
  for (const element of elements()) {
    if (!element.isConnected) continue;
    if (element.tagName === 'FIGCAPTION') {
      remove(element, 'caption');
      continue;
    }
    if (MEDIA_TAGS.has(element.tagName)) {
      // A figure may frame a table or a quotation of the story; those stay for Readability to judge.
      if (element.tagName === 'FIGURE' && (element.querySelector('table, blockquote') || holdsArticle(element))) continue;
      remove(element, 'media');
      continue;
    }
    if (NEVER_BY_CLASS.has(element.tagName)) continue;
    const rule = hintRuleOf(element);
    // Nor the headline: Readability compares it with the page's title.
    if (!rule || holdsArticle(element) || holdsByline(element) || element.querySelector('h1')) continue;
    remove(element, rule.id);
  }

  // Short blocks that are all links, innermost first so that a list goes whole only when all of it is links.
  for (const element of elements().reverse()) {
    if (!element.isConnected || NEVER_BY_CLASS.has(element.tagName)) continue;
    if (isLinkDense(element)) remove(element, 'link-dense');
  }
  return removals;
}
