"""The v7 word lists: names of many origins (``lexicons/``) and the short lists typed here.

Sources: first names, surnames and street names from the per-locale name lists of the PyPI package Faker
40.63.0, seventeen origins (copied by ``lexicons/export_names.py``: no word of any v2-v6 name list, street list or
PERSON/STREET value), each with the spelling an English recognizer may write for it. USPS Publication 28:
Appendix C1 street suffixes, C2 secondary unit designators (the ones that take a number), directionals
and highway forms (published standards, read from ``usps_kit``), and the PO box and rural route forms of its
chapter 2; the ID letters are ``slot_kit``'s. The spelling words,
providers, street words and places are the v7 author's.
"""

from __future__ import annotations

import random
from pathlib import Path

from bench.pii_corpus import lexicon_kit
from bench.pii_corpus.slot_kit import ID_LETTERS as ID_LETTERS
from bench.pii_corpus.slot_kit import MBI_LETTERS as MBI_LETTERS
from bench.pii_corpus.usps_kit import DIRECTIONS as DIRECTIONS
from bench.pii_corpus.usps_kit import HIGHWAYS as HIGHWAYS
from bench.pii_corpus.usps_kit import SUFFIX_ABBR as SUFFIX_ABBR
from bench.pii_corpus.usps_kit import UNITS_C2 as UNITS_C2
from bench.pii_corpus.usps_kit import USPS_SUFFIXES

HERE = Path(__file__).resolve().parent


Name = lexicon_kit.Name  # (name, origin locale, ASR spelling or "")


# what callers say most often, drawn 55% of the time; the whole C1 table otherwise (v6 drew 65%: v7 leans on
# the rarer suffixes: Stravenue, Causeway, Crossroad, Ridges ...)
EVERYDAY = ["Street", "Avenue", "Road", "Drive", "Lane", "Court", "Boulevard", "Way", "Place", "Circle",
            "Trail", "Parkway", "Terrace", "Highway", "Cove", "Point", "Hollow", "Ridge"]  # fmt: skip
# street words the author wrote for v7, a third of them more than one word (none on a v2-v6 list; check.py
# checks it)
STREET_WORDS = ["Old Stagecoach", "Los Arboles", "Tres Piedras", "Rancho Seco", "Honey Locust", "Shagbark",
                "Ironwood", "Loblolly", "Split Rail", "Cattle Guard", "Grain Elevator", "Tobacco Barn",
                "Peanut Farm", "Scissortail", "Roadrunner", "Hummingbird", "Jackrabbit", "Bobcat", "Armadillo",
                "Horned Toad", "Monarch", "Swallowtail", "Lightning Bug", "Camellia", "Gardenia", "Honeysuckle",
                "Trumpet Vine", "Coneflower", "Milkweed", "Foxglove", "Snapdragon", "Lilac", "Peony",
                "Hollyhock", "Zinnia", "Marigold", "Twin Silos", "Otter Slide", "Muskrat", "Turtle Creek",
                "Catfish Bend", "Bluegill", "Crawdad", "Telegraph", "Pony Express", "Stagecoach Stop",
                "Town Pump"]  # fmt: skip
# cities and states said after an address (not one of the ten types: they count as words to keep)
PLACES = [("Tulsa", "Oklahoma", "OK"), ("Fresno", "California", "CA"), ("Dayton", "Ohio", "OH"),
          ("Boise", "Idaho", "ID"), ("Mobile", "Alabama", "AL"), ("Laredo", "Texas", "TX"),
          ("Spokane", "Washington", "WA"), ("Macon", "Georgia", "GA"), ("Toledo", "Ohio", "OH"),
          ("Provo", "Utah", "UT"), ("Duluth", "Minnesota", "MN"), ("Biloxi", "Mississippi", "MS"),
          ("Yakima", "Washington", "WA"), ("Pueblo", "Colorado", "CO"), ("Joliet", "Illinois", "IL"),
          ("Scranton", "Pennsylvania", "PA"), ("Hialeah", "Florida", "FL"), ("Yonkers", "New York", "NY")]  # fmt: skip
# "<letter> as in <word>": the NATO words some callers know, and the everyday words most use
AS_IN = {"A": ["alpha", "aardvark"], "B": ["boy", "banana"], "C": ["cat", "Charlie"], "D": ["delta", "dog"],
         "E": ["echo", "elephant"], "F": ["Frank", "foxtrot"], "G": ["golf", "goat"], "H": ["hotel", "house"],
         "J": ["Juliet", "juice"], "K": ["kilo", "king"], "L": ["lima", "lion"], "M": ["Mary", "mouse"],
         "N": ["November", "Nancy"], "P": ["papa", "Paul"], "R": ["Romeo", "rabbit"], "S": ["sierra", "snake"],
         "T": ["tango", "table"], "U": ["uniform", "Utah"], "V": ["Victoria", "van"], "W": ["whiskey", "wagon"],
         "X": ["xylophone"], "Y": ["yankee", "yogurt"], "Z": ["Zulu", "zipper"], "I": ["India"],
         "O": ["Oscar"], "Q": ["Quebec"]}  # fmt: skip
MAIL = [(26, "gmail.com"), (9, "yahoo.com"), (8, "outlook.com"), (7, "hotmail.com"), (7, "icloud.com"),
        (4, "aol.com"), (2, "comcast.net"), (2, "att.net"), (2, "live.com"), (2, "msn.com"), (1, "me.com"),
        (1, "bellsouth.net"), (1, "earthlink.net"), (1, "gmx.com"), (1, "fastmail.com"), (1, "hey.com"),
        (1, "rocketmail.com"), (1, "juno.com")]  # fmt: skip
TRADES = ["plumbing", "nursery", "bookkeeping", "catering", "salon", "towing", "vet", "chiropractic", "print",
          "flooring"]  # fmt: skip


FIRST_NAMES = lexicon_kit.names(HERE / "lexicons" / "first_names.tsv")
SURNAMES = lexicon_kit.names(HERE / "lexicons" / "surnames.txt")
STREET_NAMES = lexicon_kit.names(HERE / "lexicons" / "street_names.txt")


draw = lexicon_kit.draw  # an origin first (each as likely, or the one asked for), then a name of it


def suffix(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(EVERYDAY) if rng.random() < 0.55 else rng.choice(USPS_SUFFIXES)[0]
    return name, SUFFIX_ABBR[name]
