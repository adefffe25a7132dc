export { BASELINE_REASON, BaselineRecorder, baselineAuthor } from './baseline.js';
export {
  DEFAULT_REVIEW_FILE,
  ReviewSet,
  acceptanceOf,
  describeEntry,
  describeOtherPlatforms,
  describeReviewNotes,
  isoToday,
  loadReviewFile,
  openReviewFile,
  platformsOf,
  REVIEW_PLATFORMS,
  SERVER_ASSIGNED_ID_PLATFORMS,
  type Acceptance,
} from './ignore-file.js';
export type { ReviewEntry, ReviewSummary } from './types.js';
