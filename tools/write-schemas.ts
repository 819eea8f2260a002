// `npm run schemas`: writes schemas/*.json from the output contract (src/contract). Run it after changing a field
// table; tests/schema.test.ts fails until the files equal what the contract generates. Read the git diff.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generatedSchemas } from '../src/schema/generate';
import { repoRoot } from './root';

const dir = path.join(repoRoot(), 'schemas');
for (const [file, text] of generatedSchemas()) writeFileSync(path.join(dir, file), text);
console.log(`schemas written to ${path.relative(process.cwd(), dir)}`);
