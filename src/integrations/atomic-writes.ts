/**
 * Atomic writes into the output folder while Astro builds. Astro writes each page with
 * `fs.promises.writeFile` and restores a kept page from its incremental cache with
 * `fs.promises.copyFile`, both straight onto the target, so a build interrupted mid-write leaves
 * half a page in `dist/`. While installed, writes and copies to a file under the folder go to a
 * temporary file beside it, which is then renamed over the target: a reader (a server, the next
 * build) sees the old file or the new one, never part of one. A build killed between the two
 * steps leaves only the temporary file, which the next build removes with the other files no
 * route writes (`pruneStaleFiles` in `output.ts`).
 */
import { promises } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a temporary file's name ends with. */
export const TEMPORARY_SUFFIX = '.collate-tmp';

/** The path a writeFile / copyFile target names, when it names one by path or file URL. */
function pathOf(target: unknown): string | undefined {
  if (typeof target === 'string') return resolve(target);
  if (target instanceof URL && target.protocol === 'file:') return fileURLToPath(target);
  if (Buffer.isBuffer(target)) return resolve(target.toString());
  return undefined; // A file handle is already open: nothing to rename.
}

/**
 * Makes `fs.promises.writeFile` and `fs.promises.copyFile` atomic for targets under `dir` until
 * the returned function is called, which restores them.
 */
export function atomicWritesUnder(dir: string): () => void {
  const root = resolve(dir) + sep;
  const writeFile = promises.writeFile;
  const copyFile = promises.copyFile;
  let count = 0;
  const inside = (target: unknown) => {
    const path = pathOf(target);
    return path !== undefined && path.startsWith(root) ? path : undefined;
  };
  /** Runs `write` into a temporary file beside `path`, then renames it over `path`. */
  const replace = async (path: string, write: (temporary: string) => Promise<void>) => {
    const temporary = `${path}.${process.pid}.${++count}${TEMPORARY_SUFFIX}`;
    try {
      await write(temporary);
      await promises.rename(temporary, path);
    } catch (error) {
      await promises.rm(temporary, { force: true });
      throw error;
    }
  };
  promises.writeFile = async function atomicWriteFile(file, data, options) {
    const path = inside(file);
    if (!path) return writeFile.call(promises, file, data, options);
    return replace(path, (temporary) => writeFile.call(promises, temporary, data, options));
  } as typeof promises.writeFile;
  promises.copyFile = async function atomicCopyFile(source, destination, mode) {
    const path = inside(destination);
    if (!path) return copyFile.call(promises, source, destination, mode);
    return replace(path, (temporary) => copyFile.call(promises, source, temporary, mode));
  } as typeof promises.copyFile;
  return () => {
    promises.writeFile = writeFile;
    promises.copyFile = copyFile;
  };
}
