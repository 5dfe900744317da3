import type { ExportSize } from '../state/export-slice.ts';
import { useActions, useAppStore, useMessages } from './store-context.tsx';

/** Saves the current view as a PNG, at screen size or 3840×2160; the map renders it, the browser downloads it. */
export function ExportMenu() {
  const messages = useMessages();
  const job = useAppStore((state) => state.exportJob);
  const error = useAppStore((state) => state.exportError);
  const actions = useActions();
  const sizes: [ExportSize, string][] = [
    ['screen', messages.exportImage.screen],
    ['uhd', messages.exportImage.uhd],
  ];
  return (
    <details className="export-menu">
      <summary>{messages.exportImage.button}</summary>
      <div className="export-options">
        {sizes.map(([size, label]) => (
          <button
            key={size}
            type="button"
            disabled={job !== null}
            onClick={() => actions.requestExport(size)}
          >
            {label}
          </button>
        ))}
        <p role="status" className="export-status" data-testid="export-status">
          {job ? messages.exportImage.working : ''}
        </p>
        {error && (
          <p role="alert" className="export-status">
            {messages.exportImage.failed(error)}
          </p>
        )}
      </div>
    </details>
  );
}
