// Builds a runnable copy of src/ for tests that spawn the real CLI (kill -9, worker threads): transpile-only
// (no type check, ~1 s), into .build/ inside the repo so node_modules resolve. Type errors are tsc's job.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');

function transpileDir(src: string, out: string): void {
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(src)) {
    const from = path.join(src, name);
    if (statSync(from).isDirectory()) transpileDir(from, path.join(out, name));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) {
      const js = ts.transpileModule(readFileSync(from, 'utf8'), {
        fileName: from,
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, resolveJsonModule: true },
      });
      writeFileSync(path.join(out, name.replace(/\.ts$/, '.js')), js.outputText);
    } else if (name.endsWith('.json')) copyFileSync(from, path.join(out, name)); // data the sources import (lexicon snapshots)
  }
}

/** Transpiles src/ into a fresh directory and returns the path of its cli.js; `cleanup` removes it. */
export function buildCli(tag: string): { cli: string; dir: string; cleanup: () => void } {
  const dir = path.join(ROOT, '.build', `test-${tag}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  transpileDir(path.join(ROOT, 'src'), dir);
  return { cli: path.join(dir, 'cli.js'), dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
