import { formatList } from '../i18n/index.ts';
import { selectSummary } from '../state/selectors.ts';
import { useAppStore, useMessages } from './store-context.tsx';

/** What a screen reader hears for the map: a sentence about the current selection, announced politely. */
export function MapDescription() {
  const messages = useMessages();
  const lang = useAppStore((state) => state.lang);
  const summary = useAppStore(selectSummary);
  const hubNames = summary.perHub
    .filter((entry) => entry.links > 0)
    .map((entry) => (lang === 'zh' ? entry.hub.nameZh : entry.hub.nameEn));
  return (
    <p className="sr-only" aria-live="polite" data-testid="map-description">
      {messages.mapDescription(summary.partners, summary.countries, formatList(hubNames, lang))}
    </p>
  );
}
