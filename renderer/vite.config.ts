// Builds the renderer into dist/renderer with relative paths, so the same files
// load under Electron's app:// protocol and the loopback harness.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The polyfill is only for old browsers; Chromium has modulepreload, and the CSP allows no inline code.
    modulePreload: { polyfill: false },
    // Keep every asset a file: data: URLs for scripts or styles would break the CSP.
    assetsInlineLimit: 0,
    sourcemap: false,
    rollupOptions: {
      output: {
        // zxcvbn's word lists are most of the bundle; keep them apart from the app's own code.
        manualChunks: (id) => (id.includes('/node_modules/@zxcvbn-ts/') ? 'passphrase-dictionaries' : undefined),
      },
    },
    // The dictionaries chunk is about 1.7 MB and loads from local disk; the app's own chunk stays far below this.
    chunkSizeWarningLimit: 2000,
  },
});
