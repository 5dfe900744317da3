import { z } from 'zod';
import { isCountryCode } from '../geo/countries.ts';
import { regionOfCountry } from '../geo/regions.ts';
import type { RegionId } from '../geo/regions.ts';

/** Zod schemas for single cells: each takes the trimmed cell text and says what is wrong in plain words. */

type Refinement = z.core.$RefinementCtx<string>;

function fail(ctx: Refinement, value: string, message: string): never {
  ctx.issues.push({ code: 'custom', message, input: value });
  return z.NEVER as never;
}

export const optionalText = z.string().trim();

export const requiredText = z.string().trim().min(1, 'must not be empty');

export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === ''
        ? `must be one of ${values.join(', ')}`
        : `"${String(issue.input)}" is not one of ${values.join(', ')}`,
  });
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function numberBetween(min: number, max: number) {
  return z.string().transform((value, ctx) => {
    if (value === '') return fail(ctx, value, 'must not be empty');
    if (!DECIMAL.test(value)) return fail(ctx, value, `"${value}" is not a number`);
    const number = Number(value);
    if (number < min || number > max) return fail(ctx, value, `${value} is out of range (${min}..${max})`);
    return number;
  });
}

export const latitude = numberBetween(-90, 90);
export const longitude = numberBetween(-180, 180);

export const count = z.string().transform((value, ctx) => {
  if (!/^\d+$/.test(value)) return fail(ctx, value, `"${value}" is not a whole number`);
  return Number(value);
});

/** Lower-case words joined by hyphens: ids of hubs and links. */
export const slug = z.string().transform((value, ctx) => {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) {
    return fail(ctx, value, `"${value}" is not an id (lower-case letters, digits and single hyphens)`);
  }
  return value;
});

/** An ISO 3166-1 alpha-2 code (any case) that also has a world region, for the map's region filter. */
export const country = z.string().transform((value, ctx): { iso2: string; region: RegionId } => {
  const iso2 = value.toUpperCase();
  if (!isCountryCode(iso2)) return fail(ctx, value, `"${value}" is not an ISO 3166-1 alpha-2 country code`);
  const region = regionOfCountry(iso2);
  if (region === null) return fail(ctx, value, `${iso2} has no world region`);
  return { iso2, region };
});

const SOURCE = /^(https?:\/\/\S+|seed:\S+)$/;

/** Space-separated URLs or `seed:` references; at least one. */
export const sourceList = z.string().transform((value, ctx) => {
  const sources = value.split(/\s+/).filter((source) => source !== '');
  if (sources.length === 0) return fail(ctx, value, 'at least one source is required');
  const bad = sources.find((source) => !SOURCE.test(source));
  if (bad !== undefined) return fail(ctx, value, `"${bad}" is neither an http(s) URL nor a seed: reference`);
  return sources;
});

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date. */
export const partialDate = z.string().transform((value, ctx) => {
  if (!isPartialDate(value))
    return fail(ctx, value, `"${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return value;
});

export function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [year, month = 1, day = 1] = match.slice(1).filter(Boolean).map(Number);
  const date = new Date(Date.UTC(year ?? 0, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
