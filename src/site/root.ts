/**
 * The project root while the site builds: set by the content-check integration from Astro's
 * `config.root`, so pages find the ledger, the engine's sources and the cache even when the build
 * runs from another working directory.
 */
export function projectRoot(): string {
  return process.env.COLLATE_ROOT ?? process.cwd();
}
