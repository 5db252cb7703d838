"""The v5 word lists typed here (the Census 1990 name subsets are the files in ``lexicons/``), kept as plain data
since v5's generator was retired (issue 18): v14-v16's ``words`` read ``USPS_SUFFIXES`` from here.

Sources: first names and surnames from the US Census Bureau 1990 frequency files (a subset copied by
v5's retired ``lexicons/export_census.py``, none of them a word of the v2/v3/v4 name lists or PERSON values). USPS
Publication 28, Appendix C1 (street suffixes, primary name and standard abbreviation: the whole table, typed
from the published list for v5, now in ``usps_kit``, the one home of the Pub. 28 tables) and Appendix C2
(secondary unit designators). Spelling words, e-mail providers,
street words and the other short lists are the v5 author's, written for v5.
"""

from __future__ import annotations

from bench.pii_corpus.usps_kit import DIRECTIONS as DIRECTIONS
from bench.pii_corpus.usps_kit import USPS_C1 as USPS_C1
from bench.pii_corpus.usps_kit import USPS_SUFFIXES as USPS_SUFFIXES

# the ones a caller says most: drawn 60% of the time, the rest of the table otherwise
EVERYDAY_SUFFIXES = ["Street", "Avenue", "Road", "Drive", "Lane", "Court", "Boulevard", "Way", "Place",
                     "Circle", "Terrace", "Parkway", "Trail", "Highway"]  # fmt: skip

# USPS Pub. 28 Appendix C2: secondary unit designators that require a number (name, abbreviation)
USPS_C2 = [("Apartment", "APT"), ("Suite", "STE"), ("Unit", "UNIT"), ("Building", "BLDG"), ("Floor", "FL"),
           ("Room", "RM"), ("Lot", "LOT"), ("Space", "SPC"), ("Trailer", "TRLR"), ("Hangar", "HNGR"),
           ("Pier", "PIER"), ("Slip", "SLIP"), ("Department", "DEPT"), ("Stop", "STOP")]  # fmt: skip
UNIT_WEIGHTS = [30, 12, 14, 4, 3, 3, 4, 3, 3, 1, 1, 1, 1, 1]


# street names that are neither people's names nor on the earlier corpora's street lists
STREET_WORDS = ["Buckeye", "Persimmon", "Sassafras", "Tamarack", "Wisteria", "Hemlock", "Bayberry", "Larkspur",
                "Goldenrod", "Sumac", "Quail Hollow", "Bobwhite", "Sandpiper", "Heron", "Osprey", "Bison",
                "Antelope", "Saguaro", "Ocotillo", "Mesa Verde", "Tumbleweed", "Flintlock", "Wagon Wheel",
                "Lantern", "Anvil", "Millstone", "Cobblestone", "Brickyard", "Foundry", "Tannery", "Roundhouse",
                "Schoolhouse", "Gristmill", "Courthouse", "Fairground", "Rodeo", "Pecan", "Peachtree", "Blueberry",
                "Huckleberry", "Cranberry", "Clover", "Thistle", "Bramble", "Fern", "Moss", "Pebble", "Boulder",
                "Shale", "Flint", "Cinder", "Ember", "Harvest", "Plowshare", "Haystack", "Silo", "Barnwood"]  # fmt: skip
ORDINAL_STREETS = list(range(2, 120))

# "<letter> as in <word>": what agents and callers really say (names, animals, everyday words), not NATO
AS_IN = {"A": ["Adam", "apple", "alpha"], "B": ["boy", "bravo", "Bob"], "C": ["cat", "Charlie"],
         "D": ["dog", "David", "delta"], "E": ["Edward", "echo", "egg"], "F": ["Frank", "fox"],
         "G": ["George", "golf"], "H": ["Henry", "hotel", "house"], "I": ["igloo", "India"],
         "J": ["John", "Juliet"], "K": ["king", "kilo", "kite"], "L": ["Larry", "lima", "lion"],
         "M": ["Mary", "mike", "mouse"], "N": ["Nancy", "November", "nut"], "O": ["orange", "Oscar"],
         "P": ["Peter", "papa", "pig"], "Q": ["queen", "Quebec"], "R": ["Robert", "romeo", "rabbit"],
         "S": ["Sam", "sugar", "sierra"], "T": ["Tom", "tango", "tiger"], "U": ["umbrella", "uniform"],
         "V": ["Victor", "violin"], "W": ["William", "whiskey"], "X": ["x-ray"], "Y": ["yellow", "yankee"],
         "Z": ["zebra", "Zulu"]}  # fmt: skip

# e-mail providers as people use them (weight, domain), and business domains built from surnames
MAIL_PROVIDERS = [(30, "gmail.com"), (12, "yahoo.com"), (8, "hotmail.com"), (7, "outlook.com"),
                  (6, "icloud.com"), (4, "aol.com"), (3, "comcast.net"), (2, "att.net"), (2, "live.com"),
                  (2, "msn.com"), (2, "protonmail.com"), (1, "mail.com"), (1, "gmx.com"), (1, "fastmail.com"),
                  (1, "charter.net"), (1, "earthlink.net"), (1, "me.com"), (1, "ymail.com")]  # fmt: skip
BUSINESS_WORDS = [
    "roofing",
    "dental",
    "law",
    "realty",
    "farms",
    "plumbing",
    "design",
    "hvac",
    "cpa",
    "studio",
]
BUSINESS_TLDS = ["com", "com", "net", "org", "us"]
