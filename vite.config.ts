import react from '@vitejs/plugin-react';
import { type Plugin, runnerImport } from 'vite';
import { defineConfig } from 'vitest/config';
import type * as KnowledgeBasePlugin from './scripts/vite-knowledge-base';

/**
 * The Content-Security-Policy of the built app, one directive a line. The built index.html
 * declares it in a <meta> (so any static host gets it) and `npm run preview` sends it as a
 * header too; README.md lists the headers to set on a host.
 * - script-src 'self': the build has no inline script (Vite emits one module script and
 *   modulepreload links); nothing evaluates strings.
 * - style-src 'self' plus one hash: the stylesheet is a file. React sets `style` props
 *   through the CSSOM (element.style), which CSP does not restrict, so no 'unsafe-inline'
 *   is needed for it. Cytoscape's renderer inserts one <style> element into <head> with
 *   exactly `.__________cytoscape_container { position: relative; }`; its SHA-256 is
 *   allowed, so that one text and no other inline style runs.
 * - img-src data: blob:: the favicon is a data: URL; the PNG export draws the SVG through
 *   an <img> from a blob: URL.
 * - worker-src 'self': the layout worker is a file of the build (no blob: workers).
 * - object-src, base-uri, form-action 'none': no plugins, no <base>, no forms posted.
 * frame-ancestors cannot be set in a <meta>; it is sent as a header by preview (and the
 * README asks hosts to send it).
 */
const CYTOSCAPE_STYLE_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${CYTOSCAPE_STYLE_HASH}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');
/** What the <meta> cannot say, only a header can. */
const HEADER_ONLY_CSP = "frame-ancestors 'none'";

/** Headers for any response: no MIME sniffing, no Referer sent to other sites. */
const COMMON_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/**
 * Declares the policy in the built index.html, right after <meta charset> so it covers
 * every script and stylesheet link after it. Build only: the dev server's React refresh
 * preamble is an inline script and its CSS arrives as injected <style> elements, which
 * this policy (rightly) refuses.
 */
function cspMetaPlugin(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { path }) {
        // Only the app's page: bench/baseline.html is the benchmark's plain-Cytoscape page.
        if (!path.endsWith('/index.html')) return html;
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
        const charset = /<meta charset="UTF-8"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html: no <meta charset="UTF-8"> to put the CSP after');
        return html.replace(charset, (m) => `${m}\n    ${meta}`);
      },
    },
  };
}

/**
 * `vite preview` sends the policy (with frame-ancestors) and the common headers. The
 * benchmark's baseline page (bench/, built for `npm run bench`) is not the product and
 * has an inline <style>, so it gets the common headers only.
 */
function previewHeadersPlugin(): Plugin {
  return {
    name: 'preview-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
        if (!(req.url ?? '').startsWith('/bench/')) {
          res.setHeader('Content-Security-Policy', `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_CSP}`);
        }
        next();
      });
    },
  };
}

export default defineConfig(async ({ mode }) => {
  // The knowledge-base plugin (and the model code it runs) loads through Vite's module
  // runner, not as part of this config's bundle: that code imports without file
  // extensions, as the app does, and the config bundler warns about every such import
  // (45 lines on each `npm start`, build and test run) because Node's native loader,
  // planned as Vite's default, would refuse them.
  const input: Record<string, string> = { index: 'index.html' };
  if (mode === 'bench') input.baseline = 'bench/baseline.html';
  const { module } = await runnerImport<typeof KnowledgeBasePlugin>('./scripts/vite-knowledge-base.ts');
  return {
    plugins: [react(), module.knowledgeBasePlugin(), cspMetaPlugin(), previewHeadersPlugin()],
    // Relative asset paths so the built app also works from a sub-folder or a file server.
    base: './',
    // Dev gets the common headers but not the CSP: see cspMetaPlugin.
    server: { host: '127.0.0.1', port: 5173, strictPort: true, fs: { allow: ['.'] }, headers: COMMON_HEADERS },
    build: {
      target: 'es2022',
      sourcemap: true,
      chunkSizeWarningLimit: 800,
      // The app; in the benchmark's build (`vite build --mode bench`, made by npm run bench)
      // also the plain-Cytoscape baseline page, which reads ?bench=N: the product's build
      // has no page that generates a graph from a link.
      rolldownOptions: {
        input,
        // Rolldown prints a [PLUGIN_TIMINGS] report when plugins take much of a build: on this
        // 2-core machine under test load it appears at random and names no problem to fix.
        checks: { pluginTimings: false },
        // Cytoscape.js and dagre in a chunk of their own: they change less often than the app
        // (so a browser keeps them across releases), and no chunk passes the size warning.
        // zod likewise, for the order in which its setting runs.
        output: {
          codeSplitting: {
            groups: [
              { name: 'cytoscape', test: /node_modules[\\/](cytoscape|cytoscape-dagre|@dagrejs)[\\/]/ },
              // zod with its jitless setting in one chunk, so the setting runs before any module
              // that builds a schema, whichever chunk that module lands in (see src/zod-jitless.ts).
              { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]zod-jitless\.ts$/ },
            ],
          },
        },
      },
    },
    test: {
      include: ['tests/unit/**/*.test.ts'],
      environment: 'node',
    },
  };
});
