import { describe, expect, it } from 'vitest';
import { hubPalette, toRgb } from './hub-colors.ts';

describe('hubPalette', () => {
  it('uses the colour-blind-safe palette for a handful of hubs', () => {
    expect(hubPalette(4)).toEqual(['#E69F00', '#56B4E9', '#F0E442', '#CC79A7']);
  });

  it('gives a national dataset one distinct, valid colour per hub', () => {
    const palette = hubPalette(400);
    expect(palette).toHaveLength(400);
    expect(new Set(palette).size).toBe(400);
    for (const hex of palette) expect(hex).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('toRgb', () => {
  it('reads CSS colours and falls back to grey', () => {
    expect(toRgb('#E69F00')).toEqual([230, 159, 0]);
    expect(toRgb('not a colour')).toEqual([128, 128, 128]);
  });
});
