/**
 * Builds the project's site once for all test files that need it (the build, end-to-end and page
 * weight tests) and hands them the output folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildStorePath } from '../src/site/build-store.ts';
import { buildSite, projectRoot } from './helpers/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Output folder of `astro build` of this project. */
    siteDist: string;
    /** Everything the build printed, and its exit code. */
    siteBuild: { code: number | null; output: string };
  }
}

export default function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'collate-dist-'));
  // A fresh Astro cache: the tests see a full build, never pages restored from an earlier one.
  // COLLATE_SITE_URL: pages get canonical links and og:url only where the site's address is known.
  const build = buildSite(projectRoot, outDir, { env: { COLLATE_SITE_URL: 'https://collate.example', COLLATE_ASTRO_CACHE_DIR: join(outDir, '..', `${outDir.split('/').pop()}-astro-cache`) } });
  project.provide('siteDist', outDir);
  project.provide('siteBuild', { code: build.code, output: build.output });
  return () => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(buildStorePath(projectRoot, outDir), { recursive: true, force: true });
    rmSync(`${outDir}-astro-cache`, { recursive: true, force: true });
  };
}
