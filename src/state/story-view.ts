import type { Link, Story, StoryIssue, StoryStepView } from '../data/index.ts';
import { isLinkSelected } from './link-filter.ts';
import type { Camera, Filters } from './view-state.ts';

/** The filters a story step shows. */
export function filtersOfStoryStep(view: StoryStepView): Filters {
  return {
    hubs: view.hubs,
    regions: view.regions,
    relations: view.relations,
    levels: view.levels,
    yearFrom: view.from,
    yearTo: view.to,
    includeUndated: view.undated,
  };
}

/** The step's fixed camera, or `null` when the map should frame the selection. */
export function cameraOfStoryStep(view: StoryStepView): Camera | null {
  return view.camera === 'fit' ? null : { center: view.camera.center, zoom: view.camera.zoom };
}

/** A step that shows no link at all is a mistake in the story (or data that changed under it). */
export function findEmptyStorySteps(story: Story, links: readonly Link[], file: string): StoryIssue[] {
  return story.steps.flatMap((step, i) => {
    const filters = filtersOfStoryStep(step.view);
    if (links.some((link) => isLinkSelected(link, filters))) return [];
    return [{ file, path: `steps[${i}] (${step.id}).view`, message: 'selects no link of the dataset' }];
  });
}

/** Reads `step` (1-based in the URL) as a 0-based index; anything else is the first step. */
export function storyStepFromQuery(
  search: string,
  stepCount: number,
): { index: number; warning: string | null } {
  const value = new URLSearchParams(search).get('step');
  if (value === null) return { index: 0, warning: null };
  const step = /^\d+$/.test(value) ? Number(value) : NaN;
  if (step >= 1 && step <= stepCount) return { index: step - 1, warning: null };
  return { index: 0, warning: `Ignoring URL parameter step=${value} (the story has ${stepCount} steps)` };
}
