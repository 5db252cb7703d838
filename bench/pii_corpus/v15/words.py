"""v15's word lists, weighted by how often a caller to a US service line has them (brief D15: a
representative sample, not novelties).

People: family and given names grouped by where they are most common, each group at about its share of US
callers (US Census 2010: Hispanic about 16%, Asian about 5%, the rest mostly of Anglo, Irish, German, Italian
and African-American families) and a tail from the commonest names of other countries (Wang, Li, Devi,
Kim, Muller, Smirnov: the world's most frequent surnames), so that a common name is common and a rarer one
comes at its rate. Streets: everyday US street names (trees, numbered streets, presidents, Main, Park,
Lake, Hill). E-mail domains: US mailbox shares (Mapp's provider report: Gmail about 50%, Verizon's Yahoo and
AOL about 23%, Microsoft about 12%, Comcast 2%, Apple 1.6%, AT&T 1.1%), with non-US providers a few percent.
Letters said "as in": the everyday words callers pick more often than the NATO ones, NATO a third of the time.
USPS Publication 28 tables (C1 suffixes, directionals, highways) are read from v5's and v8's ``words``;
the unit designators are the USPS C2 rows with v15's own weights (apartments most).
"""

from __future__ import annotations

import random

from bench.pii_corpus.lexicon_kit import Name
from bench.pii_corpus.v5.words import USPS_SUFFIXES  # USPS Pub. 28 C1, every row
from bench.pii_corpus.v8.words import DIRECTIONS as DIRECTIONS
from bench.pii_corpus.v8.words import HIGHWAYS as HIGHWAYS
from bench.pii_corpus.v8.words import ID_LETTERS as ID_LETTERS
from bench.pii_corpus.v8.words import MBI_LETTERS as MBI_LETTERS
from bench.pii_corpus.v8.words import SUFFIX_ABBR as SUFFIX_ABBR

# group: (share of callers, given names, family names)
GROUPS: dict[str, tuple[float, str, str]] = {
    "anglo": (
        0.50,
        "Brenda Gregory Heather Scott Crystal Douglas Tiffany Dennis Rachel Jerry Megan Walter Samantha Harold "
        "Courtney Larry Danielle Roger Kayla Bruce Shannon Wayne Tammy Keith Kristen Carl Jacqueline Terry "
        "Lauren Randy Alexis Shawn Victoria Bradley Hannah Travis Olivia Dylan Emma Logan Madison Ethan "
        "Abigail Noah Chloe Austin Megan Jordan Haley Cody Paige",
        "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson Martin Lee "
        "Thompson White Harris Clark Lewis Robinson Walker Hall Allen Young King Wright Hill Scott Green "
        "Baker Nelson Carter Mitchell Roberts Campbell Parker Evans Edwards Collins Stewart Morris Murphy "
        "Cook Rogers Reed Cooper Bailey Bell Kelly Howard Ward Richardson Wood Watson Brooks Bennett "
        "Gray Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Butler "
        "Barnes Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Wallace Cole West "
        "Hayes Bryant Gibson Ellis Stevens Tucker Porter Hunter Hicks Crawford Boyd Mason Warren Dixon Burns "
        "Gordon Shaw Holmes Rice Hunt Black Daniels Palmer Mills Grant Knight Ferguson Stone Hawkins Dunn "
        "Perkins Hudson Spencer Stephens Payne Pierce Berry Matthews Arnold Wagner Willis Ray Watkins Olson "
        "Carroll Duncan Snyder Hart Cunningham Bradley Lane Andrews Harper Fox Riley Armstrong Carpenter "
        "Weaver Greene Lawrence Elliott Chapman Sims Austin Peters Kelley Franklin Lawson",
    ),
    "black": (
        0.08,
        "Jamal Aaliyah DeShawn Imani Malik Jasmine Terrence Ebony Marcus Tamika Andre Shanice Reginald "
        "Kiara Darius Latisha Tyrone Destiny",
        "Washington Jefferson Booker Banks Mosley Jackson Robinson Harris Freeman Holloway Tate Dorsey "
        "Gaines Battle Pugh Hairston Wiggins Glover",
    ),
    "hisp": (
        0.17,
        "Alejandra Diego Marisol Eduardo Lorena Sergio Claudia Raul Leticia Hector Yolanda Arturo Beatriz "
        "Oscar Esperanza Ramon Daniela Mateo Valeria Santiago Ximena Emilio Paola Andres Camila",
        "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera "
        "Gomez Diaz Cruz Reyes Morales Ortiz Gutierrez Chavez Ramos Ruiz Alvarez Mendoza Vasquez Castillo "
        "Jimenez Moreno Romero Herrera Medina Aguilar Vargas Guzman Munoz Salazar Delgado Pena Rios "
        "Contreras Soto Estrada Nunez Rojas Figueroa Espinoza Navarro Cabrera Campos Vega",
    ),
    "asian": (
        0.06,
        "Wei Jing Hao Xiu Thuy Quang Anh Duc Jiwoo Minjun Seoyeon Haruto Aiko Ravi Pooja Vikram Meera "
        "Rohan Kavya Arun Lakshmi Jose Maricel Rowena",
        "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Nguyen Tran Le Pham Hoang Huynh Kim Park Choi Jung "
        "Kang Yoon Patel Shah Singh Sharma Gupta Reddy Rao Iyer Nair Devi Santos Reyes Bautista Cruz "
        "Tanaka Suzuki Takahashi Yamamoto",
    ),
    "world": (
        0.04,
        "Ahmad Layla Hamza Noor Elif Mehmet Anna Piotr Katarzyna Sergei Natalia Hans Greta Luca Giulia "
        "Oluwaseun Adaeze Kwabena Abena Thabo Nomvula Lars Ingrid Farid Shirin",
        "Hussein Rahman Karimi Yilmaz Kaya Demir Muller Schmidt Schneider Fischer Smirnov Popov Kowalczyk "
        "Wisniewski Russo Romano Esposito Ricci Okonkwo Adebayo Boateng Nkosi Dlamini Johansson Hansen "
        "Rossi Tehrani",
    ),
}
WEIGHTS = {group: row[0] for group, row in GROUPS.items()}


