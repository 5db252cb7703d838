"""v47's own names and streets (brief B47: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v46's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Manitoba and Kansas Mennonite (Low German), Icelandic and Faroese; Sonoran and Arizona Mexican;
Louisiana Creole; Khmer, Taiwanese, Tamil and Okinawan; Maltese, Slovene, Lithuanian, Samoan, Chamorro and Cape
Verdean. Given names of the same groups (Appalachian ones among the "us" ones). All are the author's picks from
memory, not looked up. Five rounds of candidates were filtered against every earlier list (the ``words.py`` of
v16 and v18 to v45, compared without case, with v19's ``_people``) before any draw by a throwaway script that
printed only which of v47's candidates were kept and dropped: most candidates (about four in five) were on
earlier lists; a country ("Senegal"), a place ("Bergen") and words ("Rue", "Wall", "Funk", "Dock", "Coy",
"Brack") were dropped by hand. One given name ("Rosalva") was found on v46's lists (written at the same time)
before the first draw and removed. The first draw passed ``check.py`` but drew one given name at 9% (Abram, 11
of 123) from an eleven-name "us" list that carries about 60% of the draws: that list was lengthened to 25 (and
the "us" family list to 30) and the file redrawn with the same seed and weights.
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
    "us": """Friesen Penner Klassen Dueck Thiessen Enns Fehr Giesbrecht Loewen Janzen Unruh Warkentin Neufeld
        Rempel Dyck Harms Martens Kroeker Sawatzky Hiebert Teichroeb Plett Toews Joensen Dalsgaard Kristjansson
        Einarsson Hallgrimsson Bergthorsson Olafsson""",
    "hispanic": """Encinas Moraga Esquer Loya Borquez Carrizosa Siqueiros Pelayo""",
    "aa": """Rachal Lacour Bazile Jolivette Mapp""",
    "asian": """Keo Hsieh Tseng Kuo Yeh Miyashiro Muthusamy Thangavelu""",
    "intl": """Micallef Galea Debono Xuereb Kranjc Zupancic Potocnik Kovacic Mlakar Vidmar Golob Bizjak Hribar
        Navickas Leiataua Mauga Seumalo Aumua Aguon Taitano Quitugua Taimanglo Sablan Quinata Unpingco Fortes
        Semedo""",
}
GIVEN = {
    "us": """Isaak Aganetha Justina Abram Margaretha Katharina Jakob Franz Liese Icy Posey Vergie Zona Okey Loda
        Vesta Dolphus Armilda Hettie Waitman Absalom Baldur Thordis Steinunn Halldora""",
    "hispanic": """Nicandro Arnulfo Cleotilde Ausencio Serapio Bartola""",
    "aa": """Ursin Sostene Achille Alcee Tyreek""",
    "asian": """Sopheap Sovann Vannak Kosal Seiko Choko Chantrea Pisey Narin Pheakdey""",
    "intl": """Ninu Grezzju Ziga Urska Matej Spela Anze Nejc Tadej Gintaras Aurelija Lupe Sefo Fetu Djamila
        Nelsa Edmilson Adilson Ailton""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v47's tables


# one-word street names of US towns (kitchen and garden herbs: "Tarragon Way", "Chervil Court", "Lovage Lane"
# are subdivision names); ``STREET_NAMES`` are their town-style compounds (what they are for and why sixteen:
# ``lexicon_kit.towns``)
STREET_WORDS = ["Tarragon", "Chervil", "Lovage", "Borage", "Hyssop", "Fennel", "Marjoram", "Caraway",
                "Coriander", "Angelica", "Comfrey", "Feverfew", "Valerian", "Mullein", "Pennyroyal",
                "Germander"]  # fmt: skip
STREET_NAMES = towns(("Tarragonport", "Chervilbury", "Lovageham", "Boragecrest", "Hyssopgate", "Fennelbrook",
                      "Marjoramdale", "Carawayfield", "Corianderton", "Angelicawood", "Comfreyville",
                      "Feverfewmoor", "Valerianmere", "Mulleinford", "Pennyroyalton",
                      "Germandershire"))  # fmt: skip
