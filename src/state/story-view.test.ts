import { describe, expect, it } from 'vitest';
import type { Story, StoryStepView } from '../data/index.ts';
import {
  cameraOfStoryStep,
  filtersOfStoryStep,
  findEmptyStorySteps,
  storyStepFromQuery,
} from './story-view.ts';
import { ALL_STORY_VIEW, makeLink } from './test-fixtures.ts';

const ALL_VIEW = ALL_STORY_VIEW;

const storyOf = (...views: Partial<StoryStepView>[]): Story => ({
  steps: views.map((view, i) => ({
    id: `step-${i}`,
    title: { zh: '题', en: 'Title' },
    caption: { zh: '文', en: 'Text' },
    view: { ...ALL_VIEW, ...view },
  })),
});

describe('filtersOfStoryStep and cameraOfStoryStep', () => {
  it('turn a step view into filters and a camera', () => {
    const view: StoryStepView = {
      ...ALL_VIEW,
      hubs: ['a'],
      from: 2020,
      undated: false,
      camera: { center: [1, 2], zoom: 3 },
    };
    expect(filtersOfStoryStep(view)).toEqual({
      hubs: ['a'],
      regions: null,
      relations: null,
      levels: null,
      yearFrom: 2020,
      yearTo: null,
      includeUndated: false,
    });
    expect(cameraOfStoryStep(view)).toEqual({ center: [1, 2], zoom: 3 });
    expect(cameraOfStoryStep(ALL_VIEW)).toBeNull();
  });
});

describe('findEmptyStorySteps', () => {
  const links = [makeLink({ id: '1', hubId: 'a', partnerEn: 'Paris', countryIso2: 'FR' })];

  it('reports the steps that select no link', () => {
    const issues = findEmptyStorySteps(storyOf({}, { hubs: ['b'] }, { from: 2001 }), links, 'story.json');
    expect(issues.map((issue) => issue.path)).toEqual(['steps[1] (step-1).view', 'steps[2] (step-2).view']);
  });
});

describe('storyStepFromQuery', () => {
  it('reads the 1-based step of the URL as an index', () => {
    expect(storyStepFromQuery('?mode=present&step=3', 8)).toEqual({ index: 2, warning: null });
    expect(storyStepFromQuery('?mode=present', 8)).toEqual({ index: 0, warning: null });
  });

  it('falls back to the first step with a warning for a step that does not exist', () => {
    for (const step of ['0', '9', 'two', '1.5', '-1'])
      expect(storyStepFromQuery(`?step=${step}`, 8)).toEqual({
        index: 0,
        warning: expect.stringContaining(step),
      });
  });
});
