"""The v8 word lists: names of many origins (``lexicons/``) and the short lists typed here, kept as data since
v8's generator was retired (issue 18): v14-v16's ``words`` read ``AS_IN`` and the USPS tables from here.

Sources: first names, surnames, street names and nicknames from ``lexicons/`` (Faker 40.63.0 locale lists for
Polish, Irish Gaelic, Yoruba, Hungarian, Lithuanian, Uzbek, Azerbaijani, Kenyan, Czech and Taiwanese names, and
lists typed by the v8 author for Vietnamese, Tamil, Arabic, Quechua/Aymara and Hawaiian names; see
the retired ``lexicons/export_names.py``: no word of any v2-v7 name list, street list or PERSON/STREET value), each with
the spelling an English recognizer may write for it. USPS Publication 28:
Appendix C1 street suffixes, C2 secondary unit designators (the ones that take a number), directionals
and highway forms (published standards, read from ``usps_kit``), and the PO box and rural route forms of its
chapter 2; the ID letters are ``slot_kit``'s. The spelling words (the
NATO alphabet and the older police/APCO alphabet callers learned: "Adam, Boy, Charles, David"), providers, street
words and places are the v8 author's.
"""

from __future__ import annotations

from pathlib import Path

from bench.pii_corpus import lexicon_kit
from bench.pii_corpus.slot_kit import ID_LETTERS as ID_LETTERS
from bench.pii_corpus.slot_kit import MBI_LETTERS as MBI_LETTERS
from bench.pii_corpus.usps_kit import DIRECTIONS as DIRECTIONS
from bench.pii_corpus.usps_kit import HIGHWAYS as HIGHWAYS
from bench.pii_corpus.usps_kit import SUFFIX_ABBR as SUFFIX_ABBR
from bench.pii_corpus.usps_kit import UNITS_C2 as UNITS_C2

HERE = Path(__file__).resolve().parent


Name = lexicon_kit.Name  # (name, origin locale, ASR spelling or "")


# what callers say most often, drawn 55% of the time; the whole C1 table otherwise (v6 drew 65%: v7 and v8 lean on
# the rarer suffixes: Stravenue, Causeway, Crossroad, Ridges ...)
EVERYDAY = ["Street", "Avenue", "Road", "Drive", "Lane", "Court", "Boulevard", "Way", "Place", "Circle",
            "Trail", "Parkway", "Terrace", "Highway", "Cove", "Point", "Hollow", "Ridge"]  # fmt: skip
# street words the author wrote for v8, a fifth of them more than one word (none on a v2-v7 list; check.py
# checks it)
STREET_WORDS = ["Kudzu", "Tupelo", "Pawpaw", "Cholla", "Paloverde", "Javelina", "Chuckwalla", "Gila", "Boll Weevil",
                "Shrimp Dock", "Net Mender", "Lobster Pot", "Sugarbush", "Sap Bucket", "Toll Gate", "Coal Tipple",
                "Slag Heap", "Mine Shaft", "Granite Cut", "Cooperage", "Caboose", "Switchback", "Trestle",
                "Semaphore", "Kestrel", "Nuthatch", "Chickadee", "Titmouse", "Vireo", "Tanager", "Grosbeak",
                "Cowbird", "Okra", "Collard", "Chicory", "Ironweed", "Switchgrass", "Indiangrass", "Buffalo Wallow",
                "Sandhill", "Pinyon", "Bittersweet", "Trillium", "Bloodroot", "Mayapple", "Jewelweed"]  # fmt: skip
# cities and states said after an address (not one of the ten types: they count as words to keep); v8 picks
# towns whose names are also surnames or given names, which a name recognizer may take for a person
PLACES = [("Jackson", "Mississippi", "MS"), ("Lincoln", "Nebraska", "NE"), ("Florence", "South Carolina", "SC"),
          ("Marion", "Indiana", "IN"), ("Warren", "Michigan", "MI"), ("Tyler", "Texas", "TX"),
          ("Bismarck", "North Dakota", "ND"), ("Flagstaff", "Arizona", "AZ"), ("Lafayette", "Louisiana", "LA"),
          ("Madison", "Wisconsin", "WI"), ("Chandler", "Arizona", "AZ"), ("Hilo", "Hawaii", "HI"),
          ("Kalamazoo", "Michigan", "MI"), ("Shreveport", "Louisiana", "LA"), ("Allentown", "Pennsylvania", "PA"),
          ("Warner Robins", "Georgia", "GA"), ("Kent", "Washington", "WA"), ("Sterling Heights", "Michigan", "MI")]  # fmt: skip
# "<letter> as in <word>": the NATO words, and the older police (APCO) alphabet many callers learned
AS_IN = {"A": ["alpha", "Adam"], "B": ["bravo", "boy"], "C": ["Charlie", "Charles"], "D": ["delta", "David"],
         "E": ["echo", "Edward"], "F": ["foxtrot", "Frank"], "G": ["golf", "George"], "H": ["hotel", "Henry"],
         "J": ["Juliett", "John"], "K": ["kilo", "King"], "L": ["lima", "Lincoln"], "M": ["Mike", "Mary"],
         "N": ["November", "Nora"], "P": ["papa", "Peter"], "R": ["Romeo", "Robert"], "S": ["sierra", "Sam"],
         "T": ["tango", "Tom"], "U": ["uniform", "union"], "V": ["Victor", "victory"], "W": ["whiskey", "William"],
         "X": ["x-ray"], "Y": ["yankee", "young"], "Z": ["Zulu", "zebra"], "I": ["India", "Ida"],
         "O": ["Oscar", "ocean"], "Q": ["Quebec", "queen"]}  # fmt: skip
MAIL = [(22, "gmail.com"), (8, "yahoo.com"), (7, "outlook.com"), (6, "hotmail.com"), (6, "icloud.com"),
        (3, "aol.com"), (2, "proton.me"), (2, "protonmail.com"), (2, "sbcglobal.net"), (2, "verizon.net"),
        (2, "cox.net"), (1, "charter.net"), (1, "zoho.com"), (1, "yandex.com"), (1, "mail.com"), (1, "ymail.com"),
        (1, "windstream.net"), (1, "frontier.com"), (1, "tutanota.com"), (1, "gci.net")]  # fmt: skip
TRADES = ["roofing", "daycare", "tailoring", "bakery", "welding", "kennels", "tutoring", "masonry", "farms",
          "autobody"]  # fmt: skip
# Vietnamese middle names said between the family name and the given name ("Ton That Thi Huong")
VI_MIDDLE = ["Thi", "Huu", "Duc", "Xuan"]


FIRST_NAMES = lexicon_kit.names(HERE / "lexicons" / "first_names.tsv")
SURNAMES = lexicon_kit.names(HERE / "lexicons" / "surnames.txt")
STREET_NAMES = lexicon_kit.names(HERE / "lexicons" / "street_names.txt")
# (given name, origin, nickname)
NICKNAMES = tuple(Name((r[0], r[1], r[2])) for r in lexicon_kit.rows(HERE / "lexicons" / "nicknames.tsv"))


# the origin of each surname (a Vietnamese one is said family name first)
ORIGIN = {n[0]: n[1] for n in SURNAMES}
