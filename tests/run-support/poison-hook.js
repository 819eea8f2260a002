// Test-only preload (node -r) for cluster workers: the whole worker process dies (SIGKILL) whenever it is given a
// chunk holding the article POISON_ID, as a worker crashing on one article every time would. Nothing like it ships:
// the test passes this file and the path of the build to patch (POISON_BUILD) itself.
const path = require('node:path');
const { RoutedPool } = require(path.join(process.env.POISON_BUILD, 'cluster', 'routed-pool.js'));
const run = RoutedPool.prototype.run;
RoutedPool.prototype.run = function (articles) {
  if (articles.some((a) => a.raw.id === process.env.POISON_ID)) process.kill(process.pid, 'SIGKILL');
  return run.call(this, articles);
};
