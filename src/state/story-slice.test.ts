import { describe, expect, it } from 'vitest';
import type { Story } from '../data/index.ts';
import { createAppStore } from './store.ts';
import { ALL_STORY_VIEW } from './test-fixtures.ts';

const step = (id: string) => ({
  id,
  title: { zh: id, en: id },
  caption: { zh: id, en: id },
  view: ALL_STORY_VIEW,
});
const STORY: Story = { steps: [step('a'), step('b'), step('c')] };

describe('story slice', () => {
  it('keeps the step inside the story', () => {
    const store = createAppStore();
    store.getState().setStory(STORY);
    store.getState().showStoryStep(5);
    expect(store.getState().storyStep).toBe(2);
    store.getState().showStoryStep(-1);
    expect(store.getState().storyStep).toBe(0);
  });

  it('enters present mode only once the story is there, at its first step, and leaves it', () => {
    const store = createAppStore();
    store.getState().enterPresentMode();
    expect(store.getState().mode.kind).toBe('normal');
    store.getState().setStory(STORY);
    store.getState().showStoryStep(2);
    store.getState().enterPresentMode();
    expect(store.getState()).toMatchObject({ mode: { kind: 'present' }, storyStep: 0 });
    store.getState().leavePresentMode();
    expect(store.getState().mode.kind).toBe('normal');
  });

  it('remembers a request for present mode made before the story was loaded', () => {
    const store = createAppStore();
    store.getState().requestPresentMode();
    expect(store.getState()).toMatchObject({ presentRequested: true, mode: { kind: 'normal' } });
    store.getState().setStory(STORY);
    store.getState().enterPresentMode();
    expect(store.getState()).toMatchObject({ presentRequested: false, mode: { kind: 'present' } });
    store.getState().leavePresentMode();
    store.getState().requestPresentMode();
    expect(store.getState().mode.kind).toBe('present');
  });
});

describe('export slice', () => {
  it('runs one export at a time and keeps the last error until the next request', () => {
    const store = createAppStore();
    store.getState().requestExport('uhd');
    const job = store.getState().exportJob;
    expect(job).toMatchObject({ size: 'uhd' });
    store.getState().requestExport('screen');
    expect(store.getState().exportJob).toBe(job);
    store.getState().finishExport('no WebGL');
    expect(store.getState()).toMatchObject({ exportJob: null, exportError: 'no WebGL' });
    store.getState().requestExport('screen');
    expect(store.getState()).toMatchObject({ exportJob: { size: 'screen' }, exportError: null });
  });
});
