"""v35's own names and streets (brief B35: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v34's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: near the Census 2010 group shares); the tables that are standards rather than people (USPS
Publication 28 suffixes, directionals, highways, C2 unit designators, the ID alphabets), the towns, mail domains
and "as in" words are v16's, imported.

Family names: Norwegian, Swedish and Dutch Midwest, Ohio and Indiana Amish, an Appalachian tail; Salvadoran,
Guatemalan (K'iche') and Andean; South Carolina and Georgia Black families; Lao, Khmer, Gujarati and Korean;
Lithuanian, Armenian, Ethiopian, Yoruba and Azorean Portuguese. Given names of the same groups. All are the
author's picks from memory, not looked up. Some 480 name candidates and 34 street words were filtered against
the eighteen earlier lists (every ``words.py`` of v16 and v18 to v34) before any draw by a throwaway script that
printed the kept and dropped candidates (some 300 names were on them and were dropped; names that are also
English words, or short enough to be heard as another word, were dropped by hand). Every group keeps at least
17 family and 21 given names, so no one name should carry more than a few percent of the names drawn.
``check.py`` proves none is on those lists.
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
    "us": """Sandquist Thorson Gustafson Ostrander Engebretson Solberg Fjelstad Amundsen Ingebretsen Tollefson
        Ronning Kvale Mortensen Bjornstad Nordquist Stenberg Hegstad Skogen Vanderploeg Vanderwal Huizenga
        Dykstra Hoekstra Postma Bouma Meijer Hochstetler Schlabach Wengerd Sprunger Nafziger Gingerich
        Swartzentruber Bontrager Yutzy Lykins""",
    "hispanic": """Argueta Menjivar Orellana Chinchilla Cifuentes Batres Valladares Villatoro Guardado Lemus
        Bonilla Funes Alfaro Giron Tobar Monterroso Tzoc Ajanel Huaman Mamani Condori""",
    "aa": """Pettiford Gatewood Swindell Satterwhite Artis McMillian Tillery Wimbush Mebane Cuthbertson
        Pendarvis Hardnett Coakley Mungin Gethers Holmon Lawton""",
    "asian": """Phommachanh Sayavong Keomany Chanthavong Souvannavong Vongsavath Inthavong Luangrath Chhim Prak
        Chhay Khun Parikh Chaudhari Modi Panchal Solanki Rathod Vaghela Gohil Kwak Chiu""",
    "intl": """Petrauskas Jankauskas Zukauskas Petrosyan Hakobyan Sargsyan Grigoryan Harutyunyan Tesfaye Bekele
        Gebremedhin Tadesse Olawale Ogunleye Babatunde Raposo Sousa""",
}
GIVEN = {
    "us": """Thorvald Britt Maren Bobbie Shawna Kenzie Oaklynn Olaf Knute Halvor Borghild Ansel Arlis Ulys
        Virgie Omie Denzil Dorsel Estel Lovel Theda Kaydence Bryson Colby Kaden Maci Addilyn Kinley Everly""",
    "hispanic": """Eustolia Eleazar Nohemi Xiomara Wilmer Osmin Noelia Milagros Yuridia Edgardo Leopoldo Yamileth
        Yareli Jeisson Brayan Yorleny Roxana Marleny Anahi Maritza Aracely""",
    "aa": """Rochelle Ronnell Daquan Jazmine Keondre Trevon Quinton Tremayne Lakendra Shantel Keyana Ashanti
        Kenyetta Kiesha Ebonie Shaquana Dorinda Arthella Oralee Amarion Jamarion Kamari Jayceon Nasir Kyrie
        Ameer Makayla""",
    "asian": """Khamphou Bounmy Vilay Sophal Sokunthea Chanthou Souksavanh Somphone Khamla Sothea Bopha Rithy
        Chantha Jaspreet Hetal Nirav Rupal Jigar Ketan Rakesh Hitesh Mitesh Jignesh Falguni Krupa Ankit Bhavesh
        Kalpana Dongsoo Kyungmin""",
    "intl": """Rasa Aurimas Jurgis Radka Jaroslava Filipa Armen Anush Tigran Gayane Aram Lusine Kaisa Abebe Meron
        Selam Yonas Tsion Dawit Adebola Funmilayo Olumide Temitope Babajide Yetunde""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v35's tables


# one-word street names of US towns (cloth and weave words); what ``STREET_NAMES`` are for: ``lexicon_kit.towns``
STREET_WORDS = ["Calico", "Gingham", "Chambray", "Muslin", "Damask", "Seersucker", "Tweed", "Flannel",
                "Corduroy", "Velour", "Taffeta", "Percale", "Poplin", "Twill", "Organdy", "Chintz"]  # fmt: skip
STREET_NAMES = lexicon_kit.towns(
    ("Ginghamton", "Muslinford", "Tweedsdale", "Damaskwood", "Chambrayfield", "Calicoville",
     "Percaleton", "Poplinbrook", "Twillmere", "Chintzford", "Velourdale", "Taffetaton", "Organdyfield",
     "Worstedbrook", "Flannelmoor", "Seersuckerton")
)  # fmt: skip
