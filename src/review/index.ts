export { BASELINE_REASON, BaselineRecorder, baselineAuthor } from './baseline.js';
export {
  DEFAULT_REVIEW_FILE,
  ReviewSet,
  acceptanceOf,
  describeEntry,
  describeReviewNotes,
  isoToday,
  loadReviewFile,
  openReviewFile,
  type Acceptance,
} from './ignore-file.js';
export type { ReviewEntry, ReviewSummary } from './types.js';
