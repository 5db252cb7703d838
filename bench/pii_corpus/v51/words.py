"""v51's own names and streets (brief B51: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v50's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Appalachian and Piedmont, Pennsylvania German (Lancaster and Juniata valleys), West Michigan Dutch,
Upper Peninsula Finnish and Norwegian-Minnesotan ("us"); South Texas and Canary-Islander Texan ("hispanic");
Lowcountry South Carolina African American ("aa"); Filipino, Lao, Thai and Okinawan ("asian"); Polish,
Bulgarian, Croatian, Serbian, Greek and Danish ("intl"). Given names of the same groups (Ozark and Appalachian
ones among the "us" ones). All are the author's picks from memory, not looked up. Three rounds of candidates
(about 800) were filtered against the thirty-three earlier lists (every ``words.py`` of v16 and v18 to v49,
compared without case, with v19's ``_people``) before any draw by a throwaway script (most were dropped); kept
names that are English words, places or spelling-alphabet words ("Mullet", "Polite", "Capers", "Screen",
"Dingle", "Madrid", "Orlando", "Missouri", "Alpha", "Romeo", "Ivory", "Precious", "Do", "Yap", "Hoy", "Fount",
"Flor", "Tola", "Seneca", "Lemma") were dropped by hand, and so were names with accents. ``check.py`` proves none is on
an earlier list.
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
    "us": """Stollings Hatmaker Ledford Stuckey Brumbelow Pruett Varnadoe Cribb Skidmore Gillikin Midyette Austell
        Zwiebel Eichelberger Brubacher Hunsberger Ranck Sensenig Eby Brenneman Harshbarger Tressler Ickes Kutz
        Dinsmore Aardema Bolkema Hoogeveen Kamps Wolterink Zuidema Holtrop Geerlings Kooiker Lievense Ottenhoff
        Schuitema Perttula Korpi Pyykkonen Kinnunen Laitinen Haapala Kallio Lammi Sippola Tuomi Waisanen Roivas
        Aamodt Sveen""",
    "hispanic": """Bencomo Saiz Barreiro Portuondo Fuxa Regalado Gonzaba Menchaca Espitia Garcilazo
        Luevano Mungia Noyola Resendez""",
    "aa": """Rhue Cantey Haigler Heyden Lesesne McFadden Vanderhorst Yeadon""",
    "asian": """Evangelista Bayot Dagdag Hizon Magsaysay Nepomuceno Vongphakdy Boonyarit Chaiyaporn
        Kittisak Srisuk Wongsawat Kakazu Yonamine Nakamine""",
    "intl": """Kontogiannis Tsakalidis Galanis Wroblewski Adamczyk Bialek Chmielewski Dziedzic Gorecki Rutkowski
        Urbanski Walczak Zalewski Andonov Dimitrov Georgiev Hristov Kolev Petkov Stoyanov Todorov Vasilev
        Yordanov Jukic Savic Tomic Kjaer Sandstrom""",
}
GIVEN = {
    "us": """Ercel Hobert Ethelene Norval Ottie Orba Loma Arvil Linnie Quincey Theron Beaulah Carlene Merlene Rubye
        Sibyl Almeda Cordia Ellender Harl Jewett Ocey Ulah""",
    "hispanic": """Eulogio Honorio Ambrosio Maricruz Desiderio Severo Belinda Paloma Soledad Apolinar Sabas Dalila
        Fermina Gilberta Sotera Facundo Valeriano""",
    "aa": """Bernetta Claudette Fredericka Horace Isadora Marcellus Nathaniel Prentice Theodosia Elmira Gracie
        Winfield Hortense Toccara Uriah Ameerah Nailah""",
    "asian": """Koua Rizalina Haruo Chiyoko Viengkham Cristeta Felicidad Tsuneo Mitsue Takeo""",
    "intl": """Tinatin Shkelzen Lirije Ilona Leszek Bozidar Jasna Nenad Ivelina Kalina Lyubomir Radoslav Stoyan
        Tsvetan Yordanka""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v51's tables

# one-word street names of US towns (prairie and woodland wildflower genera: subdivisions name their streets for
# them, "Coreopsis Court", "Monarda Lane", "Liatris Drive"); ``STREET_NAMES`` are the kit's town-style compounds of
# the same sixteen words (``lexicon_kit.towns_of``: what they are for is said there)
STREET_WORDS = ["Gaillardia", "Liatris", "Rudbeckia", "Monarda", "Baptisia", "Heuchera", "Phlox", "Sedum",
                "Asclepias", "Silphium", "Tiarella", "Helenium", "Amsonia", "Zizia", "Gentian", "Lobelia"]  # fmt: skip
STREET_NAMES = towns_of(STREET_WORDS)
