"""Reading back v10's four new address forms for its ``check.py``: a half house number ("12 1/2 Galena St"), a
Utah grid address ("1520 S 400 E"), a Puerto Rico urbanization ("14 Calle Amapola, Urb Parque Flamboyan")
and overseas military mail ("PSC 802 Box 74 APO AE").

The kit's address reader (``readback_kit.ValueChecks.check_address``) knows the street, PO box, rural
route and highway forms; these four are v10's alone, so they are read here, over the kit's number reader
(``ValueChecks.house``). Every part of the value is read from what was said, so a value changed by one
character fails (the one-value mutants ``check.py`` counts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from bench.pii_corpus import check_kit, readback_kit

HALF = re.compile(r"(\d+) 1/2 (.+) ([A-Z][a-z]+)")
GRID = re.compile(r"(\d+) ([NSEW]) ([1-9]\d?)00 ([NSEW])")
URB = re.compile(r"(\d+) Calle ([A-Z][a-z]+), Urb (.+)")
MIL = re.compile(r"(PSC|Unit|CMR) (\d+) Box (\d+) (APO|FPO|DPO) (AA|AE|AP)")
DIRECTION = r"(north|south|east|west|[nsew])\.?"
SAID_GRID = re.compile(rf"(.+?) {DIRECTION} (.+?) {DIRECTION}")
SAID_MIL = re.compile(r"(p s c|psc|unit|c m r|cmr) (.+?),? box (.+?),? ([a-z] ?[a-z] ?[a-z]) ([a-z] ?[a-z])")


@dataclass(frozen=True)
class FormChecks:
    """The four readers over a half's ``ValueChecks`` (its number reader and failures) and ``words``."""

    values: readback_kit.ValueChecks
    words: ModuleType

    def owns(self, entity: dict[str, Any]) -> bool:
        """Whether the entity is one of the four forms (every other value goes to the kit's readers)."""
        return entity["type"] == "STREET_ADDRESS" and any(
            p.fullmatch(entity["value"]) for p in (HALF, GRID, URB, MIL)
        )

    def number_said(self, value: str, said: str) -> bool:
        """Whether ``said`` reads as the number ``value`` (words that are no number read as none)."""
        try:
            return value in self.values.house(said)
        except (ValueError, IndexError):
            return False

    def check(self, where: str, said: str, value: str) -> None:
        expect, low = self.values.expect, said.lower()
        if m := HALF.fullmatch(value):
            number, street, abbr = m.groups()
            parts = re.split(r"\band a half\b| 1/2\b", low, maxsplit=1)
            expect(len(parts) == 2, f"{where} half address: no half said: {said!r}")
            if len(parts) == 2:
                name = self.values.abbr_to_suffix.get(abbr, "")
                tail = parts[1].strip()
                expect(self.number_said(number, parts[0]), f"{where} half address number: {said!r}")
                expect(tail.startswith(street.lower() + " "), f"{where} half address street: {said!r}")
                expect(tail[len(street) :].strip(" .") in (name.lower(), abbr.lower()),
                       f"{where} half address suffix: {said!r}")  # fmt: skip
        elif m := GRID.fullmatch(value):
            number, d1, blocks, d2 = m.groups()
            s = SAID_GRID.fullmatch(low)
            expect(s is not None, f"{where} grid address shape: {said!r}")
            if s:
                expect(
                    s.group(2)[0] == d1.lower() and s.group(4)[0] == d2.lower(), f"{where} grid directions"
                )
                expect(self.number_said(number, s.group(1)), f"{where} grid house number: {said!r}")
                grid = s.group(3)
                ok = grid == f"{blocks}00" or (
                    grid.endswith(" hundred") and self.number_said(blocks, grid.removesuffix(" hundred"))
                )
                expect(ok, f"{where} grid street: {said!r}")
        elif m := URB.fullmatch(value):
            number, calle, urb = m.groups()
            expect(f"calle {calle.lower()}" in low, f"{where} calle: {said!r}")
            expect(
                urb.lower() in low and re.search(r"\burb", low) is not None, f"{where} urbanization: {said!r}"
            )
            rest = re.sub(r"\burb(?:anization|anizacion)?\.?", " ", low.replace(urb.lower(), " "))
            expect(self.number_said(number, rest.split("calle")[0]), f"{where} urbanization number: {said!r}")
        elif m := MIL.fullmatch(value):
            kind, unit, box, post, af = m.groups()
            s = SAID_MIL.fullmatch(low.replace(",", ""))
            expect(s is not None, f"{where} military address shape: {said!r}")
            if s:
                expect(check_kit.letters(s.group(1)) == kind.lower(), f"{where} military kind")
                expect(self.number_said(unit, s.group(2)), f"{where} military unit: {said!r}")
                expect(self.number_said(box, s.group(3)), f"{where} military box: {said!r}")
                expect(check_kit.letters(s.group(4)) == post.lower(), f"{where} military post office")
                expect(check_kit.letters(s.group(5)) == af.lower(), f"{where} armed forces area")
