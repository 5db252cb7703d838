"""v39's own names and streets (brief B39: none of the people or streets of v17's lists, which are v16's, nor
of v18's to v38's), each group drawn at v16's share of callers to a US service line (``SHARES`` and ``draw``,
imported: near the Census 2010 group shares); the tables that are standards rather than people (USPS
Publication 28 suffixes, directionals, highways, C2 unit designators, the ID alphabets), the towns, mail domains
and "as in" words are v16's, imported.

Family names: Maine and New Hampshire French-Canadian, Michigan and Minnesota Finnish, Louisiana Creole,
Basque-American, Upper Midwest Norwegian, Azorean Portuguese; Honduran and Peruvian; Haitian-American; Lao,
Khmer and Punjabi Sikh; Georgian, Lithuanian, Kosovar Albanian, Somali and Ethiopian. Given names of the same
groups. All are the author's picks from memory, not looked up. Two rounds of candidates were filtered against
the twenty-two earlier lists (every ``words.py`` of v16 and v18 to v38, compared without case) before any draw
by a throwaway script that printed the kept and dropped candidates; names that are places, words or loaded
("Madrid", "Ventura", "Iris", "Noel", "Thor", "Lenin", "Exon", "Rai"), hyphenated names (the spelled slot says
letters only) and one with an accent ("Zerón") were dropped by hand. No street word was on them. ``check.py``
proves none is.
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
    "us": """Quebedeaux Rabalais Lejeune Dupuis Rantala Ranta Amaral Goyenetche Etcheverry Iturriaga Arrieta Sorum
        Ostby Haukaas Pelto Kivisto Huhta Keranen Juntunen Pirkola Lampinen Vaara Saarinen Ylitalo Bilodeau
        Ouellette Gagnon Thibault Pelletier Cyr Daigle Michaud Levesque Jalbert Bouchard Beaulieu Soucy Nadeau
        Castonguay Plourde Sirois Chasse Theriault Picard Voisine Dufour Vachon Paradis Turcotte Berube Lavoie""",
    "hispanic": """Ccahuana Mairena Banegas Cerrato Ordonez Lagos Maradiaga Recinos Matamoros Escoto Oseguera Irias
        Discua Castellanos Arita Guifarro Euceda Turcios""",
    "aa": """Deas Etienne Lafontant Bellegarde Prophete Celestin Louissaint Auguste Charlot Fleurimond Florestal
        Merisier""",
    "asian": """Sisavath Sok Chhun Meas Dhaliwal Khounphet Xayavong Sayasane Pich Ouk Nhem Kheng Bains Virk Mangat
        Dosanjh Kahlon Sekhon Basra Cheema Brar Thind Deol Aujla""",
    "intl": """Beridze Kapanadze Gelashvili Lomidze Tsiklauri Stankevicius Krasniqi Berisha Gashi Shala Farah Abdi
        Hirsi Negash Jorbenadze Khutsishvili Chkheidze Mchedlishvili Gogoladze Tabatadze Kvaratskhelia Vaitkus
        Butkus Paulauskas Rugova Morina Bytyqi Hasani Osmani Dualeh Egal Adan Gebre""",
}
GIVEN = {
    "us": """Arne Einar Conceicao Gorka Itziar Maite Inaki Amaia Eulalie Alphonse Noelie Lorette Ardis Taisto Irja
        Saimi Mikel Ander Idoia Edurne Xabier Josune Aitor Gaetan Rosaire Ghislaine Jacinthe Normand Yvon Gilles
        Huguette Rejean Lise Armand Laurier""",
    "hispanic": """Yokasta Yohanny Wander Wascar Ruddy Nairoby Rosanna Quintin Kenia Darwin Yessica Nery Osman
        Yoselyn Dilcia Suyapa Lesbia Elvin Dunia Nolvia Ledys Jeymi Olman Cindy Fausto Reina""",
    "aa": """Wislande Jeantel Medjine Jacquelin Kettely Judeline Mirlande Yolette Wilner Frantz Yvrose Berlande
        Sadrac Woodly Ronel Clebert Fednel Jimmy""",
    "asian": """Jonrey Sokha Chenda Vuthy Kuldeep Nilesh Bounthavy Phetsamone Vanhdy Noy Sythong Sreymom Channary
        Piseth Navjot Simranjit Amandeep Jasleen Inderjit Rajvir""",
    "intl": """Nino Giorgi Levan Tamar Davit Ketevan Anahit Rimas Ausra Giedre Arben Blerta Drita Fatos Besnik Hibaaq
        Liban Meseret Zurab Irakli Nodar Manana Eka Shota Lasha Mindaugas Vytautas Ruta Egle Dalius Valbona Shpend
        Ardita Faadumo Almaz""",
}

FIRST_NAMES, SURNAMES = _names(GIVEN), _names(FAMILY)  # v16's reader of a group table, over v39's tables


# one-word street names of US towns (apple varieties: "Winesap Road", "Cortland Drive", "Gravenstein Way" are found in
# orchard towns and subdivisions); what ``STREET_NAMES`` are for: ``lexicon_kit.towns``
STREET_WORDS = ["Jonagold", "Winesap", "Gravenstein", "Macoun", "Cortland", "Braeburn", "Honeycrisp", "Pippin",
                "Russet", "Ambrosia", "Spartan", "Ashmead", "Stayman", "Idared", "Zestar", "Snowsweet"]  # fmt: skip
STREET_NAMES = lexicon_kit.towns_of(STREET_WORDS)
