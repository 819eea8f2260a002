import fc from 'fast-check';
import { decodeBytes, MAX_INVALID_MESSAGES } from '../src/pipeline/ingest/decode';
import { lenientUtf8, scanUtf8 } from '../src/pipeline/ingest/decode/3-utf8';
import { ingest } from '../src/pipeline/ingest/ingest';
import { resolveOptions } from '../src/pipeline/options';

const TEXT = 'Le président a déclaré: “l’économie va bien” — 5 € de plus.';

const utf16le = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string): Uint8Array => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return new Uint8Array(be);
};
const cat = (...parts: ArrayLike<number>[]): Uint8Array => new Uint8Array(parts.flatMap((p) => Array.from(p)));
const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

/** Windows-1252 bytes for text whose characters are all in that code page. */
function cp1252(s: string): Uint8Array {
  const high: Record<string, number> = {
    '€': 0x80,
    '‚': 0x82,
    '„': 0x84,
    '…': 0x85,
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '–': 0x96,
    '—': 0x97,
  };
  return new Uint8Array([...s].map((c) => high[c] ?? c.charCodeAt(0)));
}

/** name, bytes, expected text, expected encoding. */
const CASES: ReadonlyArray<readonly [string, Uint8Array, string, string]> = [
  ['UTF-8 without BOM', utf8(TEXT), TEXT, 'utf-8'],
  ['UTF-8 with BOM (the BOM is not text)', cat([0xef, 0xbb, 0xbf], utf8(TEXT)), TEXT, 'utf-8'],
  ['UTF-16 LE with BOM', cat([0xff, 0xfe], utf16le(TEXT)), TEXT, 'utf-16le'],
  ['UTF-16 BE with BOM', cat([0xfe, 0xff], utf16be(TEXT)), TEXT, 'utf-16be'],
  [
    'UTF-16 LE without BOM (NUL in every other byte)',
    utf16le('Plain ASCII text in UTF-16.'),
    'Plain ASCII text in UTF-16.',
    'utf-16le',
  ],
  [
    'UTF-32 LE with BOM, astral characters kept',
    cat(
      [0xff, 0xfe, 0x00, 0x00],
      ...[...'a😀b'].map((c) => {
        const b = Buffer.alloc(4);
        b.writeUInt32LE(c.codePointAt(0) ?? 0);
        return b;
      }),
    ),
    'a😀b',
    'utf-32le',
  ],
  [
    'Windows-1252 French',
    cp1252(`${TEXT} Les prix ont augmenté de 5 % à Paris, a-t-il ajouté.`),
    `${TEXT} Les prix ont augmenté de 5 % à Paris, a-t-il ajouté.`,
    'windows-1252',
  ],
  [
    'Latin-1 German',
    new Uint8Array(Buffer.from('Der Kanzler sagte in München, die Größe sei übermäßig.', 'latin1')),
    'Der Kanzler sagte in München, die Größe sei übermäßig.',
    'windows-1252',
  ],
  [
    'ASCII with one Windows-1252 apostrophe',
    cp1252('The minister said it wouldn’t comment on the plan.'),
    'The minister said it wouldn’t comment on the plan.',
    'windows-1252',
  ],
  ['empty input', new Uint8Array(0), '', 'utf-8'],
];

describe('ingest/decode: encodings', () => {
  test.each(CASES)('%s', (_name, bytes, text, encoding) => {
    const d = decodeBytes(bytes);
    expect(d.text).toBe(text);
    expect(d.encoding).toBe(encoding);
    expect(d.messages.filter((m) => m.severity === 'fatal')).toEqual([]);
  });

  test('a declared iso-8859-1 is read as windows-1252, as browsers do (0x92 is a right quote)', () => {
    const bytes = cat(utf8('<meta charset="iso-8859-1"><p>it'), [0x92], utf8('s caf'), [0xe9], utf8('</p>'));
    expect(decodeBytes(bytes, { html: true }).text).toBe('<meta charset="iso-8859-1"><p>it’s café</p>');
  });

  test('a legacy encoding is reported as an info message naming it', () => {
    const d = decodeBytes(cp1252('Le président a déclaré que l’économie française était forte.'));
    expect(d.messages).toEqual([
      expect.objectContaining({
        ruleId: 'legacy-encoding',
        severity: 'info',
        message: expect.stringMatching(/windows-1252/),
      }),
    ]);
  });

  test('Windows-1251 Russian is detected', () => {
    const ru = 'Президент России заявил, что торговля со странами СНГ превысит сто миллиардов долларов.';
    const bytes = new Uint8Array(
      [...ru].map((c) => {
        const x = c.charCodeAt(0);
        return x >= 0x410 && x <= 0x44f ? x - 0x410 + 0xc0 : x;
      }),
    );
    expect(decodeBytes(bytes)).toMatchObject({ text: ru, encoding: 'windows-1251' });
  });

  test('HTML bytes that are not UTF-8 follow their <meta charset>', () => {
    const html = '<html><head><meta charset="iso-8859-2"></head><body>Zażółć</body></html>';
    const bytes = new Uint8Array(Buffer.from(html.replace('Zażółć', 'Za\u00bf\u00f3\u00b3\u00e6'), 'latin1'));
    const d = decodeBytes(bytes, { html: true });
    expect(d.text).toContain('Zażółć');
    expect(d.encoding).toBe('iso-8859-2');
    expect(d.messages.map((m) => m.ruleId)).toEqual(['declared-encoding']);
  });
});

