import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Writes a file by writing a temporary sibling and renaming it, so a reader never sees a half-written file. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await fs.writeFile(tmp, content, 'utf8');
  await fs.rename(tmp, file);
}
