import { memo, useDeferredValue, useMemo, useState } from 'react';
import { collator } from '../i18n/index.ts';
import { partnersOf, searchPartnersTop } from '../state/partner-search.ts';
import type { PartnerEntry, PartnerSort } from '../state/partner-search.ts';
import { selectCountryNames, selectVisibleLinks } from '../state/selectors.ts';
import { partnerName } from '../data/index.ts';
import type { Link } from '../data/index.ts';
import type { Lang } from '../i18n/index.ts';
import type { AppState } from '../state/store.ts';
import { useActions, useAppStore, useAppStoreAfterFrame, useMessages } from './store-context.tsx';

const MAX_ROWS = 300;

/** Every partner of the selection as a searchable list: the keyboard and screen-reader way to every link. */
export function PartnerList() {
  const messages = useMessages();
  const lang = useAppStore((state) => state.lang);
  const countryNames = useAppStore(selectCountryNames);
  const openPartner = useAppStore((state) => state.partner);
  const links = useAppStoreAfterFrame(selectVisibleLinks);
  const actions = useActions();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<PartnerSort>('date');
  const deferredQuery = useDeferredValue(query);
  // Only the rows shown are kept with the component; the grouping of every partner is kept once, outside.
  const results = useMemo(() => {
    const displayName = (entry: PartnerEntry) =>
      entry.links[0] ? partnerName(entry.links[0], lang) : entry.key;
    return searchPartnersTop(partnersOf(links), deferredQuery, sort, displayName, collator(lang), MAX_ROWS);
  }, [links, deferredQuery, sort, lang]);
  return (
    <section className="partner-list" aria-labelledby="partner-list-heading">
      <h2 id="partner-list-heading">{messages.list.heading}</h2>
      <div className="list-controls">
        <input
          type="search"
          value={query}
          placeholder={messages.list.searchPlaceholder}
          aria-label={messages.list.search}
          onChange={(event) => setQuery(event.target.value)}
        />
        <label>
          {messages.list.sortBy}{' '}
          <select value={sort} onChange={(event) => setSort(event.target.value as PartnerSort)}>
            <option value="date">{messages.list.sortDate}</option>
            <option value="name">{messages.list.sortName}</option>
          </select>
        </label>
      </div>
      <p className="muted small" aria-live="polite">
        {messages.list.count(results.count)}
      </p>
      <ul className="partner-rows">
        {results.top.map((entry) => {
          const first = entry.links[0];
          if (!first) return null;
          return (
            <PartnerRow
              key={entry.key}
              partnerKey={entry.key}
              link={first}
              lang={lang}
              country={countryNames[first.countryIso2]?.[lang] ?? first.countryIso2}
              year={entry.firstYear ?? messages.dateUnknown}
              isOpen={openPartner === entry.key}
              focusPartner={actions.focusPartner}
            />
          );
        })}
      </ul>
    </section>
  );
}

interface PartnerRowProps {
  partnerKey: string;
  link: Link;
  lang: Lang;
  country: string;
  year: number | string;
  isOpen: boolean;
  focusPartner: AppState['focusPartner'];
}

/** Memoised: a filter change re-renders only the rows that came, went or changed. */
const PartnerRow = memo(function PartnerRow({
  partnerKey,
  link,
  lang,
  country,
  year,
  isOpen,
  focusPartner,
}: PartnerRowProps) {
  return (
    <li>
      <button
        type="button"
        className="partner-row"
        aria-current={isOpen ? 'true' : undefined}
        onClick={() => focusPartner(partnerKey, [link.lon, link.lat])}
      >
        <span className="partner-row-name">{partnerName(link, lang)}</span>
        <span className="muted small">
          {country} · {year}
        </span>
      </button>
    </li>
  );
});
