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
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

/** Our segmentation of the whole text: paragraphs, sentences, then the token table. */
function ours(text) {
  const paragraphs = splitParagraphs(text, 0, text.length);
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end));
  return { sentences, tokens: buildTokenTable(text, sentences, paragraphs) };
}

/** wink's sentences as character spans (token offsets recovered by walking the text, as src/adapters/wink.ts does). */
function winkSentences(nlp, text) {
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
  return doc.sentences().out(nlp.its.span).map(([a, b]) => ({ start: starts[a], end: ends[b] }));
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
  const rows = [
    ['text layer: paragraphs + sentences + token table', () => time(texts, ours)],
    ['wink readDoc, sentences only (pipe [sbd])', () => { const n = winkNLP(model, ['sbd']); return time(texts, (t) => n.readDoc(t).sentences().out()); }],
    ['wink readDoc + POS (pipe [sbd, pos])', () => { const n = winkNLP(model, ['sbd', 'pos']); return time(texts, (t) => n.readDoc(t).tokens().out(n.its.pos)); }],
    ['wink readDoc, full default pipe', () => { const n = winkNLP(model); return time(texts, (t) => n.readDoc(t).tokens().out(n.its.pos)); }],
  ];
  console.log(`speed: ${texts.length} bench articles, ${tokens} tokens`);
  for (const [label, run] of rows) {
    const ms = Math.min(run(), run());
    console.log(`  ${label.padEnd(52)} ${Math.round(tokens / (ms / 1000)).toLocaleString('en')} tokens/s  (${ms.toFixed(0)} ms)`);
  }
}

function readSet(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
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
    ['meantime', 'meantime_dev.jsonl', (r) => [...(r.people ?? []), ...(r.places ?? []), ...(r.dates ?? []), ...(r.money ?? [])].filter((m) => m.end - m.start < 80)],
    ['polnear speakers', 'polnear_dev.jsonl', (r) => (r.attributions ?? r.quotes ?? []).filter((a) => Number.isInteger(a.speaker_start) && a.speaker_end > a.speaker_start).map((a) => ({ start: a.speaker_start, end: a.speaker_end }))],
  ];
  console.log('sentence breaks cutting gold mentions (whole record text; fewer is better):');
  for (const [name, file, spansOf] of sets) {
    let gold = 0, oursCut = 0, winkCut = 0, oursN = 0, winkN = 0;
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
    console.log(`  ${name.padEnd(17)} gold ${gold}: ours cut ${oursCut} (${oursN} sentences), wink cut ${winkCut} (${winkN} sentences)`);
  }
}

(async () => {
  await speed();
  quality(process.argv[2] ?? path.join(root, '..', 'shared', 'eval'));
})();
