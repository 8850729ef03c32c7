import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Site tests run `astro build`, which takes tens of seconds on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
