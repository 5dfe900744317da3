import type { MouseEvent } from 'react';
import { fillTemplate } from '../i18n/template.ts';
import { selectStoryValues } from '../state/story-values.ts';
import { ExportMenu } from './export-menu.tsx';
import { useActions, useAppStore, useMessages } from './store-context.tsx';
import { ThemeToggle } from './theme-toggle.tsx';
import { toggleFullscreen, usePresentKeys } from './use-present-keys.ts';
import './present.css';

/** A mouse click should not leave focus on the button, or the presenter's next space would press it again. */
const releaseAfterClick = (action: () => void) => (event: MouseEvent<HTMLButtonElement>) => {
  action();
  if (event.detail > 0) event.currentTarget.blur();
};

/** Present mode over the map: the step's title and caption, where we are, and a few quiet controls. */
export function PresentOverlay() {
  usePresentKeys();
  const messages = useMessages();
  const lang = useAppStore((state) => state.lang);
  const story = useAppStore((state) => state.story);
  const storyError = useAppStore((state) => state.storyError);
  const index = useAppStore((state) => state.storyStep);
  const values = useAppStore(selectStoryValues);
  const playback = useAppStore((state) => state.playback);
  const actions = useActions();
  const step = story?.steps[index];
  const total = story?.steps.length ?? 0;
  return (
    <section className="present-overlay" aria-label={messages.present.overlay}>
      {storyError && <p role="alert">{messages.present.storyFailed(storyError)}</p>}
      {step && (
        <div className="present-caption" data-covers-map="">
          <p className="present-step" data-testid="present-step">
            {messages.present.stepOf(index + 1, total)}
          </p>
          <h1 data-testid="present-title">{step.title[lang]}</h1>
          <p className="present-text" aria-live="polite" data-testid="present-caption">
            {fillTemplate(step.caption[lang], values, lang)}
          </p>
        </div>
      )}
      {playback.playing && (
        <output className="present-year" aria-live="off" data-covers-map="">
          {values.to}
        </output>
      )}
      <div
        className="present-toolbar"
        role="toolbar"
        aria-label={messages.present.toolbar}
        data-covers-map=""
      >
        <button
          type="button"
          aria-label={messages.present.previous}
          title={messages.present.previous}
          disabled={index <= 0}
          onClick={releaseAfterClick(() => actions.showStoryStep(index - 1))}
        >
          ←
        </button>
        <button
          type="button"
          aria-label={messages.present.next}
          title={messages.present.next}
          disabled={index >= total - 1}
          onClick={releaseAfterClick(() => actions.showStoryStep(index + 1))}
        >
          →
        </button>
        <button type="button" onClick={releaseAfterClick(() => actions.setPlaying(!playback.playing))}>
          {playback.playing ? messages.time.pause : messages.time.play}
        </button>
        <ThemeToggle />
        <ExportMenu />
        <button type="button" onClick={releaseAfterClick(toggleFullscreen)}>
          {messages.present.fullscreen}
        </button>
        <button type="button" onClick={actions.leavePresentMode}>
          {messages.present.exit}
        </button>
      </div>
    </section>
  );
}
