/**
 * The claims ledger (`content/claims-ledger.json`): every claim id an article has had, with the
 * claim's text, so that permalinks never break. When a sentence is edited or removed its old id
 * is no longer a claim, and the site points it at the nearest current claim of the same article
 * (the most similar text, else the nearest place) with a notice that the statement changed.
 * `collate ledger` (and `collate import`) record new ids; nothing is ever removed.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { splitClaims } from '../engine/claims.ts';
import type { Claim } from '../engine/types.ts';
import { InputError } from '../errors.ts';
import { lockSync, releaseLock } from '../lock.ts';

/** Where the ledger lives, relative to the project root. */
export const LEDGER_PATH = 'content/claims-ledger.json';

/** A claim as the ledger remembers it. */
export interface LedgerClaim {
  text: string;
  paragraph: number;
}

/** All claim ids ever seen, per article. */
export interface Ledger {
  version: 1;
  articles: Record<string, Record<string, LedgerClaim>>;
}

/** Where an old claim id now leads. */
export interface MovedClaim {
  /** The old id. */
  id: string;
  /** The current claim it leads to. */
  to: string;
  /** `changed`: a claim with similar words took its place; `removed`: only its place is left. */
  reason: 'changed' | 'removed';
  /** What the old claim said. */
  text: string;
}

/** Reads the ledger of a project; an absent ledger is empty. Malformed JSON is an InputError. */
export function readLedger(root: string): Ledger {
  const path = join(root, LEDGER_PATH);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    return { version: 1, articles: {} };
  }
  let ledger: Ledger;
  try {
    ledger = JSON.parse(source) as Ledger;
  } catch (error) {
    throw new InputError(LEDGER_PATH, `not a claims ledger (${(error as Error).message})`, {
      fix: 'restore it from version control, or delete it and run `collate ledger`',
    });
  }
  const problem = ledgerProblem(ledger);
  if (problem) {
    throw new InputError(LEDGER_PATH, `not a claims ledger: ${problem}`, {
      fix: 'restore it from version control, or delete it and run `collate ledger`',
    });
  }
  return ledger;
}

/** What is wrong with a parsed ledger's structure, naming the entry; undefined when it is sound. */
function ledgerProblem(ledger: unknown): string | undefined {
  const value = ledger as Partial<Ledger> | null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected an object';
  if (value.version !== 1) return `version ${JSON.stringify(value.version)} (expected 1)`;
  if (typeof value.articles !== 'object' || value.articles === null || Array.isArray(value.articles)) return '"articles" is not an object of articles';
  for (const [slug, claims] of Object.entries(value.articles)) {
    if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return `articles.${slug} is not an object of claims`;
    for (const [id, claim] of Object.entries(claims as Record<string, unknown>)) {
      const entry = claim as Partial<LedgerClaim> | null;
      if (typeof entry !== 'object' || entry === null) return `articles.${slug}.${id} is not a claim`;
      if (typeof entry.text !== 'string') return `articles.${slug}.${id} has no "text"`;
      if (typeof entry.paragraph !== 'number') return `articles.${slug}.${id} has no "paragraph"`;
    }
  }
  return undefined;
}

/** Serialises a ledger with sorted keys, so that it diffs well and is byte-stable. */
export function serialiseLedger(ledger: Ledger): string {
  const articles: Ledger['articles'] = {};
  for (const slug of Object.keys(ledger.articles).sort()) {
    const claims = ledger.articles[slug]!;
    articles[slug] = Object.fromEntries(Object.keys(claims).sort().map((id) => [id, claims[id]!]));
  }
  return `${JSON.stringify({ version: 1, articles }, null, 2)}\n`;
}

/** Records the current claims of articles (slug → body) in the ledger; returns how many were new. */
export function recordClaims(ledger: Ledger, articles: { slug: string; body: string }[]): number {
  let added = 0;
  for (const { slug, body } of articles) {
    const known = (ledger.articles[slug] ??= {});
    for (const claim of splitClaims(slug, body, known)) {
      if (known[claim.id]) continue;
      known[claim.id] = { text: claim.text, paragraph: claim.paragraph };
      added++;
    }
  }
  return added;
}

/** How many of the given claim ids (per article slug) the ledger does not hold yet. */
export function unrecordedClaims(ledger: Ledger, articles: { slug: string; claims: { id: string }[] }[]): number {
  let missing = 0;
  for (const { slug, claims } of articles) {
    const known = ledger.articles[slug] ?? {};
    for (const claim of claims) if (!known[claim.id]) missing++;
  }
  return missing;
}

/** Writes the ledger atomically (a write that fails leaves the ledger as it was, with one line). */
export function writeLedger(root: string, ledger: Ledger): void {
  const path = join(root, LEDGER_PATH);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, serialiseLedger(ledger));
    renameSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    rmSync(temporary, { force: true });
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new InputError(LEDGER_PATH, 'cannot be written (permission denied)', { fix: 'make the content folder writable, then run `collate ledger`' });
    }
    throw error;
  }
}

/** How long a process waits for another one's lock on the ledger before giving up. */
const LOCK_WAIT_MS = 30_000;

/**
 * Changes the ledger under a lock, so that runs at once (twelve `collate import` in parallel)
 * each read the others' entries before adding theirs: read, change, write, release. `change`
 * returns how many claim ids it added; the ledger is written only when that is more than none.
 */
export function updateLedger(root: string, change: (ledger: Ledger) => number): { ledger: Ledger; added: number } {
  const lock = join(root, `${LEDGER_PATH}.lock`);
  let taken: boolean;
  try {
    taken = lockSync(lock, LOCK_WAIT_MS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new InputError(LEDGER_PATH, 'cannot be written (permission denied)', { fix: 'make the content folder writable, then run `collate ledger`' });
    }
    throw error;
  }
  if (!taken) throw new InputError(LEDGER_PATH, `is locked by another collate run (${lock})`, { fix: 'wait for it to finish, or delete the .lock file if no collate runs' });
  try {
    const ledger = readLedger(root);
    const added = change(ledger);
    if (added > 0) writeLedger(root, ledger);
    return { ledger, added };
  } finally {
    releaseLock(lock);
  }
}

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Word overlap of two texts (Jaccard). */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** An edited claim still shares this much of its words with its successor. */
const CHANGED_OVERLAP = 0.35;

/** Where each past claim id of an article that is no longer a claim now leads. */
export function movedClaims(ledger: Ledger, slug: string, current: Claim[]): MovedClaim[] {
  const past = ledger.articles[slug];
  if (!past || current.length === 0) return [];
  const live = new Set(current.map((claim) => claim.id));
  const currentWords = current.map((claim) => words(claim.text));
  const moved: MovedClaim[] = [];
  for (const id of Object.keys(past).sort()) {
    if (live.has(id)) continue;
    const old = past[id]!;
    const oldWords = words(old.text);
    let best = -1;
    let bestOverlap = 0;
    currentWords.forEach((candidate, index) => {
      const value = overlap(oldWords, candidate);
      if (value > bestOverlap) [best, bestOverlap] = [index, value];
    });
    if (best >= 0 && bestOverlap >= CHANGED_OVERLAP) {
      moved.push({ id, to: current[best]!.id, reason: 'changed', text: old.text });
      continue;
    }
    // Nothing like it is left: lead to the first claim of its paragraph, or the nearest one.
    const place = current.reduce((nearest, claim) =>
      Math.abs(claim.paragraph - old.paragraph) < Math.abs(nearest.paragraph - old.paragraph) ? claim : nearest,
    );
    moved.push({ id, to: place.id, reason: 'removed', text: old.text });
  }
  return moved;
}
