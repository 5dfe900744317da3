import { z } from 'zod';
import { isCountryCode } from '../geo/countries.ts';
import { regionOfCountry } from '../geo/regions.ts';
import type { RegionId } from '../geo/regions.ts';
import type { IssueDetail } from './issue-detail.ts';
import { issueMessage } from './issue-texts-en.ts';
import { detailParams } from './issues.ts';

/** Zod schemas for single cells: each takes the trimmed cell text and says what is wrong in plain words. */

type Refinement = z.core.$RefinementCtx<string>;

function fail(ctx: Refinement, value: string, detail: IssueDetail): never {
  ctx.issues.push({
    code: 'custom',
    message: issueMessage(detail),
    input: value,
    params: detailParams(detail),
  });
  return z.NEVER as never;
}

export const optionalText = z.string().trim();

export const requiredText = z
  .string()
  .trim()
  .min(1, issueMessage({ code: 'empty' }));

export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.enum(values, {
    error: (issue) =>
      issueMessage(
        issue.input === ''
          ? { code: 'emptyNotOneOf', allowed: values }
          : { code: 'notOneOf', value: String(issue.input), allowed: values },
      ),
  });
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function numberBetween(min: number, max: number) {
  return z.string().transform((value, ctx) => {
    if (value === '') return fail(ctx, value, { code: 'empty' });
    if (!DECIMAL.test(value)) return fail(ctx, value, { code: 'notANumber', value });
    const number = Number(value);
    if (number < min || number > max) return fail(ctx, value, { code: 'outOfRange', value, min, max });
    return number;
  });
}

/** What {@link numberBetween} accepts, as a number; NaN for anything it refuses. */
export function readNumberBetween(value: string, min: number, max: number): number {
  if (!DECIMAL.test(value)) return NaN;
  const number = Number(value);
  return number < min || number > max ? NaN : number;
}

export const latitude = numberBetween(-90, 90);
export const longitude = numberBetween(-180, 180);

export const count = z.string().transform((value, ctx) => {
  if (!/^\d+$/.test(value)) return fail(ctx, value, { code: 'notAWholeNumber', value });
  return Number(value);
});

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const isSlug = (value: string): boolean => SLUG.test(value);

/** Lower-case words joined by hyphens: ids of hubs and links. */
export const slug = z.string().transform((value, ctx) => {
  if (!isSlug(value)) {
    return fail(ctx, value, { code: 'notAnId', value });
  }
  return value;
});

export interface CountryCell {
  iso2: string;
  region: RegionId;
}

/** An ISO 3166-1 alpha-2 code (any case) that also has a world region, for the map's region filter. */
export const country = z.string().transform((value, ctx): CountryCell => {
  const iso2 = value.toUpperCase();
  if (!isCountryCode(iso2)) return fail(ctx, value, { code: 'notACountryCode', value });
  const region = regionOfCountry(iso2);
  if (region === null) return fail(ctx, value, { code: 'noWorldRegion', iso2 });
  return { iso2, region };
});

/** Codes as written, with what {@link country} reads them as: a big file repeats a few hundred codes. */
const countryCells = new Map<string, CountryCell>();

/** What {@link country} accepts; null for anything it refuses. */
export function readCountry(value: string): CountryCell | null {
  const known = countryCells.get(value);
  if (known) return known;
  const iso2 = value.toUpperCase();
  const region = isCountryCode(iso2) ? regionOfCountry(iso2) : null;
  if (region === null) return null;
  const cell = { iso2, region };
  countryCells.set(value, cell);
  return cell;
}

const SOURCE = /^(https?:\/\/\S+|seed:\S+)$/;

const splitSources = (value: string): string[] => value.split(/\s+/).filter((source) => source !== '');

/** Space-separated URLs or `seed:` references; at least one. */
export const sourceList = z.string().transform((value, ctx) => {
  const sources = splitSources(value);
  if (sources.length === 0) return fail(ctx, value, { code: 'noSources' });
  const bad = sources.find((source) => !SOURCE.test(source));
  if (bad !== undefined) return fail(ctx, value, { code: 'badSource', source: bad });
  return sources;
});

/** What {@link sourceList} accepts; null for anything it refuses. */
export function readSources(value: string): string[] | null {
  const sources = splitSources(value);
  if (sources.length === 0) return null;
  for (const source of sources) if (!SOURCE.test(source)) return null;
  return sources;
}

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date. */
export const partialDate = z.string().transform((value, ctx) => {
  if (!isPartialDate(value)) return fail(ctx, value, { code: 'notADate', value });
  return value;
});

export function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [year, month = 1, day = 1] = match.slice(1).filter(Boolean).map(Number);
  const date = new Date(Date.UTC(year ?? 0, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
