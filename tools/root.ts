import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** The repository root: the nearest folder above `from` with package.json and src/ (tools run from .build/ too). */
export function repoRoot(from: string = __dirname): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir))
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'src'))) return dir;
  throw new Error(`news-extract tools: no repository root (package.json beside src/) above ${from}`);
}
