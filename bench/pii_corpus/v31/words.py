"""v31's own names and streets (brief B31: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v30's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: near the Census 2010 group shares); the tables that are standards rather than people (USPS
Publication 28 suffixes, directionals, highways, C2 unit designators, the ID alphabets), the towns, mail domains
and "as in" words are v16's, imported.

Family names: Appalachian, Piedmont and Ozark surnames, Texas and Chihuahua surnames, Lowcountry Black
surnames, Vietnamese, Chinese, Okinawan and Japanese, Filipino and South Indian surnames, and a tail of Irish,
Italian, German, Swedish, Finnish, Lebanese and Polish family names; given names of the same groups. All are the
author's picks from memory, not looked up. Two blocks of some 700 candidates were filtered against the
fourteen earlier lists (v16's, v18's to v30's) before any draw by a throwaway script that printed only the
candidates on none of them (about 470 were on them and were dropped). Of the survivors these were dropped by
hand: "Ha", "Nguy", "Lou", "Ton", "Gu", "Pan", "Ek", "Bo", "Shu", "Ting", "Hai", "Asa" (a word, or very short),
"Outlaw", "Snipes", "Battle", "Crisp", "Queen", "Daisy", "Geneva", "Jewel", "Loan" (everyday words), "Ocampo"
in the Asian group (listed as Hispanic). ``check.py`` proves none is on those lists.
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
    "us": """Ambler Breedlove Cottingham Culbreth Dewberry Dimmick Fanning Frazee Gurganus Hamrick Hoots
        Kirkpatrick Laughlin Maness Nordyke Pendergrass Proffitt Stricklin Tunstall Ballenger Barnwell Brasher
        Broyles Chitwood Clodfelter Crumpler Dillehay Epperson Flanary Gilliland Gossett Greathouse Hargis
        Hartsell Hazelwood Littlejohn Lovelady Maddux McWhorter Partain Rowland Spradlin Stallcup Vanhook""",
    "hispanic": """Arguello Benavidez Dorantes Echavarria Sauceda Venegas Yzaguirre Oyervides Quiroga Solorzano
        Urquidi Ocampo""",
    "aa": """Fludd Hagood Seabrook Spearman Applin Mcelveen""",
    "asian": """Tieu Rong Arakaki Kuroda Tanabe Mercado Bhat Ganesan Hegde Krishnamurthy Kaneshiro Esguerra
        Narayanan Subramaniam Venkataraman""",
    "intl": """Costello Fahey Mulligan Brunetti Ferrante Messina Rizzo Gerber Hoffmeister Pfeiffer Schiller
        Ostlund Wahlberg Niemi Rantanen Abboud Hakim Jabbour Nader Mroz Sobczak Kinsella Moriarty Scanlon
        Tierney Bertolini DeLuca Galli Moretti Zanetti Bergmann Fuchs Lindner Wendt Makela Saliba Yazbek""",
}
GIVEN = {
    "us": """Burl Clovis Dewitt Goldie Hershel Ivalee Mervin Archibald""",
    "hispanic": """Agapito Hipolito Jacinta Modesta Pantaleon Simona Aurelia Epifania Ezequiel Toribio""",
    "aa": """Lessie Sallie Theodis Vernell Arlena Cleotha Jessamine Pinkie Moses""",
    "asian": """Mingyu Nobuo Dongsu Bayani Lorna Girish Kamala Nirmala Chunyan Guangming Hongmei Jinhua Yufei
        Hiroko Kenta Amihan Dalisay Rodelio Murali Radhika Sundar Vani""",
    "intl": """Anneli Esko Raimo Colm Ornella Pasquale Ulf Maher Danuta Lech Kaarina Matti Sirkka Caoimhe
        Annunziata Carmela Gennaro Vincenza Gunther Agneta Gosta Margit Elias""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v31's tables


# one-word street names of US towns (rocks, minerals and gemstones); numbered streets are the kit's ordinal
# draw (one street in five), so no ordinal is listed here; ``STREET_NAMES`` also name the business e-mail
# domains the kit draws
STREET_WORDS = ["Spinel", "Zircon", "Cinnabar", "Rhodonite", "Bloodstone", "Soapstone", "Travertine",
                "Serpentine", "Celestine", "Sardonyx", "Quartzite", "Flint", "Slate", "Marl", "Loess", "Tufa",
                "Malachite", "Azurite", "Carnelian", "Peridot", "Merlin"]  # fmt: skip
STREET_NAMES = tuple(
    Name((s, "st", "")) for s in ("Harborview", "Fernbrook", "Millbank", "Ridgecrest", "Lakemont")
)
