import type { CustomLayerInterface, Map as MapLibreMap } from 'maplibre-gl';

/**
 * Brings a custom layer back after a WebGL context loss.
 *
 * MapLibre 6 (`Map._contextLost` / `_contextRestored`) destroys the style on loss, which calls the layer's
 * `onRemove`, and on restore rebuilds the style from a serialized snapshot that leaves custom layers out
 * ("cannot be restored after WebGL context loss"). Its worker-restart path does the same without a real
 * loss, announcing it with the same `webglcontextlost` / `webglcontextrestored` events. So the layer
 * re-adds itself, at its old position, once the rebuilt style has loaded; its `onAdd` then recreates
 * every GL object from the data it kept.
 */
export class ContextLossGuard {
  private map: MapLibreMap | null = null;
  private isLossAnnounced = false;
  private beforeId: string | undefined;

  constructor(private readonly layer: CustomLayerInterface) {}

  /** Call from `onAdd`. */
  attach(map: MapLibreMap) {
    if (this.map === map) return;
    this.detach();
    this.map = map;
    map.on('webglcontextlost', this.handleLost);
    map.on('webglcontextrestored', this.handleRestored);
  }

  /** Call from `onRemove`; keeps listening only if the removal came from a context loss. */
  noteRemoved(map: MapLibreMap, gl: WebGL2RenderingContext) {
    if (gl.isContextLost() || this.isLossAnnounced) {
      const order = map.getLayersOrder();
      this.beforeId = order[order.indexOf(this.layer.id) + 1];
      return;
    }
    this.detach();
  }

  private detach() {
    this.map?.off('webglcontextlost', this.handleLost);
    this.map?.off('webglcontextrestored', this.handleRestored);
    this.map?.off('style.load', this.readd);
    this.map = null;
  }

  private readonly handleLost = () => {
    this.isLossAnnounced = true;
  };

  private readonly handleRestored = () => {
    this.isLossAnnounced = false;
    const { map } = this;
    if (!map) return;
    if (map.style?._loaded) this.readd();
    else map.once('style.load', this.readd);
  };

  private readonly readd = () => {
    const { map, beforeId } = this;
    if (!map || map.getLayer(this.layer.id)) return;
    map.addLayer(this.layer, beforeId !== undefined && map.getLayer(beforeId) ? beforeId : undefined);
  };
}
