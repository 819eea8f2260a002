import { createPipeline } from '../src/pipeline/pipeline';
import { urlCountry } from '../src/pipeline/extract/money/currency-context';

/**
 * The currency a reader of the article understands: whole articles (wire-copy style, written for these tests) run
 * through the default pipeline, so places are normalized before money reads them. Each row: the article, its url
 * (or null), and every money mention as [text, currency, currencySource].
 */
type Row = readonly [
  text: string,
  url: string | null,
  expected: ReadonlyArray<readonly [string, string | null, string | null]>,
];

const pipeline = createPipeline({});
const run = (text: string, url: string | null, opts?: { defaultCurrency?: string }) =>
  (opts ? createPipeline(opts) : pipeline).run({ id: 't', source: 'test', text, url, published: '2024-03-01' });

const DATELINE: readonly Row[] = [
  [
    "TORONTO (Reuters) - Canada's biggest lender said on Tuesday it would spend $1.2 billion on new branches.",
    null,
    [['$1.2 billion', 'CAD', 'dateline']],
  ],
  [
    'SYDNEY, March 1 (Reuters) - Qantas posted a half-year profit of $1.25 billion, beating forecasts.',
    null,
    [['$1.25 billion', 'AUD', 'dateline']],
  ],
  [
    'WELLINGTON — The government will borrow an extra $5 billion this year, the finance minister said.',
    null,
    [['$5 billion', 'NZD', 'dateline']],
  ],
  [
    'SINGAPORE (AP) — The city-state will give each household $300 in vouchers from April.',
    null,
    [['$300', 'SGD', 'dateline']],
  ],
  [
    'JOHANNESBURG (Reuters) - Eskom needs R250 billion to fix its plants, and tariffs will rise by 20 cents a unit.',
    null,
    [
      ['R250 billion', 'ZAR', 'dateline'],
      ['20 cents', 'ZAR', 'dateline'],
    ],
  ],
  [
    'LUSAKA, Zambia — The mines ministry approved K2.5 billion in royalties, about $100 million at current rates.',
    null,
    [
      ['K2.5 billion', 'ZMW', 'dateline'],
      ['about $100 million', 'USD', 'default-option'],
    ],
  ],
  [
    'NAIROBI, Kenya (AP) — Treasury raised Sh50 billion from the bond, while KSh 3bn went to roads.',
    null,
    [
      ['Sh50 billion', 'KES', 'dateline'],
      ['KSh 3bn', 'KES', 'symbol'],
    ],
  ],
  [
    'LAGOS, Nigeria — The central bank injected N500 billion into the banks, or ₦500bn as its statement put it.',
    null,
    [
      ['N500 billion', 'NGN', 'dateline'],
      ['₦500bn', 'NGN', 'symbol'],
    ],
  ],
  [
    'ACCRA — Cocoa farmers will receive GH₵ 1,308 per bag this season, up from GH¢800.',
    null,
    [
      ['GH₵ 1,308', 'GHS', 'symbol'],
      ['GH¢800', 'GHS', 'symbol'],
    ],
  ],
  [
    'NEW DELHI (Reuters) - The ministry cleared projects worth Rs 5,000 crore and a further 800 crore rupees.',
    null,
    [
      ['Rs 5,000 crore', 'INR', 'dateline'],
      ['800 crore rupees', 'INR', 'dateline'],
    ],
  ],
  ['WASHINGTON (AP) — Congress approved $95 billion in aid on Tuesday.', null, [['$95 billion', 'USD', 'dateline']]],
];

const URL_AND_PLACES: readonly Row[] = [
  [
    'The council will spend $12 million on the new library, the mayor said.',
    'https://www.theglobeandmail.ca/canada/article-library/',
    [['$12 million', 'CAD', 'url']],
  ],
  [
    'The miner reported a R3.4bn loss for the year.',
    'https://www.news24.co.za/fin24/companies/mining-loss',
    [['R3.4bn', 'ZAR', 'url']],
  ],
  [
    'Treasury said it had paid Sh12 billion to contractors.',
    'https://www.nation.co.ke/kenya/business/pending-bills',
    [['Sh12 billion', 'KES', 'url']],
  ],
  [
    'The state will pay Rs 2 lakh to each family.',
    'https://indianexpress.com/article/india/compensation/',
    [['Rs 2 lakh', null, null]],
  ],
  [
    'Shoppers in Melbourne and Sydney spent $4.2 billion over the holiday weekend, retailers in Brisbane said.',
    null,
    [['$4.2 billion', 'AUD', 'places']],
  ],
  [
    'Ministers approved Rs 10 billion for flood relief, officials in Islamabad said.',
    null,
    [['Rs 10 billion', 'PKR', 'places']],
  ],
  [
    'Farmers in Kaduna and Kano will get N50,000 each, the Abuja government said.',
    null,
    [['N50,000', 'NGN', 'places']],
  ],
  [
    'Ministers in Islamabad and Lahore approved Rs 10 billion for flood relief in Karachi.',
    null,
    [['Rs 10 billion', 'PKR', 'places']],
  ],
];

