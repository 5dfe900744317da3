import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const SITE_DIR = fileURLToPath(new URL('../results/site/', import.meta.url));
export const APP_DIR = `${SITE_DIR}app/`;
export const BASELINES_DIR = `${SITE_DIR}baselines/`;
export const DATA_DIR = `${SITE_DIR}bench-data/`;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Builds the app with its own config (vite.config.ts) into the bench's site folder rather than dist/, so
 * a bench run does not replace the build the e2e tests serve; and the baselines with bench/vite.config.ts.
 */
export async function buildSite(): Promise<void> {
  rmSync(APP_DIR, { recursive: true, force: true });
  await build({
    configFile: `${ROOT}vite.config.ts`,
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: APP_DIR, emptyOutDir: true },
  });
  await build({ configFile: `${ROOT}bench/vite.config.ts`, logLevel: 'warn' });
  mkdirSync(DATA_DIR, { recursive: true });
}

/** Copies the real dataset next to the synthetic ones, for the baselines (the app embeds it). */
export function copyRealData(): { links: string; hubs: string } {
  mkdirSync(DATA_DIR, { recursive: true });
  cpSync(`${ROOT}data/links.tsv`, `${DATA_DIR}real-links.tsv`);
  cpSync(`${ROOT}data/hubs.tsv`, `${DATA_DIR}real-hubs.tsv`);
  return { links: 'real-links.tsv', hubs: 'real-hubs.tsv' };
}

export const REPO_ROOT = ROOT;
