// Public library API: re-exports only.
export { createPipeline, extract } from './pipeline/pipeline';
export type { Pipeline } from './pipeline/pipeline';
export { DEFAULT_OPTIONS, OptionError } from './pipeline/options';
export type { PipelineOptions } from './pipeline/options';
export { DEFAULT_STAGES } from './pipeline/presets';
export type { Stage } from './pipeline/stage';
export { articleRecord } from './pipeline/emit/json';
export type {
  ArticleRecord,
  DateRecord,
  EntityRecord,
  MentionRecordBase,
  MessageRecord,
  MoneyRecord,
  PersonRecord,
  PlaceRecord,
  QuoteRecord,
  SpanRecord,
  TextSpanRecord,
} from './contract';
export * from './model';
