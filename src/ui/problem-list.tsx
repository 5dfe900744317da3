import { describeIssue } from '../data/issue-detail.ts';
import type { DataIssue } from '../data/issues.ts';
import { ISSUE_TEXTS } from '../i18n/issue-texts.ts';
import { useAppStore, useMessages } from './store-context.tsx';

/** The listed data-file problems, each worded in the page's language. Loaded with the first problems. */
export default function ProblemList({ issues }: { issues: readonly DataIssue[] }) {
  const messages = useMessages();
  const texts = ISSUE_TEXTS[useAppStore((state) => state.lang)];
  return (
    <ul>
      {issues.map((issue, index) => (
        <li key={index}>
          <span className="problem-where">
            {messages.dataFiles.problemAt(issue.file, issue.line, issue.column)}
          </span>
          {messages.dataFiles.problemSeparator}
          {describeIssue(issue.detail, texts)}
        </li>
      ))}
    </ul>
  );
}
