import type { Story } from '../data/index.ts';
import type { AppState } from './store.ts';

/** The presentation: the story (loaded on demand, see main.tsx) and the step on screen. */
export interface StorySlice {
  story: Story | null;
  /** The presenter asked for present mode before the story was loaded; entered once it is. */
  presentRequested: boolean;
  storyError: string | null;
  /** 0-based index of the step shown in present mode. */
  storyStep: number;
  setStory: (story: Story) => void;
  setStoryError: (message: string) => void;
  /** Shows a step, clamped to the story; the story binding moves the view and the URL. */
  showStoryStep: (index: number) => void;
  enterPresentMode: () => void;
  /** Enters present mode now, or asks for the story and enters once it is there. */
  requestPresentMode: () => void;
  /** Back to the normal app, keeping the view of the current step. */
  leavePresentMode: () => void;
}

type Set = (partial: Partial<AppState>) => void;
type Get = () => AppState;

export function createStorySlice(set: Set, get: Get): StorySlice {
  return {
    story: null,
    presentRequested: false,
    storyError: null,
    storyStep: 0,
    setStory: (story) => set({ story, storyError: null }),
    setStoryError: (storyError) => set({ storyError, presentRequested: false }),
    showStoryStep: (index) => {
      const count = get().story?.steps.length ?? 0;
      if (count === 0) return;
      set({ storyStep: Math.max(0, Math.min(count - 1, index)) });
    },
    enterPresentMode: () => {
      const { mode, story } = get();
      if (!story || mode.kind !== 'normal') return;
      set({ mode: { ...mode, kind: 'present' }, storyStep: 0, presentRequested: false });
    },
    requestPresentMode: () => {
      if (get().story) get().enterPresentMode();
      else set({ presentRequested: true, storyError: null });
    },
    leavePresentMode: () => {
      const { mode } = get();
      if (mode.kind === 'present') set({ mode: { ...mode, kind: 'normal' } });
    },
  };
}
