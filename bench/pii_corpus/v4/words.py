"""The v4 word lists: the two public name lists (``lexicons/``) and the short lists typed here.

Sources: first names and surnames from faker's en_US person provider (US Census first names with their
frequencies; 2010 Census surnames, top 1,000), copied by ``lexicons/export_faker.py``. USPS Publication 28,
Appendix C1 (street suffixes: primary name, standard abbreviation) and C2 (secondary unit designators that
take a number), typed from the published tables. The rest are the author's lists, written for v4.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bench.pii_corpus.usps_kit import DIRECTIONS as DIRECTIONS

HERE = Path(__file__).resolve().parent

# USPS Pub. 28 C1: (primary street suffix name, standard abbreviation); a sample across the table
USPS_SUFFIXES = [
    ("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"), ("Court", "Ct"),
    ("Boulevard", "Blvd"), ("Place", "Pl"), ("Circle", "Cir"), ("Terrace", "Ter"), ("Parkway", "Pkwy"),
    ("Way", "Way"), ("Trail", "Trl"), ("Highway", "Hwy"), ("Pike", "Pike"), ("Crossing", "Xing"),
    ("Loop", "Loop"), ("Square", "Sq"), ("Point", "Pt"), ("Ridge", "Rdg"), ("Hollow", "Holw"), ("Glen", "Gln"),
    ("Heights", "Hts"), ("Bend", "Bnd"), ("Cove", "Cv"), ("Run", "Run"), ("Landing", "Lndg"), ("Meadows", "Mdws"),
    ("Hill", "Hl"), ("Grove", "Grv"), ("Park", "Park"), ("Plaza", "Plz"), ("Alley", "Aly"), ("Turnpike", "Tpke"),
    ("Expressway", "Expy"), ("Junction", "Jct"), ("Mill", "Ml"), ("Orchard", "Orch"), ("Pass", "Pass"),
    ("Path", "Path"), ("Spring", "Spg"), ("Station", "Sta"), ("Summit", "Smt"), ("Valley", "Vly"),
    ("View", "Vw"), ("Village", "Vlg"), ("Vista", "Vis"), ("Walk", "Walk"), ("Estates", "Est"),
    ("Creek", "Crk"), ("Canyon", "Cyn"), ("Harbor", "Hbr"), ("Lake", "Lk"), ("Shores", "Shrs"),
    ("Trace", "Trce"), ("Row", "Row"), ("Green", "Grn"), ("Fork", "Frk"), ("Gardens", "Gdns"),
    ("Manor", "Mnr"), ("Oval", "Oval"), ("Ramp", "Ramp"), ("Extension", "Ext"), ("Circles", "Cirs"),
]  # fmt: skip
# the street types callers say most, weighted up when a suffix is drawn
COMMON_SUFFIXES = [
    "Street",
    "Avenue",
    "Road",
    "Drive",
    "Lane",
    "Court",
    "Boulevard",
    "Place",
    "Way",
    "Circle",
]

# USPS Pub. 28 C2: secondary unit designators that take a number: (name as said, standard abbreviation)
UNITS = [("Apartment", "APT"), ("Unit", "UNIT"), ("Suite", "STE"), ("Building", "BLDG"), ("Floor", "FL"),
         ("Room", "RM"), ("Lot", "LOT"), ("Space", "SPC"), ("Trailer", "TRLR"), ("Department", "DEPT")]  # fmt: skip
COMMON_UNITS = ["Apartment", "Apartment", "Apartment", "Unit", "Unit", "Suite"]


# street names that are not people's names
STREET_WORDS = ["Maple", "Cedar", "Juniper", "Sycamore", "Magnolia", "Cypress", "Chestnut", "Hawthorn",
                "Willow", "Aspen", "Laurel", "Dogwood", "Mesquite", "Ridgecrest", "Lakeshore", "Foxglove",
                "Bluebonnet", "Prairie", "Canyon Rim", "Sunset", "Harbor View", "Quarry", "Old Mill", "Tanglewood",
                "Briarcliff", "Silver Creek", "Red Oak", "Kingfisher", "Pheasant Run", "Deer Path", "Orchard Hill",
                "Meadowlark", "Stonebridge", "Riverbend", "Granite", "Copperfield", "Timberline", "Saddle Horn",
                "Windmill", "Cottonwood", "Palomino", "Arrowhead", "Beacon", "Lighthouse", "Vineyard",
                "Main", "Market", "Church", "Mill", "School", "Center", "Railroad", "Highland", "Pleasant",
                "Union", "Liberty", "Commerce", "Broad", "Spring", "Ferry", "College", "Depot"]  # fmt: skip
ORDINAL_STREETS = list(range(1, 80))

# first names and surnames that are also English words (in PII slots they are names)
WORD_FIRST = ["Rose", "Hunter", "Grant", "Hope", "Faith", "Joy", "Dawn", "Autumn", "Summer", "Mason", "Chase",
              "Wade", "Lane", "Sky", "Ivy", "Holly", "Amber", "Crystal", "Destiny", "Royal", "Angel", "Art",
              "Bill", "Cash", "Drew", "Jewel", "Pearl", "Penny", "Rusty", "Sandy", "Story", "Willow", "Reed",
              "Page", "Bud", "Buck", "Misty", "Sunny", "Precious", "Forrest"]  # fmt: skip
WORD_LAST = ["Baker", "Stone", "Hill", "Fields", "Rivers", "Banks", "Bishop", "Bell", "Price", "Long", "Little",
             "Hunt", "Rich", "Sharp", "Strong", "Love", "Noble", "Young", "King", "Brown", "Green", "White",
             "Black", "Wood", "Cook", "Best", "Moody", "Swift", "Frost", "Winter", "Storm", "Marsh", "Lake",
             "Beach", "Castle", "Church", "Crane", "Fox", "Gold", "Hope", "Lord", "Mann", "Payne", "Ward"]  # fmt: skip
# surnames with particles, apostrophes, Mc/Mac, hyphens: (as written, as an unformatted recognizer writes it)
PARTICLE_LAST = [("O'Connor", "o'connor"), ("O'Brien", "o brien"), ("O'Malley", "omalley"), ("D'Angelo", "d'angelo"),
                 ("D'Amico", "d amico"), ("Van Horn", "van horn"), ("Van Buren", "vanburen"), ("Vanderbilt", "vanderbilt"),
                 ("De Luca", "de luca"), ("DeLuca", "deluca"), ("Del Rio", "del rio"), ("Della Rosa", "della rosa"),
                 ("St. John", "saint john"), ("St. Pierre", "st pierre"), ("LaFleur", "la fleur"),
                 ("LeBlanc", "leblanc"), ("Le Blanc", "le blanc"), ("MacDonald", "macdonald"), ("McKay", "mckay"),
                 ("McAfee", "mcafee"), ("Du Bois", "du bois"), ("Von Essen", "von essen"), ("Al-Amin", "al amin"),
                 ("Ten Eyck", "ten eyck"), ("Garcia-Lopez", "garcia lopez"), ("Smith-Jones", "smith jones"),
                 ("Nguyen-Tran", "nguyen tran"), ("Ortiz-Rivera", "ortiz rivera"), ("Abu-Bakr", "abu bakr"),
                 ("Dos Santos", "dos santos"), ("Da Silva", "da silva"), ("El-Sayed", "el sayed")]  # fmt: skip

# spelling: the ICAO/NATO alphabet and everyday "as in" words a caller reaches for
NATO = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf",
           "Hotel", "India", "Juliett", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo",
           "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "X-ray", "Yankee", "Zulu"], strict=True))  # fmt: skip
EVERYDAY = {"A": ["apple", "Alice"], "B": ["banana", "Bob"], "C": ["cat", "cookie"], "D": ["dog", "David"],
            "E": ["elephant", "egg"], "F": ["Frank", "fish"], "G": ["George", "green"], "H": ["house", "happy"],
            "I": ["ice", "igloo"], "J": ["jelly", "Jack"], "K": ["kite", "kangaroo"], "L": ["lemon", "Larry"],
            "M": ["mother", "monkey"], "N": ["Nancy", "nose"], "O": ["orange", "octopus"], "P": ["Peter", "pizza"],
            "Q": ["queen", "quiet"], "R": ["Robert", "red"], "S": ["Sam", "snake"], "T": ["Tom", "tiger"],
            "U": ["umbrella", "under"], "V": ["violin", "victory"], "W": ["water", "William"], "X": ["xylophone"],
            "Y": ["yellow", "yo-yo"], "Z": ["zebra", "zoo"]}  # fmt: skip

FREE_MAIL = ["gmail.com"] * 6 + ["yahoo.com"] * 3 + ["outlook.com", "hotmail.com", "hotmail.com", "icloud.com",
             "icloud.com", "aol.com", "comcast.net", "att.net", "sbcglobal.net", "verizon.net", "msn.com",
             "live.com", "protonmail.com", "ymail.com", "cox.net", "me.com"]  # fmt: skip
BUSINESS_WORDS = ["plumbing", "realty", "law", "farms", "dental", "design", "roofing", "cpa", "auto", "studio",
                  "builders", "family", "consulting", "insurance", "electric"]  # fmt: skip


@dataclass(frozen=True)
class Names:
    first: list[str]
    first_weights: list[float]
    last: list[str]


@cache
def names() -> Names:
    first, weights = [], []
    for line in (HERE / "lexicons" / "first_names.tsv").read_text().splitlines():
        if line and not line.startswith("#"):
            name, freq = line.split("\t")
            first.append(name)
            weights.append(float(freq) ** 0.5)  # flatter than the census: rarer names turn up too
    last = [
        s
        for s in (HERE / "lexicons" / "surnames.txt").read_text().splitlines()
        if s and not s.startswith("#")
    ]
    return Names(first, weights, last)
