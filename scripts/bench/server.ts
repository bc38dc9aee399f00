/**
 * The benchmark build (`vite build --mode bench` into bench-results/dist/, apart from the
 * product's dist/, which has no benchmark mode) and `vite preview` serving it on 127.0.0.1.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { sleep } from './clock';

const vite = (root: string) => join(root, 'node_modules', 'vite', 'bin', 'vite.js');

/** Builds into `dist`; throws with the build's output when it fails. */
export function build(root: string, dist: string): void {
  const result = spawnSync(
    process.execPath,
    [vite(root), 'build', '--mode', 'bench', '--outDir', dist, '--emptyOutDir'],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error('vite build --mode bench failed');
  }
}

/** Throws unless `dist` has both pages the runner opens. */
export function checkBuild(root: string, dist: string): void {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${relative(root, dist)}/index.html is missing: run without --no-build once`);
  }
  if (!existsSync(join(dist, 'bench', 'baseline.html'))) {
    throw new Error(
      `${relative(root, dist)}/bench/baseline.html is missing: vite.config.ts must build bench/baseline.html too`,
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('no TCP port to serve the benchmark build on'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

/** Starts `vite preview` on a free port; `base` is its URL (with a trailing slash). */
export async function preview(root: string, dist: string): Promise<{ server: ChildProcess; base: string }> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [
      vite(root),
      'preview',
      '--mode',
      'bench',
      '--outDir',
      dist,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    {
      stdio: 'ignore',
    },
  );
  return { server, base: `http://127.0.0.1:${port}/` };
}

/** Waits (up to about 20 s) for the server to answer. */
export async function waitForServer(base: string): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {}
    if (i > 100) throw new Error(`vite preview did not answer on ${base}`);
    await sleep(200);
  }
}
