#!/usr/bin/env bash
# Runs the built CLI on every dev gold set and scores it with the project's own `eval` command.
#   scripts/eval-dev.sh [EVAL_DIR] [OUT_DIR]
# EVAL_DIR defaults to ../shared/eval (the gold sets live in EVAL_DIR/dev); OUT_DIR to /tmp/news-extract-eval.
# The CLI sees only each record's input fields (id, text or html, published), via EVAL_DIR/run-set.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${1:-../shared/eval}
out=${2:-/tmp/news-extract-eval}
dev="$eval_dir/dev"
cli="node $(pwd)/dist/cli.js"
run() { # set-file out-name [extra CLI flags, e.g. --preset baseline-compromise]
  local set=$1 name=$2
  shift 2
  PROJECT_CMD="$cli $*" bash "$eval_dir/run-set.sh" "$dev/$set" "$out/$name" 2>&1 | grep 'wall time' || true
}
score() { # set-file out-name flags...
  local set=$1 name=$2
  shift 2
  echo "== $name $*"
  $cli eval --gold "$dev/$set" --pred "$out/$name" "$@" | grep -v '^gold \|^options:'
}
run conll2003_dev.jsonl conll
run meantime_dev.jsonl meantime
run timeml_dev.jsonl timeml
run polnear_dev.jsonl polnear
run recognizers_currency_dev.jsonl currency
run recognizers_datetime_dev.jsonl datetime
run boilerplate_text_dev.jsonl.gz boiler-text
run boilerplate_dev.jsonl.gz boiler-html
# Library-alone baselines over the same body text, scored the same way (see PRESETS in src/pipeline/presets.ts).
run conll2003_dev.jsonl conll-compromise --preset baseline-compromise
run meantime_dev.jsonl meantime-compromise --preset baseline-compromise
run polnear_dev.jsonl polnear-compromise --preset baseline-compromise
run timeml_dev.jsonl timeml-wink --preset baseline-wink-dates
score conll2003_dev.jsonl conll --types people,places,organizations
score meantime_dev.jsonl meantime --types people,places,dates,money --syntactic NAM,PRE.NAM
score timeml_dev.jsonl timeml --types dates
score timeml_dev.jsonl timeml --types dates --date-types DATE,TIME,DURATION,SET,REF
score polnear_dev.jsonl polnear --types quotes
score polnear_dev.jsonl polnear --types quotes --quotes-all
score recognizers_currency_dev.jsonl currency --types money
score recognizers_datetime_dev.jsonl datetime --types dates --date-types all
score boilerplate_text_dev.jsonl.gz boiler-text --types body
score boilerplate_dev.jsonl.gz boiler-html --types body
# The article's own date (`published`) against the pages' gold `date`, from pasted text and from HTML.
score boilerplate_text_dev.jsonl.gz boiler-text --types published
score boilerplate_dev.jsonl.gz boiler-html --types published
echo "== baselines"
score conll2003_dev.jsonl conll-compromise --types people,places,organizations
score meantime_dev.jsonl meantime-compromise --types people,places --syntactic NAM,PRE.NAM
score polnear_dev.jsonl polnear-compromise --types quotes
score timeml_dev.jsonl timeml-wink --types dates
