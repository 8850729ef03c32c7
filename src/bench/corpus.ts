/**
 * Generated comparisons for benchmarks, made realistic from real news: each event draws on one
 * event of the development corpus (real multi-outlet reports); its outlets share part of their
 * sentences, each adds sentences of its own, and some shared sentences are perturbed (a figure
 * changed, a statement negated), so the reports partly agree and partly conflict.
 */
import { devCorpus, random } from './pairs-corpus.ts';

/** One generated article. */
export interface GeneratedArticle {
  slug: string;
  title: string;
  outlet: string;
  body: string;
}

/** Changes the first figure of a sentence (a conflict in numbers), if it has one. */
function changeFigure(sentence: string, next: () => number): string {
  return sentence.replace(/\b\d+(?:,\d{3})*\b/, (figure) => String(Math.round(Number(figure.replace(/,/g, '')) * (1.5 + next() * 2))));
}

/** Negates the first "is/was/were/are/has/had" of a sentence, if it has one. */
function negate(sentence: string): string {
  return sentence.replace(/\b(is|was|were|are|has|had)\b/, '$1 not');
}

/** Sentences of an article body with about `words` words, as paragraphs of two or three sentences. */
function paragraphs(sentences: string[], next: () => number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const size = 2 + Math.floor(next() * 2);
    out.push(sentences.slice(i, i + size).join(' '));
    i += size;
  }
  return out.join('\n\n');
}

const wordCount = (sentences: string[]) => sentences.reduce((sum, s) => sum + s.split(/\s+/).length, 0);

/** Articles of `outlets` outlets reporting one event in about `words` words each. */
export function generateEvent(root: string, index: number, options: { outlets: number; words: number; seed?: number }): { title: string; articles: GeneratedArticle[] } {
  const next = random((options.seed ?? 7) * 100_003 + index);
  const events = devCorpus(root);
  const event = events[index % events.length]!;
  const pool = [...event.sentences].sort(() => next() - 0.5);
  // About half of each article comes from a shared pool, the rest is its own.
  const shared: string[] = [];
  while (wordCount(shared) < options.words * 0.5 && pool.length > 0) shared.push(pool.pop()!);
  const articles: GeneratedArticle[] = [];
  for (let o = 0; o < options.outlets; o++) {
    const sentences = shared.filter(() => next() < 0.8).map((sentence) => {
      const roll = next();
      if (o > 0 && roll < 0.12) return changeFigure(sentence, next);
      if (o > 0 && roll < 0.17) return negate(sentence);
      return sentence;
    });
    while (wordCount(sentences) < options.words) {
      const own = pool.length > 0 ? pool.pop()! : event.sentences[Math.floor(next() * event.sentences.length)]!;
      sentences.splice(Math.floor(next() * (sentences.length + 1)), 0, own);
    }
    const letter = String.fromCharCode(97 + o);
    articles.push({
      slug: `event-${String(index + 1).padStart(3, '0')}-${letter}`,
      title: `${event.headlines[(index + o) % event.headlines.length]} (${index + 1}${letter})`,
      outlet: `outlet-${letter}.example`,
      body: paragraphs(sentences, next),
    });
  }
  return { title: `Event ${index + 1}: ${event.headlines[index % event.headlines.length]}`, articles };
}

/** Content files for `comparisons` generated events, ready for a site's `content/` folder. */
export function generateContent(root: string, options: { comparisons: number; outlets: number; words: number; seed?: number }): Record<string, string> {
  const files: Record<string, string> = {};
  const yaml = (value: string) => JSON.stringify(value);
  for (let i = 0; i < options.comparisons; i++) {
    const { title, articles } = generateEvent(root, i, options);
    for (const article of articles) {
      files[`content/articles/${article.slug}.md`] = `---\ntitle: ${yaml(article.title)}\noutlet: ${article.outlet}\nlanguage: en\n---\n\n${article.body}\n`;
    }
    const slug = `event-${String(i + 1).padStart(3, '0')}`;
    files[`content/comparisons/${slug}.md`] = `---\ntitle: ${yaml(title)}\narticles:\n${articles.map((a) => `  - ${a.slug}`).join('\n')}\n---\n`;
  }
  return files;
}

/** An article pair of about `words` words each, half of their sentences shared. */
export function generatePair(root: string, words: number, seed = 11) {
  const next = random(seed * 7919 + words);
  const sentences = devCorpus(root).flatMap((event) => event.sentences);
  const pick = () => sentences[Math.floor(next() * sentences.length)]!;
  const shared: string[] = [];
  while (wordCount(shared) < words / 2) shared.push(pick());
  const article = (slug: string) => {
    const own = [...shared];
    while (wordCount(own) < words) own.splice(Math.floor(next() * (own.length + 1)), 0, pick());
    return { slug, title: slug, outlet: `${slug}.example`, body: paragraphs(own, next) };
  };
  return [article('a'), article('b')];
}
