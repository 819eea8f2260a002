import fs from 'node:fs';
import path from 'node:path';
import { extractMoney } from '../src/pipeline/extract/money';
import { docFor, expectSpansMatch } from './helpers/doc';

/** One expected mention: its text, value fields and (optionally) the rest of the contract. */
interface Expected {
  readonly span: string;
  readonly amount: number;
  readonly currency: string | null;
  readonly min?: number;
  readonly max?: number;
  readonly qualifier?: string;
  readonly unit?: 'minor';
}

/** text -> every money mention it must yield, in order. */
const CASES: ReadonlyArray<readonly [string, readonly Expected[]]> = [
  // the reference article's sentence: the verb is a qualifier, not part of the span
  [
    'Russia’s trade with CIS members might exceed $100 billion by the end of 2022.',
    [{ span: '$100 billion', amount: 100000000000, currency: 'USD', qualifier: 'exceed' }],
  ],
  // magnitudes: words, newswire abbreviations, glued and hyphenated, Indian lakh and crore
  ['The deal is worth $1.2bn.', [{ span: '$1.2bn', amount: 1200000000, currency: 'USD' }]],
  [
    'Qatar ordered jets worth $15bn and US$7.2 bn.',
    [
      { span: '$15bn', amount: 15000000000, currency: 'USD' },
      { span: 'US$7.2 bn', amount: 7200000000, currency: 'USD' },
    ],
  ],
  [
    'It raised £3.5m and €20 mln.',
    [
      { span: '£3.5m', amount: 3500000, currency: 'GBP' },
      { span: '€20 mln', amount: 20000000, currency: 'EUR' },
    ],
  ],
  [
    'A $1.5-billion plan and a 2,000-dollar prize.',
    [
      { span: '$1.5-billion', amount: 1500000000, currency: 'USD' },
      { span: '2,000-dollar', amount: 2000, currency: 'USD' },
    ],
  ],
  // "Rs" alone is shared by several rupees; an article that writes "₹" elsewhere names the Indian one
  [
    'The film cost ₹2 lakh, then Rs 5 crore.',
    [
      { span: '₹2 lakh', amount: 200000, currency: 'INR' },
      { span: 'Rs 5 crore', amount: 50000000, currency: 'INR' },
    ],
  ],
  ['The film cost Rs 5 crore.', [{ span: 'Rs 5 crore', amount: 50000000, currency: null }]],
  ['They spent $1.5 trillion.', [{ span: '$1.5 trillion', amount: 1500000000000, currency: 'USD' }]],
  // separators: thousands, decimals, Indian grouping, decimal comma
  [
    'It sold for $1,250.50 and 12,34,567.89 rupees.',
    [
      { span: '$1,250.50', amount: 1250.5, currency: 'USD' },
      { span: '12,34,567.89 rupees', amount: 1234567.89, currency: null },
    ],
  ],
  [
    'A coffee is 3,5 € there and a car 1.250,50 €.',
    [
      { span: '3,5 €', amount: 3.5, currency: 'EUR' },
      { span: '1.250,50 €', amount: 1250.5, currency: 'EUR' },
    ],
  ],
  // codes before and after, glued, lower case for major codes, scaled codes
  [
    'I would like to buy this item for EUR 125 or 115.5USD.',
    [
      { span: 'EUR 125', amount: 125, currency: 'EUR' },
      { span: '115.5USD', amount: 115.5, currency: 'USD' },
    ],
  ],
  [
    'rmb 10 usd 20',
    [
      { span: 'rmb 10', amount: 10, currency: 'CNY' },
      { span: 'usd 20', amount: 20, currency: 'USD' },
    ],
  ],
  [
    'They lost 75 USD million and 48.5 MGBP.',
    [
      { span: '75 USD million', amount: 75000000, currency: 'USD' },
      { span: '48.5 MGBP', amount: 48500000, currency: 'GBP' },
    ],
  ],
  ['we are giving away 3 USD50 cards', [{ span: 'USD50', amount: 50, currency: 'USD' }]],
  // prefixed signs: spaced and dotted forms, the Australian "$US"
  [
    'It fell to hk $ 10.05 billion from u.s $ 100,000,000.',
    [
      { span: 'hk $ 10.05 billion', amount: 10050000000, currency: 'HKD' },
      { span: 'u.s $ 100,000,000', amount: 100000000, currency: 'USD' },
    ],
  ],
  // a lower-case "us" before a spaced "$" is the pronoun in cased text, the country in lower-cased corpora
  [
    'It cost us $5 million, not US $3 million.',
    [
      { span: '$5 million', amount: 5000000, currency: 'USD' },
      { span: 'US $3 million', amount: 3000000, currency: 'USD' },
    ],
  ],
  [
    'russia has accepted a us $ 150 million world bank loan',
    [{ span: 'us $ 150 million', amount: 150000000, currency: 'USD' }],
  ],
  [
    'A$5 million here, C$300 million there and $US5m elsewhere.',
    [
      { span: 'A$5 million', amount: 5000000, currency: 'AUD' },
      { span: 'C$300 million', amount: 300000000, currency: 'CAD' },
      { span: '$US5m', amount: 5000000, currency: 'USD' },
    ],
  ],
  [
    'a contract for a US$40 billion (GB £20.1 billion) fleet',
    [
      { span: 'US$40 billion', amount: 40000000000, currency: 'USD' },
      { span: 'GB £20.1 billion', amount: 20100000000, currency: 'GBP' },
    ],
  ],
  // currency names, with country adjectives; ambiguous names stay null
  [
    'It paid 420 million finnish markka and 10,000 swiss francs.',
    [
      { span: '420 million finnish markka', amount: 420000000, currency: 'FIM' },
      { span: '10,000 swiss francs', amount: 10000, currency: 'CHF' },
    ],
  ],
  [
    'The budget is 300 million Hong Kong dollars and 4 billion U.S. dollars.',
    [
      { span: '300 million Hong Kong dollars', amount: 300000000, currency: 'HKD' },
      { span: '4 billion U.S. dollars', amount: 4000000000, currency: 'USD' },
    ],
  ],
  [
    'Profit improved to 361 million pounds, or 2 billion francs.',
    [
      { span: '361 million pounds', amount: 361000000, currency: 'GBP' },
      { span: '2 billion francs', amount: 2000000000, currency: null },
    ],
  ],
  [
    'Hey, the cost is 100元! I spent 100₾ on it.',
    [
      { span: '100元', amount: 100, currency: 'CNY' },
      { span: '100₾', amount: 100, currency: 'GEL' },
    ],
  ],
  ['Each block mined is now 6.25 BTC.', [{ span: '6.25 BTC', amount: 6.25, currency: null }]],
  // number words and fractions
  [
    'It costs half million usd, or a quarter million us dollars.',
    [
      { span: 'half million usd', amount: 500000, currency: 'USD' },
      { span: 'a quarter million us dollars', amount: 250000, currency: 'USD' },
    ],
  ],
  [
    'In 1993 grants totalled twenty MUSD and two hundred thousand euros.',
    [
      { span: 'twenty MUSD', amount: 20000000, currency: 'USD' },
      { span: 'two hundred thousand euros', amount: 200000, currency: 'EUR' },
    ],
  ],
  // minor units: the number stated, unit 'minor'; combined with a main unit they give a main-unit amount
  [
    'Shares rose 34 cents and the stock closed 210 pence higher.',
    [
      { span: '34 cents', amount: 34, currency: 'USD', unit: 'minor' },
      { span: '210 pence', amount: 210, currency: 'GBP', unit: 'minor' },
    ],
  ],
  [
    'it only cost thirteen dollars forty-five cents',
    [{ span: 'thirteen dollars forty-five cents', amount: 13.45, currency: 'USD' }],
  ],
  ['10 $ 30 cent', [{ span: '10 $ 30 cent', amount: 10.3, currency: 'USD' }]],
  ['It costs 15 dollars and 50.', [{ span: '15 dollars and 50', amount: 15.5, currency: 'USD' }]],
  // a sign between two numbers goes with the one it touches, else the one after
  ['1 $ 10 dollars bill', [{ span: '$ 10 dollars', amount: 10, currency: 'USD' }]],
  [
    'They cost $199 and $249 USD respectively.',
    [
      { span: '$199', amount: 199, currency: 'USD' },
      { span: '$249 USD', amount: 249, currency: 'USD' },
    ],
  ],
  ['a USD$ 23 billion dollar deal', [{ span: 'USD$ 23 billion dollar', amount: 23000000000, currency: 'USD' }]],
  // ranges
  [
    'The company raised $5-10 million.',
    [{ span: '$5-10 million', amount: 5000000, currency: 'USD', min: 5000000, max: 10000000 }],
  ],
  [
    'They will give between €3 million and €4 million.',
    [{ span: 'between €3 million and €4 million', amount: 3000000, currency: 'EUR', min: 3000000, max: 4000000 }],
  ],
  [
    'They pay (about US$16 million to $28 million) each.',
    [
      {
        span: 'about US$16 million to $28 million',
        amount: 16000000,
        currency: 'USD',
        min: 16000000,
        max: 28000000,
        qualifier: 'about',
      },
    ],
  ],
  [
    'Prices run 5,000 to 10,000 yen, or between 3 and 4 million euros.',
    [
      { span: '5,000 to 10,000 yen', amount: 5000, currency: 'JPY', min: 5000, max: 10000 },
      { span: 'between 3 and 4 million euros', amount: 3000000, currency: 'EUR', min: 3000000, max: 4000000 },
    ],
  ],
  [
    'Shares rallied to $2.5bn-$3bn.',
    [{ span: '$2.5bn-$3bn', amount: 2500000000, currency: 'USD', min: 2500000000, max: 3000000000 }],
  ],
  // "from A to B" and "fell A to B" are changes: two amounts; minor and main units never form a range
  [
    'Sales rose from $5 million to $7 million.',
    [
      { span: '$5 million', amount: 5000000, currency: 'USD' },
      { span: '$7 million', amount: 7000000, currency: 'USD' },
    ],
  ],
  [
    'The stock fell $1.125 to $13.625.',
    [
      { span: '$1.125', amount: 1.125, currency: 'USD' },
      { span: '$13.625', amount: 13.625, currency: 'USD' },
    ],
  ],
  [
    'It was down 25 cents to $30.25.',
    [
      { span: '25 cents', amount: 25, currency: 'USD', unit: 'minor' },
      { span: '$30.25', amount: 30.25, currency: 'USD' },
    ],
  ],
  [
    'Premiums held at 10-20 cents.',
    [{ span: '10-20 cents', amount: 10, currency: 'USD', min: 10, max: 20, unit: 'minor' }],
  ],
  ['It cost 70 Canadian cents.', [{ span: '70 Canadian cents', amount: 70, currency: 'CAD', unit: 'minor' }]],
  // qualifiers: modifiers inside the noun phrase join the span, clause words do not
  [
    'The fund holds some $2 trillion, up to $1 billion in cash and more than £5m.',
    [
      { span: 'some $2 trillion', amount: 2000000000000, currency: 'USD', qualifier: 'some' },
      { span: 'up to $1 billion', amount: 1000000000, currency: 'USD', qualifier: 'up to' },
      { span: 'more than £5m', amount: 5000000, currency: 'GBP', qualifier: 'more than' },
    ],
  ],
  [
    'Analysts put the value as high as US$100 billion.',
    [{ span: 'US$100 billion', amount: 100000000000, currency: 'USD', qualifier: 'as high as' }],
  ],
  [
    'Films will retail for around $9.99 US dollars.',
    [{ span: 'around $9.99 US dollars', amount: 9.99, currency: 'USD', qualifier: 'around' }],
  ],
  // a possessive or contraction is never part of a currency sign ("s$" is not Singapore dollars)
  [
    'Yahoo’s $4.8 billion bid failed; it’s $3,000 a month.',
    [
      { span: '$4.8 billion', amount: 4800000000, currency: 'USD' },
      { span: '$3,000', amount: 3000, currency: 'USD' },
    ],
  ],
  [
    "the company's $8.1 million loan and New York's $21-a-share offer",
    [
      { span: '$8.1 million', amount: 8100000, currency: 'USD' },
      { span: '$21', amount: 21, currency: 'USD' },
    ],
  ],
  [
    'Citigroup’s US$5bn and HSBC’s HK$2bn, while S$3 million went to Temasek.',
    [
      { span: 'US$5bn', amount: 5000000000, currency: 'USD' },
      { span: 'HK$2bn', amount: 2000000000, currency: 'HKD' },
      { span: 'S$3 million', amount: 3000000, currency: 'SGD' },
    ],
  ],
  // qualifiers: before (in the span when inside the noun phrase) and after the amount (outside it)
  [
    'It cost nearly $4bn, at least €2 million and no more than £300.',
    [
      { span: 'nearly $4bn', amount: 4000000000, currency: 'USD', qualifier: 'nearly' },
      { span: 'at least €2 million', amount: 2000000, currency: 'EUR', qualifier: 'at least' },
      { span: 'no more than £300', amount: 300, currency: 'GBP', qualifier: 'no more than' },
    ],
  ],
  [
    'Bids of $5 million or more, and a $2bn-plus plan.',
    [
      { span: '$5 million', amount: 5000000, currency: 'USD', qualifier: 'or more' },
      { span: '$2bn', amount: 2000000000, currency: 'USD', qualifier: 'plus' },
    ],
  ],
  // amount grammar: fractions, number words with names, Indian magnitudes, ranges with magnitudes on both bounds
  [
    'They paid half a million dollars and two hundred rand.',
    [
      { span: 'half a million dollars', amount: 500000, currency: 'USD' },
      { span: 'two hundred rand', amount: 200, currency: 'ZAR' },
    ],
  ],
  [
    'The project costs Rs 5 crore, or 3.5 lakh US dollars.',
    [
      { span: 'Rs 5 crore', amount: 50000000, currency: null },
      { span: '3.5 lakh US dollars', amount: 350000, currency: 'USD' },
    ],
  ],
  [
    'Estimates run €3bn-€4bn, or 10-12 billion Swiss francs.',
    [
      { span: '€3bn-€4bn', amount: 3000000000, currency: 'EUR', min: 3000000000, max: 4000000000 },
      { span: '10-12 billion Swiss francs', amount: 10000000000, currency: 'CHF', min: 10000000000, max: 12000000000 },
    ],
  ],
  [
    'Fares rose to KSh 1,200 and UShs 50,000.',
    [
      { span: 'KSh 1,200', amount: 1200, currency: 'KES' },
      { span: 'UShs 50,000', amount: 50000, currency: 'UGX' },
    ],
  ],
  // tokenized (Penn Treebank) text, as in the Recognizers dev set
  ['sales rose 6 . 2 % to $ 1.45 billion .', [{ span: '$ 1.45 billion', amount: 1450000000, currency: 'USD' }]],
  [
    '$ 20,000.00 $ 37,305.97 february expenses',
    [
      { span: '$ 20,000.00', amount: 20000, currency: 'USD' },
      { span: '$ 37,305.97', amount: 37305.97, currency: 'USD' },
    ],
  ],
  [
    'Banknotes: 5 €, 10 €.',
    [
      { span: '5 €', amount: 5, currency: 'EUR' },
      { span: '10 €', amount: 10, currency: 'EUR' },
    ],
  ],
];

