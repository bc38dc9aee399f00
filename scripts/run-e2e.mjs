/** Runs the Playwright suite with a Chromium found by find-chromium.mjs. */
import { spawnSync } from 'node:child_process';
import { findChromium, findPlaywrightChromium, INSTALL_HINT } from './find-chromium.mjs';

const path = findChromium() ?? (await findPlaywrightChromium());
if (!path) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: path },
});
process.exit(result.status ?? 1);
