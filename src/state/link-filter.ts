import type { Link } from '../data/index.ts';
import type { Filters } from './view-state.ts';

/** The one rule for "is this link in the selection"; the GPU layer applies the same rule with uniforms. */
export function isLinkSelected(link: Link, filters: Filters): boolean {
  if (filters.hubs && !filters.hubs.includes(link.hubId)) return false;
  if (filters.regions && !filters.regions.includes(link.region)) return false;
  if (filters.relations && !filters.relations.includes(link.relation)) return false;
  if (filters.levels && !filters.levels.includes(link.level)) return false;
  const year = link.date.year;
  if (year === null) return filters.includeUndated;
  if (filters.yearFrom !== null && year < filters.yearFrom) return false;
  if (filters.yearTo !== null && year > filters.yearTo) return false;
  return true;
}
