// The review's text renderer: overlapping spans become balanced HTML whose text is the article's text, and every
// span is one first part (continuations are marked), whatever the overlaps.
import fc from 'fast-check';
import type { Layer } from '../src/review/render-text';
import { renderLayers } from '../src/review/render-text';

function layer(start: number, end: number, name: string, rank = 1): Layer {
  return { start, end, rank, open: (cont) => `<i class="${name}"${cont ? ' c' : ''}>`, close: '</i>' };
}

/** The text content of rendered HTML (tags dropped, the five entities decoded). */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** True when every opening <i> has its closing tag in order. */
function balanced(html: string): boolean {
  let depth = 0;
  for (const m of html.matchAll(/<(\/?)i\b[^>]*>/g)) {
    depth += m[1] ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('renderLayers', () => {
  const cases: { name: string; text: string; layers: Layer[]; html: string }[] = [
    { name: 'no layers', text: 'a<b', layers: [], html: 'a&lt;b' },
    { name: 'one span', text: 'Mr Banda said', layers: [layer(3, 8, 'p')], html: 'Mr <i class="p">Banda</i> said' },
    {
      name: 'nested',
      text: '"We lost," Jones said',
      layers: [layer(1, 8, 'q', 0), layer(4, 8, 'w')],
      html: '&quot;<i class="q">We <i class="w">lost</i></i>,&quot; Jones said',
    },
    {
      name: 'same bounds: lower rank outside',
      text: 'Kenya',
      layers: [layer(0, 5, 'in', 3), layer(0, 5, 'out', 0)],
      html: '<i class="out"><i class="in">Kenya</i></i>',
    },
    {
      name: 'crossing: inner reopened as continuation',
      text: 'abcdef',
      layers: [layer(0, 4, 'x'), layer(2, 6, 'y')],
      html: '<i class="x">ab<i class="y">cd</i></i><i class="y" c>ef</i>',
    },
    {
      name: 'span outside the text skipped',
      text: 'abc',
      layers: [layer(2, 9, 'x'), layer(1, 1, 'empty')],
      html: 'abc',
    },
  ];
  it.each(cases)('$name', ({ text, layers, html }) => {
    expect(renderLayers(text, layers)).toBe(html);
  });

  it('emits a span\'s "after" once, after its last part', () => {
    const q: Layer = { ...layer(0, 4, 'q', 0), after: '<a>S</a>' };
    expect(renderLayers('abcdef', [q, layer(2, 6, 'd')])).toBe(
      '<i class="q">ab<i class="d">cd</i></i><a>S</a><i class="d" c>ef</i>',
    );
  });

  it('keeps the text, balances tags and opens each span once as a first part (property)', () => {
    const arb = fc
      .string({ maxLength: 40 })
      .chain((text) =>
        fc.tuple(
          fc.constant(text),
          fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.nat(4)), { maxLength: 12 }),
        ),
      );
    fc.assert(
      fc.property(arb, ([text, raw]) => {
        const layers = raw.map(([a, b, r], i) => layer(Math.min(a, b), Math.max(a, b), `s${i}`, r));
        const stats = { parts: 0 };
        const html = renderLayers(text, layers, stats);
        expect(textOf(html)).toBe(text);
        expect(balanced(html)).toBe(true);
        const visible = raw.map(([a, b], i) => ({ a, b, name: `s${i}` })).filter((l) => l.a !== l.b);
        const firsts = [...html.matchAll(/<i class="(s\d+)">/g)].map((m) => m[1]);
        expect(firsts.sort()).toEqual(visible.map((l) => l.name).sort());
        // Work grows with parts: each span is split at most once per other span's boundary.
        expect(stats.parts).toBeLessThanOrEqual(visible.length * (2 * visible.length + 1));
      }),
      { numRuns: 300 },
    );
  });
});