def _column(k: int) -> tuple[Name, ...]:
    """Column ``k`` of ``GROUPS`` (1 given names, 2 family names), each name tagged with its group."""
    return tuple(Name((name, group, "")) for group, row in GROUPS.items() for name in str(row[k]).split())


FIRST_NAMES, SURNAMES = _column(1), _column(2)


def draw(names: tuple[Name, ...], rng: random.Random, origin: str = "") -> Name:
    """One of ``names``: of the group ``origin`` when it is one, else of a group drawn by its share."""
    if origin not in WEIGHTS:
        origin = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    return rng.choice([n for n in names if n[1] == origin] or list(names))


# everyday street names, one word each (numbered streets are the kit's ordinal draw)
STREET_WORDS = ["Park", "Lake", "Hill", "Spring", "Ridge", "Meadow", "Forest", "River", "Mill", "Valley",
                "Center", "Pleasant", "Prospect", "Spruce", "Aspen", "Laurel", "Holly", "Cottonwood",
                "Mulberry", "Pecan"]  # fmt: skip
STREET_NAMES = tuple(Name((s, "st", "")) for s in ["Main", "Oak", "Maple", "Pine", "Cedar", "Elm", "Washington",
                                                   "Lincoln", "Jefferson", "Monroe", "Johnson", "Kennedy"])  # fmt: skip
# a town and state said after an address: plain words (several are also names)
PLACES = [("San Antonio", "Texas", "TX"), ("Fort Worth", "Texas", "TX"), ("Indianapolis", "Indiana", "IN"),
          ("Jackson", "Mississippi", "MS"), ("Tampa", "Florida", "FL"), ("Omaha", "Nebraska", "NE"),
          ("Albuquerque", "New Mexico", "NM"), ("Tulsa", "Oklahoma", "OK"), ("Fresno", "California", "CA"),
          ("Milwaukee", "Wisconsin", "WI"), ("Cleveland", "Ohio", "OH"), ("Baltimore", "Maryland", "MD"),
          ("Boise", "Idaho", "ID"), ("Lincoln", "Nebraska", "NE"), ("Austin", "Texas", "TX"),
          ("Columbia", "South Carolina", "SC"), ("Augusta", "Georgia", "GA"), ("Knoxville", "Tennessee", "TN")]  # fmt: skip
