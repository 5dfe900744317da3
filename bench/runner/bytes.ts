import type { BytesFigures } from './types.ts';

export interface LoadedFile {
  url: string;
  bytes: number;
  gzip: number;
}

/** No bytes of any kind. */
export function emptyBytes(): BytesFigures {
  return {
    jsRaw: 0,
    jsGzip: 0,
    workerRaw: 0,
    workerGzip: 0,
    basemapRaw: 0,
    basemapGzip: 0,
    dataRaw: 0,
    dataGzip: 0,
    cssRaw: 0,
    cssGzip: 0,
  };
}

/** Sorts the first load into JS (MapLibre's worker apart), the basemap, data (TSV, CSV or JSON) and CSS. */
export function classifyFiles(files: readonly LoadedFile[]): BytesFigures {
  const figures = emptyBytes();
  const add = (kind: 'js' | 'worker' | 'basemap' | 'data' | 'css', file: LoadedFile) => {
    figures[`${kind}Raw`] += file.bytes;
    figures[`${kind}Gzip`] += file.gzip;
  };
  for (const file of files) {
    const path = new URL(file.url).pathname;
    if (path.includes('maplibre-gl-worker')) add('worker', file);
    else if (/\.m?js$/.test(path)) add('js', file);
    else if (path.includes('world.zh')) add('basemap', file);
    else if (/\.(tsv|csv|json)$/.test(path)) add('data', file);
    else if (path.endsWith('.css')) add('css', file);
  }
  return figures;
}
