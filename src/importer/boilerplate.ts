/**
 * Boilerplate rules: what around an article's text is not the article.
 *
 * Every rule is general (a kind of line that web pages and copy-pasted articles carry), never a
 * string of one particular source. Line rules match a whole line; two more rules look at context:
 * `foreign-language` (a line in another language than the article) and `trailing-zone` (the run of
 * short lines after the article's last paragraph, dropped whole when it holds boilerplate).
 */
import { languageAffinity, UNDETERMINED } from './language.ts';

/** Id of a boilerplate rule, reported with every removed line. */
export type RuleId =
  | 'credit'
  | 'caption'
  | 'stub'
  | 'timestamp'
  | 'print-edition'
  | 'source'
  | 'site-name'
  | 'site-prefix'
  | 'byline'
  | 'share'
  | 'comments'
  | 'email-notice'
  | 'newsletter'
  | 'subscribe'
  | 'follow'
  | 'related'
  | 'inline-promo'
  | 'author-bio'
  | 'contributors'
  | 'pull-quote'
  | 'advert'
  | 'consent'
  | 'account'
  | 'menu'
  | 'copyright'
  | 'duplicate-title'
  | 'foreign-language'
  | 'orphan-lead-in'
  | 'leading-zone'
  | 'trailing-zone';

/** One line rule of the table below. */
export interface LineRule {
  id: RuleId;
  /** What the rule removes, for a reader of the table. */
  description: string;
  /** Longer lines never match: an article sentence may well mention "subscribe" or "source". */
  maxLength: number;
  /** Whether the rule may match a line that reads as prose; most boilerplate is a label, not a sentence. */
  prose: boolean;
  /** Matched against the whole line, trimmed. A `value` group names an outlet or an author. */
  pattern: RegExp;
  /**
   * What a match tells besides "remove me". `drops-following`: the short lines after it are a list
   * that goes with it; `ends-article`: what follows it to the end goes too when it is short.
   */
  effect?: 'outlet-if-domain' | 'outlet' | 'author' | 'drops-following' | 'ends-article';
}

/** A bare domain or URL, e.g. `example.com`, `www.example.co.uk`, `https://example.com/a/b`. */
const DOMAIN = String.raw`(?:https?:\/\/)?(?:www\.)?(?<value>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?:\/\S*)?`;
/** A label's separator: a colon or pipe, or a dash with spaces around it ("Source-code" is not a label). */
const SEP = String.raw`(?:\s*[:：|]\s*|\s+[–—-]\s+)`;
/** Names on share buttons. */
const SOCIAL = String.raw`(?:facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|threads|bluesky|mastodon|messenger|flipboard|tumblr|instagram|youtube|e-?mail|print|copy(?: the)? link|copy url)`;
/** Headers of lists of other articles. */
const RELATED = String.raw`(?:(?:read|see|watch) (?:next|also|more)|also read|related(?: articles?| stories| posts?| coverage| content| news| reading| topics)?|more (?:stories|news|articles|on this(?: story| topic)?|from(?: \S+){1,4})|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| reading| articles)?|(?:most|top) (?:read|popular|viewed|shared)|trending(?: now| stories)?|(?:latest|recent) (?:posts?|news|stories|articles)|(?:next|previous) (?:article|story|post)|up next|what to read next|further reading)`;
/** A word of a person's or an agency's name in a credit: capitalised, or a particle ("de", "for"). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}.'’&-]*|de|da|del|der|van|von|la|le|for|and|of|the|via)`;
/** A credit's value: a name, perhaps with agencies after slashes ("Jim Watson/AFP/Getty Images"). */
const CREDIT_NAME = String.raw`\p{Lu}[\p{L}.'’&-]*(?:\s+${NAME_WORD})*(?:\s*\/\s*\p{Lu}[\p{L}.'’&-]*(?:\s+${NAME_WORD})*)*`;
/** Picture words that label a credit or a caption. */
const PICTURE_WORDS = ['photo', 'photograph', 'image', 'picture', 'pic', 'video', 'graphic', 'illustration', 'footage', 'artwork', 'cartoon'];
const PICTURE = `(?:${PICTURE_WORDS.join('|')})`;
/** Words in lower case, capitalised or in capitals: for patterns that are otherwise case-sensitive. */
const anyCase = (...list: string[]): string =>
  `(?:${list.flatMap((w) => [w, `${w[0]!.toUpperCase()}${w.slice(1)}`, w.toUpperCase()]).join('|')})`;
