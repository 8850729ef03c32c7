/** The engine's public data, as in the comparison JSON (`collate compare --json`). */

/** An article given to the engine: its slug, headline, outlet and Markdown body. */
export interface ArticleInput {
  slug: string;
  title: string;
  outlet: string;
  /** The Markdown body (front matter removed); claim offsets point into it. */
  body: string;
  /** The ids its claims had before (its record in the claims ledger), so repeated sentences keep theirs. */
  knownClaims?: Record<string, { text: string; paragraph: number }>;
}

/** One statement of an article: a verbatim slice of its body. */
export interface Claim {
  /** Stable id: the article slug and a digest of the claim's own text. */
  id: string;
  /** Exactly `body.slice(start, end)`. */
  text: string;
  /** The text without Markdown syntax, as a reader sees it; only when it differs from `text`. */
  plain?: string;
  /** Index of the paragraph (block) the claim belongs to, from 0. */
  paragraph: number;
  start: number;
  end: number;
}

/** How two claims relate: `same` statement, partial `overlap`, or `contradiction`. */
export type Relation = 'same' | 'overlap' | 'contradiction';

/** The kinds of contradiction the detectors report (one file each in `contradictions/`). */
export const CONTRADICTION_KINDS = [
  'numeric',
  'negation',
  'antonym',
  'denial',
  'response',
  'status',
  'scope',
  'timing',
  'place',
  'attribution',
  'quote',
  'stance',
] as const;

/** A kind of contradiction. */
export type ContradictionKind = (typeof CONTRADICTION_KINDS)[number];

/** A link between a claim of one article and a claim of another. */
export interface Link {
  from: string;
  to: string;
  relation: Relation;
  /** Confidence in the link, 0..1. */
  score: number;
  /** Set on contradictions. */
  kind?: ContradictionKind;
  /** One sentence a reader understands, quoting the conflicting words; set on contradictions. */
  explanation?: string;
  /** `editor` on a link an editor added (a comparison's `overrides.add`); absent on the engine's. */
  by?: 'editor';
}

/** The result of comparing two or more articles. */
export interface ComparisonResult {
  articles: { slug: string; title: string; outlet: string; claims: Claim[] }[];
  links: Link[];
}
