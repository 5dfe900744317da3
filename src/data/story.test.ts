import { describe, expect, it } from 'vitest';
import { formatStoryIssue, parseStory } from './story.ts';

const HUBS = ['chongqing', 'liaocheng'];

function storyWith(view: Record<string, unknown>, caption = { zh: '{partners} 个', en: '{partners}' }) {
  return { steps: [{ id: 'one', title: { zh: '一', en: 'One' }, caption, view }] };
}

const issuesOf = (input: unknown) => parseStory(input, 'data/story.json', HUBS).issues.map(formatStoryIssue);

describe('parseStory', () => {
  it('reads a step, filling omitted filters with "all", an open year range and a fitted camera', () => {
    const { story, issues } = parseStory(storyWith({ hubs: ['liaocheng'] }), 'data/story.json', HUBS);
    expect(issues).toEqual([]);
    expect(story?.steps[0]?.view).toEqual({
      hubs: ['liaocheng'],
      regions: null,
      relations: null,
      levels: null,
      from: null,
      to: null,
      undated: true,
      camera: 'fit',
    });
  });

  it('keeps a fixed camera and explicit lists', () => {
    const view = {
      regions: ['oceania'],
      relations: ['partner'],
      levels: ['county'],
      from: 2020,
      to: 2024,
      undated: false,
      camera: { center: [170, -15], zoom: 3 },
    };
    const step = parseStory(storyWith(view), 'f', HUBS).story?.steps[0];
    expect(step?.view).toMatchObject({ ...view, hubs: null });
  });

  it('refuses an unknown hub id, naming file, step and field', () => {
    expect(issuesOf(storyWith({ hubs: ['liaochen'] }))).toEqual([
      'data/story.json: steps[0] (one).view.hubs[0]: unknown hub id "liaochen"; known: chongqing, liaocheng',
    ]);
  });

  it('refuses an unknown region, relation and level', () => {
    const issues = issuesOf(storyWith({ regions: ['pacific'], relations: ['twin'], levels: ['province'] }));
    expect(issues).toHaveLength(3);
    expect(issues[0]).toMatch(
      /^data\/story\.json: steps\[0\] \(one\)\.view\.regions\[0\]: unknown region "pacific"/,
    );
    expect(issues[1]).toContain('view.relations[0]: unknown relation "twin"');
    expect(issues[2]).toContain('view.levels[0]: unknown level "province"');
  });

  it('refuses a misspelt key instead of ignoring it', () => {
    expect(issuesOf(storyWith({ region: ['europe'] }))).toEqual([
      'data/story.json: steps[0] (one).view: Unrecognized key: "region"',
    ]);
  });

  it('refuses an empty list, a single id that is not in a list, and an id listed twice', () => {
    expect(issuesOf(storyWith({ hubs: [] }))[0]).toContain('view.hubs: must not be empty; use "all"');
    expect(issuesOf(storyWith({ hubs: 'liaocheng' }))[0]).toContain(
      'view.hubs: must be "all" or a list of ids',
    );
    expect(issuesOf(storyWith({ hubs: ['liaocheng', 'liaocheng'] }))[0]).toContain('lists an id twice');
  });

  it('refuses a reversed year range and a camera off the map', () => {
    expect(issuesOf(storyWith({ from: 2024, to: 2020 }))).toEqual([
      'data/story.json: steps[0] (one).view.from: from (2024) is after to (2020)',
    ]);
    expect(issuesOf(storyWith({ camera: { center: [10, 95], zoom: 2 } }))[0]).toContain(
      'view.camera.center[1]',
    );
    expect(issuesOf(storyWith({ camera: 'overview' }))[0]).toContain('view.camera: must be "fit"');
  });

  it('refuses an unknown placeholder or a missing language in a caption', () => {
    expect(issuesOf(storyWith({}, { zh: '{cities}', en: 'x' }))[0]).toContain(
      'steps[0] (one).caption.zh: unknown placeholder {cities}',
    );
    expect(issuesOf(storyWith({}, { zh: '', en: 'x' }))[0]).toContain('caption.zh: must not be empty');
    expect(issuesOf(storyWith({}, { en: 'x' } as never))[0]).toContain('caption.zh');
  });

  it('refuses a story without steps and a step id used twice', () => {
    expect(issuesOf({ steps: [] })).toEqual(['data/story.json: steps: a story needs at least one step']);
    const one = storyWith({}).steps[0];
    expect(issuesOf({ steps: [one, one] })).toEqual([
      'data/story.json: steps[1] (one).id: step id "one" is used twice',
    ]);
  });
});
