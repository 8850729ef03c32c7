/**
 * Lock files: one process at a time changes the ledger or builds into a folder. A lock is a file
 * created exclusively that holds its owner's process id; a lock whose process is gone, or that is
 * very old, was left by a run that died and is taken over.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A lock older than this was left by a process that died. */
const STALE_MS = 30 * 60_000;

/** How often a waiting process looks again. */
const POLL_MS = 50;

/** Whether a process is alive. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process id holding a lock, if the lock exists. */
export function lockHolder(path: string): number | undefined {
  try {
    return Number(readFileSync(path, 'utf8').trim()) || undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock if it is free (or abandoned); true when this process now holds it. */
export function tryLock(path: string): boolean {
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const holder = lockHolder(path);
  // Taken again by the process that holds it (a second build in one process): still its own.
  if (holder === process.pid) return true;
  let old = false;
  try {
    old = Date.now() - statSync(path).mtimeMs > STALE_MS;
  } catch {
    // Gone meanwhile.
  }
  if ((holder !== undefined && !alive(holder)) || old) rmSync(path, { force: true });
  try {
    writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch {
    return false;
  }
}

/** Releases a lock this process holds. */
export function releaseLock(path: string): void {
  if (lockHolder(path) === process.pid) rmSync(path, { force: true });
}

/** Waits (blocking) for a lock up to `waitMs`; returns whether it was taken. */
export function lockSync(path: string, waitMs: number): boolean {
  const started = Date.now();
  while (!tryLock(path)) {
    if (Date.now() - started > waitMs) return false;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, POLL_MS);
  }
  return true;
}

/** Waits for a lock up to `waitMs`, calling `onWait` once if it has to wait; returns whether it was taken. */
export async function lockAsync(path: string, waitMs: number, onWait: (holder: number | undefined) => void): Promise<boolean> {
  const started = Date.now();
  let told = false;
  while (!tryLock(path)) {
    if (!told) onWait(lockHolder(path));
    told = true;
    if (Date.now() - started > waitMs) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return true;
}
