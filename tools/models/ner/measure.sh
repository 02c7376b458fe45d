#!/bin/sh
# Entity/chunk F1 of the term model against its spaCy teacher on held-out silver text, and tagging speed of the
# addon vs spaCy, in one run. Needs the training venv and silver data of train.sh (OSMOSE_NER_WORK, default
# ~/.cache/osmose/ner-train). Writes bench/results/ner-model.{json,md}.
set -eu
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
WORK=${OSMOSE_NER_WORK:-$HOME/.cache/osmose/ner-train}
MODEL=${1:-$ROOT/tools/models/ner/osmose-terms-enfr}
"$WORK/venv/bin/python" "$ROOT/tools/models/ner/teacher-speed.py" "$WORK/silver.jsonl" > "$WORK/teacher-speed.json"
cd "$ROOT" && npx tsx tools/models/ner/measure.ts "$WORK/silver.jsonl" "$MODEL" "$WORK/teacher-speed.json"
