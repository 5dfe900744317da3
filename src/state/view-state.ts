import type { RegionId, RelationType, SignerLevel } from '../data/index.ts';
import type { Lang } from '../i18n/index.ts';

export type Projection = 'mercator' | 'globe';

/** Map labels in the UI language, or Chinese over English for exhibitions with foreign guests. */
export type LabelMode = 'lang' | 'both';

/** `projector`: high contrast, wider lines and larger type for projectors and big screens. */
export type Theme = 'default' | 'projector';

/** Camera position; `center` is [longitude, latitude] in degrees. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

export interface Filters {
  /** Hub ids to show; `null` shows every hub (so a dataset with hundreds of hubs needs no list). */
  hubs: readonly string[] | null;
  regions: readonly RegionId[] | null;
  relations: readonly RelationType[] | null;
  levels: readonly SignerLevel[] | null;
  /** Inclusive signing-year range; `null` is open-ended. */
  yearFrom: number | null;
  yearTo: number | null;
  includeUndated: boolean;
}

/** Everything the URL carries: serializable, no DOM, no map. */
export interface ViewState {
  lang: Lang;
  labels: LabelMode;
  theme: Theme;
  projection: Projection;
  filters: Filters;
  /** Partner key of the open details card. */
  partner: string | null;
  camera: Camera | null;
}

export const DEFAULT_FILTERS: Filters = {
  hubs: null,
  regions: null,
  relations: null,
  levels: null,
  yearFrom: null,
  yearTo: null,
  includeUndated: true,
};
