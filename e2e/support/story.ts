import { readFileSync } from 'node:fs';
import { regionOfCountry } from '../../src/geo/regions.ts';
import type { RawLinkRow } from './dataset.ts';

/** The story as written in data/story.json (omitted filters mean "all"). */
export interface RawStoryStep {
  id: string;
  title: { zh: string; en: string };
  caption: { zh: string; en: string };
  view: {
    hubs?: string[] | 'all';
    regions?: string[] | 'all';
    relations?: string[] | 'all';
    levels?: string[] | 'all';
    from?: number | null;
    to?: number | null;
    undated?: boolean;
  };
}

export function readStorySteps(): RawStoryStep[] {
  const text = readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { steps: RawStoryStep[] }).steps;
}

const allows = (list: string[] | 'all' | undefined, value: string) =>
  list === undefined || list === 'all' || list.includes(value);

/** The rows of data/links.tsv a step shows, by the story's own words; regions from the ISO country table. */
export function rowsOfStep(rows: readonly RawLinkRow[], step: RawStoryStep): RawLinkRow[] {
  const { view } = step;
  return rows.filter((row) => {
    const year = /^\d{4}/.test(row.established ?? '') ? Number(row.established?.slice(0, 4)) : null;
    const region = regionOfCountry(row.country_iso2 ?? '') ?? '';
    if (!allows(view.hubs, row.home_city ?? '') || !allows(view.regions, region)) return false;
    if (!allows(view.relations, row.relation ?? '') || !allows(view.levels, row.home_level ?? ''))
      return false;
    if (year === null) return view.undated ?? true;
    return year >= (view.from ?? -Infinity) && year <= (view.to ?? Infinity);
  });
}
