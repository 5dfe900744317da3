import { describe, expect, it } from 'vitest';
import { nearestPickedArc } from './picking.ts';

function square(size: number, ids: Record<number, number>): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (const [pixel, arc] of Object.entries(ids)) {
    const id = arc + 1;
    pixels.set([id & 255, (id >> 8) & 255, (id >> 16) & 255, (id >>> 24) & 255], Number(pixel) * 4);
  }
  return pixels;
}

describe('nearestPickedArc', () => {
  it('returns null when nothing was drawn', () => {
    expect(nearestPickedArc(square(3, {}), 3)).toBeNull();
  });

  it('decodes arc index 0 and large indices from the id colour', () => {
    expect(nearestPickedArc(square(1, { 0: 0 }), 1)).toBe(0);
    expect(nearestPickedArc(square(1, { 0: 49_999 }), 1)).toBe(49_999);
    expect(nearestPickedArc(square(1, { 0: 0x7fff_fffe }), 1)).toBe(0x7fff_fffe);
  });

  it('prefers the arc nearest the centre of the square', () => {
    // 5×5 square, centre pixel 12; pixel 0 is a corner, pixel 13 is next to the centre.
    expect(nearestPickedArc(square(5, { 0: 7, 13: 42 }), 5)).toBe(42);
  });
});
