import { parseArgs } from 'node:util';
import {
  EvalInputError,
  EvalOptionError,
  evalOptions,
  formatReport,
  predictionFile,
  readJsonl,
  scoreRecords,
} from '../../eval';
import { OptionError } from '../../pipeline/options';
import type { Command } from '../command';
import { EXIT } from '../command';

const EVAL_HELP = `usage: news-extract eval --gold GOLD.jsonl[.gz] --pred DIR|articles.jsonl [options]

Scores predictions (a run's output directory or its articles.jsonl) against a gold set, with the same rules and
numbers as the reference scorer shared/eval/score.mjs: per type precision/recall/F1 with exact spans (strict) and
overlapping spans (lenient, one-to-one), value accuracy for dates, amount and currency accuracy for money, content
overlap and speaker accuracy for quotes, shingle and snippet scores for the body.

options:
  --gold FILE             gold JSONL (gzip-compressed is recognised)
  --pred PATH             output directory of a run, or an articles.jsonl file
  --types LIST            people,places,organizations,dates,quotes,money,body,published
                          (default: all but published; published scores the article's own date against gold \`date\`)
  --date-types LIST       gold date types scored: DATE,TIME,DURATION,SET,REF or all (default: DATE)
  --calendar-only         only gold dates whose value is YYYY, YYYY-MM or YYYY-MM-DD
  --syntactic LIST        gold people/places/organizations syntactic types kept, e.g. NAM,PRE.NAM (null = none given)
  --quotes-all            score quotes against every attribution (indirect speech included)
  --quote-kinds LIST      keep only predicted quotes of these kinds (direct, indirect)
  --strict-values         an X in a gold date value no longer matches any digit
  --errors N              list up to N missed (FN), spurious (FP) and wrong-value examples per type
                          (published: MISSING, WRONG and UNDATED pages)
  --json                  print the result as JSON (the reference scorer's shape)
  -h, --help              this text

examples:
  news-extract data/dev.jsonl --out /tmp/pred && news-extract eval --gold data/dev.jsonl --pred /tmp/pred
  news-extract eval --gold meantime_dev.jsonl --pred out/ --types people,places,dates,money --syntactic NAM,PRE.NAM
  news-extract eval --gold timeml_dev.jsonl --pred out/ --types dates --date-types all --errors 20
  news-extract eval --gold polnear_dev.jsonl --pred out/articles.jsonl --types quotes --json
  news-extract eval --gold boilerplate_text_dev.jsonl.gz --pred out/ --types published --errors 50

exit codes: 0 scored, 2 usage error or unreadable gold/prediction file.`;

async function evalCommand(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      gold: { type: 'string' },
      pred: { type: 'string' },
      types: { type: 'string' },
      'date-types': { type: 'string' },
      'calendar-only': { type: 'boolean', default: false },
      syntactic: { type: 'string' },
      'quotes-all': { type: 'boolean', default: false },
      'quote-kinds': { type: 'string' },
      'strict-values': { type: 'boolean', default: false },
      errors: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(EVAL_HELP + '\n');
    return EXIT.ok;
  }
  if (!values.gold || !values.pred)
    throw new OptionError('E_USAGE', 'news-extract eval: --gold and --pred are both required');
  try {
    const flags = {
      gold: values.gold,
      pred: values.pred,
      types: values.types,
      dateTypes: values['date-types'],
      calendarOnly: values['calendar-only'],
      syntactic: values.syntactic,
      quotesAll: values['quotes-all'],
      quoteKinds: values['quote-kinds'],
      errors: values.errors,
      strictValues: values['strict-values'],
    };
    const opt = evalOptions(flags, predictionFile(values.pred));
    const result = scoreRecords(readJsonl(opt.goldPath), readJsonl(opt.predPath), opt);
    process.stdout.write(values.json ? JSON.stringify(result, null, 2) + '\n' : formatReport(result));
    return EXIT.ok;
  } catch (e) {
    if (e instanceof EvalOptionError || e instanceof EvalInputError) throw new OptionError(e.code, e.message);
    throw e;
  }
}

/** `news-extract eval`: precision/recall/F1 of predictions against a gold set (agrees with shared/eval/score.mjs). */
export const evalCommandDef: Command = {
  name: 'eval',
  summary: 'score predictions against a gold set (P/R/F1, values, speakers, body)',
  help: EVAL_HELP,
  run: evalCommand,
};
