"""Copy the en_US data out of the ``faker`` package into plain text files (run once, at build time).

Faker's en_US person provider carries the US Census Bureau's first names (1990 census, with
frequencies) and its most common surnames (2010 census, top 1,000); its address provider carries
street suffixes and state names. The corpus generator reads only the text files written here, so the
evaluation never imports faker at run time and does not move when faker is upgraded.

Run: ``python bench/pii_corpus/v2/lexicons/export_faker.py`` (rewrites the four files).
"""

from __future__ import annotations

from pathlib import Path

from faker import VERSION
from faker.providers.address.en_US import Provider as Address
from faker.providers.person.en_US import Provider as Person

HERE = Path(__file__).resolve().parent


def _write(name: str, rows: list[str]) -> None:
    header = f"# from faker {VERSION} en_US ({name}); one entry a line, census frequency order where known\n"
    (HERE / name).write_text(header + "\n".join(rows) + "\n")


def main() -> None:
    firsts = {**Person.first_names_female, **Person.first_names_male}
    ordered = sorted(firsts, key=lambda n: -firsts[n])
    _write("first_names.txt", [n for n in ordered if n.isalpha()])
    _write("surnames.txt", [n for n in Person.last_names if n.isalpha()])
    _write("faker_street_suffixes.txt", list(Address.street_suffixes))
    _write("states.txt", [f"{s}\t{a}" for s, a in zip(Address.states, Address.states_abbr, strict=False)])


if __name__ == "__main__":
    main()