const EXPLICIT_AND_DEFAULT: readonly Row[] = [
  ['All figures are in Australian dollars. The bank earned $9.6 billion.', null, [['$9.6 billion', 'AUD', 'explicit']]],
  [
    'The miner raised C$300 million in March and a further $50 million in May.',
    null,
    [
      ['C$300 million', 'CAD', 'symbol'],
      ['$50 million', 'CAD', 'explicit'],
    ],
  ],
  // a parenthetical conversion is in another currency than the amount it converts
  [
    'The company will pay 50 million Canadian dollars ($37 million) for the stake.',
    null,
    [
      ['50 million Canadian dollars', 'CAD', 'name'],
      ['$37 million', 'USD', 'default-option'],
    ],
  ],
  // a non-dollar country makes "$" the international dollar, not the local money
  ['NAIROBI, Kenya — The World Bank lent $750 million for roads.', null, [['$750 million', 'USD', 'default-option']]],
  ['The startup raised $20 million from investors.', null, [['$20 million', 'USD', 'default-option']]],
  // no country evidence for a unit several countries share: null (with a message), never a guess
  [
    'He was fined 20,000 shillings and Rs 400.',
    null,
    [
      ['20,000 shillings', null, null],
      ['Rs 400', null, null],
    ],
  ],
];

describe('extract/money: the currency a reader understands', () => {
  test.each([...DATELINE, ...URL_AND_PLACES, ...EXPLICIT_AND_DEFAULT])('%s', (text, url, expected) => {
    const doc = run(text, url);
    expect(doc.money.map((m) => [m.text, m.currency, m.currencySource])).toEqual(expected);
    for (const m of doc.money) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });

  test('--default-currency stays the fallback for a bare "$" with no country evidence', () => {
    const doc = run('The startup raised $20 million.', null, { defaultCurrency: 'AUD' });
    expect(doc.money.map((m) => [m.currency, m.currencySource, m.currencyInferred])).toEqual([
      ['AUD', 'default-option', true],
    ]);
  });

  test('an ambiguous unit gets one info message naming the candidates', () => {
    const doc = run('He was fined Rs 400 and later Rs 900.', null);
    const notes = doc.messages.filter((m) => m.ruleId === 'currency-ambiguous');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.severity).toBe('info');
    expect(notes[0]?.message).toContain('INR, PKR');
  });

  test('a lone capital letter before a number is money only in a paper from its country', () => {
    expect(run('The R5 motorway and the K9 unit cost N5 to enter.', null).money).toEqual([]);
    expect(
      run('The fee is R50, the minister said.', 'https://www.iol.co.za/news/fees').money.map((m) => [
        m.text,
        m.currency,
      ]),
    ).toEqual([['R50', 'ZAR']]);
  });

  test('written currencies are not overridden by the country', () => {
    const doc = run('SYDNEY (Reuters) - The miner paid US$2 billion, or A$3 billion, and €1bn.', null);
    expect(doc.money.map((m) => [m.currency, m.currencySource])).toEqual([
      ['USD', 'symbol'],
      ['AUD', 'symbol'],
      ['EUR', 'symbol'],
    ]);
  });
});

describe('urlCountry', () => {
  test.each([
    ['https://www.smh.com.au/business/x', 'AU'],
    ['https://www.bbc.co.uk/news/x', 'GB'],
    ['http://www.punchng.com.ng/x', 'NG'],
    ['https://www.straitstimes.com/singapore/x', null],
    ['https://www.graphic.com.gh/news/x', 'GH'],
    ['https://t.co/abc', null],
    ['https://example.io/x', null],
    ['not a url', null],
  ])('%s -> %s', (url, country) => {
    expect(urlCountry(url)).toBe(country);
  });
});
