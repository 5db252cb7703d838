"""v42's own names and streets (brief B42: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v41's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Basque-American (Nevada, Idaho), Cajun, Norwegian-American (Minnesota, Wisconsin); Dominican and
Puerto Rican; Lowcountry and Piedmont African American; Vietnamese, Korean and Punjabi; Finnish, Hungarian,
Georgian, Ethiopian and Albanian. Given names of the same groups. All are the author's picks from memory, not
looked up. Four rounds of candidates were filtered against the twenty-five earlier lists (every ``words.py`` of
v16 and v18 to v41, compared without case) before any draw by a throwaway script that printed the kept and
dropped candidates (most common names of every group were already taken: the African American lists needed
the third and fourth); names that are common words or given names elsewhere ("Toro", "Gil", "Bong", "Lien") and
"Mc" names whose inner capital the spelled slot would lose were dropped by hand, and so were street words that
are given names ("Devon", "Dexter", "Kerry"). ``check.py`` proves none is on an earlier list.
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
    "us": """Goicoechea Arrizabalaga Uriarte Yturri Ybarguen Zubizarreta Elorriaga Aldecoa Bengoechea Echegaray
        Garatea Iturralde Ugalde Olano Zabala Mouton Dugas Duhon Credeur Bakken Knutson Skaar Opsahl Lillehaug
        Sletten Grinde Hegge Ramstad Ohnstad Stubstad Sveum Langaas""",
    "hispanic": """Colon Cruzado Urena Lantigua Marte Ozuna Reynoso Ventura Tavera Disla Genao Liriano Checo Bido
        Germosen Pichardo Rijo Suero Hiciano Estevez Berrios Rolon""",
    "aa": """Mosby Peay Staggers Upshur Dantzler Spann Timmons Gist Kennerly Sumter Witter Dubose Hamer""",
    "asian": """Heo Chae Eom Cheon Pyo Maeng Seok Byun Mach Ung Dau Randhawa Aulakh Pannu Johal Chahal Gosal
        Hundal Atwal Sohal Khosa Dhindsa Sran Gakhal Bhullar Mahal""",
    "intl": """Hiltunen Tuominen Leppanen Pesonen Hyvonen Balogh Takacs Juhasz Lakatos Meszaros Szilagyi Kocsis
        Bodnar Maisuradze Giorgadze Nozadze Japaridze Assefa Demissie Wondimu Kelmendi Rexhepi Bajrami Dervishi
        Lleshi Prifti Dushku""",
}
GIVEN = {
    "us": """Koldo Ainhoa Nerea Iker Unai Eneko Josu Itxaso Miren Begona Txomin Arantxa Asier Telesphore Lazard
        Eraste Ozeme Ophelia Knut Sverre Aslaug Gunnhild Trygve Arlie Haskel Ova Ersel""",
    "hispanic": """Ivelisse Awilda Omayra Rafelina Altagracia Nelsy Arismendy Danilo Ydalia Yudelka Katiuska
        Deyanira Yeury Rosanny Anyelina Yamilet Angelito Aracelis""",
    "aa": """Shaquan Kordell Jovan Raynell Sherita Demarco Percell""",
    "asian": """Loan Jiyeon Soyoung Dongho Oanh Tuyet Thang Phuc Dieu Sangwoo Taeyang Bomi Mirae Junho Gagandeep
        Kamaljit Parminder Rupinder Taranjit Jagdeep Daljit Hardeep""",
    "intl": """Sanni Paivi Jussi Ilkka Riikka Bence Levente Csilla Gyorgy Eniko Ildiko Tibor Natia Abeba Hirut
        Blerina Ilir Mimoza Shpresa Genc""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v42's tables


# one-word street names of US towns (cattle breeds: "Hereford Street", "Brangus Road", "Charolais Drive" are
# found in ranch towns and subdivisions); ``STREET_NAMES`` are their town-style compounds (what they are for
# and why sixteen: ``lexicon_kit.towns``)
STREET_WORDS = ["Hereford", "Charolais", "Simmental", "Guernsey", "Shorthorn", "Gelbvieh", "Braford", "Tarentaise",
                "Pinzgauer", "Salers", "Chianina", "Beefmaster", "Brangus", "Ayrshire", "Normande",
                "Senepol"]  # fmt: skip
STREET_NAMES = towns(("Herefordville", "Charolaisdale", "Simmentalton", "Guernseybrook", "Shorthornfield",
                      "Gelbviehmere", "Brafordwood", "Tarentaiseford", "Pinzgauerdale", "Salersville",
                      "Chianinabrook", "Beefmasterton", "Brangusfield", "Ayrshiremoor", "Normandeford",
                      "Senepolwood"))  # fmt: skip
