import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { knowledgeBasePlugin } from './scripts/vite-knowledge-base';

export default defineConfig({
  plugins: [react(), knowledgeBasePlugin()],
  // Relative asset paths so the built app also works from a sub-folder or a file server.
  base: './',
  server: { host: '127.0.0.1', port: 5173, strictPort: true, fs: { allow: ['.'] } },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 800,
    // The app, and the benchmark's plain-Cytoscape baseline page (npm run bench).
    rolldownOptions: { input: { index: 'index.html', baseline: 'bench/baseline.html' } },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
