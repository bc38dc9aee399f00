/**
 * A built site served by `vite preview` for the scripts that drive Chromium over it
 * (screenshots, legend-room): started on a port, ready when it answers.
 */
import { spawn } from 'node:child_process';

/** Serves `dist` on 127.0.0.1:`port`; resolves with its base URL and the process, once it answers (or after 10 s). */
export async function startPreview(port, dist = 'dist') {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(base);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { base, server };
}
