import { useActions, useAppStore, useMessages } from './store-context.tsx';

/** Switches the high-contrast projector theme on and off; the URL keeps it (`theme=projector`). */
export function ThemeToggle() {
  const messages = useMessages();
  const theme = useAppStore((state) => state.theme);
  const actions = useActions();
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={theme === 'projector'}
      onClick={() => actions.setTheme(theme === 'projector' ? 'default' : 'projector')}
    >
      {messages.projectorTheme}
    </button>
  );
}
