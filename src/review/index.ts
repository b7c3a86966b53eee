// Public surface of src/review: the telephony-aware review of state/ between two revisions.
export {
  CHANGE_KINDS,
  type ChangeKind,
  type ChangedFile,
  type PersonChange,
  displayNumber,
  personChanges,
  telephonyOf,
} from './person-changes.ts';
export {
  GITHUB_BODY_LIMIT,
  type Review,
  type ReviewRejection,
  renderReviewMarkdown,
  renderReviewText,
  reviewJson,
  reviewSummary,
} from './render-review.ts';
export { ReviewError, isMerged, mergeBase, readChangedStates, resolveBranch } from './read-revisions.ts';
export { type BuildReviewOptions, buildPullRequestReview, buildReview } from './build-review.ts';
export {
  type ExplainInput,
  type ExplainedField,
  type Owner,
  explainFields,
  renderExplainText,
  ruleDetail,
} from './render-explain.ts';
