"""v20's own names and streets (brief B15: none of the people or streets of v17's lists, which are v16's, nor
of v18's or v19's), each group at its share of callers to a US service line; the tables that are standards
rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: common US surnames the earlier lists skipped (the author's picks from memory of the US Census
2010 surname ranks, roughly 100-700: Holt, Chandler, Schwartz, Harmon, Montgomery, ...; not looked up), the
Census 2010 Hispanic, Black and Asian shares (16.3%, 12.6%, 4.8%), and a tail of other countries' common
family names (Kowalczyk and Wojcik in Poland, Horvath and Nemeth in Hungary, Moreau in France, Esposito in
Italy, Oliveira in Brazil, Owusu in Ghana, Ndlovu in Zimbabwe, ...). Given names: SSA's popular names by
decade of birth (1950s-2010s, callers of all ages), and common given names of the same countries.
``check.py`` proves none is on v16's, v18's or v19's lists.
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
    "us": """Holt Chandler Schwartz Harmon Hogan Brock Pope Sharp Cain Flowers McDaniel Fitzgerald Norton
        Cross Gill Robbins Montgomery Stevenson Higgins Patton Morton Hess Hood Lamb Floyd Weber Sparks
        Conway Baldwin Todd Blake Casey Gallagher Holden Hurst Peck Stanton Barr Lowery Booth Whitney Kemp
        Nolan Hendricks Dillon McCall Page Combs Morrow Conrad Doyle Shannon Glenn Thornton Bass Frost
        Ferrell Hensley Buckley Donovan Roach Schroeder Kirk Brennan Mueller Lindsay Fritz Hoover Wiggins""",
    "hispanic": """Zuniga Salas Velez Rangel Macias Mora Ponce Barajas Cantu Esparza Valencia Galindo Bernal
        Lozano Trevino Ybarra Cordova Rivas Montoya Benitez Quintero Arroyo Gallegos Cuevas Zavala Serna""",
    "aa": """Gaither Blount McNeil Stallworth Gaskins Muhammad Wilkins Lockhart Epps Mabry Tillman Jeter
        Whitehead Bivens""",
    "asian": """Tsai Hsu Kwon Bae Yoo Zheng Feng Tang Dao Chaudhry Pillai Bhatt Kapoor Ito Kato Matsumoto
        Soriano Pascual Trinh Luong Quach Malhotra Saxena""",
    "intl": """Kowalczyk Wojcik Horvath Nemeth Petrov Popov Ionescu Dumitru Lindqvist Eriksen Lehtonen Moreau
        Lefebvre Romano Esposito Fernandes Oliveira Asante Owusu Nkosi Ndlovu Bello""",
}
GIVEN = {
    "us": """Ruth Virginia Helen Martha Ann Jean Alice Peggy Wanda Connie Rhonda Kristen Heidi Wendy Erin
        Courtney Brianna Haley Natalie Grace Lily Ella Aria Nora Gerald Roy Frank Ernest Leonard Dale
        Shawn Chad Brett Owen Grayson Eli Vincent Marvin Clarence Herbert Lloyd Caroline
        Brooklyn Savannah Addison Colton Jaxon Easton""",
    "hispanic": """Gustavo Rodolfo Salvador Adolfo Ignacio Hugo Ruben Julio Oscar Lourdes Marisela Esperanza
        Mercedes Rosario Alma Luz Pilar Yadira Griselda Reynaldo Efrain Socorro""",
    "aa": """Latisha Tremaine Rasheed Tamika Lakisha Terrance Dwayne Marcus Jaylen Keyshawn Zaria Kenyatta
        Shamika Darnisha""",
    "asian": """Thao Lan Hung Vinh Wen Hua Lihua Yong Seojun Hana Yuna Akira Kaito Ren Arun Kavita Deepak
        Nikhil Lakshmi Divya""",
    "intl": """Agata Marek Zofia Gabor Zsofia Mihai Andrei Sven Freya Timo Aleksi Pierre Camille Giorgio
        Francesca Joana Tiago Kofi Akosua Sipho Thandiwe Chiamaka Emeka Jurgen""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v20's tables


# a name of a group, the group drawn at its share when none is asked
draw = group_draw(SHARES)


# one-word street names of US towns (trees, shrubs, landforms, later presidents); numbered streets are the
# kit's ordinal draw (one street in five), so no ordinal is listed here; ``STREET_NAMES`` also name the
# business e-mail domains the kit draws ("collegedental.com")
STREET_WORDS = listed("""Buttonwood Ironwood Boxwood Catalpa Basswood Tupelo Larch Hazel Persimmon
    Ridgeview Meadowbrook Stonegate Foxglove Bluebonnet Cardinal Bluebird Wren Kingfisher Monticello Cleveland
    McKinley Truman Fillmore""")
STREET_NAMES = tuple(
    Name((s, "st", "")) for s in listed("Foundry Mission Harbor Quarry Station Ferry Tannery")
)
