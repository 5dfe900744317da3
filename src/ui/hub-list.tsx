import { selectClaimsByHub, selectHubColors, selectHubFacetSummary } from '../state/selectors.ts';
import { useActions, useAppStore, useAppStoreAfterFrame, useMessages } from './store-context.tsx';

/** The home cities: each a toggle that filters the map, and the colour key for the arcs. */
export function HubList() {
  const messages = useMessages();
  const lang = useAppStore((state) => state.lang);
  const selectedHubs = useAppStore((state) => state.filters.hubs);
  const summary = useAppStoreAfterFrame(selectHubFacetSummary);
  const colors = useAppStore(selectHubColors);
  const claims = useAppStore(selectClaimsByHub);
  const actions = useActions();
  return (
    <section aria-labelledby="hubs-heading">
      <h2 id="hubs-heading">{messages.hubsHeading}</h2>
      <ul className="hub-list">
        {summary.perHub.map(({ hub, partners, countries }) => (
          <li key={hub.id}>
            <button
              type="button"
              className="hub-chip"
              aria-pressed={selectedHubs === null || selectedHubs.includes(hub.id)}
              onClick={() => actions.toggleFilterValue('hubs', hub.id)}
              data-testid={`hub-${hub.id}`}
            >
              <span className="swatch" style={{ background: colors.get(hub.id) }} aria-hidden="true" />
              <span className="hub-name">{lang === 'zh' ? hub.nameZh : hub.nameEn}</span>
              <span className="hub-figures">{messages.hubLinks(partners, countries)}</span>
              {claims.get(hub.id)?.map(({ claim, documented }) => (
                <span key={claim.kind} className="hub-claim">
                  {messages.documentedOfClaimed(documented, claim.count, claim.kind, claim.asOf)}
                </span>
              ))}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
