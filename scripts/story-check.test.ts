import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../src/data/parse-dataset.ts';
import { storyIssues } from './story-check.ts';

const file = (name: string) => ({
  name: `data/${name}`,
  bytes: readFileSync(new URL(`../data/${name}`, import.meta.url)),
});
const { dataset } = parseDataset({
  hubs: file('hubs.tsv'),
  links: file('links.tsv'),
  claims: file('claims.tsv'),
});
const storyText = readFileSync(new URL('../data/story.json', import.meta.url), 'utf8');

describe('storyIssues', () => {
  it('finds nothing wrong with the shipped story against the shipped data', () => {
    if (!dataset) throw new Error('data/ does not parse');
    expect(storyIssues('data/story.json', storyText, dataset)).toEqual([]);
  });

  it('reports a file that is not JSON', () => {
    if (!dataset) throw new Error('data/ does not parse');
    expect(storyIssues('story.json', '{ "steps": [', dataset)[0]?.message).toMatch(/^is not valid JSON/);
  });

  it('reports a step that the data leaves empty', () => {
    if (!dataset) throw new Error('data/ does not parse');
    const story = JSON.parse(storyText) as { steps: { view: Record<string, unknown> }[] };
    const [first] = story.steps;
    if (!first) throw new Error('the story has no steps');
    first.view = { from: 2100, undated: false };
    expect(storyIssues('story.json', JSON.stringify(story), dataset)).toEqual([
      { file: 'story.json', path: 'steps[0] (overview).view', message: 'selects no link of the dataset' },
    ]);
  });
});
