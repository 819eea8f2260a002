#!/usr/bin/env node
// Measures the text layer's tokenizer and sentence splitter against wink-nlp (the candidate supplier of tokens,
// sentence breaks and POS): speed on the bench corpus, and on the dev sets how many gold mentions a predicted
// sentence break cuts through. Run after `npm run build`:
//   node scripts/measure-text-layer.js [EVAL_DIR]     (EVAL_DIR defaults to ../shared/eval)
// A one-off measurement tool: it imports wink-nlp directly, which src/ may only do through src/adapters/wink.ts.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const { splitParagraphs } = require(path.join(root, 'dist/pipeline/segment/split-paragraphs'));
const { splitSentences } = require(path.join(root, 'dist/pipeline/segment/split-sentences'));
const { buildTokenTable } = require(path.join(root, 'dist/text/tokens'));
const { corpusParagraphs, generateArticles } = require(path.join(root, 'dist/bench/corpus'));
const { tokenCount } = require(path.join(root, 'dist/bench/measure'));
const { createPipeline } = require(path.join(root, 'dist/pipeline/pipeline'));
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

/** Our segmentation of the whole text: paragraphs, sentences, then the token table. */
function ours(text) {
  const paragraphs = splitParagraphs(text, 0, text.length);
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end));
  return { sentences, tokens: buildTokenTable(text, sentences, paragraphs) };
}

/**
 * wink's sentences as character spans, one readDoc per paragraph of ours (segment/ splits paragraphs first either
 * way; a CoNLL line is a sentence and wink would join lines without end punctuation). Token offsets are recovered by
 * walking the text, as src/adapters/wink.ts does.
 */
function winkSentences(nlp, text) {
  const { splitParagraphs: paras } = require(path.join(root, 'dist/pipeline/segment/split-paragraphs'));
  return paras(text, 0, text.length).flatMap((p) =>
    winkSpans(nlp, text.slice(p.start, p.end)).map((s) => ({ start: p.start + s.start, end: p.start + s.end })),
  );
}

function winkSpans(nlp, text) {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(nlp.its.value);
  const starts = [];
  const ends = [];
  let cursor = 0;
  for (const v of values) {
    const at = text.indexOf(v, cursor);
    starts.push(at < 0 ? cursor : at);
    cursor = at < 0 ? cursor : at + v.length;
    ends.push(cursor);
  }
  return doc
    .sentences()
    .out(nlp.its.span)
    .map(([a, b]) => ({ start: starts[a], end: ends[b] }));
}

function time(texts, fn) {
  fn(texts[0]);
  const t0 = performance.now();
  for (const t of texts) fn(t);
  return performance.now() - t0;
}

async function speed() {
  const texts = generateArticles(300, await corpusParagraphs(path.join(root, 'corpus'))).map((a) => a.text);
  const tokens = texts.reduce((s, t) => s + tokenCount(t), 0);
  const pipeline = createPipeline();
  let id = 0;
  const rows = [
    [
      'whole pipeline (all stages, for scale)',
      () => time(texts, (t) => pipeline.run({ id: `b${id++}`, source: 'bench', text: t })),
    ],
    ['text layer: paragraphs + sentences + token table', () => time(texts, ours)],
    ['wink readDoc, sentences only (pipe [sbd])', () => time(texts, (t) => sbd.readDoc(t).sentences().out())],
    ['wink readDoc + POS (pipe [sbd, pos])', () => time(texts, (t) => pos.readDoc(t).tokens().out(pos.its.pos))],
    ['wink readDoc, full default pipe', () => time(texts, (t) => full.readDoc(t).tokens().out(full.its.pos))],
  ];
  const sbd = winkNLP(model, ['sbd']);
  const pos = winkNLP(model, ['sbd', 'pos']);
  const full = winkNLP(model);
  memory(texts);
  console.log(`speed: ${texts.length} bench articles, ${tokens} tokens; best of 3 rounds, rows interleaved`);
  const best = rows.map(() => Infinity);
  for (let round = 0; round < 3; round++) rows.forEach(([, run], i) => (best[i] = Math.min(best[i], run())));
  rows.forEach(([label], i) => {
    const ms = best[i];
    console.log(
      `  ${label.padEnd(52)} ${Math.round(tokens / (ms / 1000)).toLocaleString('en')} tokens/s  (${ms.toFixed(0)} ms, ${(ms / best[0]).toFixed(2)}x pipeline)`,
    );
  });
}

