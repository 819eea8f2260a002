#!/usr/bin/env node
// Per-stage time of one pathological input (tools/bench/linearity.ts) at 100 KB, 200 KB, 400 KB and 800 KB, best of
// 2 runs each, in one process: a linear stage roughly doubles per row. Run after `npm run tools`:
//   node tools/stage-growth.js "one sentence"
const { createPipeline } = require('../.build/tools/src/pipeline/pipeline');
const { PATHOLOGICAL, repeatTo } = require('../.build/tools/tools/bench/linearity');

const name = process.argv[2] ?? 'prose';
const unit = PATHOLOGICAL[name];
if (!unit) {
  console.error(`unknown input ${JSON.stringify(name)}; one of: ${Object.keys(PATHOLOGICAL).join(', ')}`);
  process.exit(2);
}
const pipeline = createPipeline();
pipeline.run({
  id: 'warm-up',
  source: 'warm-up',
  text: 'Maria Schmidt said "yes" in Paris on May 5, 2021, paying $5 million.',
});
for (const size of [100_000, 200_000, 400_000, 800_000]) {
  const text = repeatTo(unit, size);
  let best = null;
  for (let r = 0; r < 2; r++) {
    const times = {};
    pipeline.run({ id: 'growth', source: 'growth', text }, (stage, ms) => (times[stage] = (times[stage] ?? 0) + ms));
    const total = Object.values(times).reduce((a, b) => a + b, 0);
    if (!best || total < best.total) best = { total, times };
  }
  const stages = Object.entries(best.times)
    .filter(([, ms]) => ms >= 5)
    .map(([s, ms]) => `${s} ${ms.toFixed(0)}`);
  console.log(`${name} ${size / 1000} KB: total ${best.total.toFixed(0)} ms | ${stages.join(', ')}`);
}
