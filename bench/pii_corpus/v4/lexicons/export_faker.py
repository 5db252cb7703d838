"""Copy the two public name lists out of ``faker``'s en_US person provider into plain files (run once).

faker's en_US provider carries the US Census Bureau's first names with their frequencies (female and male
lists) and the 1,000 most common surnames of the 2010 Census, in frequency order. The v4 generator reads
only the files written here, so the committed corpus does not move when faker is upgraded.

Run: ``python bench/pii_corpus/v4/lexicons/export_faker.py``.
"""

from __future__ import annotations

from pathlib import Path

from faker import VERSION
from faker.providers.person.en_US import Provider as Person

HERE = Path(__file__).resolve().parent


def main() -> None:
    firsts = {**Person.first_names_female, **Person.first_names_male}
    rows = [f"{n}\t{w:.4f}" for n, w in sorted(firsts.items(), key=lambda kv: (-kv[1], kv[0])) if n.isalpha()]
    head = f"# faker {VERSION} en_US person provider: first name <TAB> census frequency (percent)\n"
    (HERE / "first_names.tsv").write_text(head + "\n".join(rows) + "\n")
    last = [n for n in Person.last_names if n.isalpha()]
    head = f"# faker {VERSION} en_US person provider: 2010 Census surnames, top 1,000, frequency order\n"
    (HERE / "surnames.txt").write_text(head + "\n".join(last) + "\n")


if __name__ == "__main__":
    main()
