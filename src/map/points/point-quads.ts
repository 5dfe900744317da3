/** Four corners per point; the shader tells them apart by the low bits of `gl_VertexID`. */
export const CORNERS = 4;
export const INDICES_PER_POINT = 6;

/**
 * Each value of `perPoint` (`width` values per point) repeated for the point's four corners, into `target`.
 * Points are quads of their own vertices, not instances: SwiftShader, the software WebGL of kiosks without a
 * GPU and of the tests, sets up every instance as a draw of its own, which made 10,000 points cost as much
 * to draw as 10,000 arcs.
 */
export function repeatPerCorner<T extends Float32Array | Uint32Array>(
  perPoint: T,
  width: number,
  target: T,
): T {
  const count = perPoint.length / width;
  for (let point = 0; point < count; point++) {
    const from = point * width;
    const to = from * CORNERS;
    for (let corner = 0; corner < CORNERS; corner++)
      for (let k = 0; k < width; k++) target[to + corner * width + k] = perPoint[from + k]!;
  }
  return target;
}

/** Two triangles per quad: corners 0 1 2 and 2 1 3 of point `p` are vertices 4p … 4p + 3. */
export function quadIndices(count: number): Uint32Array {
  const indices = new Uint32Array(count * INDICES_PER_POINT);
  for (let point = 0; point < count; point++) {
    const vertex = point * CORNERS;
    indices.set(
      [vertex, vertex + 1, vertex + 2, vertex + 2, vertex + 1, vertex + 3],
      point * INDICES_PER_POINT,
    );
  }
  return indices;
}

/** The four style bytes of each point as one word, without copying when the bytes are aligned. */
export function stylesAsWords(styles: Uint8Array): Uint32Array {
  const isAligned = styles.byteOffset % 4 === 0;
  const bytes = isAligned ? styles : styles.slice();
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}
