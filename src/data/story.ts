import { z } from 'zod';
import { REGION_IDS } from '../geo/regions.ts';
import type { RegionId } from '../geo/regions.ts';
import { parseTemplate } from '../i18n/template.ts';
import { RELATION_TYPES, SIGNER_LEVELS } from './vocabulary.ts';
import type { RelationType, SignerLevel } from './vocabulary.ts';

/**
 * The presentation story (data/story.json): steps, each a bilingual title and caption and the view it
 * shows. Captions may carry the selection's live figures as placeholders (see src/i18n/template.ts).
 */
export const STORY_PLACEHOLDERS = [
  'links',
  'partners',
  'countries',
  'regions',
  'undated',
  'firstYear',
  'lastYear',
  'from',
  'to',
] as const;
export type StoryPlaceholder = (typeof STORY_PLACEHOLDERS)[number];

export interface BilingualText {
  zh: string;
  en: string;
}

export interface StoryStepView {
  /** `null`: every hub (and likewise for the other lists). */
  hubs: readonly string[] | null;
  regions: readonly RegionId[] | null;
  relations: readonly RelationType[] | null;
  levels: readonly SignerLevel[] | null;
  /** Inclusive signing years; `null` is open-ended. */
  from: number | null;
  to: number | null;
  /** Whether links with unknown dates are shown. */
  undated: boolean;
  /** `fit`: the camera frames the step's selection; else `center` is [longitude, latitude] in degrees. */
  camera: 'fit' | { center: [number, number]; zoom: number };
}

export interface StoryStep {
  id: string;
  title: BilingualText;
  caption: BilingualText;
  view: StoryStepView;
}

export interface Story {
  steps: StoryStep[];
}

export interface StoryIssue {
  file: string;
  /** Where in the file: `steps[2] (pacific).view.hubs[0]`. */
  path: string;
  message: string;
}

export function formatStoryIssue(issue: StoryIssue): string {
  return `${issue.file}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`;
}

const text = z.string().trim().min(1, 'must not be empty');
const year = z.number().int('must be a whole year').min(1900).max(2100);
const ALL = 'all';
const idList = z.union([z.literal(ALL), z.array(z.string()).min(1, 'must not be empty; use "all"')], {
  error: 'must be "all" or a list of ids',
});

const cameraSchema = z.union(
  [
    z.literal('fit'),
    z.strictObject({
      center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]),
      zoom: z.number().min(0).max(22),
    }),
  ],
  { error: 'must be "fit" or { "center": [lng, lat], "zoom": z }' },
);

function stepSchema(hubIds: readonly string[]) {
  const bilingual = z.strictObject({ zh: text, en: text }).superRefine((value, ctx) => {
    for (const lang of ['zh', 'en'] as const) {
      for (const error of parseTemplate(value[lang], STORY_PLACEHOLDERS).errors)
        ctx.addIssue({ code: 'custom', path: [lang], message: error });
    }
  });
  const known = (list: readonly string[], what: string) =>
    idList.superRefine((value, ctx) => {
      if (value === ALL) return;
      value.forEach((id, i) => {
        if (!list.includes(id))
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: `unknown ${what} "${id}"; known: ${list.join(', ')}`,
          });
      });
      if (new Set(value).size !== value.length)
        ctx.addIssue({ code: 'custom', message: 'lists an id twice' });
    });
  const view = z
    .strictObject({
      hubs: known(hubIds, 'hub id').default(ALL),
      regions: known(REGION_IDS, 'region').default(ALL),
      relations: known(RELATION_TYPES, 'relation').default(ALL),
      levels: known(SIGNER_LEVELS, 'level').default(ALL),
      from: year.nullable().default(null),
      to: year.nullable().default(null),
      undated: z.boolean().default(true),
      camera: cameraSchema.default('fit'),
    })
    .superRefine((value, ctx) => {
      if (value.from !== null && value.to !== null && value.from > value.to)
        ctx.addIssue({
          code: 'custom',
          path: ['from'],
          message: `from (${value.from}) is after to (${value.to})`,
        });
    });
  return z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens'),
    title: bilingual,
    caption: bilingual,
    view,
  });
}

function storySchema(hubIds: readonly string[]) {
  return z
    .strictObject({
      $comment: z.string().optional(),
      steps: z.array(stepSchema(hubIds)).min(1, 'a story needs at least one step'),
    })
    .superRefine((value, ctx) => {
      const seen = new Set<string>();
      value.steps.forEach((step, i) => {
        if (seen.has(step.id))
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i, 'id'],
            message: `step id "${step.id}" is used twice`,
          });
        seen.add(step.id);
      });
    });
}

/** `["steps", 2, "view", "hubs", 0]` → `steps[2] (pacific).view.hubs[0]`, naming the step by its id when it has one. */
function describePath(path: readonly PropertyKey[], input: unknown): string {
  const child = (node: unknown, key: PropertyKey): unknown =>
    typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  let described = '';
  let node = input;
  path.forEach((key, i) => {
    node = child(node, key);
    described += typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`;
    const id = child(node, 'id');
    if (i === 1 && path[0] === 'steps' && typeof id === 'string' && id) described += ` (${id})`;
  });
  return described;
}

const listOrNull = <T extends string>(value: readonly string[] | typeof ALL): T[] | null =>
  value === ALL ? null : (value as T[]);

/** Checks a parsed story.json against the schema and the dataset's hub ids; every issue names file and field. */
export function parseStory(
  input: unknown,
  file: string,
  hubIds: readonly string[],
): { story: Story | null; issues: StoryIssue[] } {
  const result = storySchema(hubIds).safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      file,
      path: describePath(issue.path, input),
      message: issue.message,
    }));
    return { story: null, issues };
  }
  const steps = result.data.steps.map((step): StoryStep => ({
    id: step.id,
    title: step.title,
    caption: step.caption,
    view: {
      ...step.view,
      hubs: listOrNull(step.view.hubs),
      regions: listOrNull<RegionId>(step.view.regions),
      relations: listOrNull<RelationType>(step.view.relations),
      levels: listOrNull<SignerLevel>(step.view.levels),
      camera: step.view.camera,
    },
  }));
  return { story: { steps }, issues: [] };
}
