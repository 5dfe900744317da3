import { describe, expect, it } from 'vitest';
import { scaleClock } from './clock.ts';
import { createManualClock } from './manual-clock.ts';

describe('scaleClock', () => {
  it('shortens delays by the scale', () => {
    const base = createManualClock(0);
    const fast = scaleClock(base, 10);
    let fired = false;
    fast.setTimeout(() => (fired = true), 1000);
    base.advance(99);
    expect(fired).toBe(false);
    base.advance(1);
    expect(fired).toBe(true);
  });

  it('advances now() faster, from the real time it started at', () => {
    const base = createManualClock(5000);
    const fast = scaleClock(base, 60);
    expect(fast.now()).toBe(5000);
    base.advance(1000);
    expect(fast.now()).toBe(5000 + 60_000);
  });

  it('is the base clock itself at scale 1', () => {
    const base = createManualClock(0);
    expect(scaleClock(base, 1)).toBe(base);
  });
});
