/**
 * Grouping articles into stories (`collate group`): which of a pile of imported articles report
 * the same event, as the comparisons to propose.
 *
 * The method is the one news aggregators' story clustering starts from, kept small and exact:
 * 1. Each article becomes a weighted term vector: words of its headline and text (headline words
 *    count three times), weighted by how rare the word is in the pile (inverse document
 *    frequency) and in English (SUBTLEX information, so that a pile of two articles still weighs
 *    "tsunami" above "said"); names (capitalised words inside a sentence) and figures weigh more,
 *    since two reports of one event share its names and numbers.
 * 2. Candidate pairs come from blocking: articles that share one of their most heavily weighted
 *    terms, skipping terms that most articles share, so a pile of 3,000 articles is not 4.5
 *    million comparisons.
 * 3. Groups form by average-linkage clustering over the candidate pairs, strongest pair first:
 *    two groups merge when the mean cosine similarity over all their cross pairs reaches the
 *    threshold, no two of their articles are further apart in time than `days` (when both are
 *    dated), and the merged group still has one article per outlet (two articles of one outlet
 *    only when one is clearly an update of the other: nearly the same text).
 *
 * Output is deterministic: articles are read in slug order and every tie is broken by slug.
 */
import { information, maxInformation } from '../engine/lexicon/frequency.ts';
import { slugify } from '../importer/slug.ts';

/** An article as grouping needs it. */
export interface GroupInput {
  slug: string;
  title: string;
  outlet: string;
  published?: Date;
  body: string;
}

/** A proposed comparison: articles that report one event. */
export interface Group {
  /** Proposed comparison slug, from the title. */
  slug: string;
  /** Proposed title: the headline of the group's most central article. */
  title: string;
  /** Article slugs, by publication date, then slug. */
  articles: string[];
  outlets: string[];
  /** Mean cosine similarity of the group's article pairs, 0..1. */
  cohesion: number;
}

export interface GroupOptions {
  /** Articles further apart than this many days (both dated) are never grouped. Default 3. */
  days?: number;
  /** Smallest number of distinct outlets a proposed group has. Default 2. */
  minOutlets?: number;
  /** Mean similarity at which two groups merge. Default `MERGE_THRESHOLD`. */
  threshold?: number;
  /** Slugs already taken (existing comparisons): proposed slugs avoid them. */
  takenSlugs?: Iterable<string>;
}

/** Mean similarity at which two groups merge (chosen on the development corpus, see docs/architecture.md). */
export const MERGE_THRESHOLD = 0.08;

/** Two articles of one outlet this similar are one report and its update. */
const UPDATE_SIMILARITY = 0.6;

/** Terms of an article used for blocking: its most heavily weighted ones. */
const BLOCKING_TERMS = 12;

/** A term in more than this share of the pile (and of more than 20 articles) blocks nothing. */
const COMMON_SHARE = 0.05;

/** How much more a headline word counts than a word of the text. */
const TITLE_WEIGHT = 3;

/** How much more a name or a figure counts than another word. */
const NAME_WEIGHT = 2;

/** Words too short or too common to say what an article is about. */
const MIN_INFORMATION = 3;

const DAY_MS = 86_400_000;

/** A sparse unit vector: term → weight, with the sum of squares 1. */
type Vector = Map<string, number>;