/** Month names and abbreviations (English), for date lines. */
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?`;
/** One piece of a date or a time: "March", "21,", "2019", "3:46", "PM", "ET", "at". */
const DATE_PART = String.raw`(?:${MONTH}|${WEEKDAY}|\d{1,4}(?:st|nd|rd|th)?,?|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|\d{4}-\d{2}-\d{2}(?:T[\d:.+Z-]+)?|\d{1,2}\/\d{1,2}\/\d{2,4}|[ap]\.?m\.?|[ecmp][sd]t|bst|cest?|aest|aedt|utc|gmt|et|pt|ct|mt|at|on|,|:|\||·|•|-|–|—|\(|\)|updated|published|posted)`;

/** The line rules, tried in order; the first match wins. */
export const LINE_RULES: readonly LineRule[] = [
  {
    id: 'credit',
    description: 'photo, image or video credit lines ("Photo credit: X", "Image: X", "Photograph: X", "(Photo by X/Agency)")',
    maxLength: 200,
    prose: true,
    pattern: new RegExp(
      String.raw`^(?:(?:(?:main |top |header |featured |cover |lead )?${PICTURE}s?(?: credits?| courtesy| source| copyright)?|credits?|courtesy(?: of)?|photographer)${SEP}(?<value>.+)|\(${PICTURE}s?(?: taken)? (?:by|courtesy of|via|from) [^)]+\))$`,
      'iu',
    ),
    effect: 'outlet-if-domain',
  },
  {
    id: 'credit',
    description: 'a credit without a colon: "Credit Harry Campbell", "Image copyright Getty Images", "Photo by X/Agency"',
    maxLength: 120,
    prose: false,
    pattern: new RegExp(
      String.raw`^(?:(?:${anyCase(...PICTURE_WORDS)}[sS]?\s+)?(?:${anyCase('credit')}[sS]?|${anyCase('copyright')}|©)|${anyCase(...PICTURE_WORDS)}[sS]?\s+(?:by|courtesy of|via|from))\s+(?<value>${CREDIT_NAME})\.?$`,
      'u',
    ),
  },
  {
    id: 'credit',
    description: 'a photographer and an agency joined by slashes ("JIM WATSON/AFP/Getty Images", "Jane Roe/Reuters")',
    maxLength: 80,
    prose: false,
    // Three words at least: "Israel/Gaza" is a heading, "Reuters/Tomas Lind" a credit.
    pattern: new RegExp(String.raw`^(?=(?:[^\s/]+[\s/]+){2}[^\s/])\(?\p{Lu}[\p{L}.'’&-]*(?:\s+${NAME_WORD}){0,4}(?:\s*\/\s*\p{Lu}[\p{L}.'’&-]*(?:\s+${NAME_WORD}){0,4}){1,3}\)?$`, 'u'),
  },
  {
    id: 'credit',
    description: 'a caption with its credit glued on ("… in Queens.CreditChang W. Lee/The Times", "… Parata. Photograph: X")',
    maxLength: 500,
    prose: true,
    pattern: new RegExp(
      String.raw`^.{10,}?[.!?”"')\]](?:(?:Credit){1,2}\s*|\s+(?:${anyCase(...PICTURE_WORDS)}s?(?: credit)?|Credit)\s*:\s*)${CREDIT_NAME}\.?$`,
      'u',
    ),
  },
  {
    id: 'caption',
    description: 'a caption announced as one ("Image caption …", "Media caption …", "Caption: …")',
    maxLength: 400,
    prose: true,
    pattern: new RegExp(String.raw`^(?:(?:${PICTURE}|media) caption\b|caption\s*:).*$`, 'iu'),
  },
  {
    id: 'stub',
    description: 'what a removed picture, video or link leaves ("Image", "Video", "View photo", "Continue reading the main story", "14 Photos")',
    maxLength: 100,
    prose: false,
    pattern: new RegExp(
      String.raw`^(?:${PICTURE}s?|photos|audio|gallery|slideshow|map|chart|infographic|interactive|embed|media|listen|play|replay|watch|loading(?:\.\.\.|…)?|enlarge(?: this)?(?: image)?|expand|close|(?:view|see|watch|play|open|launch|show|enlarge) (?:the |this |our |more )?(?:full |full-size |photo |video )?(?:${PICTURE}|photos|gallery|slideshow|map|interactive|clip|slides?)s?(?: gallery| here| now)?|continue reading(?: the main story| the story| the article| below| here)?|(?:the )?story continues(?: below)?|(?:${PICTURE}|slide)s? \d+(?:\s*(?:of|\/)\s*\d+)?|\d+ (?:${PICTURE}|slide)s?|(?:${PICTURE} )?gallery\s*:.*|.*\|\s*\d+ (?:${PICTURE}|slide)s?|\d+\s*min(?:ute)?s?(?: read| listen)?)[.:]?$`,
      'iu',
    ),
  },
  {
    id: 'stub',
    description: 'a line without a letter ("87", ".", "•"), or only a price ("from $610.00", "$7/month")',
    maxLength: 40,
    prose: false,
    pattern: /^(?:[^\p{L}]{1,20}|(?:from|starting at|only|just|now|was)?\s*[$€£¥]\s?\d[\d.,]*(?:\s*\/\s*\p{L}+)*)$/iu,
  },
  {
    id: 'print-edition',
    description: 'where the story appeared in print ("A version of this article appears in print on …, on Page A22")',
    maxLength: 400,
    prose: true,
    pattern: /^(?:a version of )?this (?:article|story|review|column|essay|interview) (?:appears|appeared|was published) (?:in print|in the print edition|on page)\b.*$/iu,
  },
  {
    id: 'timestamp',
    description: 'a line that is only a date or time, perhaps labelled ("22 Dec, 2016", "First published February 1, 2016: 1:28 AM ET", "2 hours ago")',
    maxLength: 120,
    prose: false,
    pattern: new RegExp(
      String.raw`^(?:.{0,40}?\b(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?\s*:?\s*)?(?:(?=.*(?:\d|\b${MONTH}\b))(?:${DATE_PART}\s*)+|(?:\d+|an?|one) (?:second|sec|minute|min|hour|hr|day|week|month|year)s? ago|just now|yesterday|today)$`,
      'iu',
    ),
  },
  {
    id: 'source',
    description: 'a "Source" label, alone or with the outlet ("Source: example.com", "Via: X")',
    maxLength: 120,
    prose: true,
    pattern: new RegExp(String.raw`^(?:sources?|via)(?:${SEP}(?<value>.+?)|\s*)\.?$`, 'iu'),
    effect: 'outlet',
  },
  {
    id: 'source',
    description: 'where the article first ran ("Originally published at Medium", "This article originally appeared on X")',
    maxLength: 200,
    prose: true,
    pattern: new RegExp(
      String.raw`^(?:(?:this|the|a version of this) (?:article|story|post|piece|column|essay|interview) (?:was )?(?:first |originally )?(?:appeared|published|posted|ran)(?: first| originally)? (?:on|in|at|by)|originally (?:appeared|published|posted|ran) (?:on|in|at|by)|the post .{1,200}? appeared first on)(?:${SEP}|\s+)(?<value>.+?)\.?$`,
      'iu',
    ),
    effect: 'outlet',
  },
  {
    id: 'site-name',
    description: 'a line that is only a domain or URL (the site’s name as a header or trailer)',
    maxLength: 200,
    prose: false,
    pattern: new RegExp(`^${DOMAIN}$`, 'iu'),
    effect: 'outlet-if-domain',
  },
  {
    id: 'byline',
    description: 'a byline before the article text ("By Jane Roe", "By Jane Roe and John Doe, Reporter")',
    maxLength: 100,
    prose: false,
    pattern: /^[Bb][Yy]\s+(?<value>\p{Lu}[\p{L}.'’-]*(?:(?:\s+|,\s*)(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|da|del|der|la|le))*)(?:\s*(?:,|\s[|–—-])\s*.*)?$/u,
    effect: 'author',
  },
  {
    id: 'share',
    description: 'share prompts and share buttons ("Share this article", "Facebook", "Facebook Twitter Email", "Shareable URL")',
    maxLength: 100,
    prose: false,
    pattern: new RegExp(
      String.raw`^(?:share(?: this| on| via| the| it)?(?: article| story| post| page| link)?(?:\s+(?:on|via)\s+${SOCIAL})?|shareable (?:url|link)|(?:tweet|pin|email|e-mail|print|save|bookmark)(?: (?:this|it))?(?: article| story| for later)?|${SOCIAL}(?:[\s,|·•/]+${SOCIAL})*)\s*:?$`,
      'iu',
    ),
  },
  {
    id: 'comments',
    description: 'comment prompts and counters ("Leave a comment", "12 comments", "Join the conversation")',
    maxLength: 100,
    prose: true,
    pattern:
      /^(?:(?:\d+\s+)?(?:comments?|replies|responses)(?:\s*\(\d+\))?|(?:leave|add|post|write|submit|have) (?:a|your) (?:comment|reply|say)|(?:join|start) the (?:conversation|discussion)|(?:view|show|load|read|see) (?:all )?(?:\d+ )?(?:comments|replies)|cancel reply|comments are closed|be the first to comment|log in to comment)\s*[:.!]?$/iu,
  },
  {
    id: 'email-notice',
    description: 'comment-form notices ("Your email address will not be published", "Required fields are marked *")',
    maxLength: 200,
    prose: true,
    pattern:
      /(?:your e-?mail(?: address)? will not be (?:published|shared)|required fields are marked|save my name, e-?mail|^(?:name|e-?mail|website|comment)\s*\*\s*$)/iu,
  },
  {
    id: 'newsletter',
    description: 'newsletter prompts ("Sign up for our newsletter", "Get New York Today in your inbox", "Subscribe now")',
    maxLength: 140,
    prose: true,
    pattern:
      /^(?:(?:subscribe|sign up|sign-up|register|join)\b.*\b(?:newsletters?|inbox|briefing|digest|alerts|updates)\b.*|get (?:the|our) .*\b(?:newsletters?|inbox|briefing|digest)\b.*|(?:get|receive|have) .{1,80}\b(?:in|to|straight to|delivered to) your inbox\b.*|subscribe(?: now| today| here| for free)?|(?:our |the |free )?newsletters?)$/iu,
  },
  {
    id: 'subscribe',
    description: 'subscription and paywall prompts ("Subscribe to continue reading", "You have reached your limit of free articles")',
    maxLength: 160,
    prose: true,
    pattern:
      /^(?:(?:subscribe|sign up|register|log in|sign in)(?: now| today| for free)? (?:to|and) (?:continue reading|keep reading|read (?:more|on|the (?:full|rest of the) (?:story|article)|this (?:story|article))|unlock\b.*|get (?:full |unlimited )?access\b.*|access\b.*)|(?:to )?(?:continue|keep) reading,? (?:please )?(?:subscribe|log in|sign in|register|create an? (?:free )?account)\b.*|(?:you(?:'|’)ve|you have) (?:reached|used)(?: all of)? (?:your|the) (?:\w+ )?(?:limit|free articles?|articles? limit|free stor(?:y|ies))\b.*|this (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:paying )?(?:subscribers|members)\b.*|(?:not a subscriber|already (?:a )?(?:subscriber|member))\?.*|(?:become a (?:subscriber|member)|start your (?:free )?trial|get unlimited (?:digital )?access|support (?:our|independent|quality) journalism|unlock (?:this|full) (?:article|story|access))\b.*|(?:for )?subscribers only|exclusive to subscribers|premium (?:content|article))[.!]?$/iu,
  },
  {
    id: 'follow',
    description: 'follow-us and app prompts ("Follow us on X", "Download our app", "Click here to ...")',
    maxLength: 120,
    prose: true,
    pattern: /^(?:follow (?:us|@\S+)(?: on .+)?|like us on .+|download (?:our|the) (?:free )?app\b.*|(?:click|tap) here\b.*)$/iu,
  },
  {
    id: 'related',
    description: '"Read next", "Related", "More stories" and the like, with the list of headlines after them',
    maxLength: 60,
    prose: false,
    pattern: new RegExp(String.raw`^${RELATED}\s*:?$`, 'iu'),
    effect: 'drops-following',
  },
  {
    id: 'related',
    description: 'a related-article link inside the text ("Read more: Headline of another article")',
    maxLength: 200,
    prose: true,
    pattern: new RegExp(String.raw`^${RELATED}\s*:\s*\S.*$`, 'iu'),
  },
  {
    id: 'inline-promo',
    description: 'a promo set in the text ("[Read: Headline]", "_[Headline of another article]_", "Watch: Headline")',
    maxLength: 220,
    prose: true,
    pattern: /^(?:[_*\s]*\[[^[\]]{3,200}\][_*.\s]*|(?:read|watch|listen|see)\s*:\s*\S.{0,150})$/iu,
  },
  {
    id: 'author-bio',
    description: 'an "About the author" header, with the short biography after it to the end',
    maxLength: 60,
    prose: false,
    pattern: /^(?:about (?:the )?(?:authors?|writers?|contributors?|reporters?)|(?:the )?authors?(?:'s|’s)? bio(?:graphy)?|meet the (?:author|reporter)s?)\s*:?$/iu,
    effect: 'ends-article',
  },
  {
    id: 'contributors',
    description: 'who else worked on the story ("Jane Roe contributed to this report.", "Reporting by X; Editing by Y")',
    maxLength: 240,
    prose: true,
    pattern:
      /^(?:(?:additional )?reporting by .+|(?:writing|editing|compiled|translated) by .+|.{3,160}? (?:contributed|also contributed) (?:reporting|research|to this (?:report|story|article))(?: from .{1,80})?)\.?$/iu,
  },
  {
    id: 'advert',
    description: 'advertising labels ("Advertisement", "Story continues below advertisement", "Sponsored", "Powered by X")',
    maxLength: 80,
    prose: false,
    pattern:
      /^(?:advertisement|advertising|ad|sponsored(?: content| post| links?)?|paid (?:content|post)|(?:the )?(?:story|article) continues below(?: (?:this )?advertisement)?|continue reading below|scroll (?:down )?to continue(?: with content| reading)?|skip (?:ad|advertisement)|(?:powered|presented|brought to you|sponsored|supported) by\b.{0,60}|in (?:partnership|association) with .{1,60}|ads? by .{1,40}|ad ?choices|report this ad)$/iu,
  },
  {
    id: 'consent',
    description: 'cookie, consent and legal links ("We use cookies …", "Accept all cookies", "Privacy policy", "Terms of use")',
    maxLength: 300,
    prose: true,
    pattern:
      /^(?:(?:we|this (?:web)?site|our (?:web)?site|we and our (?:\d+ )?partners) (?:use|uses|store|process)\b.{0,80}\bcookies\b.*|(?:accept|reject|allow|decline|refuse|manage|customi[sz]e)(?: all| necessary| optional| essential)? cookies|(?:cookie|privacy|consent) (?:settings|preferences|policy|notice|choices|statement)|your privacy choices|do not sell(?: or share)? my (?:personal )?(?:info|information)|manage (?:your )?(?:(?:privacy|consent|cookie) )?(?:settings|preferences|choices)|terms (?:of (?:use|service|sale)|(?:and|&) conditions)|accessibility statement)\s*[.!]?$/iu,
  },
  {
    id: 'account',
    description: 'account links ("Sign in", "Log in / Register", "My account", "Create a free account")',
    maxLength: 60,
    prose: false,
    pattern:
      /^(?:sign in|sign out|log ?in|log ?out|register|my account|create (?:an |a free |your )?account|manage (?:my )?account)(?:\s*[|/·•]\s*(?:sign up|register|subscribe|log ?in|sign in|create (?:an )?account))*$/iu,
  },
  {
    id: 'menu',
    description: 'navigation: skip links, menu labels, footer links, lines of links joined by pipes or bullets ("News | Sport | Weather")',
    maxLength: 300,
    prose: false,
    pattern:
      /^(?:skip to (?:main )?(?:content|navigation|article|search)|(?:main |open |close |toggle |site )?(?:menu|navigation)|search|home ?page|back to top|(?:go|return) to (?:home ?page|top)|about us|contact us|advertise with us|site ?map|[^|•·]{1,40}(?:\s*[|•·]\s*[^|•·]{1,40}){2,})\s*[»›]?$/iu,
  },
  {
    id: 'copyright',
    description: 'copyright and rights lines ("© 2025 X", "All rights reserved")',
    maxLength: 200,
    prose: true,
    pattern: /^(?:©|\(c\)\s|copyright\b)|all rights reserved/iu,
  },
];

/** Rules whose match in the trailing zone (or the leading one) proves that the zone is boilerplate. */
const MARKER_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'credit',
  'caption',
  'stub',
  'print-edition',
  'source',
  'site-name',
  'share',
  'comments',
  'email-notice',
  'newsletter',
  'subscribe',
  'follow',
  'related',
  'inline-promo',
  'author-bio',
  'contributors',
  'pull-quote',
  'advert',
  'consent',
  'account',
  'menu',
  'copyright',
  'foreign-language',
]);

/**
 * When a line counts as written in another language than the article, by its length: franc is
 * reliable on long lines and guesses on short ones. On the development corpus, English lines of 80+
 * characters score at least 0.92 for English and lines of 40-80 at least 0.73, while German and
 * Slovak comment-form notices score 0.74 and 0.39. Lines of 12-40 characters are only evidence
 * for the trailing-zone rule, never removed on their own.
 */
const FOREIGN_THRESHOLDS: ReadonlyArray<{ minLength: number; below: number; removes: boolean }> = [
  { minLength: 80, below: 0.85, removes: true },
  { minLength: 40, below: 0.6, removes: true },
  { minLength: 12, below: 0.45, removes: false },
];

/** Ends like a sentence: terminal punctuation, perhaps followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

/** Whether a line reads as a paragraph of prose rather than a label, a headline or a button. */
export function isProse(line: string): boolean {
  const words = line.trim().split(/\s+/u).filter(Boolean).length;
  return (words >= 5 && SENTENCE_END.test(line.trim())) || words >= 25;
}

/** Whether the string is a bare domain such as `example.com` (returns it normalised, else undefined). */
export function asDomain(value: string): string | undefined {
  const match = new RegExp(`^${DOMAIN}$`, 'iu').exec(value.trim());
  return match?.groups?.value?.toLowerCase();
}

/** The first line rule that matches a line (trimmed), if any. */
export function matchRule(text: string, context: { seenProse: boolean }): LineRule | undefined {
  const prose = isProse(text);
  return LINE_RULES.find(
    (r) =>
      text.length <= r.maxLength &&
      (r.prose || !prose) &&
      r.pattern.test(text) &&
      // A byline only stands before the article text; later, "By Monday ..." is prose.
      (r.id !== 'byline' || !context.seenProse),
  );
}

/** One line (plain text) or block that the rules judge, in document order. */
export interface Unit {
  text: string;
  /**
   * Set when the caller knows better than the line alone: the short last line of a hard-wrapped
   * paragraph ("the minister said.") is prose because its paragraph is.
   */
  prose?: boolean;
}

/** Whether a unit reads as prose, by its own flag or else by its text. */
const unitIsProse = (unit: Unit): boolean => unit.prose ?? isProse(unit.text.trim());

/** Where an outlet name was found, strongest evidence first. */
export type OutletEvidence = 'source' | 'credit' | 'site-prefix' | 'site-name';
const OUTLET_RANK: Record<OutletEvidence, number> = { source: 0, credit: 1, 'site-prefix': 2, 'site-name': 3 };

/** What the rules decided about a list of units. */
export interface Classification {
  /** Rule that removes each removed unit, by index. */
  removed: Map<number, RuleId>;
  /** Outlet named by a source, credit or site-name line. */
  outlet?: { value: string; evidence: OutletEvidence };
  /** Author named by a byline. */
  author?: string;
}

/** Options of classifyUnits. */
export interface ClassifyOptions {
  /** franc code of the article's language, or `und`. */
  language: string;
  /** The article's author when known (byline, page metadata): their biography at the end is no part of the story. */
  author?: string;
  /**
   * The units are a whole page's text (a browser copy): the run of menu lines before the headline
   * goes too. HTML articles come out of Readability without it.
   */
  leadingZone?: boolean;
}

/** At most this many units and words after an "About the author" header are its biography. */
const END_ZONE_MAX_UNITS = 3;
const END_ZONE_MAX_WORDS = 150;
/**
 * Units after a related-articles header to the end are its list when they are few and short, none
 * a paragraph of more than TEASER_MAX_WORDS words, and at least half of them headlines (not
 * sentences): a story's last paragraphs after a stray header are sentences.
 */
const TEASER_MAX_WORDS = 20;
const TEASERS_MAX_UNITS = 8;
const TEASERS_MAX_WORDS = 120;
/** A lead-in ("Watch the footage below:") has at most this many words. */
const LEAD_IN_MAX_WORDS = 15;
/** Rules whose removal leaves the lead-in before it pointing at nothing: a picture, a caption, a promo. */
const LEAD_IN_TARGETS: ReadonlySet<RuleId> = new Set<RuleId>(['stub', 'credit', 'caption', 'inline-promo']);
/** A pull quote has at least this many words (a short heading may well recur in the text). */
const PULL_QUOTE_MIN_WORDS = 6;
/** Beyond this many units, pull quotes are not looked for (each would be compared with every unit). */
const PULL_QUOTE_MAX_UNITS = 500;
/** Lines of a page's menu before the headline: short and not sentences. */
const MENU_LINE_MAX_WORDS = 8;

const countWords = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
/** Lower-case letters and digits only, to compare names written differently. */
const foldName = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A biography: a name, then "is a reporter …" or the like. */
const BIO_START = /^(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+(?:is|was|has been|covers|writes|reports)\b/u;
const BIO_ROLE =
  /\b(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|critic|photographer|bureau chief|intern|fellow|anchor|host|analyst|blogger)s?\b/iu;
/** Without a known author, the role must say for whom or what the person writes. */
const BIO_ROLE_AT =
  /\b(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|critic|photographer|bureau chief|blogger)s?\b.{0,40}?\b(?:for|at|with|covering|based in|who covers)\b/iu;

/**
 * Whether a paragraph is the author's biography ("Jane Roe is a reporter for The Courier covering
 * …"). With a known author the name must be theirs; without one the role must say for whom the
 * person writes, since a story's last paragraph may well say what someone does for a living.
 */
export function isAuthorBio(text: string, author?: string): boolean {
  const match = BIO_START.exec(text);
  if (!match) return false;
  const head = text.slice(0, 200);
  if (author && foldName(author).length >= 4) {
    const name = foldName(match.groups!.name!);
    const known = foldName(author);
    return (known.includes(name) || name.includes(known)) && BIO_ROLE.test(head);
  }
  return BIO_ROLE_AT.test(head);
}

/** Shaped like a headline: one line, not ending like a sentence, a label or a list item. */
const headlineShaped = (text: string): boolean =>
  text.length <= 160 && /^["“‘'(\p{Lu}\p{N}]/u.test(text) && !/[.,;:…]["'”’»)\]]*$/u.test(text);

/**
 * Applies the line rules and the rules of context to the units of one article: the end of the
 * article after an "About the author" or "Related" header, foreign-language lines, the author's
 * biography, lead-ins left pointing at nothing, the page's menu before the headline
 * (`leadingZone`) and the trailing zone.
 */
export function classifyUnits(units: readonly Unit[], options: ClassifyOptions): Classification {
  const removed = new Map<number, RuleId>();
  const result: Classification = { removed };
  const offerOutlet = (value: string, evidence: OutletEvidence): void => {
    if (!result.outlet || OUTLET_RANK[evidence] < OUTLET_RANK[result.outlet.evidence]) {
      result.outlet = { value, evidence };
    }
  };
  let seenProse = false;

  for (let i = 0; i < units.length; i++) {
    if (removed.has(i)) continue;
    const text = units[i]!.text.trim();
    if (!text) continue;
    const rule = matchRule(text, { seenProse });
    if (!rule) {
      if (unitIsProse(units[i]!)) seenProse = true;
      continue;
    }
    removed.set(i, rule.id);
    const value = rule.pattern.exec(text)?.groups?.value?.trim();
    if (rule.effect === 'author' && value) result.author ??= value;
    if (rule.effect === 'outlet-if-domain' && value) {
      const domain = asDomain(value);
      if (domain) offerOutlet(domain, rule.id === 'credit' ? 'credit' : 'site-name');
    }
    if (rule.effect === 'outlet') {
      if (value) {
        if (value.split(/\s+/u).length <= 5) offerOutlet(asDomain(value) ?? value, 'source');
      } else {
        // "Source" alone: the outlet is on the next line.
        const next = units[i + 1]?.text.trim();
        const domain = next ? asDomain(next) : undefined;
        if (domain) {
          removed.set(i + 1, 'source');
          offerOutlet(domain, 'source');
        }
      }
    }
    if (rule.effect === 'drops-following') {
      // The list of related headlines after the marker: short non-prose lines up to the next
      // paragraph or the next line another rule names (which then reports it, e.g. a source line).
      for (let j = i + 1; j < units.length; j++) {
        const next = units[j]!.text.trim();
        if (unitIsProse(units[j]!) || matchRule(next, { seenProse: true })) break;
        if (next) removed.set(j, rule.id);
      }
    }
  }

  // End markers: an "About the author" header takes the short biography after it to the end; a
  // "Related" header takes everything after it when that is only headlines and teasers.
  const kept = (j: number): boolean => !removed.has(j) && units[j]!.text.trim() !== '';
  // What is kept after each unit: how many units, how many words, whether all are teasers.
  const after = new Array<{ units: number; words: number; headlines: number; short: boolean }>(units.length);
  for (let i = units.length - 1, tally = { units: 0, words: 0, headlines: 0, short: true }; i >= 0; i--) {
    after[i] = tally;
    if (kept(i)) {
      const words = countWords(units[i]!.text);
      const prose = unitIsProse(units[i]!);
      tally = {
        units: tally.units + 1,
        words: tally.words + words,
        headlines: tally.headlines + (prose ? 0 : 1),
        short: tally.short && (!prose || words <= TEASER_MAX_WORDS),
      };
    }
  }
  for (let i = 0; i < units.length; i++) {
    const rule = removed.get(i);
    const effect = rule ? matchRule(units[i]!.text.trim(), { seenProse: true })?.effect : undefined;
    if ((effect !== 'ends-article' && effect !== 'drops-following') || after[i]!.units === 0) continue;
    const rest = after[i]!;
    const ends =
      effect === 'ends-article'
        ? rest.units <= END_ZONE_MAX_UNITS && rest.words <= END_ZONE_MAX_WORDS
        : rest.short && rest.units <= TEASERS_MAX_UNITS && rest.words <= TEASERS_MAX_WORDS && 2 * rest.headlines >= rest.units;
    if (!ends) continue;
    for (let j = i + 1; j < units.length; j++) if (kept(j)) removed.set(j, rule!);
    break;
  }

  const language = options.language;
  const foreignEvidence = new Set<number>();
  if (language !== UNDETERMINED) {
    units.forEach((unit, i) => {
      // A line of a wrapped paragraph is a fragment; removing it alone would cut a sentence.
      if (removed.has(i) || unit.prose) return;
      const text = unit.text.trim();
      const threshold = FOREIGN_THRESHOLDS.find((t) => text.length >= t.minLength);
      if (!threshold || !/\p{L}/u.test(text)) return;
      if (languageAffinity(text, language) >= threshold.below) return;
      if (threshold.removes) removed.set(i, 'foreign-language');
      else foreignEvidence.add(i);
    });
  }

  // Pull quotes: a short line repeated word for word inside another block (nothing is lost with it).
  // Only inside the story: a headline before it is often repeated by the lead sentence.
  const storyStart = units.findIndex((u, j) => kept(j) && unitIsProse(u));
  if (units.length <= PULL_QUOTE_MAX_UNITS && storyStart !== -1) {
    const folded = units.map((u, j) => (kept(j) ? foldName(u.text) : ''));
    units.forEach((unit, j) => {
      if (j < storyStart || !kept(j) || unitIsProse(unit) || countWords(unit.text) < PULL_QUOTE_MIN_WORDS) return;
      const quote = folded[j]!;
      if (folded.some((text, k) => k !== j && text.length > quote.length && text.includes(quote))) removed.set(j, 'pull-quote');
    });
  }

  // The author's biography, among the last two paragraphs kept.
  const lastTwo: number[] = [];
  for (let j = units.length - 1; j >= 0 && lastTwo.length < 2; j--) if (kept(j)) lastTwo.unshift(j);
  for (const j of lastTwo) {
    if (!foreignEvidence.has(j) && isAuthorBio(units[j]!.text.trim(), options.author ?? result.author)) removed.set(j, 'author-bio');
  }

  // The trailing zone: everything after the last kept prose paragraph. When it holds a marker or a
  // foreign-language line it is a site's trailer (share row, related headlines, comment form), and
  // the short lines in it that no rule names (headlines of other articles, labels) go with it.
  let zoneStart = units.length;
  for (let i = units.length - 1; i >= 0; i--) {
    const text = units[i]!.text.trim();
    if (text && !removed.has(i) && !foreignEvidence.has(i) && unitIsProse(units[i]!)) break;
    zoneStart = i;
  }
  const hasProseBefore = units.some((u, i) => i < zoneStart && !removed.has(i) && unitIsProse(u));
  if (hasProseBefore) {
    let proven = false;
    for (let i = zoneStart; i < units.length; i++) {
      const rule = removed.get(i);
      if ((rule && MARKER_RULES.has(rule)) || foreignEvidence.has(i)) proven = true;
    }
    if (proven) {
      for (let i = zoneStart; i < units.length; i++) {
        if (units[i]!.text.trim() && !removed.has(i)) removed.set(i, 'trailing-zone');
      }
    }
  }

  // Lead-ins left pointing at nothing: "Check out the footage below:" before a removed picture or
  // promo, or as the last line kept.
  let lastKept = units.length - 1;
  while (lastKept >= 0 && !kept(lastKept)) lastKept--;
  for (let i = lastKept; i >= 0; i--) {
    const text = units[i]!.text.trim();
    if (!kept(i) || !/[:：]$/u.test(text) || countWords(text) > LEAD_IN_MAX_WORDS) continue;
    let next = i + 1;
    while (next < units.length && !units[next]!.text.trim()) next++;
    const nextRule = removed.get(next);
    if (i === lastKept || (nextRule && LEAD_IN_TARGETS.has(nextRule))) {
      removed.set(i, 'orphan-lead-in');
      if (i === lastKept) while (lastKept >= 0 && !kept(lastKept)) lastKept--;
    }
  }

  // A pasted page: the menu before the headline. The headline is the first headline-shaped line of
  // five words or more before the first paragraph, else the last line there; the short lines before
  // it go when the zone shows page chrome (a marker) or when there are three or more of them.
  if (options.leadingZone) {
    const firstProse = units.findIndex((u, j) => kept(j) && unitIsProse(u));
    const zone = units.map((_, j) => j).filter((j) => j < (firstProse === -1 ? 0 : firstProse) && kept(j));
    const headline = zone.find((j) => headlineShaped(units[j]!.text.trim()) && countWords(units[j]!.text) >= 5) ?? zone[zone.length - 1];
    if (headline !== undefined) {
      const before = zone.filter((j) => j < headline);
      const proven = [...removed].some(([j, rule]) => j < headline && MARKER_RULES.has(rule));
      const short = before.every((j) => !unitIsProse(units[j]!) && countWords(units[j]!.text) <= MENU_LINE_MAX_WORDS);
      if (before.length > 0 && short && (proven || before.length >= 3)) for (const j of before) removed.set(j, 'leading-zone');
    }
  }
  return result;
}
