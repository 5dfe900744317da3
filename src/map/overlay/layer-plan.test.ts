import { describe, expect, it } from 'vitest';
import { planArcLayer, type ArcLayerContent } from './layer-plan.ts';

const hubs = new Set([1, 2]);
const content = (highlightYear: number, yearMax = highlightYear, key: object = {}): ArcLayerContent => ({
  key: { camera: 3, hubs, regionMask: 0xffff, ...key },
  highlightYear,
  yearMax,
});

describe('planArcLayer', () => {
  it('redraws a layer that holds nothing yet', () => {
    expect(planArcLayer(null, content(1990))).toEqual({ kind: 'redraw' });
  });

  it('keeps the layer while only the pulse moves', () => {
    expect(planArcLayer(content(1990), content(1990))).toEqual({ kind: 'keep' });
  });

  it('extends the layer from the year that stops pulsing when the range grows', () => {
    expect(planArcLayer(content(1990), content(1991))).toEqual({ kind: 'extend', fromYear: 1990 });
    expect(planArcLayer(content(1990), content(1993))).toEqual({ kind: 'extend', fromYear: 1990 });
  });

  it('redraws when the range shrinks or wraps round to its start', () => {
    expect(planArcLayer(content(1991), content(1990))).toEqual({ kind: 'redraw' });
  });

  it('redraws when the highlighted year is not the last one of the range', () => {
    expect(planArcLayer(content(1990, 1995), content(1991, 1995))).toEqual({ kind: 'redraw' });
    expect(planArcLayer(content(1990), content(1991, 1995))).toEqual({ kind: 'redraw' });
    expect(planArcLayer(content(1990, 1995), content(1990, 1996))).toEqual({ kind: 'redraw' });
  });

  it('redraws when anything else in the key changed: camera, a filter, the hubs set', () => {
    expect(planArcLayer(content(1990), content(1991, 1991, { camera: 4 }))).toEqual({ kind: 'redraw' });
    expect(planArcLayer(content(1990), content(1990, 1990, { regionMask: 1 }))).toEqual({ kind: 'redraw' });
    expect(planArcLayer(content(1990), content(1991, 1991, { hubs: new Set([1, 2]) }))).toEqual({
      kind: 'redraw',
    });
  });
});
