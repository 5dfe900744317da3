// Not from data/index.ts, which loads the built-in dataset: the e2e tests read these texts in Node.
import type { IssueTexts } from '../data/issue-detail.ts';
import { ISSUE_TEXTS_EN } from '../data/issue-texts-en.ts';
import { ISSUE_TEXTS_ZH } from './issue-texts-zh.ts';
import type { Lang } from './messages.ts';

/**
 * What each data-file problem is, per language. Loaded only when there are problems to list (`problem-list.tsx`),
 * so the first view's script stays within its budget.
 */
export const ISSUE_TEXTS: Readonly<Record<Lang, IssueTexts>> = { en: ISSUE_TEXTS_EN, zh: ISSUE_TEXTS_ZH };
