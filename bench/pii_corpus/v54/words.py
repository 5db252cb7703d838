"""v54's own names and streets (brief B54: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v53's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Pennsylvania Dutch and Mennonite, Manx and Cornish, Norwegian-American and Volga German ("us");
Guatemalan Maya, Salvadoran, Honduran and Dominican ("hispanic"); Gullah and Alabama Black Belt ("aa");
Bengali, Marathi, Burmese, Chamorro, Samoan and Native Hawaiian, Korean ("asian"); Icelandic, Maltese, Greek
Cypriot, Croatian, Flemish, Luxembourgish and Romansh ("intl"). Given names of the same groups (old Mormon,
Puritan and Norwegian-American ones among the "us" ones). All are the author's picks from memory, not looked
up. About 560 candidates were filtered against the thirty-seven earlier lists (every ``words.py`` of v16 and v18
to v53, compared without case, with v19's ``_people``) before any draw by a throwaway script (most were
dropped); kept names that are English words or brands ("Lien", "Shirk", "Capers", "Seals", "Morel",
"Hershey", "Parley", "Pinkie", "Newell", "Zug") were dropped by hand. ``check.py`` proves none is on an
earlier list.
"""

from __future__ import annotations

from bench.pii_corpus.lexicon_kit import towns_of
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
    "us": """Groff Reist Bomberger Shenk Weidman Trenary Corkill Crellin Qualtrough Hochstedler Roggie Mishler Frey
        Kready Gehman Buckwalter Witmer Alderfer Godshall Clemmer Fossum Tvedt Sather Schwindt Scheuerman Deines
        Schmeidler Schoenthaler""",
    "hispanic": """Cutz Sicajan Quisquinay Chavajay Menchu Cojulun Sorto Urquilla Peguero Midence Espaillat Nolasco
        Ovalles Valerio""",
    "aa": """Funches Lymon Mayes Pettway Bettis Moorer Jemison Belser Abney Dismuke Echols Shumpert Zachery Bankston
        Doby""",
    "asian": """Gwon Tauiliili Mataafa Bhuiyan Majumder Basu Naidu Apte Paranjpe Htun Pangelinan Kekumu Nakoa Kapule
        Keola""",
    "intl": """Magnusdottir Gunnarsson Thorsteinsson Schembri Psaila Kyriakou Knezevic Vermeulen Verstraete Claeys
        Declercq Vandamme Goossens Janssens Desmet Deprez Thill Theis Capaul Derungs Cavelti Bundi""",
}
GIVEN = {
    "us": """Ermal Alvira Emanuel Delmar Gideon Aquilla Arliss Clell Lena Wava Wendelin Ignatz Reinhold Gottlieb
        Ewald Otmar Hilmer Arnt Sivert Ingvald Signe Hjalmar Selmer Almon Orson Heber Hyrum Verl Lathrop Amasa
        Barzillai Erastus Gamaliel Loammi Peleg Azubah Eldora Norine Twila Udella""",
    "hispanic": """Balbina Casilda Amancio Canuto Cleto Eutimio Margarito Panfilo Silverio Zenon Cipriana Febronia
        Gumercinda""",
    "aa": """Arthell Hosie Izola Louvenia Theola Lovie Fleda Gennie Harriette Narcissa Alvester Cephus Delphus Mordecai
        Rayfield""",
    "asian": """Dhaval Abhijit Indrani Sharmila Subrata Tanushree Sunitha Madhuri Kainoa Rajwinder Sukhdev Tejinder
        Deepali Gayatri Meenal Pallavi Rohini Sangeeta Trupti Urmila Vandana Yamini""",
    "intl": """Sigridur Marjatta Ganni Giorgos Despina Tamaz Mojca Bostjan Krystyna Saulius Lieven Griet Koen Joris
        Marit Corsin Gian Ursina Flurina Reto Seraina""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v54's tables

# one-word street words (pipe-organ stop names: the author's choice of sixteen words no earlier half used, not
# taken from a street register); ``STREET_NAMES`` are the kit's town-style compounds of the same sixteen words
# (``lexicon_kit.towns_of``: what they are for is said there)
STREET_WORDS = ["Diapason", "Bourdon", "Gedackt", "Quintadena", "Krummhorn", "Sesquialtera", "Nazard", "Larigot",
                "Dulciana", "Gemshorn", "Salicional", "Cornopean", "Clarabella", "Spitzflote", "Rohrflote",
                "Dolcan"]  # fmt: skip
STREET_NAMES = towns_of(STREET_WORDS)
