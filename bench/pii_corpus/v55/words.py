"""v55's own names and streets (brief B55: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v54's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Hudson Valley, Long Island and Jersey Dutch, Vermont and Virginia colonial, Texas Hill Country
German, Ozark ("us"); Guatemalan Maya, Ecuadorian, Cuban, Basque Mexican and Mexican ("hispanic"); Carolina and Virginia
tidewater ("aa"); Taiwanese, Okinawan American, Marathi and Korean ("asian"); Finnish, Polish and Greek
("intl"). Given names of the same groups (old New England Bible names and Ozark and Appalachian ones among the
"us" ones). All are the author's picks from memory, not looked up. About 720 candidates were filtered against
the earlier lists (every ``words.py`` of v16 and v18 to v53, then to v54, compared without case, with v19's
``_people``) by a throwaway script that printed only which of v55's candidates survive (most were dropped);
fifteen names at the first draw were on v54's lists (written beside v55, uncommitted) and were replaced after
it, and the "hispanic" lists were lengthened after the second (README "Draws"); kept names that are English words or
states ("Mast", "Plank", "Bowling", "Couch", "Oval", "Polite", "Capers", "Arizona", "Burley") were dropped by
hand. ``check.py`` proves none is on an earlier list.
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
    "us": """Vreeland Demarest Blauvelt Zabriskie Ackerson Terhune Hasbrouck Schuyler Vedder Wemple Staats
        Hoogland Wyckoff Suydam Polhemus Rapalje Lefferts Cortelyou Couwenhoven Remsen Ditmars Hegeman Voorhees
        Stryker Schenck Bloodgood Chittenden Wheelock Hapgood Wetherbee Goodale Carrington Cabell Tayloe Kothmann
        Wehmeyer Heinemeyer Scharnhorst Pfluger Dietert Kuhlmann Eoff Ingenthron Villines Schermerhorn
        Brinckerhoff Onderdonk Vanderveer Quackenbush Bogardus Fugett""",
    "hispanic": """Villasenor Larrazabal Aizpuru Azcona Rentas Solano Toscano Berumen Villafuerte Ixcot
        Rivadeneira Quijano Villagomez Hevia Villaverde Urquiola Canizares Lamadrid""",
    "aa": """Streeter Outterbridge Faucette Royster Fauntroy Eady Strozier""",
    "asian": """Nakama Sakumoto Agena Sathe Bapat Chou Shih Kanemoto Uchima Gushiken Vishwanath Joglekar Paek Tse
        Yamashiro Kinjo""",
    "intl": """Zajac Peltonen Harju Rasanen Michalak Karagiannis Stavrou Demetriou""",
}
GIVEN = {
    "us": """Shadrach Eliezer Japheth Thirza Dorsie Elzy Harlis Irvil Tilden Buell Harless Verlon Minervy Tishie
        Arminta Florilla Lurana Orvilla Tirzah Jedediah Eliakim Azariah Gershom Ithamar Shubael Drusilla Hopestill
        Arzella Almeta Nervie Elkanah Jabez Hosmer Roswell Lodema Zeruah Louvisa Ressie Hascal Estill Cloyd Arzo
        Ancel Ortha Clemie Dola Eulah""",
    "hispanic": """Cupertino Jesusita Efigenia Heladio Anatolio Tereso Eligio Exiquio Ladislao Zenaido Ciriaco
        Virgilia Edelmira Delmy Nehemias Elba""",
    "aa": """Ardie Curlee Dosha Idell Jerlene Neola Orlean Pecola Ulma Valrie Exzavier Dessa Tommie Arthel
        Arlander""",
    "asian": """Harbhajan Amrik Gurdev Kwai Minoru Debashish Sushmita Arindam Rituparna Kulwant Manjit Baljit""",
    "intl": """Konstantina Theodoros Eleftheria Kaarlo Dragica Mirko Branka Slavko Ivica Ljiljana Spyridon
        Zdzislaw""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v55's tables

# one-word street names of US towns (moss genera: woodland subdivisions name their streets for the ground
# cover, "Hypnum Court", "Bryum Lane"); ``STREET_NAMES`` are the kit's town-style compounds of the same sixteen
# words (``lexicon_kit.towns_of``: what they are for is said there)
STREET_WORDS = ["Sphagnum", "Polytrichum", "Dicranum", "Hypnum", "Bryum", "Mnium", "Leucobryum", "Thuidium",
         "Climacium", "Atrichum", "Fissidens", "Funaria", "Hylocomium", "Plagiomnium", "Anomodon",
         "Grimmia"]  # fmt: skip
STREET_NAMES = towns_of(STREET_WORDS)
