export { REGION_IDS } from '../geo/regions.ts';
export type { RegionId } from '../geo/regions.ts';
export {
  CLAIM_KINDS,
  CONFIDENCE_LEVELS,
  DATE_PRECISIONS,
  LINK_STATUSES,
  RELATION_TYPES,
  SIGNER_LEVELS,
} from './vocabulary.ts';
export type {
  ClaimKind,
  Confidence,
  DatePrecision,
  LinkStatus,
  RelationType,
  SignerLevel,
} from './vocabulary.ts';
export type { SigningDate } from './signing-date.ts';
export type { Hub, HubClaim } from './hub-schema.ts';
export type { Link } from './link-schema.ts';
export type { DataIssue } from './issues.ts';
export { formatIssue } from './issues.ts';
export type { IssueCode, IssueDetail, IssueTexts } from './issue-detail.ts';
export { describeIssue } from './issue-detail.ts';
export { ISSUE_TEXTS_EN } from './issue-texts-en.ts';
export type { Dataset, DatasetFiles, ParseResult } from './parse-dataset.ts';
export { parseDataset } from './parse-dataset.ts';
export type { DataFile } from './read-table.ts';
export { decodeText } from './decode.ts';
export type { TextEncodingName } from './decode.ts';
export { partnerKeyOf, partnerName } from './partner-name.ts';
export { countByHub, documentedVsClaimed } from './stats.ts';
export type { ClaimComparison, HubCounts } from './stats.ts';
export { loadDefaultDataset } from './default-dataset.ts';
export { formatStoryIssue, parseStory, STORY_PLACEHOLDERS } from './story.ts';
export type {
  BilingualText,
  Story,
  StoryIssue,
  StoryPlaceholder,
  StoryStep,
  StoryStepView,
} from './story.ts';
export { loadDefaultStory } from './default-story.ts';
