"""v37's own names and streets (brief B37: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v36's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: near the Census 2010 group shares); the tables that are standards rather than people (USPS
Publication 28 suffixes, directionals, highways, C2 unit designators, the ID alphabets), the towns, mail domains
and "as in" words are v16's, imported.

Family names: Frisian-Dutch Michigan, Cajun, Norwegian Upper Midwest; Puerto Rican, Dominican, Colombian and
Peruvian; Carolina Black and Haitian; Hmong, Lao, Gujarati, Korean and Filipino; Greek, Ethiopian, Nigerian,
Armenian, Lebanese and Tongan/Samoan. Given names of the same groups. All are the author's picks from memory, not
looked up. Two rounds of candidates were filtered against the twenty earlier lists (every ``words.py`` of v16 and
v18 to v36, compared without case) before any draw by a throwaway script that printed the kept and dropped
candidates; names that are English words or sound like one ("Mapp", "Capers", "Cadet", "Lemon", "Lapp", "Sok",
"Noh", "Meas", "Woodly") were dropped by hand. No street word was on them. ``check.py`` proves none is.
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
    "us": """Zylstra Feenstra Kuipers Bosma Haveman Terpstra Wiersma Broussard Naquin Gautreaux Sonnier Babineaux
        Bergeron Tveit Lokken Rygh Sorlie Ostrem Hovland Vandermolen Veldkamp Rozema Hiemstra Tuinstra Kooistra
        Schaafsma Boonstra Guilbeau Dartez Boutte Gaspard Theriot Toups Chiasson Doiron Aasen Rustad Stenerson
        Thune Brekke""",
    "hispanic": """Irizarry Pagan Taveras Abreu Batista Alvarenga Zapata Londono Echeverri Betancur Caraballo Quiles
        Otero Lebron Laboy Roldan Cotto Matos Marrero Valentin Oquendo Brito Encarnacion Tavarez Veras Arbelaez
        Marulanda Bedoya Hoyos Huaranga Yupanqui Chumpitaz Tineo""",
    "aa": """Bivins Raglin Bowens Strayhorn Sistrunk McCrary Coaxum Saintil Lafortune Dorsainvil Jeanlouis
        Grandberry Fortson Pettus Wideman Fordham Witherite Jeffcoat Gilliard""",
    "asian": """Lor Chauhan Dalal Kapadia Mangubat Souvannarath Phanthavong Sisouphanh Amin Thakkar Vyas Pandya
        Raval Majmudar Chea Khim""",
    "intl": """Karalis Haile Alemu Balogun Hovsepian Sarkisian Aoun Stavropoulos Kouris Anagnostou Woldemariam Kebede
        Asfaw Mengistu Tekle Girma Chukwu Olatunji Akinola Manukyan Avetisyan Karapetyan Vardanyan Mkrtchyan
        Ghazarian Boyajian Kalajian Geagea Rahme Sfeir Frem Tuilagi Fifita Tupou Vainikolo Mataele Faleolo Taufa
        Sopoaga Fonoti""",
}
GIVEN = {
    "us": """Gerrit Hendrik Klaas Wietse Geertje Aaltje Sjoerd Aden Dudley Torvald Jentje Hiltje Wybren
        Tjeerd Gerben Hessel Jelle Marijke Femke Alphe Theophile Olide Azelie Euphemie Ozite Avie Leonce Arnfinn
        Tove Eilif Synnove Thorleif Oddvar Ragnvald Joas Bentlee Kasen Kamdyn Jaxtyn Oaklyn Kenzley Jentry
        Kashton""",
    "hispanic": """Jhonatan Dayana Mirna Ovidio Jaqueline Wendolyn Yanitza Joangel Jadiel Yeishka Zuleyka Nelmarie
        Wilmarie Glorimar Yomaira Nilsa Eneida Kiomara Jenniffer Yulissa Franklyn Yandel Yeiner Dairo Jhon Leidy
        Yurany Yuliana Fredy Luzmila""",
    "aa": """Jalisa Ladarius Dajuan Rashawn Keontae Jamarcus Kentrell Tavaris Jakobe Zamir Shaunice Kameron Dejon
        Raekwon Treyvon Chanelle Marisha Roselaure Mackenson Dieunika Nadege""",
    "asian": """Sunghoon Yer Houa Nhia Tou Dhruv Alpesh Jomar Rodel Txong Xee Pahoua Youa Khamphet Somsak
        Phonesavanh Chanthala Hiral Chirag Paresh Jinal Kinjal Urvashi Hemang Seunghoon Yejin Donghyun Jaewon
        Chaeyoung Kyungsoo Analyn Marivic Rizalyn Cherrylyn""",
    "intl": """Georgios Panagiota Kostas Tigist Yohannes Hiwot Ifeoma Narek Gohar Ziad Elie Przemek Ewelina Vasiliki
        Spiros Athanasios Evangelia Kyriaki Thanasis Mulugeta Tsehay Alemayehu Birtukan Tewodros Mekdes Berhanu
        Zewditu Ifeanyi Uchenna Hagop Vartan Siranush Ashot Karine Hasmik Garen Maroun Nayla Toufic Wissam Sione
        Viliami Losaline Siosaia Tevita Salote""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v37's tables


# one-word street names of US towns (instrument words: "Mandolin Way", "Banjo Court" are found in subdivisions named
# for music); what ``STREET_NAMES`` are for: ``lexicon_kit.towns``
STREET_WORDS = ["Oboe", "Bassoon", "Mandolin", "Banjo", "Dulcimer", "Zither", "Piccolo", "Clarinet", "Cornet",
                "Fiddle", "Timpani", "Celesta", "Spinet", "Sitar", "Ocarina", "Harpsichord"]  # fmt: skip
STREET_NAMES = lexicon_kit.towns_of(STREET_WORDS)
