// Runs the CLI in this process and, when it ends, prints {"code", "maxRssMb", "cpuMs"} as the last stdout line.
// The bench spawns this instead of cli.js so it can read peak memory (worker threads included: same process).
import { main } from '../../src/cli/main';

main(process.argv.slice(2)).then(
  (code) => {
    const usage = process.resourceUsage();
    process.stdout.write(
      `${JSON.stringify({ code, maxRssMb: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`,
    );
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`bench child: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 3;
  },
);
