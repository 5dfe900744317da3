import { createArcProgram, createDataTexture, setProjectionUniforms, type ArcProgram } from './gl-program.ts';
import {
  ARC_TEXTURE_WIDTH,
  arcTextureHeight,
  centreLineRows,
  centreLineSegments,
  lineSpan,
  PADDING_ROWS,
  VERTEX_STRIDE_BYTES,
  stripSpan,
  yearSpans,
  type ArcGeometry,
  type YearBlocks,
} from './geometry-buffers.ts';
import { HUB_TEXTURE_WIDTH } from './arc-filter.ts';
import {
  ATTRIBUTES,
  buildFragmentSource,
  buildVertexSource,
  type ArcShaderVariant,
  type ProjectionShaderSource,
} from './shaders.ts';

/** The projection of one rendered frame, copied so `pick()` can redraw that same frame later. */
export interface FrameProjection {
  shader: ProjectionShaderSource;
  mainMatrix: Float32Array;
  fallbackMatrix: Float32Array;
  tileMercatorCoords: Float32Array;
  clippingPlane: Float32Array;
  transition: number;
}

export interface FilterUniforms {
  yearRange: [number, number];
  includeUndated: boolean;
  categoryMasks: [number, number, number];
}

/** Which uploaded geometry a draw uses: the coarse one is for views of the whole world (see geometry-buffers). */
export type ArcDetail = 'fine' | 'coarse';

export interface DrawParams {
  projection: FrameProjection;
  detail: ArcDetail;
  worldOffsets: readonly number[];
  viewportSize: [number, number];
  lineWidthPx: number;
  alongToPx: number;
  filter: FilterUniforms;
  highlightYear: number;
  highlightStrength: number;
  timeSeconds: number;
  flow: boolean;
  opacity: number;
  /** Arcs drawn again on top, wider. */
  emphasised: ReadonlyArray<{ arc: number; widthScale: number }>;
  /** Draws the arcs as 1-device-pixel lines (the emphasised ones stay ribbons): see `HAIRLINES_FROM_ARCS` in arcs-overlay.ts. */
  hairlines: boolean;
}

/**
 * Which of the arcs the filter lets through one draw covers: those of the years in `years` (inclusive), undated
 * ones only `withUndated`, and the emphasised arcs on top only `withEmphasised`. See {@link WHOLE_SCENE}.
 */
export interface DrawPart {
  years: readonly [number, number];
  withUndated: boolean;
  withEmphasised: boolean;
}

/** Every arc the filter lets through, then the emphasised ones. */
export const WHOLE_SCENE: DrawPart = { years: [1, 0xffff], withUndated: true, withEmphasised: true };

const UNIT_ARCS = 0;
const UNIT_HUB_VISIBILITY = 1;
const UNIT_HUB_COLORS = 2;

/** One vertex array with its buffers, and the number of indices it draws from. */
interface UploadedBuffers {
  vertexArray: WebGLVertexArrayObject;
  vertexBuffer: WebGLBuffer;
  indexBuffer: WebGLBuffer;
  indexCount: number;
  /** Vertex and index bytes uploaded. */
  bytes: number;
}

interface UploadedGeometry {
  arcCount: number;
  /** Triangle strips; null while they wait in `waitingRibbons` (see `uploadGeometry`). */
  ribbons: UploadedBuffers | null;
  waitingRibbons: ArcGeometry | null;
  /** Centre-line segments for hairlines, over a vertex buffer of their own; null when not built. */
  hairlines: UploadedBuffers | null;
  arcIndexRanges: Uint32Array;
  yearBlocks: YearBlocks;
}

/** The program hairlines are drawn with: the flow pulse has one of its own, as it costs every pixel more. */
export const hairlineVariant = (flow: boolean): ArcShaderVariant =>
  flow ? 'flowing-hairlines' : 'hairlines';

/** Owns the GL objects of the arcs in one context; rebuild it when that context is restored. */
export class ArcRenderer {
  private readonly programs = new Map<string, ArcProgram>();
  private readonly arcTexture: WebGLTexture;
  private readonly hubVisibility: WebGLTexture;
  private readonly hubColors: WebGLTexture;
  private readonly geometries = new Map<ArcDetail, UploadedGeometry>();

  constructor(private readonly gl: WebGL2RenderingContext) {
    this.arcTexture = createDataTexture(gl);
    this.hubVisibility = createDataTexture(gl);
    this.hubColors = createDataTexture(gl);
  }

