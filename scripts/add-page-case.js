#!/usr/bin/env node
/**
 * Adds (or, with --update, rewrites) a golden boilerplate page case under tests/fixtures/pages/<name>/:
 *   node scripts/add-page-case.js <input.txt|input.html> <name> "<why this case exists>"
 *   node scripts/add-page-case.js --update <name>
 * The expected output (title, date, byline, body texts, removed texts with reasons) is computed by the current
 * build (npm run build; BUILD_DIR=.build/x to use another) and written to expected.json. Read the diff before
 * committing: the golden changes only on purpose.
 */
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const build = path.resolve(root, process.env.BUILD_DIR || 'dist');
const { ingest } = require(path.join(build, 'pipeline/ingest/ingest'));
const { markBody } = require(path.join(build, 'pipeline/boilerplate/mark-body'));
const { resolveOptions } = require(path.join(build, 'pipeline/options'));

function expectedFor(inputPath) {
  const raw = fs.readFileSync(inputPath, 'utf8');
  const isHtml = /\.html?$/i.test(inputPath);
  const options = resolveOptions();
  const doc = markBody.run(
    ingest(isHtml ? { id: 'case', source: 'case', html: raw } : { id: 'case', source: 'case', text: raw }, options),
    options,
  );
  return {
    title: doc.title,
    date: doc.meta.date,
    byline: doc.meta.byline,
    body: doc.body.map((s) => doc.text.slice(s.start, s.end)),
    removed: doc.removed.map((s) => ({ reason: s.reason, text: doc.text.slice(s.start, s.end) })),
  };
}

function main(argv) {
  const update = argv[0] === '--update';
  const [src, name, why] = update ? [null, argv[1], null] : argv;
  if (!name || (!update && (!src || !why))) {
    console.error(
      'usage: add-page-case.js <input.txt|input.html> <name> "<why>"   |   add-page-case.js --update <name>',
    );
    process.exit(2);
  }
  const dir = path.join(root, 'tests/fixtures/pages', name);
  let input;
  let reason = why;
  if (update) {
    input = fs.readdirSync(dir).find((f) => f.startsWith('input.'));
    if (!input) throw new Error(`no input file in ${dir}`);
    reason = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')).why;
    input = path.join(dir, input);
  } else {
    fs.mkdirSync(dir, { recursive: true });
    input = path.join(dir, 'input' + (/\.html?$/i.test(src) ? '.html' : '.txt'));
    fs.copyFileSync(src, input);
  }
  const expected = { why: reason, ...expectedFor(input) };
  fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
  console.log(
    `wrote ${path.relative(root, dir)}/expected.json: ${expected.body.length} body spans, ${expected.removed.length} removed`,
  );
}

main(process.argv.slice(2));
