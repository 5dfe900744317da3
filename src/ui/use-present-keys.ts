import { useContext, useEffect } from 'react';
import { StoreContext } from './store-context.tsx';

/** Toggles full screen for the whole page; refusals (no user gesture, iframe without permission) are ignored. */
export function toggleFullscreen(): void {
  const request = document.fullscreenElement
    ? document.exitFullscreen()
    : document.documentElement.requestFullscreen();
  request.catch(() => undefined);
}

/**
 * The presenter's keys: → / PageDown and ← / PageUp step (what presentation clickers send), space plays the
 * years, F toggles full screen, Esc leaves present mode. Keys typed into a field, or space and Enter on a
 * focused button, keep their usual meaning.
 */
export function usePresentKeys(): void {
  const store = useContext(StoreContext);
  useEffect(() => {
    if (!store) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      const state = store.getState();
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
          state.showStoryStep(state.storyStep + 1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          state.showStoryStep(state.storyStep - 1);
          break;
        case ' ':
          if (target?.closest('button, summary, a')) return;
          state.setPlaying(!state.playback.playing);
          break;
        case 'f':
        case 'F':
          toggleFullscreen();
          break;
        case 'Escape':
          state.leavePresentMode();
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
