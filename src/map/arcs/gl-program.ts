import type { FrameProjection } from './arc-renderer.ts';
import { ATTRIBUTES } from './shaders.ts';

/** A program with its uniform locations looked up once. */
export interface ArcProgram {
  program: WebGLProgram;
  /** Makes it the current program; the first call waits for the link and throws if it failed. */
  use(): void;
  uniform(name: string): WebGLUniformLocation | null;
}

function startShader(gl: WebGL2RenderingContext, type: GLenum, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error('arcs layer: could not create a shader (context lost?)');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  return shader;
}

/**
 * Compiles and links without asking whether that worked: Chromium's GPU process then builds the program
 * while the page goes on (about half a second in software GL), and only the first {@link ArcProgram.use}
 * waits for it. So a program made ahead of its first draw costs the main thread nothing.
 */
export function createArcProgram(
  gl: WebGL2RenderingContext,
  vertexSource: string,
  fragmentSource: string,
  attributes: Readonly<Record<string, number>> = ATTRIBUTES,
): ArcProgram {
  const shaders = [
    startShader(gl, gl.VERTEX_SHADER, vertexSource),
    startShader(gl, gl.FRAGMENT_SHADER, fragmentSource),
  ];
  const program = gl.createProgram();
  for (const shader of shaders) gl.attachShader(program, shader);
  for (const [name, location] of Object.entries(attributes)) gl.bindAttribLocation(program, location, name);
  gl.linkProgram(program);
  let isChecked = false;
  const check = () => {
    isChecked = true;
    const isLinked = gl.getProgramParameter(program, gl.LINK_STATUS) || gl.isContextLost();
    const failed = shaders.find((shader) => !gl.getShaderParameter(shader, gl.COMPILE_STATUS));
    const log = isLinked
      ? ''
      : failed
        ? `shader did not compile: ${gl.getShaderInfoLog(failed) ?? ''}`
        : `program did not link: ${gl.getProgramInfoLog(program) ?? ''}`;
    for (const shader of shaders) gl.deleteShader(shader);
    if (isLinked) return;
    gl.deleteProgram(program);
    throw new Error(`arcs layer: ${log}`);
  };
  const locations = new Map<string, WebGLUniformLocation | null>();
  return {
    program,
    use() {
      if (!isChecked) check();
      gl.useProgram(program);
    },
    uniform(name) {
      let location = locations.get(name);
      if (location === undefined) {
        location = gl.getUniformLocation(program, name);
        locations.set(name, location);
      }
      return location;
    },
  };
}

export function createDataTexture(gl: WebGL2RenderingContext): WebGLTexture {
  const texture = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, texture);
  // Integer and lookup textures are read with texelFetch; NEAREST keeps them complete without mipmaps.
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  return texture;
}

/** The uniforms MapLibre's projection prelude reads, from one captured frame. */
export function setProjectionUniforms(
  gl: WebGL2RenderingContext,
  program: ArcProgram,
  projection: FrameProjection,
) {
  gl.uniformMatrix4fv(program.uniform('u_projection_matrix'), false, projection.mainMatrix);
  gl.uniformMatrix4fv(program.uniform('u_projection_fallback_matrix'), false, projection.fallbackMatrix);
  gl.uniform4fv(program.uniform('u_projection_tile_mercator_coords'), projection.tileMercatorCoords);
  gl.uniform4fv(program.uniform('u_projection_clipping_plane'), projection.clippingPlane);
  gl.uniform1f(program.uniform('u_projection_transition'), projection.transition);
}
