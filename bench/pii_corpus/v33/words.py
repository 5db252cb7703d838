"""v33's own names and streets (brief B33: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v32's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: near the Census 2010 group shares); the tables that are standards rather than people (USPS
Publication 28 suffixes, directionals, highways, C2 unit designators, the ID alphabets), the towns, mail domains
and "as in" words are v16's, imported.

Family names: Appalachian and Virginia-coalfield surnames, New Mexico and Mexican surnames, Black Southern
surnames, Portuguese (New England and Hawaii), Okinawan and Japanese-American, Cantonese and Punjabi surnames,
and an Irish and Lebanese tail; given names of the same groups. All are the author's picks from memory, not
looked up. Some 400 candidates were filtered against the sixteen earlier lists (every ``words.py`` of v16 and
v18 to v32, and every word of the kits' files) before any draw by a throwaway script that printed only the
candidates on none of them (some 250 were on them and were dropped). ``check.py`` proves none is on those lists.
"""

from __future__ import annotations

from bench.pii_corpus.lexicon_kit import Name
from bench.pii_corpus.v16.words import AS_IN as AS_IN
from bench.pii_corpus.v16.words import DIRECTIONS as DIRECTIONS
from bench.pii_corpus.v16.words import HIGHWAYS as HIGHWAYS
from bench.pii_corpus.v16.words import ID_LETTERS as ID_LETTERS
from bench.pii_corpus.v16.words import MAIL as MAIL
from bench.pii_corpus.v16.words import MBI_LETTERS as MBI_LETTERS
from bench.pii_corpus.v16.words import PLACES as PLACES
from bench.pii_corpus.v16.words import SHARES as SHARES
from bench.pii_corpus.v16.words import SUFFIX_ABBR as SUFFIX_ABBR
from bench.pii_corpus.v16.words import TRADES as TRADES
from bench.pii_corpus.v16.words import UNITS_C2 as UNITS_C2
from bench.pii_corpus.v16.words import _names
from bench.pii_corpus.v16.words import draw as draw
from bench.pii_corpus.v16.words import suffix as suffix

FAMILY = {
    "us": """Blankenbeckler Honaker Stallard Bevins Salyer Kincer Fennell Whitlow""",
    "hispanic": """Vigil Zamudio Gurule Irigoyen Jurado Lujan Olguin Rubalcava Sisneros Tafoya Armijo Mondragon
        Urioste Abeyta Borrego Chacon Encinias Jaquez Leyba Naranjo Prieto Roybal Sena""",
    "aa": """Tubman Ransom Peoples Shivers Batiste""",
    "asian": """Wakabayashi Jeong Sandhu Dhillon Grewal Bajwa Sidhu Mahajan Ghoshal Kagawa Morikawa Shimabukuro
        Uyeda Inouye Mok Tam Sahota""",
    "intl": """Oyelaran Karam Brannigan Fitzgibbon Gomes Furtado Rapoza Silveira""",
}
GIVEN = {
    "us": """Ardell Delphia Etta Ezra Floy Ivalene Lafe Murl Noble Ruel Sudie""",
    "hispanic": """Xochitl Citlali Eulalio Macrina Rutilio Dagoberto Velia""",
    "aa": """Lurleen Willodean Delois Obie Otha Cleola Ozie""",
    "asian": """Gurpreet Harjit Manpreet Jaswinder Rajinder Anirban Debashis Sudipta Balwinder Paramjit Sukhwinder
        Tarsem Kuldip Simran Navdeep""",
    "intl": """Folake Tunde Nadim""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v33's tables


# one-word street names of US towns (lawn and garden words); numbered streets are the kit's ordinal draw (one
# street in five), so no ordinal is listed here; ``STREET_NAMES`` also name the business e-mail domains the kit
# draws
STREET_WORDS = ["Sorrel", "Bluegrass", "Zoysia", "Mulch", "Loam", "Peat", "Compost", "Trowel", "Hedgerow",
                "Privet", "Arborvitae"]  # fmt: skip
STREET_NAMES = tuple(Name((s, "st", "")) for s in ("Zoysiadale", "Loamfield", "Privetbrook", "Hedgerowhill"))
