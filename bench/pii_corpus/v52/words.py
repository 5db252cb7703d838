"""v52's own names and streets (brief B52: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v51's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Pennsylvania Mennonite and Brethren (Lancaster, Shenandoah Valley), Kentucky and Virginia
mountain, West Michigan Dutch and Ohio German ("us"); New Mexico and South Texas ("hispanic"); Lowcountry
South Carolina ("aa"); Lao, Hmong, Samoan and Hawaiian ("asian"); Lithuanian, Armenian, Slovak, Czech and Azorean
Portuguese ("intl"). Given names of the same groups (Louisiana French and Ozark ones among the "us" ones, Basque
and old New Mexican ones among the "hispanic" ones). All are the author's picks from memory, not looked up.
Three rounds of candidates (about 560) were filtered against every earlier list (every ``words.py`` of v16 and
v18 to v51, compared without case, names and street words) before any draw by a throwaway script; most were
dropped; kept names that are English words or places ("Mast", "Plank", "Shirk", "Shank", "Driver", "Capers",
"Dingle", "Rivers", "Cooks", "Wineglass", "Fortune", "Ivory", "Arizona", "Glaze", "Rouse", "Her", "Lo", "Pa",
"Der") were dropped by hand, and so was one name with an accent. ``check.py`` proves none is on an earlier list.
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
    "us": """Heinen Kegley Umberger Hignite Howerton Kerkhoff Ysseldyke Stutzman Kinsinger Leinbach Snavely
        Gochenour Rinker Suter Brunk Coffman Kulp Bechtel Kratz Souder Histand Derstine""",
    "hispanic": """Arreguin Villalon Ximenez Arizpe Verastegui Anzures Barela Garduno""",
    "aa": """Brisbon Mikell Funderburke Brailsford Izzard Tumbleston Bradham Cumbee Jamerson""",
    "asian": """Yaj Keophila Ounkham Vilaysack Duangmala Lauvao Faleomavaega Ching Akana Kahananui Kealoha
        Kamakau""",
    "intl": """Grigaliunas Bedrosian Gyulbenkian Kocian Kubicek Ponte Azevedo Goncalves Fagundes Laureano
        Abramaitis Bagdonas Daukantas Jurgaitis Liutkus Mazeika Rimkus Zemaitis Dadourian Torosian Vosganian
        Hanulik Oravec Rusnak""",
}
GIVEN = {
    "us": """Onezime Azema Clodia Valsin Evia Murrel Carrol Glendon Aubra Veda Lenvil Ambroise Aristide Emelie
        Hippolyte Lastie Narcisse Odelia Olivier Pierrot Zulma Izora""",
    "hispanic": """Maitane Ibon Teodulo Cayetano Policarpo Patrocinio Graciano Servando""",
    "aa": """Jemima Leander Carthell Arthenia Rhetta""",
    "asian": """Malia Leilani Kalani Keoni Makana Noelani Kaimana Kame Souphanh Phonexay Manivanh Iosefa""",
    "intl": """Danute Algis Anahid Garabed Siranoush Zabel Adelino Birute Kestutis Stasys Zigmas Berj Kevork
        Shoghik Zaven""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v52's tables

# one-word street names of US towns (northern woodland and meadow wildflowers' common names: subdivisions name
# their streets for them, "Twinflower Lane", "Bunchberry Court"); ``STREET_NAMES`` are the kit's town-style
# compounds of the same sixteen words (``lexicon_kit.towns_of``: what they are for is said there)
STREET_WORDS = ["Kinnikinnick", "Saxifrage", "Bittercress", "Chickweed", "Speedwell", "Pennycress", "Knotweed",
                "Sandwort", "Starwort", "Cinquefoil", "Groundsel", "Pipsissewa", "Twinflower", "Arbutus",
                "Buckbean", "Bladderwort"]  # fmt: skip
STREET_NAMES = towns_of(STREET_WORDS)
