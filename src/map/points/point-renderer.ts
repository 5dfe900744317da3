import type { FrameProjection } from '../arcs/arc-renderer.ts';
import { createArcProgram, setProjectionUniforms, type ArcProgram } from '../arcs/gl-program.ts';
import type { PlaceKind, PointLayout } from './point-layout.ts';
import { buildPointVertexSource, POINT_ATTRIBUTES, POINT_FRAGMENT_SOURCE } from './point-shaders.ts';
import { CORNERS, INDICES_PER_POINT, quadIndices, repeatPerCorner, stylesAsWords } from './point-quads.ts';

export interface PointDrawParams {
  projection: FrameProjection;
  worldOffsets: readonly number[];
  viewportSize: [number, number];
  /** Device pixels. */
  radiusPx: number;
  strokeWidthPx: number;
  ringWidthPx: number;
  /** 0..1. */
  strokeColor: readonly [number, number, number];
  ringColor: readonly [number, number, number];
}

interface PointBuffers {
  vertexArray: WebGLVertexArrayObject;
  positions: WebGLBuffer;
  styles: WebGLBuffer;
  corners: WebGLBuffer;
  count: number;
  /** Each point's style once per corner, rewritten on a style-only upload. */
  cornerStyles: Uint32Array;
}

/** Owns the GL objects of the partner and hub points in one context. */
export class PointRenderer {
  private readonly programs = new Map<string, ArcProgram>();
  private readonly buffers = new Map<PlaceKind, PointBuffers>();

  constructor(private readonly gl: WebGL2RenderingContext) {}

  /** Uploads a new layout, or with `isStyleOnly` just its styles (a few bytes per point) into the same buffers. */
  upload(kind: PlaceKind, layout: PointLayout, isStyleOnly: boolean) {
    const { gl } = this;
    const current = this.buffers.get(kind);
    const count = layout.keys.length;
    if (isStyleOnly && current && current.count === count) {
      repeatPerCorner(stylesAsWords(layout.styles), 1, current.cornerStyles);
      gl.bindBuffer(gl.ARRAY_BUFFER, current.styles);
      gl.bufferSubData(gl.ARRAY_BUFFER, 0, current.cornerStyles);
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
      return;
    }
    this.delete(kind);
    const vertexArray = gl.createVertexArray();
    gl.bindVertexArray(vertexArray);
    const positions = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, positions);
    const cornerPositions = repeatPerCorner(layout.positions, 2, new Float32Array(count * CORNERS * 2));
    gl.bufferData(gl.ARRAY_BUFFER, cornerPositions, gl.STATIC_DRAW);
    gl.enableVertexAttribArray(POINT_ATTRIBUTES.a_center);
    gl.vertexAttribPointer(POINT_ATTRIBUTES.a_center, 2, gl.FLOAT, false, 0, 0);
    const styles = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, styles);
    const cornerStyles = repeatPerCorner(stylesAsWords(layout.styles), 1, new Uint32Array(count * CORNERS));
    gl.bufferData(gl.ARRAY_BUFFER, cornerStyles, gl.DYNAMIC_DRAW);
    gl.enableVertexAttribArray(POINT_ATTRIBUTES.a_style);
    gl.vertexAttribIPointer(POINT_ATTRIBUTES.a_style, 4, gl.UNSIGNED_BYTE, 0, 0);
    const corners = gl.createBuffer();
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, corners);
    gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, quadIndices(count), gl.STATIC_DRAW);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, null);
    this.buffers.set(kind, { vertexArray, positions, styles, corners, count, cornerStyles });
  }

  draw(kind: PlaceKind, params: PointDrawParams) {
    const { gl } = this;
    const buffers = this.buffers.get(kind);
    if (!buffers || buffers.count === 0) return;
    const program = this.useProgram(params.projection);
    setProjectionUniforms(gl, program, params.projection);
    gl.uniform2fv(program.uniform('u_viewport_size'), params.viewportSize);
    gl.uniform1f(program.uniform('u_radius'), params.radiusPx);
    gl.uniform1f(program.uniform('u_stroke_width'), params.strokeWidthPx);
    gl.uniform1f(program.uniform('u_ring_width'), params.ringWidthPx);
    gl.uniform3fv(program.uniform('u_stroke_color'), params.strokeColor);
    gl.uniform3fv(program.uniform('u_ring_color'), params.ringColor);
    gl.bindVertexArray(buffers.vertexArray);
    for (const offset of params.worldOffsets) {
      gl.uniform1f(program.uniform('u_world_offset'), offset);
      gl.drawElements(gl.TRIANGLES, buffers.count * INDICES_PER_POINT, gl.UNSIGNED_INT, 0);
    }
    gl.bindVertexArray(null);
  }

  dispose() {
    for (const kind of [...this.buffers.keys()]) this.delete(kind);
    for (const { program } of this.programs.values()) this.gl.deleteProgram(program);
    this.programs.clear();
  }

  private delete(kind: PlaceKind) {
    const buffers = this.buffers.get(kind);
    if (!buffers) return;
    this.gl.deleteVertexArray(buffers.vertexArray);
    this.gl.deleteBuffer(buffers.positions);
    this.gl.deleteBuffer(buffers.styles);
    this.gl.deleteBuffer(buffers.corners);
    this.buffers.delete(kind);
  }

  /** Starts building the program for `projection`, so the first draw does not wait for it. */
  prepare(projection: FrameProjection) {
    this.programFor(projection);
  }

  private programFor(projection: FrameProjection): ArcProgram {
    let program = this.programs.get(projection.shader.variantName);
    if (!program) {
      const vertexSource = buildPointVertexSource(projection.shader);
      program = createArcProgram(this.gl, vertexSource, POINT_FRAGMENT_SOURCE, POINT_ATTRIBUTES);
      this.programs.set(projection.shader.variantName, program);
    }
    return program;
  }

  private useProgram(projection: FrameProjection): ArcProgram {
    const program = this.programFor(projection);
    program.use();
    return program;
  }
}