/** Terms of a text: lower-cased words and figures, with names (capitalised inside a sentence) marked. */
function terms(text: string): { term: string; name: boolean }[] {
  const out: { term: string; name: boolean }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)) {
    const word = match[0].replace(/['’]s$/u, '');
    const before = text.slice(Math.max(0, match.index - 2), match.index);
    const sentenceStart = match.index === 0 || /[.!?:"“]\s*$/u.test(before) || /\n\s*$/u.test(before);
    const figure = /\p{N}/u.test(word);
    // "2,500" and "2.500" are one figure; a bare one-digit number says little.
    const term = figure ? word.replace(/,/g, '') : word.toLowerCase();
    if (figure ? term.length < 2 : term.length < 3) continue;
    const name = figure || (/^\p{Lu}/u.test(word) && !sentenceStart);
    out.push({ term, name });
  }
  return out;
}

/** Weighted term counts of an article (before IDF). */
function counts(article: GroupInput): Map<string, number> {
  const result = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const { term, name } of terms(text)) {
      const info = /\p{N}/u.test(term) ? maxInformation() / 2 : information(term);
      if (info < MIN_INFORMATION) continue;
      result.set(term, (result.get(term) ?? 0) + weight * (name ? NAME_WEIGHT : 1));
    }
  };
  add(article.title, TITLE_WEIGHT);
  add(article.body, 1);
  return result;
}

/**
 * Cosine similarity of two unit vectors without its largest term: two reports of one event share
 * many terms, while two stories about one person share mostly that person's name ("Obama" made up
 * 40 % of the similarity of a gun-law interview and a sanctions story), which alone says nothing.
 */
function cosine(x: Vector, y: Vector): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let sum = 0;
  let largest = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other === undefined) continue;
    sum += weight * other;
    largest = Math.max(largest, weight * other);
  }
  return sum - largest;
}