/** Bytes a token costs as a table row and as one object per token (heap growth with both kept alive). */
function memory(texts) {
  const { tokenize } = require(path.join(root, 'dist/pipeline/extract/names/1-tokens'));
  global.gc?.();
  const h0 = process.memoryUsage().heapUsed;
  const tables = texts.map((t) => ours(t));
  global.gc?.();
  const h1 = process.memoryUsage().heapUsed;
  const objects = tables.map((o, k) => o.sentences.map((s) => tokenize(texts[k], s.start, s.end)));
  global.gc?.();
  const h2 = process.memoryUsage().heapUsed;
  const n = tables.reduce((a, o) => a + o.tokens.length, 0);
  const columns = tables.reduce(
    (a, { tokens: t }) =>
      a +
      t.starts.byteLength +
      t.ends.byteLength +
      t.shapes.byteLength +
      t.flags.byteLength +
      t.sentence.byteLength +
      t.paragraph.byteLength +
      t.sentenceFirst.byteLength,
    0,
  );
  console.log(
    `memory: ${n} tokens; table columns ${(columns / n).toFixed(1)} bytes/token; heap with tables (incl. sentence spans) ${((h1 - h0) / n).toFixed(1)} bytes/token; token objects ${((h2 - h1) / n).toFixed(1)} bytes/token${objects.length && global.gc ? '' : ' (run with --expose-gc for exact heap figures)'}`,
  );
}

function readSet(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

/** Gold spans that no one predicted sentence contains (a break cuts through them). */
function cut(spans, sentences) {
  let n = 0;
  for (const g of spans) if (!sentences.some((s) => s.start <= g.start && g.end <= s.end)) n++;
  return n;
}

function quality(evalDir) {
  const nlp = winkNLP(model, ['sbd']);
  const sets = [
    ['conll', 'conll2003_dev.jsonl', (r) => [...(r.people ?? []), ...(r.places ?? []), ...(r.organizations ?? [])]],
    [
      'meantime',
      'meantime_dev.jsonl',
      (r) =>
        [...(r.people ?? []), ...(r.places ?? []), ...(r.dates ?? []), ...(r.money ?? [])].filter(
          (m) => m.end - m.start < 80,
        ),
    ],
    [
      'polnear speakers',
      'polnear_dev.jsonl',
      (r) =>
        (r.attributions ?? r.quotes ?? [])
          .filter((a) => Number.isInteger(a.speaker_start) && a.speaker_end > a.speaker_start)
          .map((a) => ({ start: a.speaker_start, end: a.speaker_end })),
    ],
  ];
  console.log('sentence breaks cutting gold mentions (whole record text; fewer is better):');
  for (const [name, file, spansOf] of sets) {
    let gold = 0,
      oursCut = 0,
      winkCut = 0,
      oursN = 0,
      winkN = 0;
    for (const r of readSet(path.join(evalDir, 'dev', file))) {
      const spans = spansOf(r);
      const a = ours(r.text).sentences;
      const b = winkSentences(nlp, r.text);
      gold += spans.length;
      oursCut += cut(spans, a);
      winkCut += cut(spans, b);
      oursN += a.length;
      winkN += b.length;
    }
    console.log(
      `  ${name.padEnd(17)} gold ${gold}: ours cut ${oursCut} (${oursN} sentences), wink cut ${winkCut} (${winkN} sentences)`,
    );
  }
  // CoNLL's text has one gold sentence per line: a sentence starting anywhere but a line start is a false break.
  let lines = 0,
    oursFalse = 0,
    winkFalse = 0;
  for (const r of readSet(path.join(evalDir, 'dev', 'conll2003_dev.jsonl'))) {
    const atLineStart = (s) => s.start === 0 || r.text[s.start - 1] === '\n';
    lines += r.text.split('\n').filter((l) => l.trim()).length;
    oursFalse += ours(r.text).sentences.filter((s) => !atLineStart(s)).length;
    winkFalse += winkSentences(nlp, r.text).filter((s) => !atLineStart(s)).length;
  }
  console.log(
    `  conll lines (gold sentences) ${lines}: false breaks inside a line: ours ${oursFalse}, wink ${winkFalse}`,
  );
}

(async () => {
  await speed();
  quality(process.argv[2] ?? path.join(root, '..', 'shared', 'eval'));
})();
