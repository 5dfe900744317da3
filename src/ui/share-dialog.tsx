import { useEffect, useRef, useState } from 'react';
import { embedUrl, iframeSnippet, shareUrl } from '../state/share-links.ts';
import { useMessages, useViewAddress } from './store-context.tsx';

type CopyState = 'idle' | 'copied' | 'failed';

function CopyField({
  id,
  label,
  value,
  multiline,
}: {
  id: string;
  label: string;
  value: string;
  multiline?: boolean;
}) {
  const messages = useMessages();
  const [state, setState] = useState<CopyState>('idle');
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const copy = () => {
    field.current?.select();
    navigator.clipboard.writeText(value).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  const props = { id, ref: field, value, readOnly: true, onFocus: () => field.current?.select() };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={5} {...props} /> : <input type="text" {...props} />}
      <div className="copy-row">
        <button type="button" onClick={copy}>
          {messages.share.copy}
        </button>
        <span role="status" className="muted small">
          {state === 'copied' ? messages.share.copied : state === 'failed' ? messages.share.copyFailed : ''}
        </span>
      </div>
    </div>
  );
}

/** The deep link of the current view and an iframe snippet for a municipal page, each with a copy button. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const messages = useMessages();
  const dialog = useRef<HTMLDialogElement>(null);
  const href = useViewAddress();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    return () => element.close();
  }, []);

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={onClose}>
      <h2 id="share-title">{messages.share.title}</h2>
      <CopyField id="share-link" label={messages.share.linkLabel} value={shareUrl(href)} />
      <CopyField
        id="share-snippet"
        label={messages.share.snippetLabel}
        value={iframeSnippet(embedUrl(href), messages.appTitle)}
        multiline
      />
      <p className="muted small">{messages.share.snippetHint}</p>
      <button type="button" className="dialog-close" onClick={onClose}>
        {messages.share.close}
      </button>
    </dialog>
  );
}
