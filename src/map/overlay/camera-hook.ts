import type { CustomLayerInterface, CustomRenderMethodInput } from 'maplibre-gl';
import { ContextLossGuard } from '../arcs/context-restore.ts';

/**
 * A custom layer that draws nothing into MapLibre's context. MapLibre calls its `render` inside every frame
 * it draws, with that frame's projection; `onFrame` redraws the overlay there, in the same task, so the
 * overlay never lags the basemap while panning or zooming. It re-adds itself after a context loss of the map.
 */
export function createCameraHook(
  id: string,
  onFrame: (options: CustomRenderMethodInput) => void,
): CustomLayerInterface {
  const hook: CustomLayerInterface = {
    id,
    type: 'custom',
    renderingMode: '2d',
    onAdd: (map) => guard.attach(map),
    onRemove: (map, gl) => guard.noteRemoved(map, gl),
    render: (_gl, options) => onFrame(options),
  };
  const guard = new ContextLossGuard(hook);
  return hook;
}
