// Runs the reference scorer (shared/eval/score.mjs) on many cases in ONE node process, so the agreement test does
// not pay a process start per case. score.mjs runs main() when imported and reads process.argv, so each case sets
// argv, captures console.log, and imports the script under a fresh URL (?case=N) to evaluate it again.
//   node eval-reference.mjs SCORE_MJS CASES.json   (CASES.json: [[arg, ...], ...]) -> stdout: JSON array of outputs
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

const [scorer, casesFile] = process.argv.slice(2);
const cases = JSON.parse(fs.readFileSync(casesFile, 'utf8'));
const outputs = [];
const log = console.log;
for (let i = 0; i < cases.length; i++) {
  const lines = [];
  process.argv = [process.argv[0], scorer, ...cases[i]];
  console.log = (...a) => lines.push(a.join(' '));
  try {
    await import(`${pathToFileURL(scorer).href}?case=${i}`);
  } finally {
    console.log = log;
  }
  outputs.push(lines.map((l) => l + '\n').join(''));
}
process.stdout.write(JSON.stringify(outputs));
