import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { transformWithOxc } from 'vite';
import type { Plugin, ResolvedConfig } from 'vite';

export interface PrecacheOptions {
  /** The service worker's TypeScript source. */
  source: string;
  /** Where the worker lands in dist/, relative to the page; it controls this folder and below. */
  fileName?: string;
  /** Build outputs not worth caching offline. */
  exclude?: RegExp;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Emits the service worker with the list of every file the build writes (bundle and public/), and a
 * version hashed from their contents, so a new build replaces the cache and an unchanged one keeps it.
 * No runtime dependency and no request anywhere but the app's own files.
 */
export function precacheServiceWorker(options: PrecacheOptions): Plugin {
  const fileName = options.fileName ?? 'sw.js';
  const exclude = options.exclude ?? /\.map$/;
  let config: ResolvedConfig;
  return {
    name: 'precache-service-worker',
    apply: 'build',
    // After Vite's own plugins, so index.html is already in the bundle.
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_outputOptions, bundle) {
      const contents = new Map<string, string | Uint8Array>();
      for (const output of Object.values(bundle)) {
        contents.set(output.fileName, output.type === 'chunk' ? output.code : output.source);
      }
      if (config.publicDir) {
        for (const file of filesUnder(config.publicDir)) {
          contents.set(relative(config.publicDir, file).split(sep).join('/'), readFileSync(file));
        }
      }
      const urls = [...contents.keys()].filter((name) => name !== fileName && !exclude.test(name)).sort();
      const hash = createHash('sha256');
      for (const url of urls)
        hash
          .update(url)
          .update('\0')
          .update(contents.get(url) ?? '')
          .update('\0');
      const version = hash.digest('hex').slice(0, 16);
      const source = readFileSync(options.source, 'utf8');
      const { code } = await transformWithOxc(source, options.source, { lang: 'ts' });
      this.emitFile({
        type: 'asset',
        fileName,
        source: [
          `const PRECACHE_VERSION = ${JSON.stringify(version)};`,
          `const PRECACHE_URLS = ${JSON.stringify(urls)};`,
          code,
        ].join('\n'),
      });
    },
  };
}
