"""The v6 word lists: the Census 1990 name subsets (``lexicons/``) and the short lists typed here.

Sources: first names, surnames and street names (surnames used as street names) from the US Census Bureau
1990 frequency files (the subset copied by ``lexicons/export_census.py``: no word of any v2-v5 name list,
street list or PERSON value). USPS Publication 28: Appendix C1 street suffixes, directionals and highway forms (published
standards, not phrasings, so v6 reads them from ``usps_kit``), Appendix C2
secondary unit designators, and the PO box, rural route, highway contract route and highway address forms of
its chapter 2. The spelling words, providers, street words and highway kinds are the v6 author's.
"""

from __future__ import annotations

import random
from pathlib import Path

from bench.pii_corpus import lexicon_kit
from bench.pii_corpus.slot_kit import ID_LETTERS as ID_LETTERS
from bench.pii_corpus.usps_kit import DIRECTIONS as DIRECTIONS
from bench.pii_corpus.usps_kit import HIGHWAYS as HIGHWAYS
from bench.pii_corpus.usps_kit import SUFFIX_ABBR as SUFFIX_ABBR
from bench.pii_corpus.usps_kit import USPS_SUFFIXES

HERE = Path(__file__).resolve().parent
Name = tuple[str, float]

# what callers say most often, drawn 65% of the time; the whole C1 table otherwise
EVERYDAY = ["Street", "Avenue", "Road", "Drive", "Lane", "Court", "Boulevard", "Way", "Place", "Circle",
            "Trail", "Parkway", "Terrace", "Pike", "Loop", "Run", "Path", "Crossing"]  # fmt: skip
# Pub. 28 C2 designators that take a number, and how often a caller says each
UNITS_C2 = [("Apartment", "APT", 34), ("Unit", "UNIT", 16), ("Suite", "STE", 12), ("Lot", "LOT", 6),
            ("Building", "BLDG", 4), ("Floor", "FL", 3), ("Room", "RM", 3), ("Space", "SPC", 3),
            ("Trailer", "TRLR", 2), ("Slip", "SLIP", 1)]  # fmt: skip
# street words the author wrote for v6 (none on a v2-v5 list; check.py checks it)
STREET_WORDS = ["Cottonwood", "Hackberry", "Buttonwood", "Chinaberry", "Sweetgum", "Paw Paw", "Mulberry",
                "Boxelder", "Sourwood", "Basswood", "Catalpa", "Chokecherry", "Serviceberry", "Redbud",
                "Copperhead", "Kingfisher", "Whippoorwill", "Meadowlark", "Killdeer", "Bluebonnet",
                "Indian Paintbrush", "Sagebrush", "Yucca", "Mesquite", "Acequia", "Caliche", "Adobe",
                "Canal", "Levee", "Bayou Teche", "Sawgrass", "Palmetto", "Coquina", "Tidewater",
                "Ironworks", "Quarry", "Kiln", "Smokehouse", "Depot", "Trolley", "Turntable", "Ferryboat",
                "Lighthouse", "Packinghouse", "Creamery", "Cannery", "Sawmill", "Granary", "Cider Press",
                "Pumpkin Patch", "Scuppernong", "Muscadine", "Sorghum", "Buckwheat", "Alfalfa", "Bluestem",
                "Firefly", "Katydid", "Cicada", "Dragonfly"]  # fmt: skip
# "<letter> as in <word>" the way callers spell on the phone: first names and everyday words
AS_IN = {"A": ["apple", "Alice"], "B": ["Bravo", "baker"], "C": ["Charles", "cookie"], "D": ["Dan", "dollar"],
         "E": ["Eddie", "easy"], "F": ["Freddie", "football"], "G": ["girl", "Gary"], "H": ["Harry", "happy"],
         "J": ["Jack", "jelly"], "K": ["Kevin", "kite"], "L": ["Larry", "lemon"], "M": ["Mike", "money"],
         "N": ["Nora", "nut"], "P": ["Peter", "pizza"], "R": ["Robert", "radio"], "S": ["Sam", "sugar"],
         "T": ["Tom", "tiger"], "U": ["umbrella", "uncle"], "V": ["Victor", "violin"], "W": ["William", "water"],
         "X": ["x-ray"], "Y": ["yellow", "yo-yo"], "Z": ["zebra", "zoo"], "I": ["ice cream"],
         "O": ["orange"], "Q": ["queen"]}  # fmt: skip
MAIL = [(28, "gmail.com"), (10, "yahoo.com"), (7, "hotmail.com"), (7, "outlook.com"), (6, "icloud.com"),
        (4, "aol.com"), (3, "comcast.net"), (2, "att.net"), (2, "verizon.net"), (2, "cox.net"),
        (2, "sbcglobal.net"), (1, "charter.net"), (1, "mail.com"), (1, "zoho.com"), (1, "proton.me"),
        (1, "ymail.com"), (1, "windstream.net"), (1, "frontier.com")]  # fmt: skip
TRADES = ["roofing", "dental", "farms", "realty", "hvac", "auto", "law", "bakery", "landscaping", "tax"]


FIRST_NAMES: tuple[Name, ...] = tuple(
    (r[0], float(r[2])) for r in lexicon_kit.rows(HERE / "lexicons" / "first_names.tsv")
)
SURNAMES: tuple[Name, ...] = tuple(
    (r[0], float(r[1])) for r in lexicon_kit.rows(HERE / "lexicons" / "surnames.txt")
)
STREET_NAMES: tuple[Name, ...] = tuple(
    (r[0], float(r[1])) for r in lexicon_kit.rows(HERE / "lexicons" / "street_names.txt")
)


def draw(names: tuple[Name, ...], rng: random.Random) -> str:
    """A name, drawn by the square root of its Census frequency (so rare names come up too)."""
    return rng.choices([n for n, _ in names], weights=[f**0.5 for _, f in names])[0]


def suffix(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(EVERYDAY) if rng.random() < 0.65 else rng.choice(USPS_SUFFIXES)[0]
    return name, SUFFIX_ABBR[name]
