/** How the page is used; read once from the URL and not written back (a kiosk link stays a kiosk link). */
export interface AppMode {
  kind: 'normal' | 'kiosk' | 'present';
  embed: boolean;
  /** Kiosk: seconds without input before the attract loop starts. */
  idleSeconds: number;
  /** Kiosk: local time "HH:MM" of a daily soft reload, or null for none. */
  reloadAt: string | null;
  /** A same-origin relative URL of a data file to show instead of the embedded dataset. */
  dataUrl: string | null;
  /**
   * Kiosk: how many times faster than real time the idle timer, tour and playback run (1 = real time).
   * For the benchmark's simulated day and for tests; visitors never see it.
   */
  timeScale: number;
}

/** How many times faster than real time the page's clock runs: a kiosk's `timescale=`, real time otherwise. */
export function clockScaleOf(mode: AppMode): number {
  return mode.kind === 'kiosk' ? mode.timeScale : 1;
}

export interface ParsedMode {
  mode: AppMode;
  warnings: string[];
  /** A `data=` value that was refused (not a same-origin relative URL): the page says so visibly. */
  refusedDataUrl: string | null;
}

const DEFAULT_IDLE_SECONDS = 60;

/**
 * Only a relative reference that resolves to this page's own origin is accepted: no scheme, no
 * protocol-relative `//host`, no backslash tricks. An official site cannot be made to show a foreign file.
 */
export function isSameOriginRelative(value: string, pageUrl: string): boolean {
  if (!value || /^[a-z][a-z0-9+.-]*:/i.test(value) || /^[\\/]{2}/.test(value) || value.includes('\\'))
    return false;
  if ([...value].some((char) => char.charCodeAt(0) < 0x20)) return false;
  try {
    return new URL(value, pageUrl).origin === new URL(pageUrl).origin;
  } catch {
    return false;
  }
}

export function parseAppMode(search: string, pageUrl: string): ParsedMode {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const modeParam = params.get('mode');
  const kind = modeParam === 'kiosk' || modeParam === 'present' ? modeParam : 'normal';
  if (modeParam !== null && kind === 'normal') warnings.push(`Ignoring URL parameter mode=${modeParam}`);
  const idle = Number(params.get('idle'));
  const idleSeconds =
    params.has('idle') && Number.isInteger(idle) && idle >= 5 && idle <= 3600 ? idle : DEFAULT_IDLE_SECONDS;
  if (params.has('idle') && idleSeconds !== idle)
    warnings.push(`Ignoring URL parameter idle=${params.get('idle')}`);
  const reload = params.get('reload');
  const reloadAt = reload && /^([01]\d|2[0-3]):[0-5]\d$/.test(reload) ? reload : null;
  if (reload !== null && reloadAt === null) warnings.push(`Ignoring URL parameter reload=${reload}`);
  const scale = Number(params.get('timescale'));
  const timeScale =
    params.has('timescale') && Number.isInteger(scale) && scale >= 1 && scale <= 10_000 ? scale : 1;
  if (params.has('timescale') && timeScale !== scale)
    warnings.push(`Ignoring URL parameter timescale=${params.get('timescale')}`);
  const data = params.get('data');
  const dataUrl = data !== null && isSameOriginRelative(data, pageUrl) ? data : null;
  return {
    mode: { kind, embed: params.get('embed') === '1', idleSeconds, reloadAt, dataUrl, timeScale },
    warnings,
    refusedDataUrl: data !== null && dataUrl === null ? data : null,
  };
}