describe('ingest/decode: invalid UTF-8', () => {
  test('each invalid sequence becomes U+FFFD with a warning giving its byte offset and text position', () => {
    const bytes = cat(utf8('Café “ok” '), [0xff], utf8(' and '), [0xe2, 0x82], utf8(' end'));
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      ['invalid-utf8', 'warning', 'invalid UTF-8 at byte offset 15 replaced with U+FFFD'],
      ['invalid-utf8', 'warning', 'invalid UTF-8 at byte offset 21 replaced with U+FFFD'],
    ]);
    for (const m of d.messages) expect(d.text.slice(m.span?.start, m.span?.end)).toBe('\ufffd');
  });

  test(`at most ${MAX_INVALID_MESSAGES} warnings one by one, then one summary`, () => {
    const bytes = cat(...Array.from({ length: 30 }, () => cat(utf8('é'), [0xc3])));
    const d = decodeBytes(bytes);
    expect(d.messages).toHaveLength(MAX_INVALID_MESSAGES + 1);
    expect(d.messages[MAX_INVALID_MESSAGES]?.message).toBe('20 more invalid UTF-8 sequences replaced with U+FFFD');
  });

  test('the scan places every U+FFFD where TextDecoder puts it (WHATWG algorithm), for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = lenientUtf8(bytes);
        const scan = scanUtf8(bytes, Infinity);
        const positions: number[] = [];
        for (let i = 0; i < text.length; i++) if (text[i] === '\ufffd') positions.push(i);
        expect(scan.invalid.map((s) => s.charOffset)).toEqual(positions);
        expect(scan.invalidCount).toBe(positions.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('ingest/decode: binary input', () => {
  const png = cat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], utf8('IHDR'));
  test.each([
    ['PNG image', png, /PNG image/],
    ['PDF document', utf8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'), /PDF document/],
    ['ZIP archive', cat([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), /ZIP archive/],
    ['JPEG image', cat([0xff, 0xd8, 0xff, 0xe0, 0, 16]), /JPEG image/],
    ['gzip archive', cat([0x1f, 0x8b, 0x08, 0, 0, 0]), /gzip archive/],
    ['NUL bytes', cat(utf8('some text'), [0, 1, 2, 0, 200, 0, 0, 0, 7]), /NUL bytes from byte 9/],
  ])('%s -> fatal binary-input, no text', (_name, bytes, why) => {
    const d = decodeBytes(bytes);
    expect(d.text).toBe('');
    expect(d.messages).toEqual([
      expect.objectContaining({ ruleId: 'binary-input', severity: 'fatal', message: expect.stringMatching(why) }),
    ]);
  });

  test('text that starts with a short printable signature ("RIFF", "ID3") is still text', () => {
    expect(decodeBytes(utf8('RIFF talks broke down on Monday.'))).toMatchObject({
      text: 'RIFF talks broke down on Monday.',
      messages: [],
    });
    expect(decodeBytes(utf8('ID3 tags were not affected.'))).toMatchObject({ messages: [] });
  });

  test('ingest turns a binary file into a fatal message on an empty document, so the batch goes on', () => {
    const doc = ingest({ id: 'img', source: 'img.txt', bytes: png }, resolveOptions({}));
    expect(doc.text).toBe('');
    expect(doc.messages.map((m) => [m.ruleId, m.severity])).toContainEqual(['binary-input', 'fatal']);
  });
});
