import { useActions, useAppStore, useMessages } from './store-context.tsx';

/** Starts the story from its first step (`?mode=present&step=1`). */
export function PresentButton() {
  const messages = useMessages();
  const hasStory = useAppStore((state) => state.story !== null);
  const actions = useActions();
  return (
    <button type="button" className="present-button" disabled={!hasStory} onClick={actions.enterPresentMode}>
      {messages.present.enter}
    </button>
  );
}
