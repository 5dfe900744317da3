/** Lines are drawn at least this wide (CSS px) into the pick buffer, so fingers can hit thin arcs. */
export const PICK_LINE_WIDTH = 12;

/**
 * Arc index from an RGBA8 square read back from the pick buffer: the id (stored as index + 1, little
 * endian over r, g, b, a) of the covered pixel nearest the square's centre, or `null` if none is covered.
 */
export function nearestPickedArc(pixels: Uint8Array, size: number): number | null {
  const centre = (size - 1) / 2;
  let best: number | null = null;
  let bestDistance = Infinity;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const id = pixels[i]! | (pixels[i + 1]! << 8) | (pixels[i + 2]! << 16) | (pixels[i + 3]! << 24);
      const distance = (x - centre) ** 2 + (y - centre) ** 2;
      if (id !== 0 && distance < bestDistance) {
        best = (id >>> 0) - 1;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/** An offscreen RGBA8 framebuffer matching the canvas' drawing buffer, created lazily. */
export class PickTarget {
  private framebuffer: WebGLFramebuffer | null = null;
  private renderbuffer: WebGLRenderbuffer | null = null;
  private width = 0;
  private height = 0;

  constructor(private readonly gl: WebGL2RenderingContext) {}

  /** Binds the pick framebuffer, (re)sized to the drawing buffer. */
  bind() {
    const { gl } = this;
    const { drawingBufferWidth: width, drawingBufferHeight: height } = gl;
    if (!this.framebuffer || width !== this.width || height !== this.height) {
      this.dispose();
      this.framebuffer = gl.createFramebuffer();
      this.renderbuffer = gl.createRenderbuffer();
      gl.bindRenderbuffer(gl.RENDERBUFFER, this.renderbuffer);
      gl.renderbufferStorage(gl.RENDERBUFFER, gl.RGBA8, width, height);
      gl.bindFramebuffer(gl.FRAMEBUFFER, this.framebuffer);
      gl.framebufferRenderbuffer(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.RENDERBUFFER, this.renderbuffer);
      this.width = width;
      this.height = height;
    }
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.framebuffer);
    gl.viewport(0, 0, width, height);
  }

  dispose() {
    this.gl.deleteFramebuffer(this.framebuffer);
    this.gl.deleteRenderbuffer(this.renderbuffer);
    this.framebuffer = null;
    this.renderbuffer = null;
  }
}
