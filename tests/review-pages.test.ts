// Review pages from hostile and ordinary records: everything from the input is escaped, nothing can run or load,
// every mention is one element with its type and offsets, and quotes link to their speakers.
import { parseHTML } from 'linkedom';
import { articlePage, pageName } from '../src/review/article-page';
import { jsonForScript, safeHref } from '../src/review/escape';
import { toReviewArticle } from '../src/review/record';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function record(text: string, extra: Record<string, unknown> = {}): unknown {
  return {
    id: 'a1',
    title: 'T',
    url: null,
    published: '2024-03-01',
    text,
    removed: [],
    people: [],
    places: [],
    dates: [],
    money: [],
    quotes: [],
    entities: [],
    messages: [],
    ...extra,
  };
}

/** The little of a parsed element these tests read (the project compiles without the DOM lib). */
interface El {
  readonly textContent: string | null;
  readonly attributes: ArrayLike<{ readonly name: string }>;
  getAttribute(name: string): string | null;
}

/** A parsed page seen through `all` (querySelectorAll as an array) and `one` (the first match or null). */
interface Page {
  all(selector: string): El[];
  one(selector: string): El | null;
  readonly text: string | null;
}

function page(rec: unknown): Page {
  const html = articlePage(toReviewArticle(rec), { number: 1, total: null, prev: null, next: pageName(2) });
  const { document } = parseHTML(html);
  const all = (selector: string): El[] => Array.from(document.querySelectorAll(selector) as unknown as ArrayLike<El>);
  return { all, one: (selector) => all(selector)[0] ?? null, text: (document.body as unknown as El).textContent };
}

describe('review pages: hostile input', () => {
  const rec = record(`He wrote ${HOSTILE} and left.`, {
    id: `x"><script>alert(3)</script>`,
    title: `</title><script>alert(4)</script>`,
    url: 'javascript:alert(5)',
    people: [{ start: 0, end: 2, text: 'He', name: '<b onmouseover=alert(6)>', role: null, entity: 'P1' }],
    entities: [
      {
        id: 'P1',
        type: 'person',
        name: '<svg onload=alert(7)>',
        roles: ['"><img src=y onerror=alert(8)>'],
        mentions: 1,
      },
    ],
    messages: [{ severity: 'warning', ruleId: 'x', message: '<iframe src=javascript:alert(9)>' }],
  });
  const doc = page(rec);

  it("has exactly one script, the page's own", () => {
    expect(doc.all('script').length).toBe(1);
    expect(doc.one('script')?.textContent).not.toMatch(/alert/);
  });
  it('has no event-handler attributes, no iframes, images or svg from the input', () => {
    for (const el of doc.all('*')) {
      for (const attr of Array.from(el.attributes)) expect(attr.name.startsWith('on')).toBe(false);
    }
    expect(doc.all('iframe, img, svg, object, embed').length).toBe(0);
  });
  it('links no javascript: URL and shows the URL as text', () => {
    for (const a of doc.all('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
    expect(doc.text).toContain('javascript:alert(5)');
  });
  it('keeps the hostile text as text', () => {
    expect(doc.one('article')?.textContent).toBe(`He wrote ${HOSTILE} and left.`);
  });
  it('carries a Content Security Policy that allows no remote loads', () => {
    const csp = doc.one('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
  it('escapes JSON for a script data block and refuses non-http links', () => {
    expect(jsonForScript(['</script><!--'])).toBe('["\\u003c/script\\u003e\\u003c!--"]');
    expect(['javascript:x', 'data:text/html,x', 'vbscript:x', 'notaurl', null].map(safeHref)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(safeHref('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
  });
});

describe('review pages: mentions', () => {
  const text = 'Mr Banda met Ms Tembo in Lusaka on Friday. "We need K2 billion," Banda said.';
  const rec = record(text, {
    removed: [{ start: 0, end: 0, reason: 'empty' }],
    people: [
      { start: 3, end: 8, text: 'Banda', name: 'Joseph Banda', role: null, entity: 'P1' },
      { start: 16, end: 21, text: 'Tembo', name: 'Ruth Tembo', role: null, entity: 'P2' },
      { start: 65, end: 70, text: 'Banda', name: 'Joseph Banda', role: null, entity: 'P1' },
    ],
    places: [{ start: 25, end: 31, text: 'Lusaka', name: 'Lusaka', kind: 'city', country: 'ZM', entity: 'L1' }],
    dates: [{ start: 35, end: 41, text: 'Friday', value: '2024-02-23', type: 'DATE' }],
    money: [{ start: 52, end: 62, text: 'K2 billion', amount: 2e9, decimal: '2000000000', currency: 'ZMW' }],
    quotes: [
      {
        start: 44,
        end: 62,
        text: 'We need K2 billion',
        kind: 'direct',
        speaker: { start: 65, end: 70, text: 'Banda' },
        speakerName: 'Joseph Banda',
        cue: { start: 71, end: 75, text: 'said' },
        utterance: 'Q1',
      },
    ],
    entities: [{ id: 'P1', type: 'person', name: 'Joseph Banda', roles: [], mentions: 2 }],
  });
  const doc = page(rec);
  const first = (type: string): El[] => doc.all(`[data-type="${type}"]:not([data-cont])`);

  it.each([
    ['person', 3],
    ['place', 1],
    ['date', 1],
    ['money', 1],
    ['quote', 1],
    ['organization', 0],
  ])('marks every %s mention once (%d)', (type, n) => {
    expect(first(type).length).toBe(n);
  });
  it('puts offsets and the mention text on each element', () => {
    for (const el of doc.all('[data-type]:not([data-cont])')) {
      const start = Number(el.getAttribute('data-start'));
      const end = Number(el.getAttribute('data-end'));
      if (el.getAttribute('data-type') !== 'quote') expect(el.textContent).toBe(text.slice(start, end));
    }
  });
  it('shows normalized values in the tooltip data', () => {
    expect(first('money')[0]?.getAttribute('data-tip')).toBe('amount: 2000000000\ncurrency: ZMW');
    expect(first('place')[0]?.getAttribute('data-tip')).toContain('country: ZM');
    expect(first('date')[0]?.getAttribute('data-tip')).toContain('value: 2024-02-23');
  });
  it('links the quote to its speaker mention', () => {
    const link = doc.one('a.to-speaker');
    expect(link?.getAttribute('href')).toBe('#m-person-65-70');
    expect(doc.one('#m-person-65-70')?.textContent).toBe('Banda');
  });
  it('makes mentions focusable and links entities to their first mention', () => {
    expect(first('person').every((el) => el.getAttribute('tabindex') === '0')).toBe(true);
    expect(doc.one('aside a')?.getAttribute('href')).toBe('#m-person-3-8');
  });
  it('names pages by number, never by id', () => {
    expect([1, 42, 1234567].map(pageName)).toEqual(['000001', '000042', '1234567']);
    expect(doc.one('a[rel="next"]')?.getAttribute('href')).toBe('000002.html');
  });
});

describe('review records: what cannot be shown is skipped, not clamped', () => {
  it('drops spans outside the text and non-object lines', () => {
    const a = toReviewArticle(record('abc', { people: [{ start: 1, end: 9 }, { start: 0, end: 1 }, 'x'] }));
    expect(a.mentions.person.map((m) => [m.start, m.end])).toEqual([[0, 1]]);
    expect(() => toReviewArticle([1])).toThrow('not a JSON object');
    expect(() => toReviewArticle({ id: 'x' })).toThrow('no "id" or "text" string');
  });
});
