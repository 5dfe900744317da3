import { formatStoryIssue, parseStory } from './story.ts';
import type { Story } from './story.ts';

/** The story shipped in data/story.json, in a chunk of its own; the build's data check has already checked it. */
export async function loadDefaultStory(hubIds: readonly string[]): Promise<Story> {
  const json: unknown = (await import('../../data/story.json')).default;
  const { story, issues } = parseStory(json, 'data/story.json', hubIds);
  if (!story) throw new Error(issues.map(formatStoryIssue).join('\n'));
  return story;
}
