import type { StageTimes } from './article-result';

/**
 * The --profile table: time per stage summed over all articles (and all workers, so with --jobs N the total can
 * exceed the wall time), its share, and the mean per article; stages in pipeline order.
 */
export function profileTable(times: StageTimes, articles: number, wallMs: number, jobs: number): string {
  const entries = Object.entries(times);
  const total = entries.reduce((s, [, ms]) => s + ms, 0);
  const rows = entries.map(([stage, ms]) => {
    const share = total > 0 ? (100 * ms) / total : 0;
    const per = articles > 0 ? ms / articles : 0;
    return `  ${stage.padEnd(26)} ${ms.toFixed(0).padStart(10)} ${per.toFixed(2).padStart(12)} ${share.toFixed(1).padStart(6)}%`;
  });
  return [
    `profile: ${articles} articles, ${jobs} job${jobs === 1 ? '' : 's'}, wall ${(wallMs / 1000).toFixed(1)} s`,
    `  ${'stage'.padEnd(26)} ${'total ms'.padStart(10)} ${'ms/article'.padStart(12)} ${'share'.padStart(7)}`,
    ...rows,
    `  ${'all stages'.padEnd(26)} ${total.toFixed(0).padStart(10)} ${(articles > 0 ? total / articles : 0).toFixed(2).padStart(12)} ${'100.0'.padStart(6)}%`,
  ].join('\n');
}
