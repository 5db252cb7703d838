"""v34's own names and streets (brief B34: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v33's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: near the Census 2010 group shares); the tables that are standards rather than people (USPS
Publication 28 suffixes, directionals, highways, C2 unit designators, the ID alphabets), the towns, mail domains
and "as in" words are v16's, imported.

Family names: Pennsylvania Amish and Mennonite, Louisiana Cajun and a Southern tail; Puerto Rican, Dominican
and Colombian; South Carolina Lowcountry (Gullah) and Louisiana Creole; Filipino, Hmong and Tamil; Polish,
Ukrainian, Greek, Somali and Haitian. Given names of the same groups. All are the author's picks from memory,
not looked up. Some 580 name candidates and 65 street words were filtered against the seventeen earlier lists
(every ``words.py`` of v16 and v18 to v33) before any draw by a throwaway script that printed the kept and
dropped candidates (some 300 names and 3 street words were on them and were dropped; names that are also
English words, towns or short enough to be heard as a digit were dropped by hand). Every group keeps at least
13 family and 18 given names, so no one name should carry more than a few percent of the names drawn.
``check.py`` proves none is on those lists.
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
    "us": """Stoltzfus Hershberger Zook Beiler Kauffman Hostetler Brubaker Landis Musselman Troyer Stauffer
        Boudreaux Guidry Hebert Fontenot Arceneaux Trahan Comeaux Robichaux Doucet Melancon Ardoin Cormier
        Savoie Breaux Prejean Bilbrey Qualls Hollingsworth Bumgarner Hinson Arrington""",
    "hispanic": """Vazquez Rosado Quinones Alicea Cintron Negron Burgos Ocasio Echevarria Arencibia Cepeda Almonte
        Tejada Polanco Paulino Arango Restrepo Cardona Ospina Giraldo Zuluaga Gaviria""",
    "aa": """Grimball Huger Deveaux Metoyer Balthazar Roquemore Spratling Stinson Gadsen Manigo Lesane Kinlaw
        Gourdine Ladson Scriven Grovner""",
    "asian": """Gatdula Sison Vang Moua Vue Khang Kue Rajendran Murugan Annamalai Palaniappan Thirumalai
        Arumugam""",
    "intl": """Kozlowski Krawczyk Shevchenko Bondarenko Kovalenko Tkachenko Kravchenko Boyko Lysenko Georgiou
        Konstantinou Nikolaidis Vlachos Warsame Jama Mohamud Guled Desir Dorvil Estime Exantus Fleurant Jeanty
        Laguerre Senatus Valcourt""",
}
GIVEN = {
    "us": """Alcide Ovide Odile Clothilde Ulysse Aurelie Delphine Lucien Anatole Gaston Honore Octave Menno
        Reuben Mose Lydia Rebekah Malinda Arlo Kinsley Ryker Colt Kolton Gunner Raelynn Emmalyn Kyler Brynlee
        Stetson Waylon Everleigh Remington Kamryn Jace Rylee Karsyn Bentley Tinsley Verlin Ione Aline""",
    "hispanic": """Yaritza Nereida Migdalia Nilda Yanelis Yoandri Yosvany Dayami Lisandra Reinaldo Arelis Yahaira
        Betzaida Carmelo Evelio Leomaris Francheska Johanny Anyelo Yunior Darlenys""",
    "aa": """Queenie Ardelia Bessie Fleta Icie Ossie Reather Versie Zettie Clarice Fredonia Georgetta Henrietta
        Lavonia Quintella Zebedee Obadiah Zuri Amari Deion Keshawn""",
    "asian": """Arnel Dindo Maricel Editha Dongwook Pao Kou Chue Neng Blia Senthil Karthik Selvi Saravanan
        Thangam Valli Anbu Ilango""",
    "intl": """Taras Mykola Bohdan Olena Yaroslav Dmytro Spyros Stavros Dimitra Fotini Abdirahman Hodan Faduma
        Ayaan Mahad Sahra Wideline Fritznel Jocelyne Rosemene Widlene Ducarmel Rodeline Islande Guerline""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v34's tables


# one-word street names of US towns (house-framing and tool words); numbered streets are the kit's ordinal
# draw (one street in five), so no ordinal is listed here; ``STREET_NAMES`` (town-style compounds) also name
# the business e-mail domains the kit draws. The kit draws two streets in five from ``STREET_NAMES``: with four
# of them (v33's count) each carried a tenth of the addresses on the first draw (Ledgerwood 13 of 88), so there
# are fourteen, as many as the street words, each some 3% of the addresses
STREET_WORDS = ["Gable", "Dormer", "Cupola", "Rafter", "Cornice", "Dovetail", "Anvil", "Bellows", "Ledger",
                "Quill", "Satchel", "Cricket", "Sprocket", "Lintel", "Bungalow", "Truss"]  # fmt: skip
STREET_NAMES = tuple(
    Name((s, "st", ""))
    for s in ("Gableton", "Dormerdale", "Rafterbrook", "Ledgerwood", "Anvilford", "Bellowsmere", "Corniceton",
              "Quillhaven", "Sprocketdale", "Lintelbrook", "Trussfield", "Satchelford", "Cricketmoor", "Joistwood")
)  # fmt: skip
