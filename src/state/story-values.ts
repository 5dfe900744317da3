import type { StoryPlaceholder } from '../data/index.ts';
import type { TemplateValue } from '../i18n/template.ts';
import { createSelector } from './memoize.ts';
import { selectSummary, selectVisibleLinks } from './selectors.ts';
import type { AppState } from './store.ts';
import { selectYearDomain } from './timeline.ts';

/** The live figures a story caption may quote, all of the current selection (so they follow playback). */
export const selectStoryValues = createSelector(
  (state: AppState) => [
    selectVisibleLinks(state),
    selectSummary(state),
    state.filters,
    selectYearDomain(state),
  ],
  (links, summary, filters, domain): Record<StoryPlaceholder, TemplateValue> => {
    const years = links.flatMap((link) => (link.date.year === null ? [] : [link.date.year]));
    const label = (year: number | null | undefined) =>
      year === null || year === undefined ? null : String(year);
    return {
      links: summary.links,
      partners: summary.partners,
      countries: summary.countries,
      regions: summary.regions,
      undated: summary.undated,
      firstYear: label(years.length ? Math.min(...years) : null),
      lastYear: label(years.length ? Math.max(...years) : null),
      from: label(filters.yearFrom ?? domain?.[0]),
      to: label(filters.yearTo ?? domain?.[1]),
    };
  },
);
