import { useShallow } from 'zustand/react/shallow';
import { ExportMenu } from './export-menu.tsx';
import { PresentButton } from './present-button.tsx';
import { ThemeToggle } from './theme-toggle.tsx';
import { useActions, useAppStore, useMessages } from './store-context.tsx';

export function HeaderBar() {
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
  return (
    <header className="header-bar">
      <div className="titles">
        <h1>{messages.appTitle}</h1>
        <p className="subtitle">{messages.appSubtitle}</p>
      </div>
      <div className="header-controls">
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
        <label className="toggle toggle-flow">
          <input type="checkbox" checked={flow} onChange={(event) => actions.setFlow(event.target.checked)} />
          {messages.flowToggle}
        </label>
        <label className="toggle toggle-labels">
          <input
            type="checkbox"
            checked={labels === 'both'}
            onChange={(event) => actions.setLabels(event.target.checked ? 'both' : 'lang')}
          />
          {messages.bilingualLabels}
        </label>
        <ThemeToggle />
        <PresentButton />
        <ExportMenu />
        <button
          type="button"
          className="lang-toggle"
          aria-label={messages.languageToggle}
          title={messages.languageToggle}
          onClick={() => actions.setLang(lang === 'zh' ? 'en' : 'zh')}
        >
          <span aria-hidden="true" className={lang === 'zh' ? 'active' : ''}>
            中
          </span>
          <span aria-hidden="true">/</span>
          <span aria-hidden="true" className={lang === 'en' ? 'active' : ''}>
            EN
          </span>
        </button>
      </div>
    </header>
  );
}