  hasGeometry(detail: ArcDetail): boolean {
    return this.geometries.has(detail);
  }

  /**
   * Uploads one level of detail of the geometry, replacing (and freeing) that level's previous one; the
   * per-arc attributes are shared by both levels and uploaded with each. With `withHairlines`, only what
   * hairlines draw goes up now (half the bytes): the ribbons (emphasised arcs, picking, fewer arcs) follow
   * with {@link uploadWaitingRibbons}, or when a draw first needs them. Returns the bytes uploaded.
   */
  uploadGeometry(geometry: ArcGeometry, detail: ArcDetail = 'fine', withHairlines = false): number {
    this.deleteGeometry(detail);
    const hairlines = withHairlines ? this.uploadHairlines(geometry) : null;
    const ribbons = withHairlines ? null : this.uploadRibbons(geometry);
    this.geometries.set(detail, {
      arcCount: geometry.arcCount,
      ribbons,
      waitingRibbons: withHairlines ? geometry : null,
      hairlines,
      arcIndexRanges: geometry.arcIndexRanges,
      yearBlocks: geometry.yearBlocks,
    });
    return this.uploadArcAttributes(geometry) + (hairlines?.bytes ?? 0) + (ribbons?.bytes ?? 0);
  }

  /** Whether a level's ribbons still wait to be uploaded. */
  hasWaitingRibbons(): boolean {
    for (const geometry of this.geometries.values()) if (geometry.waitingRibbons) return true;
    return false;
  }

  /** Uploads the ribbons that wait (see {@link uploadGeometry}); returns the bytes uploaded. */
  uploadWaitingRibbons(): number {
    let bytes = 0;
    for (const geometry of this.geometries.values())
      if (geometry.waitingRibbons) bytes += this.ribbonsOf(geometry)?.bytes ?? 0;
    return bytes;
  }

  /** A level's ribbons, uploaded now if they were waiting. */
  private ribbonsOf(geometry: UploadedGeometry): UploadedBuffers | null {
    if (geometry.waitingRibbons) {
      geometry.ribbons = this.uploadRibbons(geometry.waitingRibbons);
      geometry.waitingRibbons = null; // its arrays live on the GPU only from here on
    }
    return geometry.ribbons;
  }

  private uploadRibbons(geometry: ArcGeometry): UploadedBuffers {
    return this.uploadBuffers(geometry.vertexData, geometry.indices, () => {
      // Three windows onto the same rows: row i - 2 (previous point, same side), i, and i + 2 (next point).
      const windows = [
        [ATTRIBUTES.a_prev_pos, ATTRIBUTES.a_prev_arc, -2],
        [ATTRIBUTES.a_pos, ATTRIBUTES.a_arc, 0],
        [ATTRIBUTES.a_next_pos, ATTRIBUTES.a_next_arc, 2],
      ] as const;
      for (const [position, arc, rowShift] of windows)
        this.pointRowAttributes(position, arc, (PADDING_ROWS + rowShift) * VERTEX_STRIDE_BYTES);
      this.alongAttribute(PADDING_ROWS * VERTEX_STRIDE_BYTES);
    });
  }

  /** The centre line's rows alone, and segments between them: what hairlines draw, half the ribbons' bytes. */
  private uploadHairlines(geometry: ArcGeometry): UploadedBuffers {
    return this.uploadBuffers(centreLineRows(geometry), centreLineSegments(geometry), () => {
      this.pointRowAttributes(ATTRIBUTES.a_pos, ATTRIBUTES.a_arc, 0);
      this.alongAttribute(0);
    });
  }

