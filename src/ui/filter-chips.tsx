import { RELATION_TYPES, SIGNER_LEVELS } from '../data/index.ts';
import { formatInteger } from '../i18n/index.ts';
import { selectFacetCounts } from '../state/facets.ts';
import { selectDatasetRegions } from '../state/selectors.ts';
import type { ListFilterKey } from '../state/store.ts';
import { useActions, useAppStore, useAppStoreAfterFrame, useMessages } from './store-context.tsx';

interface ChipGroupProps<T extends string> {
  filterKey: Exclude<ListFilterKey, 'hubs'>;
  heading: string;
  values: readonly T[];
  label: (value: T) => string;
  counts: ReadonlyMap<T, number>;
}

function ChipGroup<T extends string>({ filterKey, heading, values, label, counts }: ChipGroupProps<T>) {
  const selected = useAppStore((state) => state.filters[filterKey]);
  const lang = useAppStore((state) => state.lang);
  const actions = useActions();
  const headingId = `filter-${filterKey}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <div className="chips" role="group" aria-labelledby={headingId}>
        {values.map((value) => (
          <button
            key={value}
            type="button"
            className="chip"
            aria-pressed={selected === null || (selected as readonly string[]).includes(value)}
            onClick={() => actions.toggleFilterValue(filterKey, value)}
          >
            {label(value)} <span className="chip-count">{formatInteger(counts.get(value) ?? 0, lang)}</span>
          </button>
        ))}
      </div>
    </section>
  );
}

/** Region, relation and level filters as chips with live counts, and one reset for every filter. */
export function FilterChips() {
  const messages = useMessages();
  const counts = useAppStoreAfterFrame(selectFacetCounts);
  const regions = useAppStore(selectDatasetRegions);
  const actions = useActions();
  return (
    <>
      <ChipGroup
        filterKey="regions"
        heading={messages.filters.regions}
        values={regions}
        label={(region) => messages.region[region]}
        counts={counts.regions}
      />
      <ChipGroup
        filterKey="relations"
        heading={messages.filters.relations}
        values={RELATION_TYPES}
        label={(relation) => messages.relation[relation]}
        counts={counts.relations}
      />
      <ChipGroup
        filterKey="levels"
        heading={messages.filters.levels}
        values={SIGNER_LEVELS}
        label={(level) => messages.level[level]}
        counts={counts.levels}
      />
      <div className="filter-actions">
        <button type="button" onClick={() => actions.fitSelection()}>
          {messages.filters.fit}
        </button>
        <button type="button" onClick={() => actions.resetFilters()}>
          {messages.filters.reset}
        </button>
      </div>
    </>
  );
}
