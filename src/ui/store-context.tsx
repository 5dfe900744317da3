import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { addressOf, viewOf } from '../state/url-history.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { messagesFor } from '../i18n/index.ts';
import type { Messages } from '../i18n/index.ts';

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreContext.Provider>');
  return useStore(store, selector);
}

/** The whole store's actions, which never change identity. */
export function useActions(): AppState {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useActions needs a <StoreContext.Provider>');
  return store.getState();
}

export function useMessages(): Messages {
  return messagesFor(useAppStore((state) => state.lang));
}

/** The page's absolute address for the view on screen (the address bar follows a change a moment later). */
export function useViewAddress(): string {
  const view = useAppStore(useShallow(viewOf));
  return new URL(addressOf(view, window.location), window.location.href).href;
}
