// Comparing two output folders (news-extract check and diff).
export { diffOutputs, diffCounts, isEmptyDiff } from './compare';
export type { OutputContent } from './compare';
export { formatDiff, diffSummary } from './format';
export type { DiffLabels } from './format';
export { readOutput, articlesById, OutputReadError, OUTPUT_FILE } from './read-output';
export type { ArticleDiff, FieldChange, FileDiff, MentionChange, OutputDiff, DiffCounts } from './types';
