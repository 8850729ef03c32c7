import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** A system Chromium: CHROMIUM_PATH, else `chromium` or `chromium-browser` on the PATH. */
export function systemChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Flags this workplace needs: no network, no sandbox as root. */
const FLAGS = ['--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--no-sandbox'];

/**
 * The Chromium the end-to-end tests drive: a system one when there is one (CHROMIUM_PATH,
 * Debian's `chromium`), else the one the `@sparticuz/chromium` package ships (unpacked to /tmp on
 * first use), so `npm install && npm test` needs no browser installed by hand.
 * `COLLATE_BROWSER=bundled` takes the packaged one even when a system one exists.
 */
export async function chromiumExecutable(): Promise<{ path: string; args: string[] }> {
  const system = process.env.COLLATE_BROWSER === 'bundled' ? undefined : systemChromium();
  if (system) return { path: system, args: FLAGS };
  try {
    const bundled = (await import('@sparticuz/chromium')).default;
    // Not the package's own flag list: it turns off web security and runs one process, which
    // would void the Content-Security-Policy tests and crash pages opened side by side.
    return { path: await bundled.executablePath(), args: [...FLAGS, '--no-zygote', '--disable-setuid-sandbox', '--use-gl=angle', '--use-angle=swiftshader'] };
  } catch (error) {
    throw new Error(`Chromium not found: run npm install (it brings @sparticuz/chromium), or install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH (${(error as Error).message})`);
  }
}

/** Launches headless Chromium. */
export async function launchChromium(): Promise<Browser> {
  const { path, args } = await chromiumExecutable();
  return chromium.launch({ executablePath: path, args });
}
