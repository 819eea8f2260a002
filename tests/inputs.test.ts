import { mkdtempSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { InputItem } from '../src/inputs/input-item';
import type { InputOptions } from '../src/inputs/inputs';
import { DEFAULT_MAX_ARTICLE_BYTES, isSingleArticle, readInputs } from '../src/inputs/inputs';
import { fieldOf } from '../src/inputs/jsonl';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'inputs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const OPTIONS: InputOptions = { idField: 'id', textField: 'text' };
const noStdin = (): Promise<Buffer> => Promise.reject(new Error('stdin is not used in this test'));

async function collect(inputs: string[], options: InputOptions = OPTIONS, stdin = noStdin): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(inputs, options, stdin)) out.push(item);
  return out;
}

/** Articles as [id, source, text], errors as [code, line, message]. */
function summary(items: readonly InputItem[]): Array<readonly unknown[]> {
  return items.map((i) =>
    i.kind === 'article'
      ? ['article', i.raw.id, i.raw.source, i.raw.text ?? i.raw.html ?? null]
      : ['error', i.error.code, i.error.line, i.error.message],
  );
}

function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** JSONL lines -> what reading them must give. */
const JSONL_CASES: ReadonlyArray<readonly [string, string[], Array<readonly unknown[]>]> = [
  [
    'valid records keep their id, numbers become strings, a missing id is file:line',
    ['{"id":"a","text":"A."}', '{"id":7,"text":"B."}', '{"text":"C."}'],
    [
      ['article', 'a', 'in.jsonl:1', 'A.'],
      ['article', '7', 'in.jsonl:2', 'B.'],
      ['article', 'in.jsonl:3', 'in.jsonl:3', 'C.'],
    ],
  ],
  [
    'a malformed line is reported and the next line is read',
    ['{"id":"a","text":', '{"id":"b","text":"B."}'],
    [
      ['error', 'E_JSONL_PARSE', 1, expect.stringMatching(/^in\.jsonl:1: not valid JSON/)],
      ['article', 'b', 'in.jsonl:2', 'B.'],
    ],
  ],
  [
    'a record without text, or with text that is not a string',
    ['{"id":"a"}', '{"id":"b","text":42}'],
    [
      ['error', 'E_NO_TEXT', 1, 'in.jsonl:1: record "a" has no string "text" (or "html") field'],
      ['error', 'E_NO_TEXT', 2, 'in.jsonl:2: record "b" has no string "text" (or "html") field'],
    ],
  ],
  [
    'a duplicate id reaches the batch (which keeps the first by path and line)',
    ['{"id":"a","text":"first"}', '{"id":"a","text":"second"}'],
    [
      ['article', 'a', 'in.jsonl:1', 'first'],
      ['article', 'a', 'in.jsonl:2', 'second'],
    ],
  ],
  [
    'ids that are objects, booleans or empty are errors',
    ['{"id":{"x":1},"text":"A."}', '{"id":true,"text":"B."}', '{"id":"  ","text":"C."}'],
    [
      ['error', 'E_BAD_ID', 1, 'in.jsonl:1: the "id" field must be a non-empty string or a number, found {"x":1}'],
      ['error', 'E_BAD_ID', 2, 'in.jsonl:2: the "id" field must be a non-empty string or a number, found true'],
      ['error', 'E_BAD_ID', 3, 'in.jsonl:3: the "id" field must be a non-empty string or a number, found "  "'],
    ],
  ],
  [
    'arrays and scalars are not records; blank lines are skipped, keeping line numbers',
    ['[1,2]', '', '"text"', '{"id":"a","text":"A."}'],
    [
      ['error', 'E_JSONL_RECORD', 1, 'in.jsonl:1: a record must be a JSON object'],
      ['error', 'E_JSONL_RECORD', 3, 'in.jsonl:3: a record must be a JSON object'],
      ['article', 'a', 'in.jsonl:4', 'A.'],
    ],
  ],
  [
    'an html field stands in for text',
    ['{"id":"h","html":"<p>Hi</p>"}'],
    [['article', 'h', 'in.jsonl:1', '<p>Hi</p>']],
  ],
];

describe('inputs: JSONL', () => {
  test.each(JSONL_CASES)('%s', async (_name, lines, expected) => {
    const items = await collect([file('in.jsonl', lines.join('\n') + '\n')]);
    expect(summary(items)).toEqual(expected);
  });

  test('CRLF line ends and a BOM on the first line are not part of the record', async () => {
    const items = await collect([
      file(
        'in.jsonl',
        Buffer.concat([
          Buffer.from([0xef, 0xbb, 0xbf]),
          Buffer.from('{"id":"a","text":"A."}\r\n{"id":"b","text":"B."}'),
        ]),
      ),
    ]);
    expect(summary(items)).toEqual([
      ['article', 'a', 'in.jsonl:1', 'A.'],
      ['article', 'b', 'in.jsonl:2', 'B.'],
    ]);
  });

  test('--id-field and --text-field pick other fields, with dotted paths into nested objects', async () => {
    const p = file('in.jsonl', '{"meta":{"doc":"x1"},"body":"Text."}\n{"meta.doc":"x2","body":"Flat key wins."}\n');
    const items = await collect([p], { idField: 'meta.doc', textField: 'body' });
    expect(summary(items)).toEqual([
      ['article', 'x1', 'in.jsonl:1', 'Text.'],
      ['article', 'x2', 'in.jsonl:2', 'Flat key wins.'],
    ]);
    expect(fieldOf({ a: [1] }, 'a.0')).toBeUndefined();
  });

  test('a record over --max-article-bytes is rejected naming the limit; the lines around it are read', async () => {
    const big = JSON.stringify({ id: 'big', text: 'x'.repeat(2000) });
    const items = await collect(
      [file('in.jsonl', ['{"id":"a","text":"A."}', big, '{"id":"b","text":"B."}'].join('\n'))],
      { ...OPTIONS, maxArticleBytes: 1000 },
    );
    expect(summary(items)).toEqual([
      ['article', 'a', 'in.jsonl:1', 'A.'],
      [
        'error',
        'E_TOO_LARGE',
        2,
        `in.jsonl:2: the record is ${big.length} bytes, over the --max-article-bytes limit of 1000; skipped`,
      ],
      ['article', 'b', 'in.jsonl:3', 'B.'],
    ]);
  });

  test('an 8 MB line without a newline is rejected by its size, and the reader goes on after it', async () => {
    const p = path.join(dir, 'huge.jsonl');
    const fd = openSync(p, 'w');
    const chunk = Buffer.alloc(1 << 20, 0x61);
    for (let i = 0; i < 8; i++) writeSync(fd, chunk);
    writeSync(fd, Buffer.from('\n{"id":"after","text":"Still read."}\n'));
    closeSync(fd);
    const items = await collect([p], { ...OPTIONS, maxArticleBytes: 1 << 20 });
    expect(summary(items)).toEqual([
      [
        'error',
        'E_TOO_LARGE',
        1,
        `huge.jsonl:1: the record is ${8 << 20} bytes, over the --max-article-bytes limit of ${1 << 20}; skipped`,
      ],
      ['article', 'after', 'huge.jsonl:2', 'Still read.'],
    ]);
  });
});

