import type { MouseEvent } from 'react';
import { useMessages } from './store-context.tsx';

/** Moves focus without a `#hash` in the address bar, which carries the view (see url-history.ts). */
const focusOn = (selector: string) => (event: MouseEvent<HTMLAnchorElement>) => {
  const target = document.querySelector<HTMLElement>(selector);
  if (!target) return;
  event.preventDefault();
  target.focus();
};

/** The first stops of a keyboard walk: straight to the map, or to the filters and the partner list. */
export function SkipLinks() {
  const messages = useMessages();
  return (
    <nav className="skip-links" aria-label={messages.skipLinks.label}>
      <a href="#map" onClick={focusOn('.map canvas.maplibregl-canvas')}>
        {messages.skipLinks.toMap}
      </a>
      <a href="#side-panel" onClick={focusOn('#side-panel')}>
        {messages.skipLinks.toPanel}
      </a>
    </nav>
  );
}
