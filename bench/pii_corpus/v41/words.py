"""v41's own names and streets (brief B41: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v40's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Indiana and Ohio Amish and Mennonite, West Michigan Dutch, Cornish-American; Colombian (Antioquia);
Lowcountry South Carolina; Nepali-Bhutanese and Filipino; Armenian, Greek, Polish and Nigerian (Igbo, Yoruba).
Given names of the same groups (Welsh and Czech among the "us" ones). All are the author's picks from memory,
not looked up. Three rounds of candidates were filtered against the twenty-four earlier lists (every
``words.py`` of v16 and v18 to v40, compared without case) before any draw by a throwaway script that printed
the kept and dropped candidates; names that are words or brands ("Mullet", "Capers", "Grate", "Smalls",
"Dingle", "Wineglass", "Mast", "Cha"), two Hmong spellings the spelled slot would mangle ("Yaj", "Lauj") and
one street word that is a title ("Sultan") were dropped by hand. ``check.py`` proves none is on an earlier list.
"""

from __future__ import annotations

from bench.pii_corpus import lexicon_kit
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
    "us": """Glick Petersheim Graber Schrock Metzler Eicher Kurtz Nisly Slabaugh Borntrager Raber Coblentz Helmuth
        Lambright Wickey Lengacher Bieri Zehr Roth Sommers Keim Lehman Nussbaum Zimmerly Miedema Zwiers Brinks
        Huyser Kamphuis Boersma Wierenga Tjoelker Nanninga Wolters Haverkamp Oostema Bultema Kooiman Vredevoogd
        Hekman Vos Penhallow Tregear Pengelly Hocking Tonkin Trewin Bolitho Curnow Hosking Prothero Pryce Gwynne
        Bevan Vrba Cervenka""",
    "hispanic": """Carvajal Echeverry Henao Urrego Agudelo Salamanca Pulido Buitrago Cuartas Osorio Alzate Grisales
        Vanegas Cuervo Gallego Palacio Duque Correa Castano Yepes Posada""",
    "aa": """Geathers Mazon Mitchum Wactor McCants Bacote Brockman Wragg Jenerette Wigington""",
    "asian": """Bhattarai Koirala Poudel Rana Basnet Khadka Gautam Ghimire Dhakal Sapkota Neupane Timilsina Luitel
        Baral Acharya Subedi Calimlim Dumlao Ilagan Quimpo Cunanan Bernabe Lagman""",
    "intl": """Manoogian Avakian Dermenjian Mirzoyan Papazian Tashjian Garabedian Kouyoumjian Arakelian Hagopian
        Baghdasarian Tcholakian Nalbandian Konstantinidis Tsakalos Kourakos Mavromatis Zervos Lekkas Chronopoulos
        Ziogas Ziemba Mazurek Borkowski Gorski Dudek Olaniyan Onyeka Ikechukwu Fashola Uzoma Anyanwu Iwu""",
}
GIVEN = {
    "us": """Wietske Tjitske Maarten Gwilym Ieuan Cerys Dilys Gareth Glenys Libuse Loren Orpha Jeb Arden Myrna Twyla
        Garth Owain Tegwen Aled Ffion Sian Meinir Catrin Gethin Ifor Geraint Jitka Pavla Miroslav""",
    "hispanic": """Yeison Yulieth Wilmar Duvan Edilma Fabio Hernan Libardo Orfilia Alirio Yamile Didier Gildardo Jairo
        Nelcy Wbeimar Arley Yobany Eliecer Rubiela Deicy Yorladis Nidia Jhonny Yuly Andres Camilo Yamid Norbey""",
    "aa": """Keyonna Octavius Lavon Jahmal Tynisha Taneisha Luvenia Mozell Ardella Jeanetta Tarik Devonte""",
    "asian": """Choua Sujata Bikash Dipak Rajan Jhun Rhea Roshan Srijana Kabita Pramila Sagar Anish Reshma Melchor
        Luningning Glaiza""",
    "intl": """Garine Ani Nairi Arpine Hovhannes Raffi Theodora Kyriakos Athanasia Christos Sotiria Mieczyslaw
        Elzbieta Tobenna""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v41's tables


# one-word street names of US towns (chicken breeds: "Wyandotte Street", "Orpington Lane", "Leghorn Road" are found in
# farm towns and subdivisions); what ``STREET_NAMES`` are for: ``lexicon_kit.towns``
STREET_WORDS = ["Wyandotte", "Orpington", "Leghorn", "Dorking", "Araucana", "Langshan", "Faverolle", "Welsummer",
                "Barnevelder", "Silkie", "Sebright", "Chantecler", "Campine", "Lakenvelder", "Houdan",
                "Crevecoeur"]  # fmt: skip
STREET_NAMES = lexicon_kit.towns(
    ("Wyandotteville", "Orpingtonford", "Leghornbrook", "Dorkingdale", "Araucanafield", "Langshanmere",
     "Faverolleton", "Welsummerwood", "Barneveldermoor", "Silkieford", "Sebrightdale", "Chanteclerton",
     "Campinebrook", "Lakenvelderfield", "Houdanwood", "Crevecoeurville")
)  # fmt: skip