/** The unit vectors of the articles: sublinear counts × IDF over the pile × information in English. */
function vectors(articles: GroupInput[]): Vector[] {
  const raw = articles.map(counts);
  const df = new Map<string, number>();
  for (const termCounts of raw) for (const term of termCounts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = articles.length;
  const ceiling = maxInformation();
  return raw.map((termCounts) => {
    const vector: Vector = new Map();
    let norm = 0;
    for (const [term, count] of termCounts) {
      const idf = Math.log(1 + n / df.get(term)!);
      const info = /\p{N}/u.test(term) ? 0.5 : information(term) / ceiling;
      const weight = (1 + Math.log(count)) * idf * info;
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

/** Candidate pairs [i, j] (i < j): articles sharing one of their blocking terms. */
function candidatePairs(vectorsOf: Vector[]): [number, number][] {
  const df = new Map<string, number>();
  for (const vector of vectorsOf) for (const term of vector.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const common = Math.max(20, COMMON_SHARE * vectorsOf.length);
  const postings = new Map<string, number[]>();
  vectorsOf.forEach((vector, index) => {
    const top = [...vector.entries()]
      .filter(([term]) => df.get(term)! > 1 && df.get(term)! <= common)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, BLOCKING_TERMS);
    for (const [term] of top) postings.set(term, [...(postings.get(term) ?? []), index]);
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = vectorsOf.length;
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * n + list[y]!;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([list[x]!, list[y]!]);
      }
    }
  }
  return pairs;
}

/** Groups the articles into stories; returns the groups of at least `minOutlets` outlets. */
export function groupArticles(input: GroupInput[], options: GroupOptions = {}): Group[] {
  const days = options.days ?? 3;
  const threshold = options.threshold ?? MERGE_THRESHOLD;
  const minOutlets = options.minOutlets ?? 2;
  const articles = [...input].sort((x, y) => (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0));
  const vectorsOf = vectors(articles);
  const similarity = (i: number, j: number) => cosine(vectorsOf[i]!, vectorsOf[j]!);

  const edges = candidatePairs(vectorsOf)
    .map(([i, j]) => ({ i, j, s: similarity(i, j) }))
    .filter((edge) => edge.s >= threshold)
    .sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);

  // Union of clusters: each article starts alone.
  const clusterOf = articles.map((_, i) => i);
  const members = new Map<number, number[]>(articles.map((_, i) => [i, [i]]));
  const outletKey = (i: number) => {
    const outlet = articles[i]!.outlet.trim().toLowerCase();
    // Articles of unknown outlets may be of any outlet.
    return outlet === '' || outlet === 'unknown' ? `unknown:${articles[i]!.slug}` : outlet;
  };
  const compatible = (x: number[], y: number[]): boolean => {
    for (const i of x) {
      for (const j of y) {
        const a = articles[i]!.published;
        const b = articles[j]!.published;
        if (a && b && Math.abs(a.getTime() - b.getTime()) > days * DAY_MS) return false;
        if (outletKey(i) === outletKey(j) && similarity(i, j) < UPDATE_SIMILARITY) return false;
      }
    }
    return true;
  };
  const meanSimilarity = (x: number[], y: number[]): number => {
    let sum = 0;
    for (const i of x) for (const j of y) sum += similarity(i, j);
    return sum / (x.length * y.length);
  };
  for (const { i, j } of edges) {
    const ci = clusterOf[i]!;
    const cj = clusterOf[j]!;
    if (ci === cj) continue;
    const x = members.get(ci)!;
    const y = members.get(cj)!;
    if (meanSimilarity(x, y) < threshold || !compatible(x, y)) continue;
    const [keep, drop] = ci < cj ? [ci, cj] : [cj, ci];
    const merged = [...members.get(keep)!, ...members.get(drop)!];
    for (const k of members.get(drop)!) clusterOf[k] = keep;
    members.set(keep, merged);
    members.delete(drop);
  }

  const taken = new Set(options.takenSlugs ?? []);
  const time = (i: number) => articles[i]!.published?.getTime() ?? Number.POSITIVE_INFINITY;
  const groups: Group[] = [];
  const clusters = [...members.values()]
    .map((list) => [...list].sort((x, y) => time(x) - time(y) || x - y))
    .filter((list) => new Set(list.map(outletKey)).size >= minOutlets)
    .sort((x, y) => time(x[0]!) - time(y[0]!) || x[0]! - y[0]!);
  for (const list of clusters) {
    let sum = 0;
    let pairs = 0;
    let central = list[0]!;
    let best = -1;
    for (const i of list) {
      let own = 0;
      for (const j of list) if (i !== j) own += similarity(i, j);
      sum += own;
      pairs += list.length - 1;
      if (own > best) [best, central] = [own, i];
    }
    const title = articles[central]!.title;
    // At most six words, not ending on a function word ("…-flood-reaches-its").
    const words = slugify(title).split('-').filter(Boolean).slice(0, 6);
    while (words.length > 1 && /^(?:a|an|the|of|in|on|at|to|for|and|or|as|its|by|with|from)$/.test(words[words.length - 1]!)) words.pop();
    const base = words.join('-') || 'story';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    groups.push({
      slug,
      title,
      articles: list.map((i) => articles[i]!.slug),
      outlets: [...new Set(list.map((i) => articles[i]!.outlet))],
      cohesion: Math.round((pairs === 0 ? 0 : sum / pairs) * 1000) / 1000,
    });
  }
  return groups;
}

/**
 * B-cubed precision, recall and F1 of proposed groups against true events (item → event); items
 * in no proposed group count as groups of their own.
 */
export function bcubed(proposed: string[][], truth: Map<string, string>): { precision: number; recall: number; f1: number } {
  const groupOf = new Map<string, number>();
  proposed.forEach((group, index) => group.forEach((item) => groupOf.set(item, index)));
  let next = proposed.length;
  for (const item of truth.keys()) if (!groupOf.has(item)) groupOf.set(item, next++);
  const byGroup = new Map<number, string[]>();
  const byEvent = new Map<string, string[]>();
  for (const [item, event] of truth) {
    const g = groupOf.get(item)!;
    byGroup.set(g, [...(byGroup.get(g) ?? []), item]);
    byEvent.set(event, [...(byEvent.get(event) ?? []), item]);
  }
  let precision = 0;
  let recall = 0;
  for (const [item, event] of truth) {
    const group = byGroup.get(groupOf.get(item)!)!;
    const correct = group.filter((other) => truth.get(other) === event).length;
    precision += correct / group.length;
    recall += correct / byEvent.get(event)!.length;
  }
  precision /= truth.size;
  recall /= truth.size;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
