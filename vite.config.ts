import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './scripts/content-security-policy.ts';
import { defaultDatasetPlugin } from './scripts/default-dataset-plugin.ts';
import { glslMinifyPlugin } from './scripts/glsl-minify-plugin.ts';
import { precacheServiceWorker } from './scripts/precache-plugin.ts';

export default defineConfig({
  // Relative base: dist/ can be served from any sub-path of a municipal site.
  base: './',
  plugins: [
    react(),
    defaultDatasetPlugin(),
    glslMinifyPlugin(),
    precacheServiceWorker({ source: 'src/pwa/service-worker.ts' }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  // The built app is tested as sites serve it: under a strict Content-Security-Policy.
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'Asia/Shanghai' },
  },
});
