"""v21's own names and streets (brief B16: none of the people or streets of v17's lists, which are v16's, nor
of v18's, v19's or v20's), each group at its share of callers to a US service line; the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: common US surnames the earlier lists skipped (the author's picks from memory of the US Census
2010 surname ranks: Calhoun, Crane, Eaton, Finch, ...; not looked up), the Census 2010 Hispanic, Black and
Asian shares, and a tail of other countries' common family names (Kaminski and Zielinski in Poland, Szabo and
Toth in Hungary, Girard in France, Ricci in Italy, Carvalho in Brazil, Adjei in Ghana, Khumalo in South
Africa, ...). Given names: SSA's popular names by decade of birth (callers of all ages), and common given
names of the same countries. A first list was filtered against the four earlier halves' lists before any draw
(about 190 of its words were on them and were dropped; words that are also everyday words or spoken digits,
such as "Oh", "Song", "Battle", "Dawn", were dropped too). ``check.py`` proves none is on v16's, v18's,
v19's or v20's lists.
"""

from __future__ import annotations

from bench.pii_corpus.lexicon_kit import Name, group_draw, listed
from bench.pii_corpus.v16.words import AS_IN as AS_IN
from bench.pii_corpus.v16.words import DIRECTIONS as DIRECTIONS
from bench.pii_corpus.v16.words import HIGHWAYS as HIGHWAYS
from bench.pii_corpus.v16.words import ID_LETTERS as ID_LETTERS
from bench.pii_corpus.v16.words import MAIL as MAIL
from bench.pii_corpus.v16.words import MBI_LETTERS as MBI_LETTERS
from bench.pii_corpus.v16.words import PLACES as PLACES
from bench.pii_corpus.v16.words import SUFFIX_ABBR as SUFFIX_ABBR
from bench.pii_corpus.v16.words import TRADES as TRADES
from bench.pii_corpus.v16.words import UNITS_C2 as UNITS_C2
from bench.pii_corpus.v16.words import _names
from bench.pii_corpus.v16.words import suffix as suffix

# each group's share of callers (Census 2010: Hispanic 16.3%, Black 12.6%, Asian 4.8%); the "aa" group is drawn
# below its share since Black callers also carry many names of the "us" list; "intl" is the caller born abroad
SHARES = {"us": 0.52, "hispanic": 0.18, "aa": 0.07, "asian": 0.07, "intl": 0.06}
FAMILY = {
    "us": """Calhoun Crane Eaton Finch Garrison Hinton Jarvis Kendall Oakley Prater Quinlan Ratliff Sawyer Sexton
        Slater Spence Stafford Thornburg Underwood Winslow Yates Albright Bowers Carver Dunbar Emerson Irwin Kerr
        Langley Mayer Nicholls Pruitt Talley Upton Beck Crowley Forsyth Gentry Hatfield Alston Ashby Barlow
        Bateman Bingham Blevins Bolton Bradshaw Burch Cantrell Chaney Coffey Compton Corbett Crabtree Dawes
        Denton Dickerson Dodson Eckert Ellison Fenton Godwin Gough Hadley Hanna Harrell Hatcher Hickman Hobbs
        Holcomb Huff Hutchins Jacobson Kaufman Kimball Landry Lassiter Lutz Mahoney Marsh Mercer Milner Nugent""",
    "hispanic": """Olvera Tapia Meza Bustamante Duarte Enriquez Godinez Huerta Jaramillo Leyva Nieves Quiroz
        Aguilera Camacho Corona Escamilla Fajardo Gamboa Hidalgo Loera Madrigal Medrano Navarrete Peralta Saucedo
        Tovar Urbina Vallejo""",
    "aa": """Lockett Rucker Toliver Wimbley Youngblood Abernathy Bledsoe Dandridge Elam Haywood Jenifer Lyles
        Moultrie Nettles Okoro Quarles Raiford Speights Truesdale""",
    "asian": """Lu Cao Ahn Yamamoto Choudhury Hoang Deng Yao Jeon Hwang Saito Banerjee Chatterjee Dizon Trinidad
        Duong""",
    "intl": """Kaminski Szabo Toth Sokolov Nilsson Girard Ricci Colombo Mokoena Zielinski Lewandowski Farkas
        Volkov Constantin Radu Karlsson Lindgren Fontaine Bonnet Marino Greco Carvalho Almeida Adjei Appiah
        Khumalo Zulu Nwosu Eze""",
}
GIVEN = {
    "us": """Tracy Jenna Kelsey Zoey Stella Violet Eleanor Paisley Troy Cody Carson Beau Everett Silas Jasper
        Declan Rowan Aubrey Loretta Gladys Marjorie Bonnie Vicki Dana Misty Tabitha Kendra Kaylee Mackenzie
        Aubree Delilah Norman Lyle Leroy Duane Rodney Darren Brent Brody Weston Ryder Beckett""",
    "hispanic": """Mauricio Rigoberto Joaquin Dolores Osvaldo Nayeli Ramiro Octavio Heriberto Abelardo Cristobal
        Leonel Humberto Anabel Marisa Noemi Josefina Itzel Fabiola Jazmin Dulce""",
    "aa": """Deshawn Latrice Jamila Tiara Cornelius Shameka Quentin Rashida Tyesha Shavonne Jarell Keon""",
    "asian": """Xiaoming Minseo Sunita Hieu Ying Guang Dohyun Takumi Ananya Rajesh Suresh Ishaan Kiran""",
    "intl": """Laszlo Eszter Antoine Elodie Matteo Thabo Nomvula Magdalena Krzysztof Janusz Zoltan Katalin Dorin
        Sorina Anatoly Nils Jukka Sanna Benoit Margaux Lorenzo Alessia Ines Yaw Adwoa Bongani Lindiwe Obinna""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v21's tables


# a name of a group, the group drawn at its share when none is asked
draw = group_draw(SHARES)


# one-word street names of US towns (trees, shrubs, landforms, birds, a president); numbered streets are the
# kit's ordinal draw (one street in five), so no ordinal is listed here; ``STREET_NAMES`` also name the
# business e-mail domains the kit draws ("collegedental.com")
STREET_WORDS = listed("""Lakeshore Sunnyside Goldfinch Sparrow Oriole Hackberry Redbud Pawpaw Bayberry
    Laurelwood Hilltop Glenview Creekside Valleyview Larkspur Thistle Meadowlark Chickadee Whippoorwill Bobolink
    Taft""")
STREET_NAMES = tuple(
    Name((s, "st", "")) for s in listed("Granary Wharf Forge Creamery Cannery Brickyard Cooperage")
)