  /** A vertex array over `vertices` (its attributes set by `describeRows`) and `indices`. */
  private uploadBuffers(
    vertices: ArrayBuffer | Uint32Array,
    indices: Uint32Array,
    describeRows: () => void,
  ): UploadedBuffers {
    const { gl } = this;
    const vertexArray = gl.createVertexArray();
    gl.bindVertexArray(vertexArray);
    const vertexBuffer = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, vertexBuffer);
    gl.bufferData(gl.ARRAY_BUFFER, vertices, gl.STATIC_DRAW);
    describeRows();
    const indexBuffer = gl.createBuffer();
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, indexBuffer);
    gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, indices, gl.STATIC_DRAW);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    const bytes = vertices.byteLength + indices.byteLength;
    return { vertexArray, vertexBuffer, indexBuffer, indexCount: indices.length, bytes };
  }

  /** A point's position and arc index, read from the bound buffer's rows from `offset` bytes. */
  private pointRowAttributes(position: number, arc: number, offset: number) {
    const { gl } = this;
    gl.enableVertexAttribArray(position);
    gl.vertexAttribPointer(position, 2, gl.FLOAT, false, VERTEX_STRIDE_BYTES, offset);
    gl.enableVertexAttribArray(arc);
    gl.vertexAttribIPointer(arc, 1, gl.UNSIGNED_INT, VERTEX_STRIDE_BYTES, offset + 12);
  }

  private alongAttribute(offset: number) {
    const { gl } = this;
    gl.enableVertexAttribArray(ATTRIBUTES.a_along);
    gl.vertexAttribPointer(ATTRIBUTES.a_along, 1, gl.FLOAT, false, VERTEX_STRIDE_BYTES, offset + 8);
  }

  private uploadArcAttributes(geometry: ArcGeometry): number {
    const { gl } = this;
    const rows = arcTextureHeight(geometry.arcCount);
    const texels = new Uint32Array(ARC_TEXTURE_WIDTH * rows * 4);
    texels.set(geometry.arcAttributes);
    gl.bindTexture(gl.TEXTURE_2D, this.arcTexture);
    gl.texImage2D(
      gl.TEXTURE_2D,
      0,
      gl.RGBA32UI,
      ARC_TEXTURE_WIDTH,
      rows,
      0,
      gl.RGBA_INTEGER,
      gl.UNSIGNED_INT,
      texels,
    );
    return texels.byteLength;
  }

  /** Frees every level of detail, before the next dataset's geometry comes. */
  clearGeometry() {
    for (const detail of [...this.geometries.keys()]) this.deleteGeometry(detail);
  }

  uploadHubTexture(kind: 'visibility' | 'colors', texels: Uint8Array, rows: number) {
    const { gl } = this;
    const isColor = kind === 'colors';
    gl.bindTexture(gl.TEXTURE_2D, isColor ? this.hubColors : this.hubVisibility);
    const [internalFormat, format] = isColor ? [gl.RGBA8, gl.RGBA] : [gl.R8, gl.RED];
    gl.texImage2D(
      gl.TEXTURE_2D,
      0,
      internalFormat,
      HUB_TEXTURE_WIDTH,
      rows,
      0,
      format,
      gl.UNSIGNED_BYTE,
      texels,
    );
  }

  draw(params: DrawParams, isPicking = false, part: DrawPart = WHOLE_SCENE) {
    const { gl } = this;
    const geometry = this.geometries.get(params.detail) ?? this.geometries.get('fine');
    if (!geometry || geometry.arcCount === 0) return;
    const isHairline = params.hairlines && !isPicking && geometry.hairlines !== null;
    const buffers = isHairline ? geometry.hairlines : this.ribbonsOf(geometry);
    if (!buffers) return;
    const variant: ArcShaderVariant = isPicking
      ? 'picking'
      : isHairline
        ? hairlineVariant(params.flow)
        : 'ribbons';
    const { yearBlocks } = geometry;
    const { yearRange, includeUndated } = params.filter;
    const years = [Math.max(yearRange[0], part.years[0]), Math.min(yearRange[1], part.years[1])] as const;
    const spans = yearSpans(yearBlocks, years, includeUndated && part.withUndated);
    gl.bindVertexArray(buffers.vertexArray);
    const program = this.useProgram(params, variant);
    for (const offset of params.worldOffsets) {
      gl.uniform1f(program.uniform('u_world_offset'), offset);
      gl.uniform1f(program.uniform('u_width_scale'), 1);
      gl.uniform1f(program.uniform('u_emphasis'), 0);
      for (const span of spans) {
        if (isHairline) {
          const { start, end } = lineSpan(yearBlocks, span);
          gl.drawElements(gl.LINES, end - start, gl.UNSIGNED_INT, start * 4);
        } else {
          const { start, end } = stripSpan(yearBlocks, span);
          gl.drawElements(gl.TRIANGLE_STRIP, end - start, gl.UNSIGNED_INT, start * 4);
        }
      }
    }
    const emphasised = isPicking || !part.withEmphasised ? [] : params.emphasised;
    const ribbonBuffers = emphasised.length > 0 ? this.ribbonsOf(geometry) : null;
    if (ribbonBuffers) {
      // Always ribbons, over everything else.
      gl.bindVertexArray(ribbonBuffers.vertexArray);
      const ribbons = isHairline ? this.useProgram(params, 'ribbons') : program;
      gl.uniform1f(ribbons.uniform('u_emphasis'), 1);
      for (const offset of params.worldOffsets) {
        gl.uniform1f(ribbons.uniform('u_world_offset'), offset);
        for (const { arc, widthScale } of emphasised) {
          const start = geometry.arcIndexRanges[2 * arc];
          const end = geometry.arcIndexRanges[2 * arc + 1];
          if (start === undefined || end === undefined) continue;
          gl.uniform1f(ribbons.uniform('u_width_scale'), widthScale);
          gl.drawElements(gl.TRIANGLE_STRIP, end - start, gl.UNSIGNED_INT, start * 4);
        }
      }
    }
    gl.bindVertexArray(null);
  }

  dispose() {
    const { gl } = this;
    this.clearGeometry();
    for (const texture of [this.arcTexture, this.hubVisibility, this.hubColors]) gl.deleteTexture(texture);
    for (const { program } of this.programs.values()) gl.deleteProgram(program);
    this.programs.clear();
  }

  private deleteGeometry(detail: ArcDetail) {
    const { gl } = this;
    const geometry = this.geometries.get(detail);
    if (!geometry) return;
    for (const buffers of [geometry.ribbons, geometry.hairlines]) {
      if (!buffers) continue;
      gl.deleteVertexArray(buffers.vertexArray);
      gl.deleteBuffer(buffers.vertexBuffer);
      gl.deleteBuffer(buffers.indexBuffer);
    }
    this.geometries.delete(detail);
  }

  /** Starts building the programs of `variants` for `projection`, so the first draw does not wait for them. */
  prepare(projection: FrameProjection, variants: readonly ArcShaderVariant[]) {
    for (const variant of variants) this.programFor(projection, variant);
  }

  /** One program per MapLibre projection variant and arc shader variant, built when first needed. */
  private programFor(projection: FrameProjection, variant: ArcShaderVariant): ArcProgram {
    const key = `${projection.shader.variantName}:${variant}`;
    let program = this.programs.get(key);
    if (!program) {
      const vertexSource = buildVertexSource(projection.shader, variant);
      program = createArcProgram(this.gl, vertexSource, buildFragmentSource(variant));
      this.programs.set(key, program);
    }
    return program;
  }

  /** Switches to the variant's program with this draw's uniforms set. */
  private useProgram(params: DrawParams, variant: ArcShaderVariant): ArcProgram {
    const program = this.programFor(params.projection, variant);
    program.use();
    this.setUniforms(program, params, variant === 'picking');
    return program;
  }

  private setUniforms(program: ArcProgram, params: DrawParams, isPicking: boolean) {
    const { gl } = this;
    const { projection, filter } = params;
    const textures = [
      [UNIT_ARCS, this.arcTexture, 'u_arc_attributes'],
      [UNIT_HUB_VISIBILITY, this.hubVisibility, 'u_hub_visibility'],
      [UNIT_HUB_COLORS, this.hubColors, 'u_hub_colors'],
    ] as const;
    for (const [unit, texture, name] of textures) {
      gl.activeTexture(gl.TEXTURE0 + unit);
      gl.bindTexture(gl.TEXTURE_2D, texture);
      gl.uniform1i(program.uniform(name), unit);
    }
    setProjectionUniforms(gl, program, projection);
    gl.uniform2uiv(program.uniform('u_year_range'), filter.yearRange);
    gl.uniform1i(program.uniform('u_include_undated'), filter.includeUndated ? 1 : 0);
    gl.uniform3uiv(program.uniform('u_category_masks'), filter.categoryMasks);
    gl.uniform2fv(program.uniform('u_viewport_size'), params.viewportSize);
    gl.uniform1f(program.uniform('u_line_width'), params.lineWidthPx);
    gl.uniform1f(program.uniform('u_along_to_px'), params.alongToPx);
    gl.uniform1ui(program.uniform('u_highlight_year'), params.highlightYear);
    if (isPicking) return;
    gl.uniform1f(program.uniform('u_opacity'), params.opacity);
    gl.uniform1f(program.uniform('u_time'), params.timeSeconds);
    gl.uniform1f(program.uniform('u_flow'), params.flow ? 1 : 0);
    gl.uniform1f(program.uniform('u_highlight_strength'), params.highlightStrength);
  }
}