describe('extract/money: table of cases', () => {
  test.each(CASES)('%s', (text, expected) => {
    const doc = docFor(text, [extractMoney]);
    expectSpansMatch(doc);
    const got = doc.money.map((m) => ({
      span: m.text,
      amount: m.amount,
      currency: m.currency,
      ...(m.min !== null ? { min: m.min } : {}),
      ...(m.max !== null ? { max: m.max } : {}),
      ...(m.qualifier !== null ? { qualifier: m.qualifier } : {}),
      ...(m.unit === 'minor' ? { unit: 'minor' } : {}),
    }));
    expect(got).toEqual(expected);
  });
});

describe('extract/money: contract', () => {
  test('amounts are exact: 1.2bn is 1200000000, and the decimal string never uses exponent notation', () => {
    const doc = docFor('It cost $1.2bn, then $0.1 billion, then $1.23 trillion.', [extractMoney]);
    expect(doc.money.map((m) => m.amount)).toEqual([1200000000, 100000000, 1230000000000]);
    expect(doc.money.map((m) => m.decimal)).toEqual(['1200000000', '100000000', '1230000000000']);
  });

  test('a bare "$" takes defaultCurrency and is marked inferred; a written code is not', () => {
    const doc = docFor('It cost $5 and US$6.', [extractMoney], { defaultCurrency: 'AUD' });
    expect(doc.money.map((m) => [m.currency, m.currencyInferred, m.currencyText])).toEqual([
      ['AUD', true, '$'],
      ['USD', false, 'US$'],
    ]);
  });

  test('a statement in the article names the dollar of bare "$" amounts', () => {
    const doc = docFor('All figures are in Australian dollars. The firm earned $5 million.', [extractMoney]);
    expect(doc.money.map((m) => [m.text, m.currency])).toEqual([['$5 million', 'AUD']]);
  });

  test('qualifiers are normalized in qualifierType', () => {
    const doc = docFor('about $5, more than $6, nearly $7, at least $8, up to $9, as much as $10 and $11 or so', [
      extractMoney,
    ]);
    expect(doc.money.map((m) => m.qualifierType)).toEqual([
      'approx',
      'more-than',
      'less-than',
      'at-least',
      'up-to',
      'up-to',
      'approx',
    ]);
  });

  test('written currencies say so in currencySource; a bare "$" says default-option', () => {
    const doc = docFor('It cost $5, US$6, EUR 7 and 8 euros.', [extractMoney]);
    expect(doc.money.map((m) => m.currencySource)).toEqual(['default-option', 'symbol', 'code', 'name']);
  });

  test('every mention records the stage and the rule that found it', () => {
    const doc = docFor('It raised $5-10 million and 3 dollars 50 cents.', [extractMoney]);
    expect(doc.money.map((m) => [m.stage, m.rule])).toEqual([
      ['extract/money', 'range'],
      ['extract/money', 'major-minor'],
    ]);
  });

  test('the reference corpus article yields $100 billion as 100000000000 USD, qualified by "exceed"', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', 'corpus', 'iria-cis-informal-summit-2022.txt'), 'utf8');
    const doc = docFor(text, [extractMoney]);
    const m = doc.money.find((x) => x.text === '$100 billion');
    expect(m).toMatchObject({ amount: 100000000000, currency: 'USD', qualifier: 'exceed', min: null, max: null });
    expect(m && text.slice(m.start, m.end)).toBe('$100 billion');
    expect(JSON.stringify(m?.amount)).toBe('100000000000');
  });
});
