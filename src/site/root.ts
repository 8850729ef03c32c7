/**
 * The project root while the site builds: Astro's `config.root`, which the content-check
 * integration compiles into the page code (Vite's `define`), so pages find the ledger, the
 * engine's sources and the cache even when the build runs from another working directory. Code
 * run outside the build (the CLI, tests) works from the current directory.
 */
export function projectRoot(): string {
  return (import.meta.env as Record<string, string | undefined> | undefined)?.COLLATE_PROJECT_ROOT ?? process.cwd();
}
