import type { Messages } from '../i18n/index.ts';

/** MapLibre's own control class names (part of its CSS API) → our message for each. */
const CONTROL_TITLES = [
  ['.maplibregl-ctrl-zoom-in', 'zoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'zoomOut'],
  ['.maplibregl-ctrl-attrib-button', 'toggleAttribution'],
] as const;

/**
 * Gives MapLibre's buttons their title and accessible name in the UI language. MapLibre reads its `locale`
 * option once, when a control is added; the language here changes at any time.
 */
export function localizeMapControls(container: HTMLElement, messages: Messages['mapControls']): void {
  for (const [selector, key] of CONTROL_TITLES) {
    container.querySelectorAll(selector).forEach((element) => {
      element.setAttribute('title', messages[key]);
      element.setAttribute('aria-label', messages[key]);
    });
  }
}
