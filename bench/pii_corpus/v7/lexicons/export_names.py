"""Copy name lists of many origins into plain files (run once, by hand; the corpus reads only the files written
here, never the network and never Faker at build time).

Why not the Census files again: v2-v6 used up the frequent US Census 1990 first names and surnames, and those
files are mostly names of European origin, while the callers of a US phone line are not. The source here is the
per-locale person name lists shipped in the PyPI package ``Faker`` 40.63.0 (installed in the project venv;
``faker/providers/person/<locale>/__init__.py``), which are compiled from public name lists of each country:
Indian and Pakistani English, Nigerian (Yoruba, Igbo, Hausa), Ghanaian (Twi), Swahili, Zulu, Mexican Spanish,
Brazilian Portuguese, Italian, Irish, Turkish, Indonesian, Vietnamese (which gives nothing: placeholder first
names, surnames all on the earlier lists), and the romanized Japanese and Chinese lists. Diacritics are dropped (as an English recognizer writes "Nguyen", "Yilmaz"), and only one-word names of
letters are kept.

New vocabulary: every word of a v2-v6 name list, street list or PERSON/STREET value is left out
(v6's ``earlier_words`` for v2-v5, v6's own lists and test half here).

ASR spelling: each name gets at most one variant written the way an English recognizer may spell what it heard
("Oluwaseun" -> "Oluwashaun", "Priyanka" -> "Preyanka", "Nguyen" -> "Nuyen"): a few sound-alike rewrites,
kept only when the result is a new word too. The corpus uses the variant for some callers, and then the
variant *is* the value (a redactor sees what the transcript says).

- ``first_names.tsv``: name, origin locale, ASR variant (or empty): up to 45 per origin.
- ``surnames.txt``: the same for surnames, up to 60 per origin.
- ``street_names.txt``: further surnames (none a v7 person's), used as street names.

Run: ``.venv/bin/python bench/pii_corpus/v7/lexicons/export_names.py``
"""

from __future__ import annotations

import importlib
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1]
sys.path.insert(0, str(CORPUS.parents[1]))

from bench.pii_corpus import lexicon_kit  # noqa: E402
from bench.pii_corpus.v6 import words as v6_words  # noqa: E402
from bench.pii_corpus.v6.lexicons.export_census import earlier_words as v2_to_v5_words  # noqa: E402

LOCALES = ["en_IN", "en_PK", "yo_NG", "ig_NG", "ha_NG", "en_NG", "tw_GH", "sw", "zu_ZA", "es_MX", "pt_BR",
           "it_IT", "ga_IE", "tr_TR", "id_ID", "vi_VN", "ja_JP", "zh_CN"]  # fmt: skip
N_FIRST, N_LAST, N_STREET = 45, 60, 12
# sound-alike rewrites an English recognizer makes on names it does not know (first match applied)
ASR_REWRITES = [("ph", "f"), ("kh", "k"), ("dh", "d"), ("th", "t"), ("eun", "shaun"), ("ei", "ay"), ("ee", "i"),
                ("ou", "oo"), ("iy", "i"), ("ya", "ia"), ("q", "k"), ("x", "sh"), ("zh", "j"), ("ng", "n"),
                ("ri", "re"), ("ck", "k"), ("ai", "i"), ("ch", "sh"), ("ll", "l"), ("tt", "t"), ("ie", "y"),
                ("c", "k"), ("z", "s"), ("v", "b"), ("y", "i"), ("w", "")]  # fmt: skip


def earlier_words() -> set[str]:
    """Every word of the v2-v6 name and street lists and of their PERSON and STREET values, lower case."""
    lists = ("v6/lexicons/first_names.tsv", "v6/lexicons/surnames.txt", "v6/lexicons/street_names.txt")
    return v2_to_v5_words() | lexicon_kit.listed_words(CORPUS, "v6", lists, v6_words.STREET_WORDS)


def ascii_name(name: str) -> str:
    """Diacritics dropped ("Y\u0131lmaz" -> "Yilmaz", "Nguy\u1ec5n" -> "Nguyen"); the dotless i and the
    barred d have no decomposition, so they are mapped by hand."""
    name = name.replace("\u0131", "i").replace("\u0111", "d").replace("\u0110", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def asr_variant(name: str, taken: set[str]) -> str:
    """The first sound-alike rewrite that gives a new word of 3+ letters, or ""."""
    low = name.lower()
    for a, b in ASR_REWRITES:
        if a in low[1:]:
            k = low.index(a, 1)
            v = low[:k] + b + low[k + len(a) :]
            if len(v) >= 3 and v not in taken and v != low:
                return v.title()
    return ""


def names(locale: str, attr: str) -> list[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    romanized = {"first_names": "first_romanized_names", "last_names": "last_romanized_names"}[attr]
    raw = getattr(provider, romanized, None) or getattr(provider, attr)
    out = []
    for n in raw:
        a = ascii_name(n)
        if re.fullmatch(r"[A-Za-z]{3,}", a) and a not in out:
            out.append(a[0].upper() + a[1:].lower())
    return out


def main() -> None:
    seen = earlier_words()
    rng = random.Random(20261206)
    firsts: list[tuple[str, str]] = []
    lasts: list[tuple[str, str]] = []
    streets: list[tuple[str, str]] = []
    used = set(seen)
    for loc in LOCALES:
        pool = [n for n in names(loc, "first_names") if n.lower() not in used]
        if loc != "vi_VN":  # vi_VN's first-name list holds only placeholders
            pick = rng.sample(pool, min(N_FIRST, len(pool)))
            firsts += [(n, loc) for n in pick]
            used |= {n.lower() for n in pick}
    for loc in LOCALES:
        pool = [n for n in names(loc, "last_names") if n.lower() not in used]
        pick = rng.sample(pool, min(N_LAST + N_STREET, len(pool)))
        lasts += [(n, loc) for n in pick[:N_LAST]]
        streets += [(n, loc) for n in pick[N_LAST:]]
        used |= {n.lower() for n in pick}
    taken = set(used)

    def rows(items: list[tuple[str, str]], variants: bool) -> str:
        out = []
        for n, loc in items:
            v = asr_variant(n, taken) if variants else ""
            taken.add(v.lower())
            out.append(f"{n}\t{loc}\t{v}\n")
        return "".join(out)

    head = ("# Person names of many origins from the per-locale lists of the PyPI package Faker 40.63.0, diacritics\n"
            "# dropped, none a word of the v2-v6 lists or values; written by export_names.py.\n"
            "# columns: name <TAB> origin locale <TAB> ASR spelling variant (or empty)\n")  # fmt: skip
    (HERE / "first_names.tsv").write_text(head + rows(firsts, True))
    (HERE / "surnames.txt").write_text(head + rows(lasts, True))
    head = (
        "# Further surnames of the same lists, used as street names (none a v7 person's); export_names.py.\n"
    )
    (HERE / "street_names.txt").write_text(
        head + "# columns: name <TAB> origin locale <TAB>\n" + rows(streets, False)
    )
    print(
        f"first names {len(firsts)}, surnames {len(lasts)}, street names {len(streets)}, excluded {len(seen)}"
    )


if __name__ == "__main__":
    main()
