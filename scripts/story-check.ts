import type { Dataset } from '../src/data/parse-dataset.ts';
import { formatStoryIssue, parseStory } from '../src/data/story.ts';
import type { StoryIssue } from '../src/data/story.ts';
import { findEmptyStorySteps } from '../src/state/story-view.ts';

/** Checks the story's JSON, its ids against the dataset, and that every step selects something; prints each issue. */
export function checkStoryFile(name: string, text: string, dataset: Dataset): boolean {
  const issues = storyIssues(name, text, dataset);
  for (const issue of issues) console.log(formatStoryIssue(issue));
  console.log(`${name}: ${issues.length} errors`);
  return issues.length === 0;
}

export function storyIssues(name: string, text: string, dataset: Dataset): StoryIssue[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return [{ file: name, path: '', message: `is not valid JSON: ${(error as Error).message}` }];
  }
  const { story, issues } = parseStory(
    json,
    name,
    dataset.hubs.map((hub) => hub.id),
  );
  return story ? findEmptyStorySteps(story, dataset.links, name) : issues;
}
