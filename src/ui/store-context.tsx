import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { addressOf, viewOf } from '../state/url-history.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { messagesFor } from '../i18n/index.ts';
import { cancelAfterNextFrame, runAfterNextFrame } from './after-frame.ts';
import type { Messages } from '../i18n/index.ts';

export const StoreContext = createContext<AppStore | null>(null);

function useStoreFromContext(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('the app store needs a <StoreContext.Provider>');
  return store;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useStoreFromContext(), selector);
}

/**
 * Like {@link useAppStore} for figures that follow the map: a change reaches the component only after the
 * next frame has been drawn, so a filter change shows on the map first, and the panel renders once for
 * all the changes of a frame. Not for a control's own value, which must follow the input at once.
 */
export function useAppStoreAfterFrame<T>(selector: (state: AppState) => T): T {
  const store = useStoreFromContext();
  const [value, setValue] = useState(() => selector(store.getState()));
  const latestSelector = useRef(selector);
  useEffect(() => {
    latestSelector.current = selector;
  });
  useEffect(() => {
    let shown: T | undefined;
    const update = () => {
      const next = latestSelector.current(store.getState());
      if (Object.is(next, shown)) return;
      shown = next;
      setValue(() => next);
    };
    update(); // a change between the first render and this effect
    // The selector runs in `update` only: a change costs its own task nothing but this.
    const unsubscribe = store.subscribe(() => runAfterNextFrame(update));
    return () => {
      unsubscribe();
      cancelAfterNextFrame(update);
    };
  }, [store]);
  return value;
}

/** The whole store's actions, which never change identity. */
export function useActions(): AppState {
  return useStoreFromContext().getState();
}

export function useMessages(): Messages {
  return messagesFor(useAppStore((state) => state.lang));
}

/** The page's absolute address for the view on screen (the address bar follows a change a moment later). */
export function useViewAddress(): string {
  const view = useAppStore(useShallow(viewOf));
  return new URL(addressOf(view, window.location), window.location.href).href;
}
