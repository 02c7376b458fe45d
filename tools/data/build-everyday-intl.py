"""Everyday words of the languages the concept rules have no word lists of their own for (Polish, Czech, Slovak,
Swedish, Danish, Norwegian, Finnish, Romanian, Hungarian, Turkish, Russian, Ukrainian, Bulgarian, Greek, Indonesian,
Malay, Arabic, Hebrew, Persian), into packages/core/data/everyday/<lang>.txt (read by
packages/core/src/concepts/everyday-intl.ts, one language's file when a deck in it is read).

A single word one of these languages uses this often ("Finansowanie", "Installation", "Kirjallisuus", "الخدمات") is
no concept of a deck: on the thirteenth held-out set (2026-12-06), the readers dropped such words as generic,
headings or pieces of longer names (see CHANGELOG, "Concepts, a twenty-fourth round").

Source: wordfreq 3.1.1 (Robyn Speer et al.), whose word-frequency data is licensed under CC BY-SA 4.0
(https://creativecommons.org/licenses/by-sa/4.0/); the generated file is a derived work under the same licence.
Regenerate with:

    pip install wordfreq==3.1.1
    python3 tools/data/build-everyday-intl.py
"""
import math
import os
import re

from wordfreq import get_frequency_dict

# the language codes of language.ts, and wordfreq's where they differ
LANGS = {"pl": "pl", "cs": "cs", "sk": "sk", "sv": "sv", "da": "da", "no": "nb", "fi": "fi", "ro": "ro", "hu": "hu",
         "tr": "tr", "ru": "ru", "uk": "uk", "bg": "bg", "el": "el", "id": "id", "ms": "ms", "ar": "ar", "he": "he",
         "fa": "fa"}
# Zipf 4.0: a word seen 10 times per million words or more (about the 6,000 to 11,000 commonest of each language)
ZIPF = 4.0
# letters only, five or more (a short word is a function word, which the stop lists hold, or an abbreviation)
WORD = re.compile(r"[^\W\d_]{5,}")

out = os.path.join(os.path.dirname(__file__), "..", "..", "packages", "core", "data", "everyday")
os.makedirs(out, exist_ok=True)
total = 0
for lang, wf in LANGS.items():
    freqs = get_frequency_dict(wf, "best")
    words = sorted(w for w, f in freqs.items() if math.log10(f * 1e9) >= ZIPF and WORD.fullmatch(w))
    with open(os.path.join(out, f"{lang}.txt"), "w", encoding="utf-8") as f:
        f.write(" ".join(words) + "\n")
    total += len(words)
print(out, total, "words")
