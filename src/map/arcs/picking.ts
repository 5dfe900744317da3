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

/**
 * Runs `work` and then puts back every piece of GL state it may change. Picking happens outside MapLibre's
 * render loop, and MapLibre caches GL state, so anything left changed would corrupt its next frame.
 */
export function withRestoredGlState<T>(gl: WebGL2RenderingContext, work: () => T): T {
  const capabilities = [gl.BLEND, gl.DEPTH_TEST, gl.STENCIL_TEST, gl.SCISSOR_TEST, gl.CULL_FACE];
  const enabled = capabilities.map((capability) => gl.isEnabled(capability));
  const drawFramebuffer = gl.getParameter(gl.DRAW_FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
  const readFramebuffer = gl.getParameter(gl.READ_FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
  const renderbuffer = gl.getParameter(gl.RENDERBUFFER_BINDING) as WebGLRenderbuffer | null;
  const viewport = gl.getParameter(gl.VIEWPORT) as Int32Array;
  const scissor = gl.getParameter(gl.SCISSOR_BOX) as Int32Array;
  const clearColor = gl.getParameter(gl.COLOR_CLEAR_VALUE) as Float32Array;
  const colorMask = gl.getParameter(gl.COLOR_WRITEMASK) as [boolean, boolean, boolean, boolean];
  const program = gl.getParameter(gl.CURRENT_PROGRAM) as WebGLProgram | null;
  const arrayBuffer = gl.getParameter(gl.ARRAY_BUFFER_BINDING) as WebGLBuffer | null;
  const vertexArray = gl.getParameter(gl.VERTEX_ARRAY_BINDING) as WebGLVertexArrayObject | null;
  const activeTexture = gl.getParameter(gl.ACTIVE_TEXTURE) as number;
  const unpack = [gl.UNPACK_ALIGNMENT, gl.UNPACK_FLIP_Y_WEBGL, gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL] as const;
  const unpackValues = unpack.map((name) => Number(gl.getParameter(name)));
  const textures = [0, 1, 2].map((unit) => {
    gl.activeTexture(gl.TEXTURE0 + unit);
    return gl.getParameter(gl.TEXTURE_BINDING_2D) as WebGLTexture | null;
  });
  try {
    return work();
  } finally {
    capabilities.forEach((capability, i) => (enabled[i] ? gl.enable(capability) : gl.disable(capability)));
    gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, drawFramebuffer);
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, readFramebuffer);
    gl.bindRenderbuffer(gl.RENDERBUFFER, renderbuffer);
    gl.viewport(viewport[0]!, viewport[1]!, viewport[2]!, viewport[3]!);
    gl.scissor(scissor[0]!, scissor[1]!, scissor[2]!, scissor[3]!);
    gl.clearColor(clearColor[0]!, clearColor[1]!, clearColor[2]!, clearColor[3]!);
    gl.colorMask(...colorMask);
    gl.useProgram(program);
    gl.bindBuffer(gl.ARRAY_BUFFER, arrayBuffer);
    gl.bindVertexArray(vertexArray);
    textures.forEach((texture, unit) => {
      gl.activeTexture(gl.TEXTURE0 + unit);
      gl.bindTexture(gl.TEXTURE_2D, texture);
    });
    gl.activeTexture(activeTexture);
    unpack.forEach((name, i) => gl.pixelStorei(name, unpackValues[i]!));
  }
}
