/**
 * A built site served by `vite preview` for the scripts that drive Chromium over it
 * (screenshots, legend-room): started on a port, ready when it answers.
 */
import { spawn } from 'node:child_process';

/**
 * Serves `dist` on 127.0.0.1:`port`; resolves, once it answers (or after 10 s), with its base
 * URL and `stop`, which ends the server and its children (npx starts vite as a child of its
 * own, which killing npx alone would leave running).
 */
export async function startPreview(port, dist = 'dist') {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      if (server.pid !== undefined) process.kill(-server.pid);
    } catch {
      // Already ended.
    }
  };
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(base);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { base, stop };
}
