import { lazy, Suspense, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { shareUrl } from '../state/share-links.ts';
import { ExportMenu } from './export-menu.tsx';
import { PresentButton } from './present-button.tsx';
import { ThemeToggle } from './theme-toggle.tsx';
import { useActions, useAppStore, useMessages, useViewAddress } from './store-context.tsx';
import { usePrefersReducedMotion } from './use-reduced-motion.ts';

const ShareDialog = lazy(() =>
  import('./share-dialog.tsx').then((module) => ({ default: module.ShareDialog })),
);

export interface HeaderBarProps {
  /** Embedded: the side panel is folded away behind this toggle on small frames. */
  panel?: { isOpen: boolean; toggle: () => void; controls: string };
}

export function HeaderBar({ panel }: HeaderBarProps) {
  const messages = useMessages();
  const { lang, labels, projection, flow } = useAppStore(
    useShallow((state) => ({
      lang: state.lang,
      labels: state.labels,
      projection: state.projection,
      flow: state.flow,
    })),
  );
  const actions = useActions();
  const isEmbedded = useAppStore((state) => state.mode.embed);
  const [isSharing, setSharing] = useState(false);
  const prefersReducedMotion = usePrefersReducedMotion();
  return (
    <header className="header-bar">
      <div className="titles">
        <h1>{messages.appTitle}</h1>
        <p className="subtitle">{messages.appSubtitle}</p>
      </div>
      <div className="header-controls">
        {panel && (
          <button
            type="button"
            className="panel-toggle"
            aria-expanded={panel.isOpen}
            aria-controls={panel.controls}
            onClick={panel.toggle}
          >
            {messages.embed.showPanel}
          </button>
        )}
        <div className="segmented" role="group" aria-label={messages.projection.label}>
          {(['mercator', 'globe'] as const).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={projection === value}
              onClick={() => actions.setProjection(value)}
            >
              {messages.projection[value]}
            </button>
          ))}
        </div>
        <label
          className="toggle toggle-flow"
          title={prefersReducedMotion ? messages.flowOffForReducedMotion : undefined}
        >
          <input
            type="checkbox"
            checked={flow && !prefersReducedMotion}
            disabled={prefersReducedMotion}
            aria-describedby={prefersReducedMotion ? 'flow-reduced-motion' : undefined}
            onChange={(event) => actions.setFlow(event.target.checked)}
          />
          {messages.flowToggle}
          {prefersReducedMotion && (
            <span id="flow-reduced-motion" className="sr-only">
              {messages.flowOffForReducedMotion}
            </span>
          )}
        </label>
        <label className="toggle toggle-labels">
          <input
            type="checkbox"
            checked={labels === 'both'}
            onChange={(event) => actions.setLabels(event.target.checked ? 'both' : 'lang')}
          />
          {messages.bilingualLabels}
        </label>
        {!isEmbedded && <ThemeToggle />}
        {!isEmbedded && <PresentButton />}
        <ExportMenu />
        <button
          type="button"
          className="lang-toggle"
          title={messages.languageToggle}
          onClick={() => actions.setLang(lang === 'zh' ? 'en' : 'zh')}
        >
          {/* The name read out starts with the visible 中/EN and goes on in the language switched to. */}
          <span lang="zh-CN" className={lang === 'zh' ? 'active' : ''}>
            中
          </span>
          <span aria-hidden="true">/</span>
          <span lang="en" className={lang === 'en' ? 'active' : ''}>
            EN
          </span>
          <span className="sr-only" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
            {messages.languageToggle}
          </span>
        </button>
        {isEmbedded ? (
          <OpenFullMapLink label={messages.embed.openFullMap} />
        ) : (
          <button type="button" onClick={() => setSharing(true)}>
            {messages.share.button}
          </button>
        )}
        {isSharing && (
          <Suspense fallback={null}>
            <ShareDialog onClose={() => setSharing(false)} />
          </Suspense>
        )}
      </div>
    </header>
  );
}

/** A new tab: an embedded map never navigates the page around it. */
function OpenFullMapLink({ label }: { label: string }) {
  const address = useViewAddress();
  return (
    <a className="button-link" href={shareUrl(address)} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}
