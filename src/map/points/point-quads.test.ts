import { describe, expect, it } from 'vitest';
import { CORNERS, INDICES_PER_POINT, quadIndices, repeatPerCorner, stylesAsWords } from './point-quads.ts';

describe('repeatPerCorner', () => {
  it('writes each point’s values once for each of its four corners', () => {
    const positions = new Float32Array([0.1, 0.2, 0.3, 0.4]);
    const corners = repeatPerCorner(positions, 2, new Float32Array(2 * CORNERS * 2));
    expect([...corners]).toEqual(
      [0.1, 0.2, 0.1, 0.2, 0.1, 0.2, 0.1, 0.2, 0.3, 0.4, 0.3, 0.4, 0.3, 0.4, 0.3, 0.4].map(Math.fround),
    );
  });

  it('overwrites a reused target in place', () => {
    const target = new Uint32Array(CORNERS * 2).fill(9);
    repeatPerCorner(new Uint32Array([5, 7]), 1, target);
    expect([...target]).toEqual([5, 5, 5, 5, 7, 7, 7, 7]);
  });
});

describe('quadIndices', () => {
  it('covers each quad with two triangles of its own four vertices', () => {
    const indices = quadIndices(2);
    expect(indices).toHaveLength(2 * INDICES_PER_POINT);
    expect([...indices]).toEqual([0, 1, 2, 2, 1, 3, 4, 5, 6, 6, 5, 7]);
  });

  it('goes past 65,535 vertices (32-bit indices)', () => {
    const indices = quadIndices(20_000);
    expect(indices[indices.length - 1]).toBe(20_000 * CORNERS - 1);
  });
});

describe('stylesAsWords', () => {
  it('reads the four bytes of each style as one word, aligned or not', () => {
    const bytes = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
    const aligned = stylesAsWords(bytes);
    const unaligned = stylesAsWords(new Uint8Array(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8]).buffer, 1, 8));
    expect([...unaligned]).toEqual([...aligned]);
    expect(new Uint8Array(aligned.buffer, aligned.byteOffset, 8)).toEqual(bytes);
  });
});
