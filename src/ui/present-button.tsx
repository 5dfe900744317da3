import { useActions, useAppStore, useMessages } from './store-context.tsx';

/** Starts the story from its first step (`?mode=present&step=1`); the story is loaded on the first click. */
export function PresentButton() {
  const messages = useMessages();
  const isLoading = useAppStore((state) => state.presentRequested && state.story === null);
  const storyError = useAppStore((state) => state.storyError);
  const actions = useActions();
  return (
    <>
      <button
        type="button"
        className="present-button"
        aria-busy={isLoading}
        disabled={isLoading}
        onClick={actions.requestPresentMode}
      >
        {messages.present.enter}
      </button>
      {storyError && (
        <p role="alert" className="present-error">
          {messages.present.storyFailed(storyError)}
        </p>
      )}
    </>
  );
}
