"""v48's own names and streets (brief B48: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v47's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: ``lexicon_kit.group_draw`` over v16's shares, near the Census 2010 group shares); the tables that are
standards rather than people (USPS Publication 28 suffixes, directionals, highways, C2 unit designators, the ID
alphabets), the towns, mail domains and "as in" words are v16's, imported.

Family names: Swedish, Norwegian, Pennsylvania Dutch, Appalachian, New England, Frisian-Michigan, Finnish and
Cornish ("us"); Idaho Basque, Isleño (Louisiana Canary Islander), New Mexican and Tampa Cuban ("hispanic");
North Carolina and Virginia ("aa"); Bengali, Burmese and Mongolian ("asian"); Chaldean and Assyrian of
Detroit, Dalmatian Croatian of Puget Sound, Tarpon Springs Greek, Azorean, Tongan and Marshallese ("intl"). Given
names of the same groups (old New England ones among the "us" ones). All are the author's picks from memory,
not looked up. Four rounds of candidates were filtered against every earlier list (the ``words.py`` of v16 and
v18 to v47, compared without case) before any draw by a throwaway script that printed only which of v48's
candidates were kept and dropped: most candidates (about three in four) were on earlier lists; a city
("Madrid") and words ("Batts", "Caldera") were dropped by hand. The first draw passed ``check.py`` but drew one
family name at 8% of its kind (Tenorio, 12 of 154) from a ten-name "hispanic" list and one street word at 11%
of the addresses (Wesserunsett, 8 of 71) from sixteen: the "hispanic" family list was lengthened to 23 (a fifth
round, filtered as before) and the street words and names to 24 each, and the file redrawn with the same seed
and weights.
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
    "us": """Wahlquist Bergquist Haugland Rasmusen Gunderud Vossberg Hoglund Engebretsen Stolhammer Drumheller
        Beachy Ressler Whisenhunt Varney Kittredge Pettengill Sturtevant Scribner Pillsbury Nienhuis Ruotsala
        Uotila Goitiandia Arriola Achurra Trezise Pengilly""",
    "hispanic": """Olaechea Zubiate Serpas Ronquillo Melerine Tenorio Pendas Valdes Menendez Cuesta Baldonado
        Gabaldon Padia Chaves Jiron Rael Sedillo Vialpando Yrisarri Escudero Madril Ocana Tarango""",
    "aa": """Threadgill Gooden Yelverton Wooten Fulcher Gathings Ussery Coppedge""",
    "asian": """Alam Akter Siddique Mondal Bhattacharjee Ganguly Soe Naing Kyaw Batbayar Ganbold Erdene""",
    "intl": """Shamoon Yaldo Kallabat Hermiz Jajonie Yono Sesi Skansie Ancich Babich Bujacich Jerkovich Petrich
        Zuanich Dorotich Mardesich Kouvaris Billiris Tsalickis Samarkos Kavouklis Freitas Toste Vaipulu Kaufusi
        Langrine Jibas Kabua Lanwi""",
}
GIVEN = {
    "us": """Ebenezer Permelia Parthenia Zilpha Sabra Asenath Keziah Jerusha Philena Almira Electa Alvah Lyman
        Elihu Ephraim Obed Zenas Orrin Cyrenus Sylvanus Tryphena Mehitable Bethiah Viljo Hilma Garbine Senara
        Wenna Lowdy Elvey Merlyn""",
    "hispanic": """Eusebia Porfiria Crisanta Amalio Belisario Isidoro Remigio Ildefonso Lauro Maximina Onesimo""",
    "aa": """Alfonzo Euphemia Sojourner Deontae Lurline Arnetha Idella Thurgood""",
    "asian": """Hla Khin Nilar Rezaul Shamim Moushumi Arif Sumaiya Bolormaa Tuya Enkhjargal Oyun""",
    "intl": """Basim Rafid Wafa Nidaa Sahar Ante Dinko Zvonimir Marica Jure Stamatios Anargyros Manuela Hovik
        Vardan Ninos Shamiram Sargon Ashur Lino Ilidio""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v48's tables


# one-word street names of US towns (Maine rivers: "Machias Road", "Ossipee Trail", "Sheepscot Drive" are
# street names in New England towns); numbered streets are the kit's ordinal draw (one street in five), so no
# ordinal is listed here; ``STREET_NAMES`` (town-style compounds) also name the business e-mail domains the kit
# draws. The kit draws two streets in five from ``STREET_NAMES`` (v34's README); there are 24 of each (16 drew
# one street word at 11% of the addresses on the first draw)
STREET_WORDS = ["Androscoggin", "Saco", "Piscataquis", "Aroostook", "Machias", "Damariscotta", "Sheepscot",
                "Narraguagus", "Sebasticook", "Mattawamkeag", "Carrabassett", "Wesserunsett", "Ossipee",
                "Presumpscot", "Kenduskeag", "Dennys", "Kennebago", "Allagash", "Aziscohos", "Cupsuptic", "Umbagog",
                "Messalonskee", "Nezinscot", "Cathance"]  # fmt: skip
STREET_NAMES = tuple(
    Name((s, "st", ""))
    for s in ("Androscogginport", "Sacobury", "Piscataquisham", "Aroostookcrest", "Machiasgate", "Damariscottabrook",
              "Sheepscotdale", "Narraguagusfield", "Sebasticookton", "Mattawamkeagwood", "Carrabassettville",
              "Wesserunsettmoor", "Ossipeemere", "Presumpscotford", "Kenduskeagton", "Dennysshire", "Kennebagoport", "Allagashbury", "Aziscohosham",
              "Cupsupticcrest", "Umbagoggate", "Messalonskeebrook", "Nezinscotdale", "Cathancefield")
)  # fmt: skip
