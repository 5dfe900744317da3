import { lazy, Suspense, useState } from 'react';
import { DataFileControls, DataNotices } from './data-files.tsx';
import { HeaderBar } from './header-bar.tsx';
import { FilterChips } from './filter-chips.tsx';
import { HubList } from './hub-list.tsx';
import { Legend } from './legend.tsx';
import { MapDescription } from './map-description.tsx';
import { MapView } from './map-view.tsx';
import { PartnerList } from './partner-list.tsx';
import { TimeSlider } from './time-slider.tsx';
import { SelectionSummary } from './selection-summary.tsx';
import { SkipLinks } from './skip-links.tsx';
import { useAppStore, useMessages } from './store-context.tsx';

const PresentOverlay = lazy(() =>
  import('./present-overlay.tsx').then((module) => ({ default: module.PresentOverlay })),
);

const AttractOverlay = lazy(() =>
  import('./attract-overlay.tsx').then((module) => ({ default: module.AttractOverlay })),
);

// Not in the first view: loads with the first partner hovered or opened (precached by the service worker).
const PartnerCard = lazy(() =>
  import('./partner-card.tsx').then((module) => ({ default: module.PartnerCard })),
);

function PartnerCardSlot() {
  const hasPartner = useAppStore((state) => (state.partner ?? state.hoveredPartner) !== null);
  return hasPartner ? (
    <Suspense fallback={null}>
      <PartnerCard />
    </Suspense>
  ) : null;
}

export interface AppProps {
  mountMap: (container: HTMLElement) => () => void;
}

export function App({ mountMap }: AppProps) {
  const messages = useMessages();
  const data = useAppStore((state) => state.data);
  const theme = useAppStore((state) => state.theme);
  const mode = useAppStore((state) => state.mode);
  const [isPanelOpen, setPanelOpen] = useState(false);
  const attractPhase = useAppStore((state) => state.attract.phase);
  const isKiosk = mode.kind === 'kiosk';
  const className = [
    'app',
    `theme-${theme}`,
    `mode-${mode.kind}`,
    mode.embed ? 'embed' : '',
    mode.embed && isPanelOpen ? 'panel-open' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className} data-attract={isKiosk ? attractPhase : undefined}>
      {!isKiosk && <SkipLinks />}
      <HeaderBar
        panel={
          mode.embed
            ? { isOpen: isPanelOpen, toggle: () => setPanelOpen(!isPanelOpen), controls: 'side-panel' }
            : undefined
        }
      />
      <main className="layout">
        <aside className="panel" id="side-panel" tabIndex={-1}>
          {data.kind === 'loading' && <p role="status">{messages.loading}</p>}
          {data.kind === 'error' && <p role="alert">{messages.loadFailed(data.message)}</p>}
          {data.kind === 'ready' && (
            <>
              <SelectionSummary />
              <MapDescription />
              <HubList />
              <FilterChips />
              <Legend />
              <PartnerList />
              <p className="muted small">{messages.dataSource}</p>
              <DataFileControls />
            </>
          )}
        </aside>
        <div className="map-area">
          <DataNotices />
          <div className="map-frame">
            {/* Mounted while the data loads: the basemap comes in meanwhile, not after it. */}
            {data.kind !== 'error' && <MapView mountMap={mountMap} />}
            <PartnerCardSlot />
            {mode.kind === 'present' && data.kind === 'ready' && (
              <Suspense fallback={null}>
                <PresentOverlay />
              </Suspense>
            )}
            {isKiosk && (
              <Suspense fallback={null}>
                <AttractOverlay />
              </Suspense>
            )}
          </div>
          {data.kind !== 'error' && <TimeSlider />}
        </div>
      </main>
    </div>
  );
}