describe('inputs: files, directories and stdin', () => {
  test('a text file over the limit is rejected unread; smaller ones pass as bytes', async () => {
    file('small.txt', 'Short.');
    file('large.txt', 'y'.repeat(3000));
    const items = await collect([dir], { ...OPTIONS, maxArticleBytes: 2048 });
    expect(
      items.map((i) =>
        i.kind === 'article'
          ? ['article', i.raw.id, Buffer.from(i.raw.bytes ?? []).toString()]
          : ['error', i.error.code, i.error.message],
      ),
    ).toEqual([
      ['error', 'E_TOO_LARGE', 'large.txt: 3000 bytes, over the --max-article-bytes limit of 2048; skipped'],
      ['article', 'small', 'Short.'],
    ]);
  });

  test(`the default limit is ${DEFAULT_MAX_ARTICLE_BYTES} bytes (10 MiB)`, () => {
    expect(DEFAULT_MAX_ARTICLE_BYTES).toBe(10 * 1024 * 1024);
  });

  test('an HTML file is passed as bytes with its format: ingest decodes it (and keeps its messages)', async () => {
    file('page.html', Buffer.from('<meta charset="latin1"><p>Caf\xe9</p>', 'latin1'));
    const items = await collect([dir]);
    expect(
      items.map((i) =>
        i.kind === 'article'
          ? [i.raw.id, i.raw.format, Buffer.from(i.raw.bytes ?? []).toString('latin1')]
          : i.error.code,
      ),
    ).toEqual([['page', 'html', '<meta charset="latin1"><p>Caf\xe9</p>']]);
  });

  test('a missing path is an error and the other inputs are read', async () => {
    const p = file('a.txt', 'A.');
    const items = await collect([path.join(dir, 'nope.txt'), p]);
    expect(items.map((i) => (i.kind === 'error' ? i.error.code : i.raw.id))).toEqual(['E_NOT_FOUND', 'a']);
  });

  test('stdin: JSONL when it starts with "{", else one text article; limits apply', async () => {
    const stdin = (s: string | Buffer) => (): Promise<Buffer> =>
      Promise.resolve(Buffer.isBuffer(s) ? s : Buffer.from(s));
    // Duplicate ids reach the batch, which keeps the first by input path and line (tests/hostile-batch.test.ts).
    const jsonl = await collect(['-'], OPTIONS, stdin('{"id":"s1","text":"One."}\n{"id":"s2","text":"Two."}\n'));
    expect(summary(jsonl)).toEqual([
      ['article', 's1', 'stdin:1', 'One.'],
      ['article', 's2', 'stdin:2', 'Two.'],
    ]);
    // Text on stdin is bytes, decoded by ingest like a file.
    const text = await collect(['-'], OPTIONS, stdin('\uFEFFPlain text.'));
    expect(text.map((i) => (i.kind === 'article' ? Buffer.from(i.raw.bytes ?? []).toString() : i.error.code))).toEqual([
      '\uFEFFPlain text.',
    ]);
    const big = await collect(['-'], { ...OPTIONS, maxArticleBytes: 4 }, stdin('Too long.'));
    expect(summary(big)).toEqual([
      ['error', 'E_TOO_LARGE', null, 'stdin: 9 bytes, over the --max-article-bytes limit of 4; skipped'],
    ]);
  });
});

// By default a single article file runs without worker threads (--jobs defaults to 1 for it).
describe('isSingleArticle', () => {
  it.each([
    ['one text file', (): string[] => [file('a.txt', 'Text.')], true],
    ['one HTML file', (): string[] => [file('a.html', '<p>Text.</p>')], true],
    ['one JSONL file', (): string[] => [file('a.jsonl', '{"id":"1","text":"x"}\n')], false],
    ['two text files', (): string[] => [file('a.txt', 'A.'), file('b.txt', 'B.')], false],
    ['a directory', (): string[] => [dir], false],
    ['stdin', (): string[] => ['-'], false],
    ['a missing file', (): string[] => [path.join(dir, 'missing.txt')], false],
  ])('%s -> %s', async (_name, inputs, expected) => {
    expect(await isSingleArticle(inputs())).toBe(expected);
  });
});
