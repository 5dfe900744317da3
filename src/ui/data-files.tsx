import { lazy, Suspense, useContext, useEffect, useRef, useState } from 'react';
import { StoreContext, useActions, useAppStore, useMessages } from './store-context.tsx';
import { openDataFiles } from './open-data-files.ts';
import type { DataOrigin } from '../state/store.ts';

const MAX_LISTED_PROBLEMS = 20;
const ProblemList = lazy(() => import('./problem-list.tsx'));

function useOpenFiles(): { isReading: boolean; open: (files: readonly File[]) => void } {
  const store = useContext(StoreContext);
  const [isReading, setReading] = useState(false);
  const open = (files: readonly File[]) => {
    if (!store || files.length === 0) return;
    setReading(true);
    void openDataFiles(store, files).finally(() => setReading(false));
  };
  return { isReading, open };
}

/** A button for the keyboard, and the whole window as a drop target for the mouse. */
export function DataFileControls() {
  const messages = useMessages();
  const input = useRef<HTMLInputElement>(null);
  const { isReading, open } = useOpenFiles();
  const [isDragging, setDragging] = useState(false);

  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      open([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  });

  return (
    <div className="data-files">
      <input
        ref={input}
        type="file"
        hidden
        multiple
        accept=".csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,application/json"
        data-testid="data-file-input"
        onChange={(event) => {
          open([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
      <button type="button" onClick={() => input.current?.click()} disabled={isReading}>
        {messages.dataFiles.open}
      </button>
      <p className="muted small">{isReading ? messages.dataFiles.reading : messages.dataFiles.openHint}</p>
      {isDragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{messages.dataFiles.dropHint}</p>
        </div>
      )}
    </div>
  );
}

/** Always on screen while the map shows anything but the official data, and when a file was refused. */
export function DataNotices() {
  const messages = useMessages();
  const actions = useActions();
  const loadedOrigin = useAppStore((state) => state.dataOrigin);
  // A site's file is announced as it loads, so the map does not shift down under the banner once it is in.
  const loadingSiteFile = useAppStore((state) => (state.data.kind === 'loading' ? state.mode.dataUrl : null));
  const origin: DataOrigin =
    loadingSiteFile !== null ? { kind: 'site-file', url: loadingSiteFile } : loadedOrigin;
  const refusedUrl = useAppStore((state) => state.refusedDataUrl);
  const problems = useAppStore((state) => state.dataProblems);
  const errorCount = problems?.issues.filter((issue) => issue.severity === 'error').length ?? 0;
  return (
    <>
      {origin.kind !== 'official' && (
        <div className="data-banner" role="status" data-testid="custom-data-banner">
          <strong>
            {origin.kind === 'custom'
              ? messages.dataFiles.customBanner(origin.fileNames.join(', '))
              : messages.dataFiles.siteFileBanner(origin.url)}
          </strong>
          {origin.kind === 'custom' && (
            <button type="button" onClick={actions.restoreOfficialDataset}>
              {messages.dataFiles.backToOfficial}
            </button>
          )}
        </div>
      )}
      {refusedUrl !== null && (
        <div className="data-notice" role="alert" data-testid="refused-data">
          <p>{messages.dataFiles.refused(refusedUrl)}</p>
          <button type="button" onClick={() => actions.setRefusedDataUrl(null)}>
            {messages.dataFiles.dismiss}
          </button>
        </div>
      )}
      {problems && (
        <section className="data-notice" role="alert" data-testid="data-problems">
          <h2>{messages.dataFiles.problemsHeading(errorCount)}</h2>
          <Suspense fallback={null}>
            <ProblemList issues={problems.issues.slice(0, MAX_LISTED_PROBLEMS)} />
          </Suspense>
          {problems.issues.length > MAX_LISTED_PROBLEMS && (
            <p>{messages.dataFiles.moreProblems(problems.issues.length - MAX_LISTED_PROBLEMS)}</p>
          )}
          <button type="button" onClick={() => actions.setDataProblems(null)}>
            {messages.dataFiles.dismiss}
          </button>
        </section>
      )}
    </>
  );
}
