import { ingest } from '../src/pipeline/ingest/ingest';
import { OptionError, resolveOptions } from '../src/pipeline/options';
import { isoDayOf } from '../src/text/dates/iso-day';

describe('text/dates/iso-day: one validator for days given from outside the text', () => {
  it.each([
    ['2022-02-28', '2022-02-28'],
    ['2024-02-29', '2024-02-29'],
    ['2022-12-27T10:30:00Z', '2022-12-27'],
    ['2022-12-27 10:30', '2022-12-27'],
    [' 2022-12-27 ', '2022-12-27'],
    ['2022-02-30', null],
    ['2023-02-29', null],
    ['2022-13-01', null],
    ['2022-04-31', null],
    ['2022-1-5', null],
    ['20221227', null],
    ['27/12/2022', null],
    ['2022-12-270', null],
    ['', null],
  ])('%j -> %j', (input, expected) => {
    expect(isoDayOf(input)).toBe(expected);
  });
});

describe('referenceDate option', () => {
  it('accepts a real day', () => {
    expect(resolveOptions({ referenceDate: '2024-02-29' }).referenceDate).toBe('2024-02-29');
  });
  it.each(['2022-02-30', '2022-13-01', '2022-12-27T10:00', 'yesterday'])(
    'rejects %j with an OptionError naming option and value',
    (value) => {
      let thrown: unknown = null;
      try {
        resolveOptions({ referenceDate: value });
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(OptionError);
      expect((thrown as OptionError).code).toBe('E_OPTION_REFERENCE_DATE');
      expect((thrown as OptionError).message).toContain('referenceDate');
      expect((thrown as OptionError).message).toContain(JSON.stringify(value));
    },
  );
});

describe('input published', () => {
  const options = resolveOptions({});
  it('keeps a real day (a time part is ignored)', () => {
    const doc = ingest({ id: 'a', source: 'a', text: 'Text.', published: '2022-12-27T08:00:00Z' }, options);
    expect(doc.inputPublished).toBe('2022-12-27');
    expect(doc.messages).toEqual([]);
  });
  it.each(['2022-02-30', 'Dec 27 2022', '2022-00-10'])(
    'drops %j with a bad-published warning on the article',
    (published) => {
      const doc = ingest({ id: 'a', source: 'a', text: 'Text.', published }, options);
      expect(doc.inputPublished).toBeNull();
      expect(doc.messages).toHaveLength(1);
      expect(doc.messages[0]).toMatchObject({ ruleId: 'bad-published', severity: 'warning' });
      expect(doc.messages[0]?.message).toContain(JSON.stringify(published));
    },
  );
});
