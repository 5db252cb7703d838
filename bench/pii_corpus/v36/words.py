"""v36's own names and streets (brief B36: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v35's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: near the Census 2010 group shares); the tables that are standards rather than people (USPS
Publication 28 suffixes, directionals, highways, C2 unit designators, the ID alphabets), the towns, mail domains
and "as in" words are v16's, imported.

Family names: Finnish Upper Midwest, Texas Czech and Cornish mining towns; New Mexico Hispano, Cuban, Nicaraguan,
Honduran and Venezuelan; Alabama, Mississippi and Carolina Black families; Cantonese, Pakistani and Nepali;
Romanian, Serbian, Iranian and Ghanaian. Given names of the same groups (and two Japanese). All are the author's
picks from memory, not looked up. 525 name candidates and 20 street words were filtered against the nineteen
earlier lists (every ``words.py`` of v16 and v18 to v35) before any draw by a throwaway script that printed the
kept and dropped candidates (257 names were on them and were dropped, no street word was; names that are also
English words or sound like one, "Cage", "Ivory", "Redd", "Ricks", "Wing", "Nana", "Perfecto", "Kash", "Tripp",
"Jaycee", and the English "Padgett" among the Hispanic names, were dropped by hand, and four street words were left
out to keep sixteen). Every group keeps at least 19 family and 18 given names, so no one name should carry more
than a few percent of the names drawn.
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
    "us": """Maki Aho Hautala Koski Lahti Salo Rautio Kangas Heikkila Jarvela Kivela Wiitala Saari Tervo Ojala
        Luoma Pesola Rajala Honkala Kotila Hrncir Kolacny Pavlicek Hruska Sebesta Machac Vrana Klimitchek Holub
        Stastny Urbanovsky Sulak Kubala Bohac Trevithick Penhaligon Tregoning Pascoe Trelease Polglase
        Kuykendall""",
    "hispanic": """Atencio Griego Velarde Manzanares Lovato Casaus Pupo Llanes Rabelo Despaigne Ocon Chamorro
        Espinal Zelaya Mejicanos Trujeque Briceno Urdaneta Rondon Colmenares""",
    "aa": """Muldrow Bellinger Ancrum Gilyard Rembert Gause Blackshear Petway Cottonham Lucious Ezell Crumpton
        Whitsett Moton Ousley Swanigan Lathan Yelder Chatman Eiland Bozeman Tarver Dancy Bynoe Haynesworth
        Shavers Purifoy Hairgrove""",
    "asian": """Cheung Fung Chow Qureshi Siddiqui Mirza Abbasi Akhtar Gurung Tamang Thapa Shrestha Magar Adhikari
        Pokharel Bhandari Karki Sherpa Lamichhane""",
    "intl": """Stoica Munteanu Dobre Barbu Jovanovic Petrovic Nikolic Markovic Kovacevic Babic Farahani Moradi
        Rezaei Karimi Jafari Ahmadi Sadeghi Ofori Agyeman Darko Sarpong Antwi""",
}
GIVEN = {
    "us": """Urho Waino Impi Eila Rauha Lauri Arvo Sulo Aili Helmi Lempi Tyyne Wilho Oiva Reino Hilja Jaromir
        Vlasta Stanislav Lubomir Ludmila Bohumil Alois Jory Morwenna Tamsin Jago Kerensa Demelza Brantlee Oaklee
        Beckham Huxley Emberly Ensley Marlowe Kynlee Ryleigh Lainey Colter Cade Rhett Harlow Corbin Clint""",
    "hispanic": """Eloy Amarante Belarmino Filiberto Gumercindo Melquiades Reymundo Seferino Zoraida Osmany
        Yusleidy Maikel Dairon Norlan Jeyson Keylin Ileana Annabel Rosaura""",
    "aa": """Jayvion Montrell Kenyon Rayshawn Dontae Demetria Keanna Journee Zyaire Kairo Jaelyn Aubrielle Nyla
        Kamiyah Amiyah Jazlyn Delonte Tavion Demarcus Aniyah Taraji""",
    "asian": """Yuko Ayumi Siu Yuen Pasang Dorje Pemba Lhakpa Nima Sabina Bishnu Sarita Binod Dipesh Imran Bilal
        Ayesha Farhan Usman Sadia Zainab Shoaib Saima Rubina""",
    "intl": """Andreea Sorin Milica Nemanja Jelena Zoran Dariush Parisa Shirin Behnam Mahnaz Arash Golnaz Kourosh
        Esi Kwabena Efua Afua""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v36's tables


# one-word street names of US towns (sailing words: "Spinnaker Way", "Capstan Drive" are common in shore towns); what
# ``STREET_NAMES`` are for: ``lexicon_kit.towns``
STREET_WORDS = ["Halyard", "Mizzen", "Bowsprit", "Capstan", "Windlass", "Gunwale", "Topsail", "Spinnaker",
                "Binnacle", "Transom", "Lanyard", "Keelson", "Foredeck", "Tiller", "Sextant", "Jibstay"]  # fmt: skip
STREET_NAMES = lexicon_kit.towns(
    ("Halyardton", "Mizzenford", "Capstanville", "Windlassbrook", "Topsailmere", "Spinnakerdale",
     "Binnaclefield", "Transomwood", "Lanyardton", "Keelsonford", "Foredeckmoor", "Tillerbrook",
     "Sextanton", "Bowspritdale", "Gunwaleford", "Jibstaywood")
)  # fmt: skip
