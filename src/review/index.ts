// Public surface of src/review: the telephony-aware review of state/ between two revisions.
export { type ChangeKind, type ChangedFile, type PersonChange, personChanges } from './person-changes.ts';
export {
  GITHUB_BODY_LIMIT,
  type Review,
  type ReviewRejection,
  renderReviewMarkdown,
  renderReviewText,
  reviewJson,
  reviewSummary,
} from './render-review.ts';
export { ReviewError, isMerged, readChangedStates, resolveBranch } from './read-revisions.ts';
export { type BuildReviewOptions, buildPullRequestReview, buildReview } from './build-review.ts';
export {
  type ExplainInput,
  type ExplainedField,
  type Owner,
  explainFields,
  renderExplainText,
} from './render-explain.ts';
