import type { Story } from '../data/index.ts';
import { cameraOfStoryStep, filtersOfStoryStep, storyStepFromQuery } from './story-view.ts';
import type { AppStore } from './store.ts';
import { serializeViewToQuery } from './url.ts';
import { viewOf } from './url-history.ts';

/**
 * Binds the presentation to the address bar: each step is a history entry `?mode=present&step=3` carrying
 * that step's view, so back/forward and reloading a step URL show the same slide; leaving present mode
 * pushes the same view without `mode`/`step`. Must be bound after `bindViewToHistory`: its popstate handler
 * has already restored the view when this one restores the step.
 */
export function bindStoryToHistory(store: AppStore, story: Story, win: Window = window): () => void {
  store.getState().setStory(story);
  let isApplyingUrl = false;

  const withoutPresent = () => {
    const params = new URLSearchParams(win.location.search);
    params.delete('mode');
    params.delete('step');
    return params;
  };
  const go = (query: string, how: 'push' | 'replace') => {
    const url = `${win.location.pathname}?${query}${win.location.hash}`;
    if (how === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };

  /** Writes the step's URL first, so that the view-to-URL binding finds it up to date and adds no entry. */
  const showStep = (index: number, how: 'push' | 'replace') => {
    const step = story.steps[index];
    if (!step) return;
    const state = store.getState();
    const filters = filtersOfStoryStep(step.view);
    const camera = cameraOfStoryStep(step.view);
    const params = withoutPresent();
    params.set('mode', 'present');
    params.set('step', String(index + 1));
    const view = { ...viewOf(state), filters, partner: null, camera: camera ?? state.camera };
    go(serializeViewToQuery(view, params.toString()), how);
    state.applyViewState({ filters, partner: null, ...(camera ? { camera } : {}) });
    if (!camera) state.fitSelection();
  };

  const applyUrl = () => {
    const kind = store.getState().mode.kind;
    if (kind === 'kiosk') return;
    const isPresent = new URLSearchParams(win.location.search).get('mode') === 'present';
    const { index, warning } = storyStepFromQuery(win.location.search, story.steps.length);
    if (warning && isPresent) console.warn(warning);
    isApplyingUrl = true;
    store.setState({
      mode: { ...store.getState().mode, kind: isPresent ? 'present' : 'normal' },
      storyStep: index,
    });
    isApplyingUrl = false;
  };

  if (store.getState().mode.kind === 'present') {
    applyUrl();
    showStep(store.getState().storyStep, 'replace');
  }

  const unsubscribe = store.subscribe(
    (state) => [state.mode.kind, state.storyStep] as const,
    ([kind, step], [previousKind]) => {
      if (isApplyingUrl) return;
      if (kind === 'present') showStep(step, 'push');
      else if (previousKind === 'present')
        go(serializeViewToQuery(viewOf(store.getState()), withoutPresent().toString()), 'push');
    },
    { equalityFn: ([a, b], [c, d]) => a === c && b === d },
  );
  win.addEventListener('popstate', applyUrl);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', applyUrl);
  };
}
