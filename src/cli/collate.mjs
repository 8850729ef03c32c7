#!/usr/bin/env node
// Entry point of the `collate` command. The CLI is TypeScript run directly by Node's type
// stripping (Node >= 22.18). When the system Node is older, re-run this file with the Node
// binary the project installs as a devDependency (node_modules/node/bin/node).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [major, minor] = process.versions.node.split('.').map(Number);
const stripsTypes = major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);

if (stripsTypes) {
  const { main } = await import('./main.ts');
  process.exitCode = await main(process.argv.slice(2));
} else {
  const projectNode = join(here, '..', '..', 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(projectNode)) {
    console.error(
      `collate: error: Node ${process.versions.node} cannot run collate; install Node >= 22.18 or run \`npm install\` in ${join(here, '..', '..')}`,
    );
    process.exit(1);
  }
  const child = spawnSync(projectNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}
