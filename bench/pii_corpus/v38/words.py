"""v38's own names and streets (brief B38: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v37's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: near the Census 2010 group shares); the tables that are standards rather than people (USPS
Publication 28 suffixes, directionals, highways, C2 unit designators, the ID alphabets), the towns, mail domains
and "as in" words are v16's, imported.

Family names: Lancaster County Mennonite and Amish, Cornish, Texas Czech and Polish; Tejano, Puerto Rican,
Guatemalan Maya and Salvadoran; Southern Black; Hmong and Vietnamese, Tamil, Kerala and Bengali; Azerbaijani,
Uzbek, Russian, Romanian and Croatian. Given names of the same groups. All are the author's picks from memory,
not looked up. Two rounds of candidates were filtered against the twenty-one earlier lists (every ``words.py``
of v16 and v18 to v37, compared without case) before any draw by a throwaway script that printed the kept and
dropped candidates; names that are English words or sound like one ("Grate", "Hang", "Her", "Lo", "Ton", "Mac",
"Ha", "Pa", "Yen", "Loan", "Elder", "Christian", "Batts") were dropped by hand. No street word was on them.
``check.py`` proves none is.
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
    "us": """Hostetter Wenger Zimmerman Burkholder Sauder Nolt Oberholtzer Leaman Musser Fretz Kolb Moyer Rohrer
        Treloar Penrose Rowse Kitto Skewes Vosper Kasal Skrabanek Sefcik Zapalac Matula Kahanek Kolar Urbanczyk
        Ostrowski Majewski Riehl Umble Ebersole Shrock Nankervis Chenoweth Kolacek Janak Mikeska Przybylski
        Blosser Detweiler""",
    "hispanic": """Anzaldua Ybanez Landaverde Zavaleta Quijada Merino Nava Bustos Carrasquillo Soberanis Chuc
        Canche Tzul Batz Xicara Ixcoy Cuxil Bocel Cumes Sequen Montiel Pimentel Bracamonte Chirinos Lugo Zambrano
        Ortuno Amaya Lainez""",
    "aa": """Brunson Fulmore Duckett Tyus Bazemore Chatmon Dunston Pryor Brathwaite Facey Thwaites Dacres Samuda
        Ramseur McClendon""",
    "asian": """Khuu Bach Kha Nong Iyengar Natarajan Sundaram Balasubramanian Kuruvilla Mathew Panicker
        Bhattacharya Dasgupta Sengupta Ramasamy Hossain Sarkar Iqbal""",
    "intl": """Orujov Aliyev Mammadov Huseynov Quliyev Abdullayev Nazarbayev Rakhimov Karimov Yusupov Nurmatov
        Lebedev Novikov Pavlov Fedorov Kozlov Stepanov Nikolaev Orlov Vasile Georgescu Marinescu Petrescu Maric
        Juric Vukovic Rahimi Tehrani Ozturk Aydin Celik Arslan Dogan Kravchuk Hnatyuk""",
}
GIVEN = {
    "us": """Ammon Aaron Ira Enos Benuel Sylvan Marlin Galen Rachel Miriam Katie Lizzie Susie Annie Treva Oleta
        Parlee Bertie Mossie Hobart Jonas Mahlon Lavina Zelphia Milada Lovina""",
    "hispanic": """Yoselin Keyla Brisa Janeth Marlen Gumaro Isauro Efren Lizandro Yovani Bairon Olvin Selvin Edin
        Kener Walfre Lisbeth Odalys Yaneisy Yusniel Maykel""",
    "aa": """Javonte Markeith Dequan Javion Tawanda Sharice Taquan Jaleel Keandre Shaunte Tiffani Dontavious Tyquan
        Deonte""",
    "asian": """Kia Nou Xia Seng Fue Phong Hai Diem Tien Hoai Vijaya Sudha Ganesh Vinod Sreeja Bindu Jijo Binu
        Shiju Tintu Sobha Tahmina""",
    "intl": """Rustam Elnur Aygun Leyla Farid Ilham Gulnara Dilnoza Sardor Bekzod Shahnoza Nodira Igor Natalya
        Galina Lyudmila Vladimir Adrian Ionut Alina Dragos Marko Ivana Luka Dragana Dejan Snezana Alessandra
        Yaroslava Burak Farhad Behrouz Kamran""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v38's tables


# one-word street names of US towns (cloth words: "Brocade Lane", "Cashmere Court" are found in subdivisions and mill
# towns); what ``STREET_NAMES`` are for: ``lexicon_kit.towns``
STREET_WORDS = ["Chenille", "Georgette", "Shantung", "Dupioni", "Brocade", "Sateen", "Ottoman", "Faille",
                "Matelasse", "Mohair", "Cashmere", "Angora", "Alpaca", "Gabardine", "Charmeuse", "Grosgrain"]  # fmt: skip
STREET_NAMES = lexicon_kit.towns_of(STREET_WORDS)
