"""v53's own names and streets (brief B53: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v52's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Maine and Down East Yankee, Acadian and Louisiana French, Massachusetts Puritan, Welsh ("us");
New Mexico Hispano, Puerto Rican and South Texas ("hispanic"); Louisiana Creole and Carolina ("aa"); Khmer,
Konkani and Tamil Indian, Okinawan and Japanese American, Filipino, Lao ("asian"); Hungarian, Czech, Romanian,
Armenian, Azorean Portuguese, Estonian, Latvian, Slovak and Basque ("intl"). Given names of the same groups
(old Acadian and Puritan ones among the "us" ones). All are the author's picks from memory, not looked up. About
620 candidates were filtered against the thirty-five earlier lists (every ``words.py`` of v16 and v18 to v51,
compared without case, with v19's ``_people``) before any draw by a throwaway script (most were dropped); kept
names that are English words or brands ("Alley", "Bunker", "Snowman", "Rivers", "Toro", "Thankful",
"Prudence", "Barbie", "Starbuck", "Gamble", "Mares", "Magi") were dropped by hand. ``check.py`` proves none is
on an earlier list.
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
    "us": """Higginbotham Standish Alden Saltonstall Peabody Folger Hussey Gwynn Blauch Lafleur Ortego Aucoin
        Boudreau Leger Thibodeau Robichaud Dube Pinette Madore Corriveau Tardif Grindle Thurlow Hinckley Tibbetts
        Pinkham Lunt Littlefield Coombs Sprague Hamor Wescott Keniston Babb Gilpatrick Smallidge Beal
        Faulkingham Kelley""",
    "hispanic": """Fresquez Malave Casiano Galarza Collazo Padro Bermea Coronado Torrez Baros Mena Valles""",
    "aa": """Roque Dupart Dejoie Lacroix Rideau Charbonnet Trevigne Labat Trepagnier Coachman Murrell Hazzard Crum
        Darden Flemming Grice Ivey Odom Ragin Zeigler""",
    "asian": """Khiev Phal Raghunathan Nadkarni Higashi Kuwahara Matsumura Nishimoto Okamura Takara Uyehara
        Cabanban Yabut Phetsavong Kamath Shenoy Vaidya""",
    "intl": """Olah Racz Nemec Pokorny Pospisil Jelinek Benes Fiala Sedlacek Dolezal Navratil Cerny Vanek
        Dumitrescu Constantinescu Stanciu Moldovan Nistor Ciobanu Rusu Khachatryan Ghazaryan Botelho Rego Aguiar
        Mendonca Parn Vaher Liepins Jansons Balaz Hornak Lukac Mihalik Kratochvil Ibarguen Amezaga""",
}
GIVEN = {
    "us": """Ozema Placide Dieudonne Cleophas Evangeline Fabius Leontine Adelard Lezin Philomene Euclide Zephirin
        Ozias Ellery Hepzibah Tristram Reuel Elnathan Lovisa Sophronia Seth Malachi Zebulon Ichabod Abijah
        Ruhamah Ulger Exilia Dorsin Ludivine Alcina Cleonise Eloi Arsene Emerante Marcelite Orelia Eutrope Jotham
        Eliphalet Asa""",
    "hispanic": """Epigmenio Doroteo Fortunato Lisandro Dominga Florentina Gertrudis Inocencia Leonarda Filomeno
        Romualda Edwin Jaritza""",
    "aa": """Fronie Levester Mozelle Lutisha Fleeta Josephine Tessie Napoleon Zeke""",
    "asian": """Vibol Tomiko Yoshiro Chanthavy Khamsing Vilayvanh Chaiya Kanya Malee Niran Pornthip Sombat Wanida
        Nobuko Sadao Shizue Toshio Yukiko Yoneko Jitendra Savitri Shobha Sudhir Vasant Ajay""",
    "intl": """Mirela Catalin Bogdana Arsen Lurdes Algirdas Audrone Gyula Kveta Ottokar Vida Erno Imre
        Magdolna Sandor Ferenc Otakar Bretislav Premysl Doina Ilie Lucian Viorica Gheorghe Ardian Blerim Artur
        Lilit Seda Nune""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v53's tables

# one-word street names of US towns (fern genera: woodland subdivisions name their streets for them, "Osmunda
# Court", "Woodsia Lane"); ``STREET_NAMES`` are the kit's town-style compounds of the same sixteen words
# (``lexicon_kit.towns_of``: what they are for is said there)
STREET_WORDS = ["Osmunda", "Woodsia", "Adiantum", "Athyrium", "Onoclea", "Matteuccia", "Asplenium", "Pteridium",
                "Woodwardia", "Botrychium", "Lygodium", "Blechnum", "Cheilanthes", "Pellaea", "Polypodium",
                "Azolla"]  # fmt: skip
STREET_NAMES = towns_of(STREET_WORDS)
