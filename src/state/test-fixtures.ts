import type { Dataset, Link, StoryStepView } from '../data/index.ts';
import { createAppStore } from './store.ts';

type RequiredLinkFields = Pick<Link, 'id' | 'hubId' | 'partnerEn' | 'countryIso2'>;

/** A link with plausible defaults; tests override only what they are about. */
export function makeLink(overrides: Partial<Link> & RequiredLinkFields): Link {
  return {
    unitZh: '',
    unitEn: '',
    level: 'prefecture',
    partnerZh: '',
    partnerNative: '',
    partnerAdminEn: '',
    region: 'europe',
    lat: 0,
    lon: 0,
    relation: 'sister',
    date: { year: 2000, month: null, day: null, precision: 'year' },
    status: 'active',
    sources: ['https://example.org'],
    confidence: 'high',
    note: '',
    line: 2,
    ...overrides,
  };
}

export const UNDATED = { year: null, month: null, day: null, precision: 'unknown' } as const;

export const dated = (year: number) => ({ year, month: null, day: null, precision: 'year' as const });

export function storeWithLinks(links: Link[]) {
  const dataset: Dataset = {
    hubs: [
      { id: 'a', nameZh: '甲', nameEn: 'A', lat: 30, lon: 110 },
      { id: 'b', nameZh: '乙', nameEn: 'B', lat: 40, lon: 120 },
    ],
    links,
    claims: [],
    countryNames: {},
  };
  const store = createAppStore();
  store.getState().setDataset(dataset);
  return store;
}

/** A story step's view that selects everything and frames it. */
export const ALL_STORY_VIEW: StoryStepView = {
  hubs: null,
  regions: null,
  relations: null,
  levels: null,
  from: null,
  to: null,
  undated: true,
  camera: 'fit',
};
