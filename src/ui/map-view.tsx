import { useEffect, useRef } from 'react';

/** Mounts the map object (created outside React) into a div and disposes it on unmount. */
export function MapView({ mountMap }: { mountMap: (container: HTMLElement) => () => void }) {
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!containerRef.current) return undefined;
    return mountMap(containerRef.current);
  }, [mountMap]);
  // The map's canvas is the labelled, focusable region (see sync.ts); a second landmark here would repeat it.
  return <div ref={containerRef} className="map" data-testid="map" />;
}
