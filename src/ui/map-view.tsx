import { useEffect, useRef } from 'react';
import { useMessages } from './store-context.tsx';

/** Mounts the map object (created outside React) into a div and disposes it on unmount. */
export function MapView({ mountMap }: { mountMap: (container: HTMLElement) => () => void }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const messages = useMessages();
  useEffect(() => {
    if (!containerRef.current) return undefined;
    return mountMap(containerRef.current);
  }, [mountMap]);
  return (
    <div ref={containerRef} className="map" role="region" aria-label={messages.mapLabel} data-testid="map" />
  );
}