# US mailbox shares (Mapp: Gmail 50.1%, Verizon's Yahoo/AOL 22.6%, Microsoft 12.4%, Comcast 2.0%, Apple
# 1.6%, AT&T 1.1%); the remainder smaller ISPs and non-US providers (GMX, Orange, Rogers, Naver, QQ)
MAIL = [(50, "gmail.com"), (17, "yahoo.com"), (5, "aol.com"), (6, "hotmail.com"), (5, "outlook.com"),
        (1, "live.com"), (1, "msn.com"), (2, "comcast.net"), (2, "icloud.com"), (1, "att.net"),
        (1, "sbcglobal.net"), (1, "verizon.net"), (1, "cox.net"), (1, "gmx.de"), (1, "orange.fr"),
        (1, "rogers.com"), (1, "naver.com"), (1, "qq.com"), (1, "yahoo.ca")]  # fmt: skip
TRADES = ["autobody", "cpa", "daycare", "bakery", "electric", "hvac"]
# USPS C2 unit designators (Pub. 28 213) at v15's weights: apartments most, then units and suites
UNITS_C2 = [("Apartment", "APT", 45), ("Unit", "UNIT", 20), ("Suite", "STE", 14), ("Lot", "LOT", 6),
            ("Building", "BLDG", 4), ("Floor", "FL", 3), ("Room", "RM", 2), ("Space", "SPC", 2),
            ("Trailer", "TRLR", 3), ("Department", "DEPT", 1)]  # fmt: skip
# what a caller says a letter "as": the everyday word, the NATO word now and then
AS_IN = {"A": ["apple", "Alpha", "Adam"], "B": ["boy", "Bravo", "baker"], "C": ["cat", "Charlie"],
         "D": ["dog", "Delta", "David"], "E": ["Edward", "Echo", "elephant"], "F": ["Frank", "Foxtrot"],
         "G": ["George", "Golf", "girl"], "H": ["Henry", "Hotel", "house"], "I": ["ice", "India"],
         "J": ["John", "Juliet", "jump"], "K": ["king", "Kilo", "kite"], "L": ["Larry", "Lima", "lion"],
         "M": ["Mary", "Mike", "mom"], "N": ["Nancy", "November", "nut"], "O": ["orange", "Oscar"],
         "P": ["Paul", "Papa", "pizza"], "Q": ["queen", "Quebec"], "R": ["Robert", "Romeo", "red"],
         "S": ["Sam", "Sierra", "sugar"], "T": ["Tom", "Tango", "table"], "U": ["umbrella", "Uniform"],
         "V": ["Victor", "violin"], "W": ["William", "Whiskey", "water"], "X": ["X-ray"],
         "Y": ["yellow", "Yankee"], "Z": ["zebra", "Zulu"]}  # fmt: skip
# the suffixes most US streets carry, by rough frequency; the whole USPS C1 table one time in twelve
COMMON_SUFFIXES = {"Street": 6, "Avenue": 4, "Road": 4, "Drive": 5, "Lane": 3, "Court": 3, "Way": 2,
                   "Boulevard": 1, "Place": 2, "Circle": 2, "Trail": 1, "Parkway": 1, "Terrace": 1, "Loop": 1}  # fmt: skip


def suffix(rng: random.Random) -> tuple[str, str]:
    """A street suffix as said and its USPS abbreviation."""
    if rng.random() < 1 / 12:
        said = rng.choice(USPS_SUFFIXES)[0]
    else:
        said = rng.choices(list(COMMON_SUFFIXES), weights=list(COMMON_SUFFIXES.values()))[0]
    return said, SUFFIX_ABBR[said]
