import { useMemo } from 'react';
import { formatList } from '../i18n/index.ts';
import { selectSummary } from '../state/selectors.ts';
import type { SelectionSummary } from '../state/selectors.ts';
import type { AppState } from '../state/store.ts';
import { useAppStore, useAppStoreAfterFrame, useMessages } from './store-context.tsx';

/** The summary as it was when playback started: a screen reader hears the result, not every year on the way. */
function createSelectAnnouncedSummary() {
  let announced: SelectionSummary | null = null;
  return (state: AppState): SelectionSummary => {
    if (announced === null || !state.playback.playing) announced = selectSummary(state);
    return announced;
  };
}

/** What a screen reader hears for the map: a sentence about the current selection, announced politely. */
export function MapDescription() {
  const messages = useMessages();
  const lang = useAppStore((state) => state.lang);
  const selectAnnouncedSummary = useMemo(() => createSelectAnnouncedSummary(), []);
  const summary = useAppStoreAfterFrame(selectAnnouncedSummary);
  const hubNames = summary.perHub
    .filter((entry) => entry.links > 0)
    .map((entry) => (lang === 'zh' ? entry.hub.nameZh : entry.hub.nameEn));
  return (
    <p className="sr-only" aria-live="polite" data-testid="map-description">
      {messages.mapDescription(summary.partners, summary.countries, formatList(hubNames, lang))}
    </p>
  );
}
