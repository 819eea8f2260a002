// `news-extract review DIR`: the files it writes, its exit codes, a bad line reported by file and line while the
// rest is written, and a rerun that replaces the report whole.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCli, tempDir } from './check-helpers';

function article(id: string, text: string): string {
  return JSON.stringify({
    id,
    title: `Title ${id}`,
    url: null,
    published: '2024-05-01',
    text,
    removed: [],
    people: [],
    places: [],
    dates: [{ start: 0, end: 3, text: text.slice(0, 3), value: '2024-05-03', type: 'DATE' }],
    money: [],
    quotes: [],
    entities: [],
    messages: [],
  });
}

function indexRows(dir: string): unknown[] {
  const html = readFileSync(path.join(dir, 'review', 'index.html'), 'utf8');
  const m = /<script type="application\/json" id="rows">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m?.[1] ?? 'null') as unknown[];
}

describe('news-extract review', () => {
  it('writes one numbered page per article and an index whose rows carry the counts', () => {
    const dir = tempDir('review-cmd');
    writeFileSync(
      path.join(dir, 'articles.jsonl'),
      [article('b', 'Fri, rain.'), article('a', 'Sat, sun.')].join('\n') + '\n',
    );
    const r = runCli(['review', dir]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/review: 2 articles -> /);
    expect(readdirSync(path.join(dir, 'review', 'articles')).sort()).toEqual(['000001.html', '000002.html']);
    expect(indexRows(dir)).toEqual([
      [1, '000001', 'b', 'Title b', '2024-05-01', 0, 0, 0, 1, 0, 0],
      [2, '000002', 'a', 'Title a', '2024-05-01', 0, 0, 0, 1, 0, 0],
    ]);
    expect(readdirSync(dir).filter((f) => f.startsWith('.review'))).toEqual([]);
  });

  it('reports a bad line by file and line, writes the others and exits 1', () => {
    const dir = tempDir('review-bad');
    writeFileSync(
      path.join(dir, 'articles.jsonl'),
      [article('a', 'One.'), '{oops', '[1]', article('c', 'Two.')].join('\n') + '\n',
    );
    const r = runCli(['review', dir, '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/articles\.jsonl:2: /);
    expect(r.stderr).toMatch(/articles\.jsonl:3: not a JSON object/);
    expect(indexRows(dir).map((row) => (row as unknown[])[2])).toEqual(['a', 'c']);
  });

  it('replaces an earlier report whole', () => {
    const dir = tempDir('review-rerun');
    writeFileSync(
      path.join(dir, 'articles.jsonl'),
      [article('a', 'One.'), article('b', 'Two.'), article('c', 'Six.')].join('\n') + '\n',
    );
    expect(runCli(['review', dir, '--quiet']).status).toBe(0);
    writeFileSync(path.join(dir, 'articles.jsonl'), article('z', 'Ten.') + '\n');
    expect(runCli(['review', dir, '--quiet']).status).toBe(0);
    expect(readdirSync(path.join(dir, 'review', 'articles'))).toEqual(['000001.html']);
    expect(indexRows(dir)).toHaveLength(1);
  });

  it('is a usage error without a run folder', () => {
    const dir = tempDir('review-none');
    mkdirSync(path.join(dir, 'empty'));
    const r = runCli(['review', path.join(dir, 'empty')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/articles\.jsonl not found/);
    expect(existsSync(path.join(dir, 'empty', 'review'))).toBe(false);
    expect(runCli(['review']).status).toBe(2);
  });
});
