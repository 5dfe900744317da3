import type { FrameProjection } from './arc-renderer.ts';
import { ATTRIBUTES } from './shaders.ts';

/** A linked program with its uniform locations looked up once. */
export interface ArcProgram {
  program: WebGLProgram;
  uniform(name: string): WebGLUniformLocation | null;
}

function compileShader(gl: WebGL2RenderingContext, type: GLenum, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error('arcs layer: could not create a shader (context lost?)');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS) && !gl.isContextLost()) {
    const log = gl.getShaderInfoLog(shader);
    gl.deleteShader(shader);
    throw new Error(`arcs layer: shader did not compile: ${log ?? ''}`);
  }
  return shader;
}

export function createArcProgram(
  gl: WebGL2RenderingContext,
  vertexSource: string,
  fragmentSource: string,
  attributes: Readonly<Record<string, number>> = ATTRIBUTES,
): ArcProgram {
  const vertexShader = compileShader(gl, gl.VERTEX_SHADER, vertexSource);
  const fragmentShader = compileShader(gl, gl.FRAGMENT_SHADER, fragmentSource);
  const program = gl.createProgram();
  gl.attachShader(program, vertexShader);
  gl.attachShader(program, fragmentShader);
  for (const [name, location] of Object.entries(attributes)) gl.bindAttribLocation(program, location, name);
  gl.linkProgram(program);
  gl.deleteShader(vertexShader);
  gl.deleteShader(fragmentShader);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost()) {
    const log = gl.getProgramInfoLog(program);
    gl.deleteProgram(program);
    throw new Error(`arcs layer: program did not link: ${log ?? ''}`);
  }
  const locations = new Map<string, WebGLUniformLocation | null>();
  return {
    program,
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
