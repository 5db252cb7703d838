"""v45's own names and streets (brief B45: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v44's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Cornish and Manx (Upper Peninsula and Wisconsin mining towns), Lancaster County Amish and
Appalachian Scots-Irish; New Mexico and Arizona Hispano and Basque-Mexican; Carolina African American; Korean,
Chinese, Japanese and Indian; Armenian, Greek, Polish, Georgian, Lithuanian, Albanian, Czech, Dutch, Finnish and
Swedish. Given names of the same groups (old rural Southern and Cornish ones among the "us" ones). All are the
author's picks from memory, not looked up. Three rounds of candidates were filtered against the twenty-seven
earlier lists (every ``words.py`` of v16 and v18 to v43, compared without case, with v19's ``_people``) before
any draw by a throwaway script that printed the kept candidates; names that are words, places or brands ("Ok",
"Ou", "Lou", "Pa", "Pleas", "Quirk", "Ivory", "Fern", "Madrid", "Geneva") were dropped by hand. ``check.py``
proves none is on an earlier list.
"""

from __future__ import annotations

from bench.pii_corpus.lexicon_kit import towns
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
    "us": """Trewhella Kneebone Quayle Kermode Corlett Quilliam Kewley Cregeen Faragher Kinvig
        Skillicorn Teare Trebilcock Carlyon Opie Killip Clucas Kissack Gelling Kreider Lapp McClanahan
        McElhaney""",
    "hispanic": """Archibeque Urquidez Lerma Olague Zubia Grajeda Quinonez""",
    "aa": """Blassingame Ballou Ealy Kornegay Shellman Lyde Smalls Strother Gunter Hinnant""",
    "asian": """Uhm Yeom Bian Jiao Miao Weng Zhai Hamasaki Igarashi Kageyama Mochizuki Takahata Chakraborty
        Gokhale Nambiar Talwar""",
    "intl": """Kasparian Derderian Economou Stathopoulos Szczepanski Pietrzak Tsereteli Vasiliauskas Shehu
        Verhoeven Abashidze Urbonas Vondracek Smetana Zeman Wouters Halonen Bergqvist""",
}
GIVEN = {
    "us": """Ferrel Velda Kerenza Cordie Gaynell Kizzie Lennie Neva Vernie Dolph Gurney Ivo
        Kermit Linzy Otho Talmadge Zeb""",
    "hispanic": """Macaria Cleofas Aniceto Baldomero Isaura Leandra Maclovia Rufina Vicenta Benita Casimira
        Celedonio Felicitas Melesio Olimpia Rogaciano Virgilio""",
    "aa": """Shontelle Jaleesa Vondell Fredrick Garnell Lavell Olanda Sherrod Lavada Vernetta""",
    "asian": """Taehyun Dongwoo Yifan Ruoxi Sota Yui Hinata Riku Diya Saanvi Vihaan Anika""",
    "intl": """Narine Spiro Tamari Driton Jarmila Joost Maartje Tengiz Gvantsa Gintare Fatmir Akua""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v45's tables


# one-word street names of US towns (islands of the Hebrides, as Scots-settled towns name streets: "Islay
# Street", "Barra Road"; the author's judgement); ``STREET_NAMES`` are town-style compounds of them as
# ``lexicon_kit.towns`` rows (its docstring says what they are for; v45's endings are its own, not
# ``TOWN_SUFFIXES``, so ``towns`` rather than ``towns_of``)
STREET_WORDS = ["Tiree", "Islay", "Jura", "Barra", "Eriskay", "Lismore", "Ulva", "Kerrera", "Colonsay", "Gigha",
                "Raasay", "Scalpay", "Vatersay", "Berneray", "Staffa", "Fetlar"]  # fmt: skip
STREET_NAMES = towns(("Tireeville", "Islayford", "Jurabrook", "Barradale", "Eriskayfield", "Lismoremere", "Ulvaton",
                      "Kerrerawood", "Colonsaymoor", "Gighaford", "Raasaydale", "Scalpayton", "Vatersaybrook",
                      "Bernerayfield", "Staffawood", "Fetlarville"))  # fmt: skip
