import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The baseline pages only: a separate build into bench/results/site/baselines, so the app's own build
// (vite.config.ts → dist/) stays as it is.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./baselines'),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: here('./results/site/baselines'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      input: {
        geojson: here('./baselines/geojson.html'),
        deckgl: here('./baselines/deckgl.html'),
        basemap: here('./baselines/basemap.html'),
      },
    },
  },
});
