/** Site-level settings an operator can change without rebuilding: `app-config.json` beside index.html. */
export interface AppConfig {
  /** A MapLibre style URL to replace the embedded basemap (e.g. an approved 审图号 basemap); null keeps the default. */
  basemapStyleUrl: string | null;
}

const DEFAULT_CONFIG: AppConfig = { basemapStyleUrl: null };

export function parseAppConfig(raw: unknown): AppConfig {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_CONFIG;
  const { basemapStyleUrl } = raw as Record<string, unknown>;
  return { basemapStyleUrl: typeof basemapStyleUrl === 'string' && basemapStyleUrl ? basemapStyleUrl : null };
}

export async function loadAppConfig(): Promise<AppConfig> {
  try {
    const response = await fetch('./app-config.json', { cache: 'no-cache' });
    return response.ok ? parseAppConfig(await response.json()) : DEFAULT_CONFIG;
  } catch {
    return DEFAULT_CONFIG;
  }
}
