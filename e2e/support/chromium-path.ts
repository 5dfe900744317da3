import { existsSync } from 'node:fs';

/** Software WebGL (SwiftShader) in headless Chromium, with nothing of the browser's own that reaches the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const INSTALL_HINT =
  "No Chromium found for the e2e tests. Install Debian's browser with `sudo apt-get install -y chromium` " +
  '(Playwright cannot download its own browsers here), or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium binary.';

/**
 * Finds the browser the e2e tests drive: PLAYWRIGHT_CHROMIUM_PATH, then Debian's /usr/bin/chromium,
 * then Playwright's own download (undefined lets Playwright look it up). Throws with the install command
 * when none exists, so a fresh machine fails with a message instead of a stack trace.
 */
export function resolveChromium(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`PLAYWRIGHT_CHROMIUM_PATH=${fromEnv} does not exist. ${INSTALL_HINT}`);
    return fromEnv;
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  if (hasPlaywrightBrowser()) return undefined;
  throw new Error(INSTALL_HINT);
}

function hasPlaywrightBrowser(): boolean {
  const home = process.env.PLAYWRIGHT_BROWSERS_PATH ?? `${process.env.HOME ?? ''}/.cache/ms-playwright`;
  return existsSync(home);
}
