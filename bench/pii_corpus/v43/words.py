"""v43's own names and streets (brief B43: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v42's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Minnesota and North Dakota Norwegian, Idaho and Nevada Basque; Texas and Jalisco Mexican; Southern
African American; Korean, Punjabi Sikh and Okinawan-Hawaiian Japanese; Ukrainian, Lebanese, Somali, Hungarian and
Azorean Portuguese. Given names of the same groups (Appalachian ones among the "us" ones). All are the author's
picks from memory, not looked up. Three rounds of candidates were filtered against the twenty-five earlier lists
(every ``words.py`` of v16 and v18 to v41, compared without case, with v19's ``_people``) before any draw by a
throwaway script that printed the kept and dropped candidates; names that are words or brands ("Moon", "Son",
"Bang", "Kiss", "Towns", "Lien", "Loan", "Yen", "Dingus", "Essence", "Precious", "Unique"), a place ("Geneva")
and two spellings with a tilde ("Iñaki", "Treviño") were dropped by hand. ``check.py`` proves none is on an
earlier list; 37
more, found on v42's lists (written at the same time) by ``check.py`` after the first two draws, were removed.
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
    "us": """Heggem Vangsness Hjelle Flaten Ulvestad Sateren Overby Dahle Quale Stordahl Nesheim Bergum
        Bratvold Lysne Mickelson Gjerde Bredeson Ellingboe Hagestad Voxland Myhre Lorentzen Storlie Lunde Bjerke
        Skjei Thorsrud Zubiri Ansotegui Lejardi Bastida Alcelay Yribar Amestoy Lecertua
        Hormaechea Jausoro Laucirica Sarria Oyarzun Uberuaga""",
    "hispanic": """Ledezma Olivarez Valdovinos Arteaga Duenas Preciado Lucio Alanis Dimas Terrazas Vela Arambula
        Davila Zaragoza""",
    "aa": """Pender Killebrew Poindexter Flournoy Goode Kearney Redd Seabrooks Ammons Clemmons Outlaw""",
    "asian": """Noh Shim Pak Gwak Tak Tokuda Fukuhara Toor Kalsi Kitagawa""",
    "intl": """Savchuk Kravets Ostapchuk Petrenko Romaniuk Zinchenko Shevchuk Bazzi Boustany Chedid Fakhoury Ghosn
        Hajjar Sleiman Zogby Saab Farole Nur Samatar Fekete Hegedus Papp Vass
        Zsoldos Dutra Goulart Leal Rebelo""",
}
GIVEN = {
    "us": """Ludie Remy Asle Bjorg Idun Magne Oddny Unni Vigdis Leire
        Cleatus Earlene Faye Versa Lissie Dellie Euell Orvel Texie Lovell""",
    "hispanic": """Viridiana Brigida Gregoria Ignacia Lamberto Olegario Teofila Urbano Chayo Fortino""",
    "aa": """Chiquita Fredrica Ishmael Quintavious Zariah Bettye""",
    "asian": """Akane Dae Jasbir Amrit Mariko Naoki""",
    "intl": """Layal Farhiya Andriy Halyna Iryna Oleksiy Svitlana Lina Bashir Deeqa Faisa Ilhan Sagal
        Warsan Zamzam Csaba Erzsebet Agostinho""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v43's tables


# one-word street names of US towns (wine grapes grown in the eastern and midwestern US: "Catawba Street",
# "Cayuga Drive", "Muscadine Lane" are found in wine-country towns and subdivisions); ``STREET_NAMES`` are
# their town-style compounds (what they are for and why sixteen: ``lexicon_kit.towns``)
STREET_WORDS = ["Catawba", "Scuppernong", "Muscadine", "Chambourcin", "Traminette", "Seyval", "Frontenac",
                "Cayuga", "Steuben", "Vignoles", "Chardonel", "Noiret", "Aurore", "Corot", "Valvin",
                "Marechal"]  # fmt: skip
STREET_NAMES = towns(("Catawbaville", "Scuppernongford", "Muscadinebrook", "Chambourcindale",
                      "Traminettefield", "Seyvalmere", "Frontenacton", "Cayugawood", "Steubenmoor",
                      "Vignolesford", "Chardoneldale", "Noiretton", "Aurorebrook", "Corotfield", "Valvinwood",
                      "Marechalville"))  # fmt: skip
