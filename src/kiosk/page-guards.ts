const EDITABLE = 'input, textarea, select, [contenteditable="true"]';
const ZOOM_KEYS = new Set(['+', '-', '=', '_', '0']);

/**
 * What a public touch screen must not do: open a context menu, select or drag text, or zoom the page
 * (the map still zooms itself). Returns a function that undoes it all.
 */
export function guardKioskPage(win: Window): () => void {
  const doc = win.document;
  const prevent = (event: Event) => event.preventDefault();
  const preventOutsideFields = (event: Event) => {
    if (!(event.target instanceof Element && event.target.closest(EDITABLE))) event.preventDefault();
  };
  const preventPageZoomWheel = (event: WheelEvent) => {
    if (event.ctrlKey) event.preventDefault();
  };
  const preventZoomKeys = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && ZOOM_KEYS.has(event.key)) event.preventDefault();
  };
  const listeners: Array<[string, EventListener]> = [
    ['contextmenu', prevent],
    ['dragstart', prevent],
    ['gesturestart', prevent],
    ['selectstart', preventOutsideFields],
    ['wheel', preventPageZoomWheel as EventListener],
    ['keydown', preventZoomKeys as EventListener],
  ];
  const options = { capture: true, passive: false } as const;
  for (const [type, listener] of listeners) win.addEventListener(type, listener, options);

  const viewport = doc.querySelector<HTMLMetaElement>('meta[name="viewport"]');
  const originalViewport = viewport?.content ?? null;
  if (viewport) viewport.content = `${originalViewport}, maximum-scale=1, user-scalable=no`;

  return () => {
    for (const [type, listener] of listeners) win.removeEventListener(type, listener, options);
    if (viewport && originalViewport !== null) viewport.content = originalViewport;
  };
}
