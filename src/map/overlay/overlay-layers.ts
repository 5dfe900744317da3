import { createArcProgram, type ArcProgram } from '../arcs/gl-program.ts';

export type LayerName = 'arcs' | 'points';
const LAYER_NAMES: readonly LayerName[] = ['arcs', 'points'];

// One triangle over the whole viewport; each fragment copies its own texel, already premultiplied.
const COMPOSITE_VERTEX_SOURCE = /* glsl */ `#version 300 es
void main() {
  vec2 corner = vec2(float((gl_VertexID & 1) * 4 - 1), float((gl_VertexID & 2) * 2 - 1));
  gl_Position = vec4(corner, 0.0, 1.0);
}
`;

const COMPOSITE_FRAGMENT_SOURCE = /* glsl */ `#version 300 es
precision highp float;
uniform sampler2D u_layer;
out vec4 fragColor;
void main() {
  fragColor = texelFetch(u_layer, ivec2(gl_FragCoord.xy), 0);
}
`;

interface Target {
  texture: WebGLTexture;
  framebuffer: WebGLFramebuffer;
}

/**
 * Offscreen layers of the overlay at the drawing buffer's size: the arcs that stay as they are and the points,
 * drawn once and composited every frame, so a frame that only animates a few arcs redraws only those.
 * Allocated on first use and freed by {@link release}.
 */
export class OverlayLayers {
  private targets: Record<LayerName, Target> | null = null;
  private width = 0;
  private height = 0;
  private program: ArcProgram | null = null;

  constructor(private readonly gl: WebGL2RenderingContext) {}

  /** Makes `layer` the target of the next draws, cleared first when `isCleared`; resizing clears it too. */
  bind(layer: LayerName, isCleared: boolean) {
    const { gl } = this;
    const targets = this.ensureTargets();
    gl.bindFramebuffer(gl.FRAMEBUFFER, targets[layer].framebuffer);
    gl.viewport(0, 0, this.width, this.height);
    if (!isCleared) return;
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
  }

  /** Blends `layer` over the bound framebuffer, premultiplied; the caller has set that blending. */
  composite(layer: LayerName) {
    const { gl } = this;
    if (!this.targets) return;
    this.program ??= createArcProgram(gl, COMPOSITE_VERTEX_SOURCE, COMPOSITE_FRAGMENT_SOURCE, {});
    this.program.use();
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, this.targets[layer].texture);
    gl.uniform1i(this.program.uniform('u_layer'), 0);
    gl.bindVertexArray(null);
    gl.drawArrays(gl.TRIANGLES, 0, 3);
  }

  /** Frees the layers' memory (two RGBA textures of the drawing buffer's size) until they are used again. */
  release() {
    const { gl } = this;
    if (!this.targets) return;
    for (const name of LAYER_NAMES) {
      gl.deleteFramebuffer(this.targets[name].framebuffer);
      gl.deleteTexture(this.targets[name].texture);
    }
    this.targets = null;
  }

  dispose() {
    this.release();
    if (this.program) this.gl.deleteProgram(this.program.program);
    this.program = null;
  }

  private ensureTargets(): Record<LayerName, Target> {
    const { gl } = this;
    const [width, height] = [gl.drawingBufferWidth, gl.drawingBufferHeight];
    if (this.targets && width === this.width && height === this.height) return this.targets;
    this.release();
    this.width = width;
    this.height = height;
    const create = (): Target => {
      const texture = gl.createTexture();
      gl.bindTexture(gl.TEXTURE_2D, texture);
      gl.texStorage2D(gl.TEXTURE_2D, 1, gl.RGBA8, width, height);
      const framebuffer = gl.createFramebuffer();
      gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
      gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0);
      gl.clearColor(0, 0, 0, 0);
      gl.clear(gl.COLOR_BUFFER_BIT);
      return { texture, framebuffer };
    };
    this.targets = { arcs: create(), points: create() };
    return this.targets;
  }
}
