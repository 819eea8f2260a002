// Printing of benchmark results: plain aligned tables on stdout, ready to paste into the README.

/** A table row: label, then cells. */
export type Row = readonly [string, ...string[]];

/** Formats rows as a Markdown table (first row is the header). */
export function table(rows: readonly Row[]): string {
  const widths = rows.reduce<number[]>((w, r) => r.map((c, i) => Math.max(w[i] ?? 0, c.length)), []);
  const line = (r: Row): string => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const [head, ...body] = rows;
  if (!head) return '';
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)].join('\n');
}

/** A number with a fixed count of decimals and thousands separators. */
export function num(n: number, decimals = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** Throughput figures for `articles` texts of `mb` MB and `tokens` tokens processed in `ms`. */
export function rates(
  articles: number,
  mb: number,
  tokens: number,
  ms: number,
): { articles: string; mb: string; tokens: string } {
  const s = ms / 1000;
  return { articles: num(articles / s, 1), mb: num(mb / s, 3), tokens: num(tokens / s) };
}
