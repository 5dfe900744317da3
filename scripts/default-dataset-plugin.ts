import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { formatIssue } from '../src/data/issues.ts';
import { parseDataset } from '../src/data/parse-dataset.ts';
import type { Dataset } from '../src/data/parse-dataset.ts';

const MODULE_ID = 'virtual:default-dataset';
const RESOLVED_ID = `\0${MODULE_ID}`;
const DEV_PATH = '/__default-dataset.json';
const FILES = ['hubs', 'links', 'claims'] as const;
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));

export const datasetFilePaths = (dataDir = DEFAULT_DATA_DIR): string[] =>
  FILES.map((name) => `${dataDir}/${name}.tsv`);

/** Parses and checks data/; throws with every issue's file, line and field when the data has errors. */
export function parseDefaultDataset(dataDir = DEFAULT_DATA_DIR): Dataset {
  const [hubs, links, claims] = datasetFilePaths(dataDir).map((path, index) => ({
    name: `data/${FILES[index]}.tsv`,
    bytes: readFileSync(path),
  }));
  const { dataset, issues } = parseDataset({ hubs, links: links!, claims });
  if (!dataset) throw new Error(`data/ has errors:\n${issues.map(formatIssue).join('\n')}`);
  return dataset;
}

/**
 * Parses data/ once at build time and ships the checked dataset as a JSON file beside the app, so the first
 * view needs neither the parser nor its schema and country-name libraries: they load only when someone opens
 * their own file. `virtual:default-dataset` exports the JSON file's URL. Bad data fails the build.
 */
export function defaultDatasetPlugin(dataDir = DEFAULT_DATA_DIR): Plugin {
  let isBuild = false;
  const datasetJson = () => JSON.stringify(parseDefaultDataset(dataDir));
  return {
    name: 'default-dataset',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        response.end(datasetJson());
      });
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      for (const path of datasetFilePaths(dataDir)) this.addWatchFile(path);
      if (!isBuild) return `export default ${JSON.stringify(DEV_PATH)};`;
      let source: string;
      try {
        source = datasetJson();
      } catch (error) {
        return this.error(error instanceof Error ? error.message : String(error));
      }
      const reference = this.emitFile({ type: 'asset', name: 'default-dataset.json', source });
      return `export default new URL(import.meta.ROLLUP_FILE_URL_${reference}, import.meta.url).href;`;
    },
  };
}
