/**
 * Finds a Chromium for Playwright: an explicit path in CHROMIUM_PATH, Debian's
 * /usr/bin/chromium, or a browser Playwright downloaded itself. Says exactly what to
 * install when there is none.
 */
import { existsSync } from 'node:fs';

export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ].filter(Boolean);
  for (const path of candidates) if (existsSync(path)) return path;
  return null;
}

export async function findPlaywrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Flags for Debian's Chromium run as root on a machine without outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const INSTALL_HINT = `No Chromium found. Install one of:
  Debian/Ubuntu:  sudo apt-get install chromium fonts-noto-cjk
  any system:     npx playwright install chromium   (needs internet access to Playwright's CDN)
or point CHROMIUM_PATH at an existing Chromium or Chrome binary.`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = findChromium() ?? (await findPlaywrightChromium());
  if (path) console.log(path);
  else {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
}
