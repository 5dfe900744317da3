import { selectSummary } from './selectors.ts';
import type { AppState, AppStore } from './store.ts';

/** Every message the embedded map posts to its parent window carries this `source`. */
export const EVENT_SOURCE = 'sister-city-map';
export const EVENT_VERSION = 1;

export interface SelectionPayload {
  /** The view as a deep link query (`?lang=…&hubs=…`), the same the address bar holds. */
  query: string;
  links: number;
  partners: number;
  countries: number;
  regions: number;
  perHub: { id: string; links: number; partners: number; countries: number }[];
  /** Partner key of the open card, or null. */
  partner: string | null;
}

export type ParentEvent =
  | { source: typeof EVENT_SOURCE; version: number; type: 'ready'; selection: SelectionPayload }
  | { source: typeof EVENT_SOURCE; version: number; type: 'selection'; selection: SelectionPayload };

export function selectionPayload(state: AppState, query: string): SelectionPayload {
  const summary = selectSummary(state);
  return {
    query,
    links: summary.links,
    partners: summary.partners,
    countries: summary.countries,
    regions: summary.regions,
    perHub: summary.perHub.map(({ hub, links, partners, countries }) => ({
      id: hub.id,
      links,
      partners,
      countries,
    })),
    partner: state.partner,
  };
}

/**
 * Tells the page that embeds the map what it shows: `ready` once, then `selection` after each change of
 * filters, years or card. Only messages go out: the map never navigates or scripts its parent. The data is
 * public, so any parent origin may listen.
 */
export function postEventsToParent(
  store: AppStore,
  parent: Pick<Window, 'postMessage'>,
  currentQuery: () => string,
): () => void {
  const post = (type: ParentEvent['type']) => {
    const event: ParentEvent = {
      source: EVENT_SOURCE,
      version: EVENT_VERSION,
      type,
      selection: selectionPayload(store.getState(), currentQuery()),
    };
    parent.postMessage(event, '*');
  };
  post('ready');
  return store.subscribe(
    (state) => [selectSummary(state), state.partner] as const,
    () => post('selection'),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
}
