import { selectSummary } from '../state/selectors.ts';
import { useAppStoreAfterFrame, useMessages } from './store-context.tsx';

/** Numbers first so tests and screen readers get the figures: partners, countries, regions of the selection. */
export function SelectionSummary() {
  const messages = useMessages();
  const summary = useAppStoreAfterFrame(selectSummary);
  return (
    <p className="summary" data-testid="summary" aria-live="polite">
      {messages.summary(summary.partners, summary.countries, summary.regions)}
    </p>
  );
}
