import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cancelAfterNextFrame, runAfterNextFrame } from './after-frame.ts';

describe('runAfterNextFrame', () => {
  let frames: Array<() => void>;
  let idle: Array<{ run: () => void; timeout: number | undefined }>;

  beforeEach(() => {
    frames = [];
    idle = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout?: number }) =>
      idle.push({ run, timeout: options?.timeout }),
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  const drawFrame = () => frames.splice(0).forEach((callback) => callback());
  const goIdle = () => idle.splice(0).forEach(({ run }) => run());

  it('waits for the frame and then for an idle moment, with a bound on the wait', () => {
    const task = vi.fn();
    runAfterNextFrame(task);
    goIdle();
    expect(task).not.toHaveBeenCalled();
    drawFrame();
    expect(task).not.toHaveBeenCalled();
    expect(idle.map(({ timeout }) => timeout)).toEqual([50]);
    goIdle();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs each task once however often it was queued before the frame, all in one go', () => {
    const order: string[] = [];
    const first = () => order.push('first');
    const second = () => order.push('second');
    runAfterNextFrame(first);
    runAfterNextFrame(second);
    runAfterNextFrame(first);
    expect(frames).toHaveLength(1);
    drawFrame();
    goIdle();
    expect(order).toEqual(['first', 'second']);
    runAfterNextFrame(first);
    expect(frames, 'a later change waits for a later frame').toHaveLength(1);
    drawFrame();
    goIdle();
    expect(order).toEqual(['first', 'second', 'first']);
  });

  it('forgets a cancelled task', () => {
    const task = vi.fn();
    runAfterNextFrame(task);
    cancelAfterNextFrame(task);
    expect(frames).toHaveLength(1);
    drawFrame();
    goIdle();
    expect(task).not.toHaveBeenCalled();
  });

  it('falls back to a task after the frame where there are no idle callbacks', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    try {
      const task = vi.fn();
      runAfterNextFrame(task);
      drawFrame();
      expect(task).not.toHaveBeenCalled();
      vi.runAllTimers();
      expect(task).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
