/**
 * A realistic corpus for timing `collate compare --pairs`: articles of about 400 words recombined
 * from the sentences of the development corpus (real multi-outlet news), and headline/article
 * pairs over them, some matching (the article's own headline) and most not. Seeded, so every run
 * judges the same pairs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../importer/sentences.ts';

/** A small deterministic pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Headlines and sentences of the development corpus, by event folder. */
export function devCorpus(root: string): { headlines: string[]; sentences: string[] }[] {
  return readdirSync(root)
    .filter((name) => name.endsWith('ecbplus'))
    .sort()
    .map((folder) => {
      const headlines: string[] = [];
      const sentences: string[] = [];
      for (const file of readdirSync(join(root, folder)).sort()) {
        const [headline = '', ...rest] = readFileSync(join(root, folder, file), 'utf8').split('\n');
        headlines.push(headline.trim());
        sentences.push(...splitSentences(rest.join(' ')).filter((s) => s.split(/\s+/).length >= 5));
      }
      return { headlines, sentences };
    });
}

/** Builds `articles` articles of about `words` words and `pairs` headline/article pairs. */
export function pairsCorpus(root: string, options: { articles: number; pairs: number; words: number; seed?: number }) {
  const next = random(options.seed ?? 1);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const events = devCorpus(root);
  const articles: { headline: string; body: string }[] = [];
  for (let i = 0; i < options.articles; i++) {
    const event = pick(events);
    const sentences: string[] = [];
    let count = 0;
    while (count < options.words) {
      const sentence = pick(event.sentences);
      sentences.push(sentence);
      count += sentence.split(/\s+/).length;
    }
    // Paragraphs of two or three sentences, as in news copy.
    const paragraphs: string[] = [];
    for (let s = 0; s < sentences.length; s += 2 + Math.floor(next() * 2)) paragraphs.push(sentences.slice(s, s + 3).join(' '));
    articles.push({ headline: `${pick(event.headlines)} (${i})`, body: paragraphs.join('\n\n') });
  }
  const lines: string[] = [];
  for (let i = 0; i < options.pairs; i++) {
    const article = articles[i % articles.length]!;
    const headline = next() < 0.3 ? article.headline : pick(articles).headline;
    lines.push(JSON.stringify({ id: `p${i}`, a: headline, b: article.body }));
  }
  return { articles, lines };
}
